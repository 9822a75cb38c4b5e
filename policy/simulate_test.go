package policy

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSimulateJSON(t *testing.T) {
	doc := `{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Deny", "Action": "ssm:UpdateServiceSetting", "Resource": "*"},
    {
      "Sid": "Start",
      "Effect": "Allow",
      "Action": "ssm:StartSession",
      "Resource": "arn:aws:ssm:*:*:managed-instance/*",
      "Condition": {"StringLike": {"ssm:resourceTag/project": "Production"}}
    }
  ]
}`
	in := SimulationInput{
		Policies:  []*Policy{MustParse(t, doc)},
		PolicyIDs: []string{"prod.json"},
		Actions:   []string{"ssm:StartSession", "ssm:UpdateServiceSetting", "ssm:CreateActivation"},
		Resource:  prodInstance,
		Context:   map[string][]string{"ssm:resourceTag/project": {"Production"}, "aws:username": {"testuser01"}},
	}
	got := jsonString(t, Simulate(in))
	want := `{"EvaluationResults":[` +
		`{"EvalActionName":"ssm:StartSession","EvalResourceName":"` + prodInstance + `","EvalDecision":"allowed","MatchedStatements":[` +
		`{"SourcePolicyId":"prod.json","SourcePolicyType":"IAM Policy","Sid":"Start","Effect":"Allow",` +
		`"StartPosition":{"Line":5,"Column":5},"EndPosition":{"Line":11,"Column":5}}]},` +
		`{"EvalActionName":"ssm:UpdateServiceSetting","EvalResourceName":"` + prodInstance + `","EvalDecision":"explicitDeny","MatchedStatements":[` +
		`{"SourcePolicyId":"prod.json","SourcePolicyType":"IAM Policy","Sid":"","Effect":"Deny",` +
		`"StartPosition":{"Line":4,"Column":5},"EndPosition":{"Line":4,"Column":77}}]},` +
		`{"EvalActionName":"ssm:CreateActivation","EvalResourceName":"` + prodInstance + `","EvalDecision":"implicitDeny","MatchedStatements":[]}]}`
	if got != want {
		t.Errorf("Simulate JSON:\n got %s\nwant %s", got, want)
	}
}

// TestSimulatePositionsPointAtBraces reads the example file and checks that
// every reported position holds the statement's own brace.
func TestSimulatePositionsPointAtBraces(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "examples", "policies", "DevelopmentPermissionSet.json"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	at := func(p Position) byte { return lines[p.Line-1][p.Column-1] }
	dev := MustParse(t, string(src))
	tests := []struct {
		name     string
		action   string
		resource string
	}{
		{"allow on star", "ssm:DescribeSessions", "*"},
		{"deny", "ssm:ResetServiceSetting", "*"},
		{"variable resource", "ssm:TerminateSession", "arn:aws:ssm:us-east-1:1:session/testuser02-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := Simulate(SimulationInput{
				Policies: []*Policy{dev}, Actions: []string{tt.action}, Resource: tt.resource,
				Context: map[string][]string{"aws:username": {"testuser02"}},
			})
			ms := out.EvaluationResults[0].MatchedStatements
			if len(ms) != 1 {
				t.Fatalf("MatchedStatements = %+v, want one", ms)
			}
			m := ms[0]
			if at(m.StartPosition) != '{' || at(m.EndPosition) != '}' {
				t.Errorf("positions %+v..%+v hold %q..%q, want the braces", m.StartPosition, m.EndPosition, at(m.StartPosition), at(m.EndPosition))
			}
			if m.SourcePolicyId != "PolicyInputList.1" {
				t.Errorf("SourcePolicyId = %q, want the simulator's default name", m.SourcePolicyId)
			}
		})
	}
}

func TestSimulateEmptyLists(t *testing.T) {
	tests := []struct {
		name string
		in   SimulationInput
		want string
	}{
		{"no actions", SimulationInput{}, `{"EvaluationResults":[]}`},
		{"no policies, resource defaults to star", SimulationInput{Actions: []string{"s3:Get"}},
			`{"EvaluationResults":[{"EvalActionName":"s3:Get","EvalResourceName":"*","EvalDecision":"implicitDeny","MatchedStatements":[]}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(Simulate(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tt.want {
				t.Errorf("got %s, want %s", b, tt.want)
			}
		})
	}
}
