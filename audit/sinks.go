package audit

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"log/syslog"
	"net/http"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/tetherhq/tether"
)

// FileSink appends each record to a file as one JSON line.
type FileSink struct {
	mu sync.Mutex
	f  *os.File
	// Log receives write failures (the trail in the store stays complete).
	Log *slog.Logger
}

// OpenFileSink opens (or creates, mode 0600) path for appending.
func OpenFileSink(path string, log *slog.Logger) (*FileSink, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("audit file: %w", err)
	}
	return &FileSink{f: f, Log: log}, nil
}

// Deliver appends r.
func (s *FileSink) Deliver(_ context.Context, r tether.AuditRecord) {
	b, _ := json.Marshal(r)
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.f.Write(append(b, '\n')); err != nil {
		s.Log.Error("writing the audit file", "err", err)
	}
}

// Close closes the file.
func (s *FileSink) Close() error { return s.f.Close() }

// SyslogSink sends each record to syslog (facility auth, tag "tether") as
// JSON: locally, or to a remote syslog over udp or tcp.
type SyslogSink struct {
	w   *syslog.Writer
	Log *slog.Logger
}

// DialSyslog connects to syslog: network and addr empty for the local one.
func DialSyslog(network, addr string, log *slog.Logger) (*SyslogSink, error) {
	w, err := syslog.Dial(network, addr, syslog.LOG_AUTH|syslog.LOG_INFO, "tether")
	if err != nil {
		return nil, fmt.Errorf("audit syslog %s %s: %w", network, addr, err)
	}
	return &SyslogSink{w: w, Log: log}, nil
}

// Deliver sends r; refusals and failures at warning level.
func (s *SyslogSink) Deliver(_ context.Context, r tether.AuditRecord) {
	b, _ := json.Marshal(r)
	var err error
	if r.ErrorCode != "" {
		err = s.w.Warning(string(b))
	} else {
		err = s.w.Info(string(b))
	}
	if err != nil {
		s.Log.Error("sending to syslog", "err", err)
	}
}

// Webhook posts session start and end events to a URL, signed with
// HMAC-SHA256 over "<timestamp>.<body>" in the header
// X-Tether-Signature: t=<unix seconds>,sha256=<hex>, so receivers can check
// the sender and refuse replays. Failed deliveries are retried with
// exponential backoff from a background queue; Deliver never blocks the
// trail.
type Webhook struct {
	URL    string
	Secret []byte
	Client *http.Client
	Log    *slog.Logger
	// Retries is how many times a failed delivery is retried (default 6:
	// about a minute); Backoff the first wait (default 1 s), doubled each time.
	Retries int
	Backoff time.Duration

	once  sync.Once
	queue chan tether.AuditRecord
}

// WebhookEvents are the events a webhook receives.
var WebhookEvents = map[string]bool{"ssm:StartSession": true, "tether:SessionEnded": true}

// Deliver queues r if it is a session start (that succeeded) or end.
func (h *Webhook) Deliver(_ context.Context, r tether.AuditRecord) {
	if !WebhookEvents[r.EventName] || r.ErrorCode != "" {
		return
	}
	h.once.Do(h.start)
	select {
	case h.queue <- r:
	default:
		h.Log.Error("webhook queue full; event not delivered", "url", h.URL, "event", r.EventID)
	}
}

func (h *Webhook) start() {
	if h.Client == nil {
		h.Client = &http.Client{Timeout: 10 * time.Second}
	}
	if h.Retries == 0 {
		h.Retries = 6
	}
	if h.Backoff == 0 {
		h.Backoff = time.Second
	}
	h.queue = make(chan tether.AuditRecord, 1024)
	go func() {
		for r := range h.queue {
			h.send(r)
		}
	}()
}

func (h *Webhook) send(r tether.AuditRecord) {
	body, _ := json.Marshal(map[string]any{"Event": r})
	wait := h.Backoff
	for attempt := 0; ; attempt++ {
		err := h.post(body, r)
		if err == nil {
			return
		}
		if attempt >= h.Retries {
			h.Log.Error("webhook delivery failed; giving up", "url", h.URL, "event", r.EventID, "attempts", attempt+1, "err", err)
			return
		}
		h.Log.Warn("webhook delivery failed; retrying", "url", h.URL, "event", r.EventID, "in", wait, "err", err)
		time.Sleep(wait)
		wait *= 2
	}
}

func (h *Webhook) post(body []byte, r tether.AuditRecord) error {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, err := http.NewRequest(http.MethodPost, h.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Tether-Event", r.EventName)
	req.Header.Set("X-Tether-Delivery", r.EventID)
	req.Header.Set("X-Tether-Signature", "t="+ts+",sha256="+Sign(h.Secret, ts, body))
	resp, err := h.Client.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("the receiver answered %s", resp.Status)
	}
	return nil
}

// Sign is the webhook signature of body sent at timestamp ts.
func Sign(secret []byte, ts string, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(ts + "."))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}
