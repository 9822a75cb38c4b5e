package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/cmdindex"
	"github.com/tetherhq/tether/recording"
	"github.com/tetherhq/tether/s3store"
)

// The shipper delivers sealed recordings from the local spool to where
// the session preferences say: the log group (one stream per session, one
// JSON event per chunk), the S3 bucket (the asciicast and the signed
// recording), and the command index for search. Delivery is a durable
// queue: a sealed recording without its "<id>.shipped" marker is shipped
// (again) at start, and every step is idempotent, so a crash or a
// destination that is down delays delivery without losing it.

const shippedSuffix = ".shipped"

// shipRetry is the first wait before retrying a failed delivery; it
// doubles up to shipRetryMax.
const (
	shipRetry    = 2 * time.Second
	shipRetryMax = 5 * time.Minute
	logBatch     = 500
)

// ship queues a sealed recording for delivery.
func (s *Server) ship(id string) {
	if s.spool == nil {
		return
	}
	select {
	case s.shipQueue <- id:
	default:
		go func() { s.shipQueue <- id }() // never drop; the queue drains
	}
}

// runShipper delivers queued recordings until ctx ends, retrying failures.
func (s *Server) runShipper(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case id := <-s.shipQueue:
			s.deliverWithRetry(ctx, id)
		}
	}
}

