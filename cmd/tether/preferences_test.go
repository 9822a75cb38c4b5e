package main

import (
	"testing"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// TestPreferences checks get/set/reset, validation, that the seed's
// production policy may read but not change or reset them (exit 3), and
// that a new session uses the preferences (run-as user, idle timeout).
func TestPreferences(t *testing.T) {
	f := newFleet(t)
	var p tether.SessionPreferences
	f.admin.okJSON(&p, "admin", "preferences", "get")
	if p.IdleSessionTimeout != 20 || p.RunAsDefaultUser != "root" && p.RunAsDefaultUser != "ssm-user" {
		t.Fatalf("defaults: %+v", p)
	}
	f.admin.okJSON(&p, "admin", "preferences", "set", "idleSessionTimeout=15", "cloudWatchLogGroupName=SessionManagerLogGroup",
		"s3BucketName=session-manager-log-bucket123", "cloudWatchStreamingEnabled=true")
	if p.IdleSessionTimeout != 15 || p.CloudWatchLogGroupName != "SessionManagerLogGroup" || p.S3BucketName != "session-manager-log-bucket123" || !p.CloudWatchStreamingEnabled {
		t.Fatalf("after set: %+v", p)
	}
	for args, want := range map[string][]string{
		"idleSessionTimeout=0":      {"idleSessionTimeout", "1 to 60"},
		"s3BucketName=Bad_Bucket":   {"s3BucketName", "not a valid bucket name"},
		"colour=blue":               {"unknown preference", "idleSessionTimeout"},
		"runAsEnabled=maybe":        {"runAsEnabled", "true or false"},
		"maxSessionDuration=twenty": {"maxSessionDuration", "whole number"},
	} {
		mustContain(t, f.admin.fails(2, "", "admin", "preferences", "set", args), want...)
	}
	f.admin.fails(2, "", "admin", "preferences", "set", "no-equals-sign")
	f.admin.okJSON(&p, "admin", "preferences", "get")
	if p.IdleSessionTimeout != 15 {
		t.Fatalf("a refused set changed the preferences: %+v", p)
	}

	// The seed's ProductionPermissionSet allows Get and denies Update and Reset.
	mustContain(t, f.user1.ok("", "admin", "preferences", "get"), "SessionManagerLogGroup")
	mustContain(t, f.user1.fails(exitDenied, "", "admin", "preferences", "set", "idleSessionTimeout=60"),
		"ssm:UpdateServiceSetting", "explicit deny")
	mustContain(t, f.user1.fails(exitDenied, "", "admin", "preferences", "reset"), "ssm:ResetServiceSetting")

	// Sessions run as the preferences' user ("nobody" has no shell, so the
	// command fails, but the session ran as nobody).
	f.admin.ok("", "admin", "preferences", "set", "runAsDefaultUser=nobody")
	f.user1.run("", "connect", "prod-server01", "--command", "id -un")
	var hist api.Sessions
	f.admin.okJSON(&hist, "sessions", "--history")
	if len(hist.Sessions) == 0 || hist.Sessions[0].RunAs != "nobody" {
		t.Errorf("latest session %+v, want one run as nobody", hist.Sessions)
	}
	f.admin.okJSON(&p, "admin", "preferences", "reset")
	if p.IdleSessionTimeout != 20 || p.CloudWatchLogGroupName != "" {
		t.Fatalf("after reset: %+v", p)
	}
}
