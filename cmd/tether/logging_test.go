package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/internal/asciinematest"
	"github.com/tetherhq/tether/internal/s3test"
)

// TestSeedLoggingTests is the seed's "Test 3: Validate the logs": with the
// preferences naming a log group and an S3 bucket (a real S3-compatible
// server), a session's commands and output appear in its log stream and as
// objects in the bucket; asciinema plays the export; search finds the
// session by a command typed in it; verify passes, and fails once a byte of
// the recording changes.
func TestSeedLoggingTests(t *testing.T) {
	s3 := s3test.Start(t)
	const bucket = "session-manager-log-bucket123"
	s3.CreateBucket(t, bucket)
	ts := startServer(t, "", "--s3-endpoint", s3.Endpoint(), "--s3-region", s3.Region(), "--s3-path-style",
		"--s3-access-key", s3.AccessKey(), "--s3-secret-key-file", writeFile(t, "s3-secret", s3.SecretKey()))
	f := newFleetVia(t, ts, "")
	f.admin.ok("", "admin", "preferences", "set", "cloudWatchLogGroupName=SessionManagerLogGroup",
		"s3BucketName="+bucket, "s3KeyPrefix=sessions/", "requireLogging=true")

	out := f.user1.ok("echo marker-$((6*7))\nexit\n", "connect", "prod-server01")
	mustContain(t, out, "marker-42")
	var hist api.Sessions
	f.user1.okJSON(&hist, "sessions", "--history")
	id := hist.Sessions[0].ID

	eventually(t, "the session's log stream", func() bool {
		r := f.admin.run("", "logs", "get", "SessionManagerLogGroup", id)
		return r.code == 0 && strings.Contains(r.stdout, "marker-42") && strings.Contains(r.stdout, "echo marker")
	})
	mustContain(t, f.admin.ok("", "logs", "streams", "SessionManagerLogGroup"), id)
	mustContain(t, f.admin.ok("", "logs", "groups"), "SessionManagerLogGroup")
	mustContain(t, f.admin.ok("", "logs", "get", "SessionManagerLogGroup", id, "--filter", "marker-42"), "marker-42")

	for _, ext := range []string{".cast", ".rec"} {
		obj := filepath.Join(s3.Dir(), bucket, "sessions", id+ext)
		eventually(t, "object "+obj, func() bool { _, err := os.Stat(obj); return err == nil })
	}
	cast, _ := os.ReadFile(filepath.Join(s3.Dir(), bucket, "sessions", id+".cast"))
	mustContain(t, string(cast), `"version":2`, "marker-42")

	export := filepath.Join(t.TempDir(), id+".cast")
	mustContain(t, f.user1.fails(exitDenied, "", "recordings", "export", id, "--out", export), "tether:GetSessionRecording")
	f.admin.ok("", "recordings", "export", id, "--format", "asciicast", "--out", export)
	if played := asciinematest.Cat(t, export); !strings.Contains(string(played), "marker-42") {
		t.Errorf("asciinema cat played %q", played)
	}
	mustContain(t, f.admin.ok("", "recordings", "search", "echo MARKER"), id, "testuser01")
	if out := f.admin.ok("", "recordings", "search", "never-typed-this"); strings.Contains(out, id) {
		t.Errorf("search for an untyped command found %s", id)
	}

	mustContain(t, f.admin.ok("", "recordings", "verify", id), "intact")
	rec := filepath.Join(ts.dataDir, "recordings", id+".rec")
	b, err := os.ReadFile(rec)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(b), "marker-42")
	if i < 0 {
		t.Fatal("the recording does not hold the output in the clear")
	}
	b[i] = 'M'
	if err := os.WriteFile(rec, b, 0o600); err != nil {
		t.Fatal(err)
	}
	mustContain(t, f.admin.fails(1, "", "recordings", "verify", id), "does not verify")
}

