package storetest

import (
	"errors"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

func newSession(id, owner, target string, started time.Time) tether.Session {
	return tether.Session{
		ID:        id,
		Target:    target,
		Owner:     owner,
		Reason:    "investigating " + id,
		Kind:      tether.SessionShell,
		Status:    tether.SessionConnected,
		RunAs:     "ssm-user",
		StartedAt: started,
	}
}

// exit returns a pointer to a fresh copy of code, for Session.ExitCode.
func exit(code int) *int { return &code }

func listSessions(t *testing.T, s store.Store, f store.SessionFilter) []string {
	t.Helper()
	ss, err := s.ListSessions(t.Context(), f)
	must(t, err)
	if ss == nil {
		t.Fatalf("ListSessions(%+v) returned nil, want a non-nil slice", f)
	}
	return names(ss, func(ses tether.Session) string { return ses.ID })
}

func testSessionCreateGet(t *testing.T, s store.Store) {
	ctx := t.Context()
	get := func(id string) tether.Session {
		t.Helper()
		got, err := s.Session(ctx, id)
		must(t, err)
		return got
	}

	// A finished command with every field set.
	done := newSession("alice-0123456789abcdef0", "alice", "mi-1", t0)
	done.Kind = tether.SessionCommand
	done.Status = tether.SessionTerminated
	done.Details = "exited"
	done.Command = "uptime && df -h"
	done.Host, done.Port = "db.internal", 5432
	done.ExitCode = exit(2)
	done.EndedAt = t0.Add(time.Minute)
	done.Recording = "s3://bucket/alice-0123456789abcdef0.log"
	must(t, s.CreateSession(ctx, done))
	wantEqual(t, "Session", get(done.ID), done)

	// A running session has no exit code and no end: nil and zero, not 0.
	running := newSession("alice-running", "alice", "mi-1", t0)
	must(t, s.CreateSession(ctx, running))
	got := get("alice-running")
	wantEqual(t, "running session", got, running)
	if got.ExitCode != nil {
		t.Fatalf("ExitCode = %d, want nil", *got.ExitCode)
	}
	if !got.EndedAt.IsZero() {
		t.Fatalf("EndedAt = %v, want the zero time", got.EndedAt)
	}

	// Exit code 0 is a value, distinct from none; so are negative codes.
	for id, code := range map[string]int{"ok": 0, "killed": 137, "negative": -1} {
		ses := newSession(id, "bob", "mi-2", t0)
		ses.Status = tether.SessionFailed
		ses.ExitCode = exit(code)
		must(t, s.CreateSession(ctx, ses))
		got := get(id)
		if got.ExitCode == nil || *got.ExitCode != code {
			t.Fatalf("exit code %d came back as %v", code, got.ExitCode)
		}
		wantEqual(t, "session "+id, got, ses)
	}

	_, err := s.Session(ctx, "ALICE-RUNNING")
	wantCode(t, err, tether.ENOTFOUND)
}

func testSessionConflict(t *testing.T, s store.Store) {
	ctx := t.Context()
	ses := newSession("alice-1", "alice", "mi-1", t0)
	must(t, s.CreateSession(ctx, ses))
	dup := newSession("alice-1", "bob", "mi-2", t0.Add(time.Hour))
	wantCode(t, s.CreateSession(ctx, dup), tether.ECONFLICT, `session "alice-1" already exists`)
	got, err := s.Session(ctx, "alice-1")
	must(t, err)
	wantEqual(t, "original session", got, ses)
	wantEqual(t, "sessions", listSessions(t, s, store.SessionFilter{}), []string{"alice-1"})
}

func testSessionNotFound(t *testing.T, s store.Store) {
	ctx := t.Context()
	_, err := s.Session(ctx, "alice-1")
	wantCode(t, err, tether.ENOTFOUND, `session "alice-1" not found`)
	called := false
	_, err = s.UpdateSession(ctx, "alice-1", func(*tether.Session) error { called = true; return nil })
	wantCode(t, err, tether.ENOTFOUND, `session "alice-1" not found`)
	if called {
		t.Error("UpdateSession called fn for a missing session")
	}
}

func testSessionUpdate(t *testing.T, s store.Store) {
	ctx := t.Context()
	orig := newSession("alice-1", "alice", "mi-1", t0)
	must(t, s.CreateSession(ctx, orig))

	got, err := s.UpdateSession(ctx, "alice-1", func(ses *tether.Session) error {
		ses.Status = tether.SessionTerminated
		ses.Details = "terminated by alice"
		ses.ExitCode = exit(0)
		ses.EndedAt = t0.Add(time.Hour)
		ses.Recording = "file:///var/lib/tether/alice-1"
		return nil
	})
	must(t, err)
	want := orig
	want.Status = tether.SessionTerminated
	want.Details = "terminated by alice"
	want.ExitCode = exit(0)
	want.EndedAt = t0.Add(time.Hour)
	want.Recording = "file:///var/lib/tether/alice-1"
	wantEqual(t, "UpdateSession result", got, want)
	got, err = s.Session(ctx, "alice-1")
	must(t, err)
	wantEqual(t, "session after update", got, want)

	// Every other field can change too.
	got, err = s.UpdateSession(ctx, "alice-1", func(ses *tether.Session) error {
		ses.Target, ses.Owner, ses.Reason = "mi-2", "bob", ""
		ses.Kind = tether.SessionPortForward
		ses.Command, ses.RunAs, ses.Host, ses.Port = "cmd", "root", "localhost", 8080
		ses.StartedAt = t0.Add(-time.Hour)
		return nil
	})
	must(t, err)
	want.Target, want.Owner, want.Reason = "mi-2", "bob", ""
	want.Kind = tether.SessionPortForward
	want.Command, want.RunAs, want.Host, want.Port = "cmd", "root", "localhost", 8080
	want.StartedAt = t0.Add(-time.Hour)
	wantEqual(t, "session after second update", got, want)

	boom := errors.New("boom")
	_, err = s.UpdateSession(ctx, "alice-1", func(ses *tether.Session) error {
		ses.Status = tether.SessionFailed
		ses.ExitCode = nil
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("UpdateSession returned %v, want fn's error", err)
	}
	_, err = s.UpdateSession(ctx, "alice-1", func(ses *tether.Session) error {
		ses.ID = "alice-2"
		ses.Status = tether.SessionFailed
		return nil
	})
	wantCode(t, err, tether.EINVALID)
	got, err = s.Session(ctx, "alice-1")
	must(t, err)
	wantEqual(t, "session after aborted updates", got, want)
	_, err = s.Session(ctx, "alice-2")
	wantCode(t, err, tether.ENOTFOUND)

	// The exit code and end time can be cleared back to none.
	got, err = s.UpdateSession(ctx, "alice-1", func(ses *tether.Session) error {
		ses.ExitCode, ses.EndedAt = nil, time.Time{}
		return nil
	})
	must(t, err)
	if got.ExitCode != nil || !got.EndedAt.IsZero() {
		t.Fatalf("cleared exit code and end came back as %v and %v", got.ExitCode, got.EndedAt)
	}
}

// createSessions creates sessions from id to owner, target, start and status.
func createSessions(t *testing.T, s store.Store, specs map[string]sessionSpec) {
	t.Helper()
	for id, sp := range specs {
		ses := newSession(id, sp.owner, sp.target, sp.started)
		ses.Status = sp.status
		if !ses.Status.Active() {
			ses.EndedAt = sp.started.Add(time.Minute)
			ses.ExitCode = exit(0)
		}
		must(t, s.CreateSession(t.Context(), ses))
	}
}

type sessionSpec struct {
	owner, target string
	started       time.Time
	status        tether.SessionStatus
}

func testSessionList(t *testing.T, s store.Store) {
	wantEqual(t, "empty list", listSessions(t, s, store.SessionFilter{}), []string{})
	h := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Hour) }
	createSessions(t, s, map[string]sessionSpec{
		"alice-1": {"alice", "mi-1", h(1), tether.SessionTerminated},
		"alice-2": {"alice", "mi-2", h(2), tether.SessionConnected},
		"alice-3": {"alice", "mi-1", h(3), tether.SessionFailed},
		"bob-1":   {"bob", "mi-1", h(2), tether.SessionConnected},
		"Bob-1":   {"Bob", "mi-2", h(2), tether.SessionConnecting},
		"carol-1": {"carol", "mi-3", h(0), tether.SessionDisconnected},
	})
	// Newest first; at one start time, IDs descending, bytewise ("B" < "a" < "b").
	wantEqual(t, "all", listSessions(t, s, store.SessionFilter{}),
		[]string{"alice-3", "bob-1", "alice-2", "Bob-1", "alice-1", "carol-1"})
	wantEqual(t, "alice's", listSessions(t, s, store.SessionFilter{Owner: "alice"}),
		[]string{"alice-3", "alice-2", "alice-1"})
	// Owners are compared exactly.
	wantEqual(t, "bob's", listSessions(t, s, store.SessionFilter{Owner: "bob"}), []string{"bob-1"})
	wantEqual(t, "on mi-1", listSessions(t, s, store.SessionFilter{Target: "mi-1"}),
		[]string{"alice-3", "bob-1", "alice-1"})
	wantEqual(t, "alice on mi-1", listSessions(t, s, store.SessionFilter{Owner: "alice", Target: "mi-1"}),
		[]string{"alice-3", "alice-1"})
	wantEqual(t, "bob on mi-2", listSessions(t, s, store.SessionFilter{Owner: "bob", Target: "mi-2"}), []string{})
	wantEqual(t, "nobody's", listSessions(t, s, store.SessionFilter{Owner: "dave"}), []string{})

	// Listed sessions are whole records.
	ss, err := s.ListSessions(t.Context(), store.SessionFilter{Owner: "alice", Target: "mi-1"})
	must(t, err)
	want := newSession("alice-3", "alice", "mi-1", h(3))
	want.Status, want.EndedAt, want.ExitCode = tether.SessionFailed, h(3).Add(time.Minute), exit(0)
	wantEqual(t, "listed session", ss[0], want)
}

