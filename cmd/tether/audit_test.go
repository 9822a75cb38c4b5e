package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tetherhq/tether/api"
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