// TestLogStreamingDuringSession checks the "stream during the session"
// choice: a command's output reaches the log stream while the session is
// still open, and the end adds the rest without duplicating anything.
func TestLogStreamingDuringSession(t *testing.T) {
	f := newFleet(t)
	f.admin.ok("", "admin", "preferences", "set", "cloudWatchLogGroupName=Live", "cloudWatchStreamingEnabled=true")
	in, typing := io.Pipe()
	session := f.user1.startWithInput(in, "connect", "prod-server01")
	io.WriteString(typing, "echo streamed-$((40+2))\n")
	var id string
	eventually(t, "the live session's events in its stream", func() bool {
		var hist api.Sessions
		f.admin.okJSON(&hist, "sessions")
		if len(hist.Sessions) == 0 {
			return false
		}
		id = hist.Sessions[0].ID
		r := f.admin.run("", "logs", "get", "Live", id)
		return r.code == 0 && strings.Contains(r.stdout, "streamed-42")
	})
	io.WriteString(typing, "echo after-$((40+3))\nexit\n")
	if code := waitExit(t, session); code != 0 {
		t.Fatalf("session exit %d:\n%s", code, session.out.String())
	}
	eventually(t, "the rest of the session in its stream", func() bool {
		r := f.admin.run("", "logs", "get", "Live", id)
		return r.code == 0 && strings.Contains(r.stdout, "after-43")
	})
	mustContain(t, f.admin.ok("", "logs", "tail", "Live", id), "after-43", "streamed-42")
	mustContain(t, f.admin.ok("", "logs", "tail", "Live", "--since", "1h"), id, "after-43")
	var events api.LogEvents
	f.admin.okJSON(&events, "logs", "get", "Live", id)
	seen := map[int64]bool{}
	for i, ev := range events.Events {
		if seen[ev.Seq] || ev.Seq != int64(i+1) {
			t.Fatalf("event %d has sequence %d (duplicated or missing)", i, ev.Seq)
		}
		seen[ev.Seq] = true
	}
	var streamed []string
	for _, ev := range events.Events {
		streamed = append(streamed, ev.Message)
	}
	if n := strings.Count(strings.Join(streamed, "\n"), `"direction":"output"`); n == 0 {
		t.Fatal("no output events in the stream")
	}
}

// waitExit waits for a background command to end and returns its status.
func waitExit(t *testing.T, b *background) int {
	select {
	case code := <-b.done:
		b.done <- code
		return code
	case <-time.After(60 * time.Second):
		t.Fatalf("the command did not end:\n%s", b.out.String())
		return -1
	}
}

// TestLoggingDestinationDown checks both choices when the bucket cannot
// take recordings: with requireLogging new sessions are refused, naming
// the bucket; without it sessions run and delivery waits until the bucket
// works, losing nothing.
func TestLoggingDestinationDown(t *testing.T) {
	s3 := s3test.Start(t)
	const bucket = "late-bucket"
	ts := startServer(t, "", "--s3-endpoint", s3.Endpoint(), "--s3-region", s3.Region(), "--s3-path-style",
		"--s3-access-key", s3.AccessKey(), "--s3-secret-key-file", writeFile(t, "s3-secret", s3.SecretKey()))
	f := newFleetVia(t, ts, "")
	f.admin.ok("", "admin", "preferences", "set", "s3BucketName="+bucket, "requireLogging=true")
	mustContain(t, f.user1.fails(1, "", "connect", "prod-server01", "--command", "true"), "must be logged", bucket)

	f.admin.ok("", "admin", "preferences", "set", "requireLogging=false")
	f.user1.ok("", "connect", "prod-server01", "--command", "echo delivered-later")
	var hist api.Sessions
	f.user1.okJSON(&hist, "sessions", "--history")
	id := hist.Sessions[0].ID
	eventually(t, "a failed delivery", func() bool {
		return strings.Contains(ts.logs.String(), "delivering a session recording failed")
	})
	s3.CreateBucket(t, bucket)
	obj := filepath.Join(s3.Dir(), bucket, id+".cast")
	eventually(t, "the delayed upload", func() bool { _, err := os.Stat(obj); return err == nil })
	cast, _ := os.ReadFile(obj)
	mustContain(t, string(cast), "delivered-later")
}