func testSessionListStatus(t *testing.T, s store.Store) {
	m := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Minute) }
	createSessions(t, s, map[string]sessionSpec{
		"connecting":   {"alice", "mi-1", m(6), tether.SessionConnecting},
		"connected":    {"alice", "mi-1", m(5), tether.SessionConnected},
		"disconnected": {"bob", "mi-1", m(4), tether.SessionDisconnected},
		"terminating":  {"alice", "mi-2", m(3), tether.SessionTerminating},
		"terminated":   {"alice", "mi-1", m(2), tether.SessionTerminated},
		"failed":       {"bob", "mi-2", m(1), tether.SessionFailed},
	})
	for _, st := range []tether.SessionStatus{
		tether.SessionConnecting, tether.SessionConnected, tether.SessionDisconnected,
		tether.SessionTerminating, tether.SessionTerminated, tether.SessionFailed,
	} {
		// The fixtures follow SessionStatus.Active, which the filters use.
		want := st == tether.SessionConnecting || st == tether.SessionConnected ||
			st == tether.SessionDisconnected || st == tether.SessionTerminating
		if st.Active() != want {
			t.Fatalf("%s.Active() = %v: the fixtures below assume %v", st, st.Active(), want)
		}
	}

	wantEqual(t, "active", listSessions(t, s, store.SessionFilter{Active: true}),
		[]string{"connecting", "connected", "disconnected", "terminating"})
	wantEqual(t, "ended", listSessions(t, s, store.SessionFilter{Ended: true}),
		[]string{"terminated", "failed"})
	wantEqual(t, "active and ended", listSessions(t, s, store.SessionFilter{Active: true, Ended: true}), []string{})
	wantEqual(t, "active and ended, filtered", listSessions(t, s, store.SessionFilter{
		Active: true, Ended: true, Owner: "alice", Limit: 10,
	}), []string{})
	wantEqual(t, "alice's active", listSessions(t, s, store.SessionFilter{Owner: "alice", Active: true}),
		[]string{"connecting", "connected", "terminating"})
	wantEqual(t, "ended on mi-2", listSessions(t, s, store.SessionFilter{Target: "mi-2", Ended: true}),
		[]string{"failed"})
	wantEqual(t, "bob's active on mi-2", listSessions(t, s, store.SessionFilter{
		Owner: "bob", Target: "mi-2", Active: true,
	}), []string{})

	// A status that SessionStatus.Active does not know has ended.
	createSessions(t, s, map[string]sessionSpec{"odd": {"alice", "mi-1", m(0), "Unknown"}})
	wantEqual(t, "ended with an unknown status", listSessions(t, s, store.SessionFilter{Ended: true}),
		[]string{"terminated", "failed", "odd"})
	wantEqual(t, "active without it", listSessions(t, s, store.SessionFilter{Active: true}),
		[]string{"connecting", "connected", "disconnected", "terminating"})
}

