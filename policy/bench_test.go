package policy

import (
	"os"
	"path/filepath"
	"testing"
)

// startSession is the request the hot path sees most: testuser01 opening a
// shell on prod-server01, with the context the server builds.
func startSession(tb testing.TB) (Request, *Policy) {
	tb.Helper()
	p := MustParseFile(tb, "ProductionPermissionSet.json")
	c := NewContext(map[string][]string{
		"ssm:resourceTag/project":    {"Production"},
		"aws:ResourceTag/project":    {"Production"},
		"aws:ResourceTag/Name":       {"prod-server01"},
		"aws:username":               {"testuser01"},
		"aws:userid":                 {"u-5f3c2a9b"},
		"aws:PrincipalTag/team":      {"platform"},
		"aws:SourceIp":               {"198.51.100.7"},
		"aws:CurrentTime":            {"2026-03-14T09:26:53Z"},
		"aws:EpochTime":              {"1773480413"},
		"aws:MultiFactorAuthPresent": {"true"},
		"aws:MultiFactorAuthAge":     {"120"},
		"aws:SecureTransport":        {"true"},
	})
	return Request{Action: "ssm:StartSession", Resource: prodInstance, Context: c}, p
}

func TestDecideDoesNotAllocate(t *testing.T) {
	req, p := startSession(t)
	terminate := req
	terminate.Action, terminate.Resource = "ssm:TerminateSession", ownSession
	tests := []struct {
		name string
		req  Request
		want Decision
	}{
		{"StartSession with a condition", req, Allowed},
		{"TerminateSession with a variable", terminate, Allowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := Decide(tt.req, p); d != tt.want {
				t.Fatalf("Decide = %s, want %s", d, tt.want)
			}
			if n := testing.AllocsPerRun(200, func() { Decide(tt.req, p) }); n != 0 {
				t.Errorf("Decide allocates %v times per call", n)
			}
		})
	}
}

func BenchmarkDecideStartSession(b *testing.B) {
	req, p := startSession(b)
	b.ReportAllocs()
	for b.Loop() {
		if Decide(req, p) != Allowed {
			b.Fatal("not allowed")
		}
	}
}

func BenchmarkEvaluateStartSession(b *testing.B) {
	req, p := startSession(b)
	b.ReportAllocs()
	for b.Loop() {
		if Evaluate(req, p).Decision != Allowed {
			b.Fatal("not allowed")
		}
	}
}

func BenchmarkDecideTerminateSession(b *testing.B) {
	req, p := startSession(b)
	req.Action, req.Resource = "ssm:TerminateSession", ownSession
	b.ReportAllocs()
	for b.Loop() {
		if Decide(req, p) != Allowed {
			b.Fatal("not allowed")
		}
	}
}

func BenchmarkParse(b *testing.B) {
	doc, err := os.ReadFile(filepath.Join("..", "examples", "policies", "ProductionPermissionSet.json"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(doc); err != nil {
			b.Fatal(err)
		}
	}
}
