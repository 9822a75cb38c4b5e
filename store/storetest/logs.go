package storetest

import (
	"reflect"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

func testLogs(t *testing.T, s store.Store) {
	ctx := t.Context()
	must(t, s.CreateLogGroup(ctx, tether.LogGroup{Name: "SessionManagerLogGroup", RetentionDays: 30, CreatedAt: t0}))
	wantCode(t, s.CreateLogGroup(ctx, tether.LogGroup{Name: "SessionManagerLogGroup", CreatedAt: t0}), tether.ECONFLICT, "SessionManagerLogGroup")
	wantCode(t, s.PutLogEvents(ctx, "missing", "s", []tether.LogEvent{{Time: t0, Message: "x"}}), tether.ENOTFOUND, "missing")

	ev := func(sec int, msg string) tether.LogEvent {
		return tether.LogEvent{Time: t0.Add(time.Duration(sec) * time.Second), Message: msg}
	}
	must(t, s.PutLogEvents(ctx, "SessionManagerLogGroup", "alice-1", []tether.LogEvent{ev(1, "ls -la"), ev(2, `{"text":"total 0"}`)}))
	must(t, s.PutLogEvents(ctx, "SessionManagerLogGroup", "alice-1", []tether.LogEvent{ev(3, "100% done_ok")}))
	must(t, s.PutLogEvents(ctx, "SessionManagerLogGroup", "bob-1", []tether.LogEvent{ev(2, "whoami")}))

	streams, err := s.ListLogStreams(ctx, "SessionManagerLogGroup")
	must(t, err)
	if len(streams) != 2 || streams[0].Name != "alice-1" || streams[0].EventCount != 3 ||
		!streams[0].FirstEventAt.Equal(t0.Add(time.Second)) || !streams[0].LastEventAt.Equal(t0.Add(3*time.Second)) ||
		streams[0].StoredBytes != int64(len("ls -la")+len(`{"text":"total 0"}`)+len("100% done_ok")) {
		t.Fatalf("streams: %+v", streams)
	}
	_, err = s.ListLogStreams(ctx, "missing")
	wantCode(t, err, tether.ENOTFOUND)
	one, err := s.LogStream(ctx, "SessionManagerLogGroup", "bob-1")
	must(t, err)
	if one.EventCount != 1 || one.Name != "bob-1" {
		t.Fatalf("stream bob-1: %+v", one)
	}
	_, err = s.LogStream(ctx, "SessionManagerLogGroup", "nobody-1")
	wantCode(t, err, tether.ENOTFOUND, "nobody-1")

	msgs := func(f store.LogFilter) []string {
		t.Helper()
		f.Group = "SessionManagerLogGroup"
		list, err := s.LogEvents(ctx, f)
		must(t, err)
		out := []string{}
		for _, e := range list {
			out = append(out, e.Stream+":"+e.Message)
		}
		return out
	}
	for _, c := range []struct {
		f    store.LogFilter
		want []string
	}{
		{store.LogFilter{}, []string{"alice-1:ls -la", `alice-1:{"text":"total 0"}`, "bob-1:whoami", "alice-1:100% done_ok"}},
		{store.LogFilter{Stream: "alice-1", AfterSeq: 1}, []string{`alice-1:{"text":"total 0"}`, "alice-1:100% done_ok"}},
		{store.LogFilter{Contains: "% done_"}, []string{"alice-1:100% done_ok"}},
		{store.LogFilter{Contains: "_"}, []string{"alice-1:100% done_ok"}},
		{store.LogFilter{Since: t0.Add(2 * time.Second), Until: t0.Add(3 * time.Second)}, []string{`alice-1:{"text":"total 0"}`, "bob-1:whoami"}},
		{store.LogFilter{Limit: 1}, []string{"alice-1:ls -la"}},
	} {
		if got := msgs(c.f); !reflect.DeepEqual(got, c.want) {
			t.Errorf("LogEvents(%+v) = %q, want %q", c.f, got, c.want)
		}
	}
	must(t, s.PutRetention(ctx, "SessionManagerLogGroup", 7))
	wantCode(t, s.PutRetention(ctx, "missing", 7), tether.ENOTFOUND)
	n, err := s.DeleteLogEventsBefore(ctx, "SessionManagerLogGroup", t0.Add(2*time.Second))
	must(t, err)
	if n != 1 {
		t.Errorf("retention removed %d events, want 1", n)
	}
	groups, err := s.ListLogGroups(ctx)
	must(t, err)
	if len(groups) != 1 || groups[0].RetentionDays != 7 || groups[0].StoredBytes == 0 {
		t.Errorf("groups: %+v", groups)
	}
	must(t, s.DeleteLogGroup(ctx, "SessionManagerLogGroup"))
	wantCode(t, s.DeleteLogGroup(ctx, "SessionManagerLogGroup"), tether.ENOTFOUND)
	must(t, s.CreateLogGroup(ctx, tether.LogGroup{Name: "SessionManagerLogGroup", CreatedAt: t0}))
	if got := msgs(store.LogFilter{}); len(got) != 0 {
		t.Errorf("a recreated group has old events: %v", got)
	}
}