func testSessionListSinceLimit(t *testing.T, s store.Store) {
	ctx := t.Context()
	createSessions(t, s, map[string]sessionSpec{
		"s-before": {"alice", "mi-1", t0.Add(-time.Microsecond), tether.SessionTerminated},
		"s-at":     {"alice", "mi-1", t0, tether.SessionConnected},
		"s-after":  {"bob", "mi-1", t0.Add(time.Microsecond), tether.SessionTerminated},
		"s-later":  {"alice", "mi-2", t0.Add(24 * time.Hour), tether.SessionConnected},
		"s-old":    {"alice", "mi-1", t0.AddDate(-1, 0, 0), tether.SessionConnected},
	})
	all := []string{"s-later", "s-after", "s-at", "s-before", "s-old"}
	wantEqual(t, "all", listSessions(t, s, store.SessionFilter{}), all)

	// Since is inclusive, and may come in any time zone.
	wantEqual(t, "since t0", listSessions(t, s, store.SessionFilter{Since: t0}),
		[]string{"s-later", "s-after", "s-at"})
	wantEqual(t, "since t0, elsewhere", listSessions(t, s, store.SessionFilter{
		Since: t0.In(time.FixedZone("UTC-8", -8*3600)),
	}), []string{"s-later", "s-after", "s-at"})
	wantEqual(t, "since after", listSessions(t, s, store.SessionFilter{Since: t0.Add(time.Microsecond)}),
		[]string{"s-later", "s-after"})
	wantEqual(t, "since the future", listSessions(t, s, store.SessionFilter{Since: t0.AddDate(1, 0, 0)}), []string{})
	wantEqual(t, "alice's since t0", listSessions(t, s, store.SessionFilter{Owner: "alice", Since: t0}),
		[]string{"s-later", "s-at"})
	wantEqual(t, "active since t0", listSessions(t, s, store.SessionFilter{Active: true, Since: t0}),
		[]string{"s-later", "s-at"})

	// Limit keeps the newest; 0 means no limit.
	wantEqual(t, "limit 0", listSessions(t, s, store.SessionFilter{Limit: 0}), all)
	wantEqual(t, "limit 1", listSessions(t, s, store.SessionFilter{Limit: 1}), []string{"s-later"})
	wantEqual(t, "limit 3", listSessions(t, s, store.SessionFilter{Limit: 3}), all[:3])
	wantEqual(t, "limit beyond", listSessions(t, s, store.SessionFilter{Limit: 100}), all)
	wantEqual(t, "limit after filters", listSessions(t, s, store.SessionFilter{Owner: "alice", Target: "mi-1", Limit: 2}),
		[]string{"s-at", "s-before"})
	wantEqual(t, "ended, limit 1", listSessions(t, s, store.SessionFilter{Ended: true, Limit: 1}),
		[]string{"s-after"})
	wantEqual(t, "since with limit", listSessions(t, s, store.SessionFilter{Since: t0, Limit: 2}),
		[]string{"s-later", "s-after"})

	_, err := s.ListSessions(ctx, store.SessionFilter{Limit: -1})
	wantCode(t, err, tether.EINVALID)
}
