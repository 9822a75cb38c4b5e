package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/audit"
)

// TestAuditTrail checks that API calls, refusals and sign-ins land in the
// trail with their parameters but never a secret, that lookups filter, and
// that an export verifies until a byte of it changes.
func TestAuditTrail(t *testing.T) {
	ts := startServer(t, "")
	admin := newCLI(t)
	admin.login(ts, "admin", adminPassword)
	admin.ok("", "admin", "groups", "create", "AuditedGroup", "--description", "for the trail")
	admin.fails(1, adminPassword+"-wrong\n", "login", "--server", ts.url, "--ca-file", ts.caFile, "--user", "admin", "--password-stdin")
	admin.login(ts, "admin", adminPassword)

	// The trail is written in the background: wait for the last sign-in.
	var page api.AuditEvents
	eventually(t, "the sign-ins reach the trail", func() bool {
		page = api.AuditEvents{}
		admin.okJSON(&page, "audit", "--event", "sso:Login", "--user", "admin")
		return len(page.Events) >= 3
	})

	failed := 0
	for _, ev := range page.Events {
		if ev.EventName != "sso:Login" || ev.UserName != "admin" {
			t.Errorf("filter let through %+v", ev)
		}
		if strings.Contains(string(ev.RequestParameters), adminPassword) {
			t.Errorf("a password reached the trail: %s", ev.RequestParameters)
		}
		if ev.ErrorCode == "unauthorized" {
			failed++
		}
	}
	if failed != 1 {
		t.Errorf("%d failed sign-ins in the trail, want 1", failed)
	}
	page = api.AuditEvents{}
	admin.okJSON(&page, "audit", "--event", "identitystore:CreateGroup")
	if len(page.Events) != 1 || !strings.Contains(string(page.Events[0].RequestParameters), "AuditedGroup") ||
		page.Events[0].Identity == "" || page.Events[0].UserAgent == "" || page.Events[0].SourceIP == "" {
		t.Fatalf("CreateGroup event: %+v", page.Events)
	}
	mustContain(t, admin.ok("", "audit", "--since", "1h"), "identitystore:CreateGroup", "sso:Login")
	admin.fails(2, "", "audit", "--since", "yesterday")

	mustContain(t, admin.ok("", "audit", "verify"), "intact")
	export := filepath.Join(t.TempDir(), "trail.jsonl")
	mustContain(t, admin.ok("", "audit", "export", "--out", export), "Wrote")
	mustContain(t, admin.ok("", "audit", "verify", "--file", export), "intact")
	b, err := os.ReadFile(export)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), adminPassword) {
		t.Fatal("the export holds a password")
	}
	tampered := strings.Replace(string(b), "AuditedGroup", "AuditedGroop", 1)
	if err := os.WriteFile(export, []byte(tampered), 0o600); err != nil {
		t.Fatal(err)
	}
	mustContain(t, admin.fails(1, "", "audit", "verify", "--file", export), "does not match its hash")
}

// TestSessionWebhooksAndAuditFile runs a session on a server with a webhook
// and an audit file: the receiver gets the signed start and end, and the
// file holds the same events as the trail.
func TestSessionWebhooksAndAuditFile(t *testing.T) {
	secret := "a-webhook-secret-of-some-length"
	got := make(chan string, 10)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		sig := r.Header.Get("X-Tether-Signature")
		ts, mac, _ := strings.Cut(strings.TrimPrefix(sig, "t="), ",sha256=")
		if mac != audit.Sign([]byte(secret), ts, body) {
			t.Errorf("bad signature %q", sig)
		}
		got <- r.Header.Get("X-Tether-Event") + " " + string(body)
	}))
	defer hook.Close()
	dir := t.TempDir()
	auditFile := filepath.Join(dir, "audit.jsonl")
	ts := startServer(t, "", "--webhook", hook.URL, "--webhook-secret-file", writeFile(t, "secret", secret+"\n"),
		"--audit-file", auditFile)
	f := newFleetVia(t, ts, "")
	f.user1.ok("", "connect", "prod-server01", "--command", "true")
	for _, want := range []string{"ssm:StartSession", "tether:SessionEnded"} {
		select {
		case ev := <-got:
			if !strings.HasPrefix(ev, want+" ") || !strings.Contains(ev, "testuser01") {
				t.Fatalf("webhook got %q, want %s by testuser01", ev, want)
			}
		case <-time.After(60 * time.Second):
			t.Fatalf("no %s webhook", want)
		}
	}
	eventually(t, "the session end reaches the audit file", func() bool {
		b, _ := os.ReadFile(auditFile)
		return strings.Contains(string(b), `"EventName":"tether:SessionEnded"`) && strings.Contains(string(b), "exit code 0")
	})
	newCLI(t).fails(2, "", "server", "--webhook", hook.URL, "--data-dir", dir)
}
