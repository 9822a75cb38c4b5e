package mail

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// DefaultOutboxFrom is the sender an Outbox uses when From is empty.
const DefaultOutboxFrom = "Tether <tether@localhost>"

// Outbox is a Sender that writes each message to Dir as an RFC 5322 .eml
// file instead of sending it, for installations without a mail server. An
// administrator can open the files with a mail client or read the logged
// Notice to pass links and codes on by hand.
type Outbox struct {
	Dir  string       // created with mode 0700 if missing
	From string       // default DefaultOutboxFrom
	Log  *slog.Logger // default slog.Default()
}

// Send writes m to a new file in o.Dir, atomically (temporary file, then
// rename) and readable only by its owner, and logs it at Info with the
// recipient, subject, path and m.Notice when set.
func (o *Outbox) Send(ctx context.Context, m Message) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if o.Dir == "" {
		return fmt.Errorf("mail: outbox directory is not set")
	}
	fromStr := o.From
	if fromStr == "" {
		fromStr = DefaultOutboxFrom
	}
	from, err := parseFrom(fromStr)
	if err != nil {
		return fmt.Errorf("mail: outbox from address %q: %w", fromStr, err)
	}
	msg, err := buildMsg(from, m)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := msg.WriteTo(&buf); err != nil {
		return fmt.Errorf("mail: rendering message to %s: %w", m.To, err)
	}
	if err := os.MkdirAll(o.Dir, 0o700); err != nil {
		return fmt.Errorf("mail: creating outbox directory: %w", err)
	}
	name := time.Now().UTC().Format("20060102T150405Z") + "-" +
		fileSafe(msg.GetTo()[0].Address) + "-" + rand.Text()[:8] + ".eml"
	path := filepath.Join(o.Dir, name)
	if err := writeFileAtomic(path, buf.Bytes()); err != nil {
		return fmt.Errorf("mail: writing outbox message: %w", err)
	}

	log := o.Log
	if log == nil {
		log = slog.Default()
	}
	attrs := []any{"to", m.To, "subject", m.Subject, "path", path}
	if m.Notice != "" {
		attrs = append(attrs, "notice", m.Notice)
	}
	log.InfoContext(ctx, "mail written to outbox", attrs...)
	return nil
}

// writeFileAtomic writes data to a 0600 temporary file in path's directory
// and renames it to path, so readers never see a partial message.
func writeFileAtomic(path string, data []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*.eml") // mode 0600
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// fileSafe reduces s to characters safe in a file name, at most 64 of them.
func fileSafe(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9',
			r == '.', r == '-', r == '_', r == '@', r == '+':
			return r
		}
		return '_'
	}, s)
	if len(s) > 64 {
		s = s[:64]
	}
	return s
}
