package mail_test

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether/mail"
	"github.com/tetherhq/tether/mail/smtptest"
)

func TestOutbox(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "outbox")
	var logs bytes.Buffer
	o := &mail.Outbox{Dir: dir, Log: slog.New(slog.NewTextHandler(&logs, nil))}

	link := "https://tether.example.com/invite/" + strings.Repeat("x", 80) + "?a=1&b=2"
	m := mail.Invitation("Test User <testuser01@example.com>", mail.InvitationData{
		Username: "testuser01", Link: link, ExpiresAt: time.Now().Add(72 * time.Hour),
	})
	if err := o.Send(context.Background(), m); err != nil {
		t.Fatalf("Send: %v", err)
	}

	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("outbox dir: %v, mode %v, want 0700", err, fi.Mode().Perm())
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Fatalf("outbox has %d entries, want 1 (no temporary files left)", len(entries))
	}
	name := entries[0].Name()
	if !strings.HasSuffix(name, ".eml") || !strings.Contains(name, "testuser01@example.com") {
		t.Errorf("file name %q, want a .eml naming the recipient", name)
	}
	path := filepath.Join(dir, name)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", fi.Mode().Perm())
	}

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := smtptest.Parse(data)
	if err != nil {
		t.Fatalf("parsing %s: %v", path, err)
	}
	if from := got.Header.Get("From"); !strings.Contains(from, "tether@localhost") {
		t.Errorf("From = %q, want the default outbox sender", from)
	}
	if to := got.Header.Get("To"); !strings.Contains(to, "testuser01@example.com") {
		t.Errorf("To = %q", to)
	}
	if got.Header.Get("Subject") != m.Subject || got.Header.Get("Date") == "" || got.Header.Get("Message-ID") == "" {
		t.Errorf("headers incomplete: %v", got.Header)
	}
	if !strings.Contains(got.Text, link) {
		t.Errorf("text part does not contain the link:\n%s", got.Text)
	}
	if !strings.Contains(got.HTML, "Accept invitation") {
		t.Errorf("HTML part:\n%s", got.HTML)
	}

	out := logs.String()
	for _, want := range []string{"level=INFO", "testuser01@example.com", "Invitation to join Tether",
		path, "invitation link for testuser01: " + link} {
		if !strings.Contains(out, want) {
			t.Errorf("log does not contain %q:\n%s", want, out)
		}
	}
}

func TestOutboxExistingDirAndFrom(t *testing.T) {
	dir := t.TempDir()
	var logs bytes.Buffer
	o := &mail.Outbox{Dir: dir, From: "Ops <ops@example.org>", Log: slog.New(slog.NewTextHandler(&logs, nil))}
	for range 2 {
		if err := o.Send(context.Background(), mail.Message{To: "a@example.com", Subject: "s", Text: "t"}); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("outbox has %d files, want 2", len(entries))
	}
	data, err := os.ReadFile(filepath.Join(dir, entries[0].Name()))
	if err != nil {
		t.Fatal(err)
	}
	got, err := smtptest.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Header.Get("From"), "ops@example.org") || got.Text != "t" {
		t.Errorf("From %q, text %q", got.Header.Get("From"), got.Text)
	}
	if strings.Contains(logs.String(), "notice") {
		t.Errorf("log has a notice attribute for a message without Notice:\n%s", logs.String())
	}
}

func TestOutboxErrors(t *testing.T) {
	ctx := context.Background()
	msg := mail.Message{To: "a@example.com", Text: "t"}
	if err := (&mail.Outbox{}).Send(ctx, msg); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("no Dir: %v", err)
	}
	if err := (&mail.Outbox{Dir: t.TempDir(), From: "bad from"}).Send(ctx, msg); err == nil ||
		!strings.Contains(err.Error(), "from") {
		t.Errorf("bad From: %v", err)
	}
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := (&mail.Outbox{Dir: file}).Send(ctx, msg); err == nil || !strings.Contains(err.Error(), "outbox directory") {
		t.Errorf("Dir is a file: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := (&mail.Outbox{Dir: t.TempDir()}).Send(cctx, msg); err == nil {
		t.Error("cancelled context: no error")
	}
}
