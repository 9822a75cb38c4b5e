package storetest

import (
	"reflect"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

func testCommands(t *testing.T, s store.Store) {
	ctx := t.Context()
	cmd := func(session string, seq int, owner, target string, sec int, text string) tether.TypedCommand {
		return tether.TypedCommand{SessionID: session, Seq: seq, Owner: owner, Target: target,
			Time: t0.Add(time.Duration(sec) * time.Second), Text: text}
	}
	must(t, s.PutSessionCommands(ctx, []tether.TypedCommand{
		cmd("alice-1", 1, "alice", "mi-1", 1, "sudo systemctl restart nginx"),
		cmd("alice-1", 2, "alice", "mi-1", 2, "cat /etc/passwd"),
		cmd("bob-1", 1, "bob", "mi-2", 3, "SUDO -i"),
	}))
	again := cmd("alice-1", 2, "alice", "mi-1", 2, "cat /etc/shadow")
	again.Incomplete = true
	must(t, s.PutSessionCommands(ctx, []tether.TypedCommand{again}))
	texts := func(f store.CommandFilter) []string {
		list, err := s.SearchCommands(ctx, f)
		must(t, err)
		out := []string{}
		for _, c := range list {
			out = append(out, c.SessionID+":"+c.Text)
		}
		return out
	}
	for _, c := range []struct {
		f    store.CommandFilter
		want []string
	}{
		{store.CommandFilter{Text: "sudo"}, []string{"bob-1:SUDO -i", "alice-1:sudo systemctl restart nginx"}},
		{store.CommandFilter{Text: "sudo", Owner: "alice"}, []string{"alice-1:sudo systemctl restart nginx"}},
		{store.CommandFilter{Target: "mi-1"}, []string{"alice-1:cat /etc/shadow", "alice-1:sudo systemctl restart nginx"}},
		{store.CommandFilter{Text: "passwd"}, []string{}},
		{store.CommandFilter{Since: t0.Add(2 * time.Second), Until: t0.Add(3 * time.Second)}, []string{"alice-1:cat /etc/shadow"}},
		{store.CommandFilter{SessionID: "bob-1"}, []string{"bob-1:SUDO -i"}},
		{store.CommandFilter{Limit: 1}, []string{"bob-1:SUDO -i"}},
		{store.CommandFilter{Text: "100%_"}, []string{}},
	} {
		if got := texts(c.f); !reflect.DeepEqual(got, c.want) {
			t.Errorf("SearchCommands(%+v) = %q, want %q", c.f, got, c.want)
		}
	}
	list, err := s.SearchCommands(ctx, store.CommandFilter{Text: "shadow"})
	must(t, err)
	if len(list) != 1 || !list[0].Incomplete || list[0].Owner != "alice" || !list[0].Time.Equal(t0.Add(2*time.Second)) {
		t.Errorf("replaced command: %+v", list)
	}
}