func (s *Server) deliverWithRetry(ctx context.Context, id string) {
	wait := shipRetry
	for {
		err := s.deliver(ctx, id)
		if err == nil || ctx.Err() != nil {
			return
		}
		s.log.Warn("delivering a session recording failed; retrying", "session", id, "in", wait, "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, shipRetryMax)
	}
}

// pendingShipments lists sealed recordings not yet delivered.
func (s *Server) pendingShipments() ([]string, error) {
	files, err := filepath.Glob(filepath.Join(s.spool.Dir, "*.rec"))
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, f := range files {
		if _, err := os.Stat(f + shippedSuffix); errors.Is(err, os.ErrNotExist) {
			ids = append(ids, strings.TrimSuffix(filepath.Base(f), ".rec"))
		}
	}
	return ids, nil
}

// deliver ships one recording to every destination, then marks it shipped.
func (s *Server) deliver(ctx context.Context, id string) error {
	prefs, err := s.prefs.Get(ctx)
	if err != nil {
		return err
	}
	if err := s.indexCommands(ctx, id); err != nil {
		return fmt.Errorf("command index: %w", err)
	}
	if prefs.CloudWatchLogGroupName != "" {
		if err := s.shipToLogGroup(ctx, id, prefs); err != nil {
			return fmt.Errorf("log group %s: %w", prefs.CloudWatchLogGroupName, err)
		}
	}
	if prefs.S3BucketName != "" {
		if err := s.shipToS3(ctx, id, prefs); err != nil {
			return fmt.Errorf("S3 bucket %s: %w", prefs.S3BucketName, err)
		}
	}
	f, err := os.OpenFile(s.spool.Path(id)+shippedSuffix, os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	s.logShipping.Delete(id)
	return f.Close()
}

// eachEvent reads a sealed recording from the spool.
func (s *Server) eachEvent(id string, fn func(h recording.Header, ev recording.Event) error) error {
	r, err := s.spool.Open(id)
	if err != nil {
		return err
	}
	defer r.Close()
	h := r.Header()
	for {
		ev, err := r.Next()
		if errors.Is(err, io.EOF) || errors.Is(err, recording.ErrNotSealed) {
			return nil // the end, or all that an open recording holds so far
		} else if err != nil {
			return err
		}
		if err := fn(h, ev); err != nil {
			return err
		}
	}
}

// indexCommands reconstructs the commands typed in a shell session.
func (s *Server) indexCommands(ctx context.Context, id string) error {
	var cmds []tether.TypedCommand
	rc := cmdindex.New()
	var header recording.Header
	var last time.Duration
	add := func(found []cmdindex.Command) {
		for _, c := range found {
			if strings.TrimSpace(c.Text) == "" && !c.Incomplete {
				continue
			}
			cmds = append(cmds, tether.TypedCommand{SessionID: id, Seq: len(cmds) + 1, Owner: header.Owner,
				Target: header.Target, Time: header.Started.Add(c.At), Text: c.Text, Incomplete: c.Incomplete})
		}
	}
	err := s.eachEvent(id, func(h recording.Header, ev recording.Event) error {
		header, last = h, ev.Time
		if ev.Dir == recording.Input && len(cmds) < maxIndexedCommands {
			add(rc.Feed(ev.Time, ev.Data))
		}
		return nil
	})
	if err != nil {
		return err
	}
	add(rc.Flush(last))
	if header.Kind != string(tether.SessionShell) {
		return nil
	}
	for len(cmds) > 0 {
		n := min(len(cmds), logBatch)
		if err := s.store.PutSessionCommands(ctx, cmds[:n]); err != nil {
			return err
		}
		cmds = cmds[n:]
	}
	return nil
}

// maxIndexedCommands bounds the index of one session (a paste can submit
// thousands of lines).
const maxIndexedCommands = 20000

// shipToLogGroup puts the session's events in its stream, skipping those
// an earlier attempt already stored (the stream's event count), so a retry
// never duplicates. The group is created when missing.
func (s *Server) shipToLogGroup(ctx context.Context, id string, prefs tether.SessionPreferences) error {
	mu, _ := s.logShipping.LoadOrStore(id, new(sync.Mutex)) // one shipment per stream at a time
	mu.(*sync.Mutex).Lock()
	defer mu.(*sync.Mutex).Unlock()
	group := prefs.CloudWatchLogGroupName
	if err := s.ensureLogGroup(ctx, prefs); err != nil {
		return err
	}
	done := int64(0) // events an earlier shipment stored
	switch st, err := s.store.LogStream(ctx, group, id); {
	case err == nil:
		done = st.EventCount
	case tether.ErrorCode(err) != tether.ENOTFOUND:
		return err
	}
	var enc *recording.LogEncoder
	var batch []tether.LogEvent
	n := int64(0)
	flush := func() error {
		err := s.store.PutLogEvents(ctx, group, id, batch)
		batch = batch[:0]
		return err
	}
	err := s.eachEvent(id, func(h recording.Header, ev recording.Event) error {
		if enc == nil {
			enc = recording.NewLogEncoder(h)
		}
		msg, err := enc.Encode(ev) // every event, so the strippers see the whole stream
		if err != nil {
			return err
		}
		if n++; n <= done {
			return nil
		}
		batch = append(batch, tether.LogEvent{Time: h.Started.Add(ev.Time), Message: string(msg)})
		if len(batch) == logBatch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}

// streamLogs ships a live session's events to its log stream every
// logStreamInterval while it runs (the preferences' streaming choice); the
// shipment at its end sends the rest.
func (s *Server) streamLogs(ls *liveSession, prefs tether.SessionPreferences) {
	tick := time.NewTicker(logStreamInterval)
	defer tick.Stop()
	for {
		select {
		case <-ls.ctx.Done():
			return
		case <-tick.C:
			if ls.recorder() == nil {
				continue
			}
			if err := s.shipToLogGroup(ls.ctx, ls.rec.ID, prefs); err != nil && ls.ctx.Err() == nil {
				s.log.Warn("streaming session logs", "session", ls.rec.ID, "err", err)
			}
		}
	}
}

// logStreamInterval is how often live sessions' logs are streamed.
const logStreamInterval = 2 * time.Second

// ensureLogGroup creates the preferences' log group if it does not exist.
func (s *Server) ensureLogGroup(ctx context.Context, prefs tether.SessionPreferences) error {
	_, err := s.store.LogGroup(ctx, prefs.CloudWatchLogGroupName)
	if tether.ErrorCode(err) != tether.ENOTFOUND {
		return err // a read, not a write, on every shipment once the group exists
	}
	err = s.store.CreateLogGroup(ctx, tether.LogGroup{Name: prefs.CloudWatchLogGroupName,
		RetentionDays: prefs.LogRetentionDays, CreatedAt: s.now()})
	if tether.ErrorCode(err) == tether.ECONFLICT {
		return nil
	}
	return err
}

// bucket is the S3 store of the preferences' bucket and prefix, with the
// server's endpoint, credentials and encryption.
func (s *Server) bucket(ctx context.Context, prefs tether.SessionPreferences) (*s3store.Store, error) {
	cfg := s.s3
	cfg.Bucket, cfg.Prefix, cfg.RequireEncryption = prefs.S3BucketName, prefs.S3KeyPrefix, prefs.S3EncryptionEnabled
	return s3store.New(ctx, cfg)
}

// shipToS3 uploads the recording as asciicast (to play) and as the signed
// recording (to verify), resuming an interrupted upload.
func (s *Server) shipToS3(ctx context.Context, id string, prefs tether.SessionPreferences) error {
	b, err := s.bucket(ctx, prefs)
	if err != nil {
		return err
	}
	cast, err := os.CreateTemp(s.spool.Dir, id+".cast.*")
	if err != nil {
		return err
	}
	defer os.Remove(cast.Name())
	defer cast.Close()
	r, err := s.spool.Open(id)
	if err != nil {
		return err
	}
	err = recording.ExportAsciicast(r, cast)
	r.Close()
	if err != nil {
		return err
	}
	meta := map[string]string{"session-id": id}
	if err := putFile(ctx, b, id+".cast", cast, meta); err != nil {
		return err
	}
	raw, err := os.Open(s.spool.Path(id))
	if err != nil {
		return err
	}
	defer raw.Close()
	return putFile(ctx, b, id+".rec", raw, meta)
}

func putFile(ctx context.Context, b *s3store.Store, key string, f *os.File, meta map[string]string) error {
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	return b.PutResumable(ctx, key, f, fi.Size(), meta)
}

// checkLogging refuses a new session when the preferences require logging
// and a destination cannot take it now.
func (s *Server) checkLogging(ctx context.Context, prefs tether.SessionPreferences) error {
	if !prefs.RequireLogging {
		return nil
	}
	if s.spool == nil {
		return tether.Errorf(tether.EUNAVAILABLE, "sessions must be logged, and this server has no recording spool")
	}
	if prefs.CloudWatchLogGroupName != "" {
		if err := s.ensureLogGroup(ctx, prefs); err != nil {
			return tether.Errorf(tether.EUNAVAILABLE, "sessions must be logged, and log group %s cannot be used: %v", prefs.CloudWatchLogGroupName, err)
		}
	}
	if prefs.S3BucketName != "" {
		b, err := s.bucket(ctx, prefs)
		if err == nil {
			err = b.Check(ctx)
		}
		if err != nil {
			return tether.Errorf(tether.EUNAVAILABLE, "sessions must be logged, and S3 bucket %s cannot be used now: %v", prefs.S3BucketName, err)
		}
	}
	return nil
}
