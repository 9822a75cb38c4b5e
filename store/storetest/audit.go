package storetest

import (
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// testChain is a stand-in chaining rule: the store must call it in order
// with the previous record's hash.
func testChain(prev string, r *tether.AuditRecord) {
	r.PrevHash = prev
	r.Hash = fmt.Sprintf("h%d(%s)", r.Seq, prev)
}

func newAuditRecord(id, user, name string, at time.Time) tether.AuditRecord {
	return tether.AuditRecord{
		EventID: id, EventTime: at, EventName: name, EventSource: "sso", Identity: "TetherReserved_X_1/" + user,
		UserName: user, SourceIP: "192.0.2.1", UserAgent: "tether-cli", Resource: "arn:aws:x",
		RequestParameters: []byte(`{"UserName":"` + user + `"}`), ErrorCode: "", Detail: "d", RequestID: "r-" + id,
	}
}

func testAuditAppendList(t *testing.T, s store.Store) {
	ctx := t.Context()
	recs := []tether.AuditRecord{
		newAuditRecord("e1", "alice", "sso:Login", t0),
		newAuditRecord("e2", "bob", "sso:Login", t0.Add(time.Minute)),
	}
	recs[1].ErrorCode, recs[1].ErrorMessage, recs[1].RequestParameters = "unauthorized", "bad", nil
	must(t, s.AppendAuditRecords(ctx, recs, testChain))
	must(t, s.AppendAuditRecords(ctx, []tether.AuditRecord{newAuditRecord("e3", "alice", "ssm:StartSession", t0.Add(2*time.Minute))}, testChain))
	wantCode(t, s.AppendAuditRecords(ctx, []tether.AuditRecord{newAuditRecord("e3", "x", "y", t0)}, testChain), tether.ECONFLICT, "e3")

	all, err := s.ListAuditRecords(ctx, store.AuditFilter{Ascending: true})
	must(t, err)
	if len(all) != 3 {
		t.Fatalf("%d records, want 3", len(all))
	}
	want := recs[0]
	want.Seq, want.PrevHash, want.Hash = 1, "", "h1()"
	if !reflect.DeepEqual(all[0], want) {
		t.Errorf("read back %+v\nwant %+v", all[0], want)
	}
	if all[1].Seq != 2 || all[1].PrevHash != "h1()" || all[2].PrevHash != all[1].Hash || all[2].Seq != 3 {
		t.Errorf("chain: %+v", all)
	}
	if all[1].RequestParameters != nil || all[1].ErrorCode != "unauthorized" {
		t.Errorf("empty parameters and error code: %+v", all[1])
	}
	ids := func(f store.AuditFilter) []string {
		list, err := s.ListAuditRecords(ctx, f)
		must(t, err)
		out := []string{}
		for _, r := range list {
			out = append(out, r.EventID)
		}
		return out
	}
	for _, c := range []struct {
		f    store.AuditFilter
		want []string
	}{
		{store.AuditFilter{}, []string{"e3", "e2", "e1"}},
		{store.AuditFilter{UserName: "alice"}, []string{"e3", "e1"}},
		{store.AuditFilter{EventName: "sso:Login"}, []string{"e2", "e1"}},
		{store.AuditFilter{Since: t0.Add(time.Minute)}, []string{"e3", "e2"}},
		{store.AuditFilter{Until: t0.Add(time.Minute)}, []string{"e1"}},
		{store.AuditFilter{AfterSeq: 1, Ascending: true}, []string{"e2", "e3"}},
		{store.AuditFilter{Limit: 1}, []string{"e3"}},
	} {
		if got := ids(c.f); !reflect.DeepEqual(got, c.want) {
			t.Errorf("ListAuditRecords(%+v) = %v, want %v", c.f, got, c.want)
		}
	}
}

// testAuditConcurrentAppends checks that concurrent appenders never fork
// the chain: every record's PrevHash is its predecessor's Hash.
func testAuditConcurrentAppends(t *testing.T, s store.Store) {
	ctx := t.Context()
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := range 10 {
				r := newAuditRecord(fmt.Sprintf("w%d-%d", w, i), "u", "e", t0)
				if err := s.AppendAuditRecords(ctx, []tether.AuditRecord{r}, testChain); err != nil {
					t.Errorf("append: %v", err)
				}
			}
		})
	}
	wg.Wait()
	all, err := s.ListAuditRecords(ctx, store.AuditFilter{Ascending: true})
	must(t, err)
	if len(all) != 40 {
		t.Fatalf("%d records, want 40", len(all))
	}
	prev := ""
	for i, r := range all {
		if r.Seq != int64(i+1) || r.PrevHash != prev {
			t.Fatalf("record %d: seq %d prev %q, want seq %d prev %q", i, r.Seq, r.PrevHash, i+1, prev)
		}
		prev = r.Hash
	}
}
