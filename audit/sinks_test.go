package audit

import (
	"bufio"
	"crypto/hmac"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// TestWebhookSignedAndRetried checks that session events are posted with a
// verifiable signature, retried after failures, and other events skipped.
func TestWebhookSignedAndRetried(t *testing.T) {
	secret := []byte("webhook-secret")
	var mu sync.Mutex
	calls := 0
	got := make(chan tether.AuditRecord, 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		calls++
		n := calls
		mu.Unlock()
		if n <= 2 {
			http.Error(w, "try later", http.StatusServiceUnavailable)
			return
		}
		body, _ := io.ReadAll(r.Body)
		var ts, sig string
		for _, part := range strings.Split(r.Header.Get("X-Tether-Signature"), ",") {
			k, v, _ := strings.Cut(part, "=")
			if k == "t" {
				ts = v
			} else if k == "sha256" {
				sig = v
			}
		}
		if !hmac.Equal([]byte(sig), []byte(Sign(secret, ts, body))) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			t.Errorf("signature %q does not verify", r.Header.Get("X-Tether-Signature"))
			return
		}
		var payload struct{ Event tether.AuditRecord }
		if err := json.Unmarshal(body, &payload); err != nil {
			t.Errorf("payload: %v", err)
		}
		if r.Header.Get("X-Tether-Event") != payload.Event.EventName || r.Header.Get("X-Tether-Delivery") != payload.Event.EventID {
			t.Errorf("headers %v do not match the event %+v", r.Header, payload.Event)
		}
		got <- payload.Event
	}))
	defer srv.Close()
	h := &Webhook{URL: srv.URL, Secret: secret, Log: quiet, Backoff: 10 * time.Millisecond}
	h.Deliver(t.Context(), tether.AuditRecord{EventID: "skip", EventName: "sso:Login"})
	h.Deliver(t.Context(), tether.AuditRecord{EventID: "refused", EventName: "ssm:StartSession", ErrorCode: "access_denied"})
	h.Deliver(t.Context(), tether.AuditRecord{EventID: "start", EventName: "ssm:StartSession"})
	h.Deliver(t.Context(), tether.AuditRecord{EventID: "end", EventName: "tether:SessionEnded"})
	for _, want := range []string{"start", "end"} {
		select {
		case r := <-got:
			if r.EventID != want {
				t.Fatalf("delivered %s, want %s", r.EventID, want)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("%s was not delivered", want)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if calls != 4 {
		t.Errorf("%d posts, want 4 (two failures, then start and end)", calls)
	}
}

// TestSyslogSink sends to a real UDP syslog listener.
func TestSyslogSink(t *testing.T) {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer pc.Close()
	s, err := DialSyslog("udp", pc.LocalAddr().String(), quiet)
	if err != nil {
		t.Fatal(err)
	}
	s.Deliver(t.Context(), tether.AuditRecord{EventID: "e1", EventName: "sso:Login", ErrorCode: "unauthorized", UserName: "alice"})
	buf := make([]byte, 4096)
	pc.SetReadDeadline(time.Now().Add(30 * time.Second))
	n, _, err := pc.ReadFrom(buf)
	if err != nil {
		t.Fatal(err)
	}
	msg := string(buf[:n])
	// <PRI>: facility auth (4) * 8 + warning (4) = 36.
	if !strings.HasPrefix(msg, "<36>") || !strings.Contains(msg, "tether") || !strings.Contains(msg, `"EventId":"e1"`) {
		t.Errorf("syslog message %q", msg)
	}
}

func TestFileSink(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	s, err := OpenFileSink(path, quiet)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"a", "b"} {
		s.Deliver(t.Context(), tether.AuditRecord{EventID: id, EventName: "x:Y"})
	}
	s.Close()
	f, _ := os.Open(path)
	defer f.Close()
	var ids []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r tether.AuditRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.EventID)
	}
	if strings.Join(ids, ",") != "a,b" {
		t.Errorf("file holds %v", ids)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", fi.Mode())
	}
}
