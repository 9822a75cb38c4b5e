package audit

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
	"github.com/tetherhq/tether/store/sqlite"
)

func chained(n int) []tether.AuditRecord {
	var out []tether.AuditRecord
	prev := ""
	for i := range n {
		r := tether.AuditRecord{Seq: int64(i + 1), EventID: "e" + string(rune('a'+i)), EventName: "sso:Login",
			EventTime: time.Date(2026, 11, 23, 10, 0, i, 123456789, time.UTC), UserName: "alice"}
		Chain(prev, &r)
		prev = r.Hash
		out = append(out, r)
	}
	return out
}

func verify(recs []tether.AuditRecord) error {
	var v Verifier
	for _, r := range recs {
		if err := v.Check(r); err != nil {
			return err
		}
	}
	return nil
}

func TestVerifyDetectsTampering(t *testing.T) {
	if err := verify(chained(5)); err != nil {
		t.Fatalf("intact trail: %v", err)
	}
	cases := map[string]struct {
		tamper func([]tether.AuditRecord) []tether.AuditRecord
		want   string
	}{
		"changed field": {func(r []tether.AuditRecord) []tether.AuditRecord { r[2].UserName = "mallory"; return r }, "record 3 (event ec): its content does not match"},
		"changed time": {func(r []tether.AuditRecord) []tether.AuditRecord {
			r[1].EventTime = r[1].EventTime.Add(time.Second)
			return r
		}, "record 2"},
		"dropped": {func(r []tether.AuditRecord) []tether.AuditRecord { return append(r[:2], r[3:]...) }, "expected record 3 next"},
		"swapped": {func(r []tether.AuditRecord) []tether.AuditRecord { r[1], r[2] = r[2], r[1]; return r }, "expected record 2 next"},
		"renumbered": {func(r []tether.AuditRecord) []tether.AuditRecord {
			r = append(r[:2], r[3:]...)
			r[2].Seq, r[3].Seq = 3, 4
			return r
		}, "record 3: it does not follow record 2"},
		"rehashed alone": {func(r []tether.AuditRecord) []tether.AuditRecord {
			r[1].UserName = "mallory"
			Chain(r[1].PrevHash, &r[1])
			return r
		}, "record 3: it does not follow record 2"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			err := verify(c.tamper(chained(5)))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}

func TestRequestParametersRedactsSecrets(t *testing.T) {
	body := `{"UserName":"alice","Password":"hunter2-secret","Nested":{"code":"123456","Keep":"x"},"List":[{"Token":"tth_abc"}],"ActivationCode":"c0de"}`
	got := string(RequestParameters([]byte(body)))
	for _, secret := range []string{"hunter2-secret", "123456", "tth_abc", "c0de"} {
		if strings.Contains(got, secret) {
			t.Errorf("secret %q kept in %s", secret, got)
		}
	}
	for _, kept := range []string{`"UserName":"alice"`, `"Keep":"x"`, `"Password":"***"`} {
		if !strings.Contains(got, kept) {
			t.Errorf("%s missing from %s", kept, got)
		}
	}
	if RequestParameters([]byte("not json")) != nil || RequestParameters(nil) != nil {
		t.Error("non-JSON bodies must give no parameters")
	}
	big := `{"Description":"` + strings.Repeat("x", maxParams) + `"}`
	if !strings.Contains(string(RequestParameters([]byte(big))), "Truncated") {
		t.Error("oversized parameters are not truncated")
	}
}

// TestTrailAppendsAndVerifies runs the trail against a real SQLite store:
// every recorded event is stored once Close returns, in order, chained.
func TestTrailAppendsAndVerifies(t *testing.T) {
	st, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var delivered []string
	trail := NewTrail(st, slog.New(slog.NewTextHandler(io.Discard, nil)), sinkFunc(func(r tether.AuditRecord) {
		delivered = append(delivered, r.EventName)
	}))
	const n = 1000
	for i := range n {
		trail.Record(tether.AuditRecord{EventTime: time.Now(), EventName: "ssm:StartSession", UserName: "u",
			RequestParameters: json.RawMessage(`{"Target":"mi-1","I":` + string(rune('0'+i%10)) + `}`)})
	}
	trail.Close()
	recs, err := st.ListAuditRecords(t.Context(), store.AuditFilter{Ascending: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != n || len(delivered) != n {
		t.Fatalf("%d stored, %d delivered, want %d", len(recs), len(delivered), n)
	}
	if recs[0].EventSource != "ssm" || recs[0].EventID == "" {
		t.Errorf("source and ID not filled in: %+v", recs[0])
	}
	if err := verify(recs); err != nil {
		t.Fatalf("stored trail does not verify: %v", err)
	}
}

type sinkFunc func(tether.AuditRecord)

func (f sinkFunc) Deliver(_ context.Context, r tether.AuditRecord) { f(r) }
