package main

import (
	"encoding/json"
	"strings"
	"testing"
)

type simulation struct {
	EvaluationResults []struct {
		EvalActionName    string
		EvalResourceName  string
		EvalDecision      string
		MatchedStatements []struct {
			SourcePolicyId string
			Sid            string
			StartPosition  struct{ Line, Column int }
		}
	}
}

// The seed's tests 1 and 2 decided offline: each permission set opens
// sessions only on instances with its project tag, may describe everything,
// may never change the service settings, and may terminate only its user's
// own sessions.
func TestPolicySimulateSeedOutcomes(t *testing.T) {
	c := newCLI(t)
	const (
		prodInstance = "arn:aws:ssm:us-east-1:123456789012:managed-instance/mi-0123456789abcdef0"
		ec2Instance  = "arn:aws:ec2:us-east-1:123456789012:instance/i-0f98f7aa61d0b0a4b"
	)
	cases := []struct {
		set, user, project, action, resource, decision string
	}{
		{"Production", "testuser01", "Production", "ssm:StartSession", prodInstance, "allowed"},
		{"Production", "testuser01", "Production", "ssm:StartSession", ec2Instance, "allowed"},
		{"Production", "testuser01", "Development", "ssm:StartSession", prodInstance, "implicitDeny"},
		{"Development", "testuser02", "Development", "ssm:StartSession", prodInstance, "allowed"},
		{"Development", "testuser02", "Production", "ssm:StartSession", prodInstance, "implicitDeny"},
		{"Production", "testuser01", "Production", "ssm:DescribeSessions", "*", "allowed"},
		{"Development", "testuser02", "Development", "ec2:DescribeInstances", "*", "allowed"},
		{"Production", "testuser01", "Production", "ssm:GetServiceSetting", "*", "allowed"},
		{"Production", "testuser01", "Production", "ssm:UpdateServiceSetting", "*", "explicitDeny"},
		{"Development", "testuser02", "Development", "ssm:ResetServiceSetting", "*", "explicitDeny"},
		{"Production", "testuser01", "", "ssm:TerminateSession", "arn:aws:ssm:us-east-1:123456789012:session/testuser01-0953613db5f67149b", "allowed"},
		{"Production", "testuser01", "", "ssm:TerminateSession", "arn:aws:ssm:us-east-1:123456789012:session/testuser02-0953613db5f67149b", "implicitDeny"},
		{"Development", "testuser02", "", "ssm:TerminateSession", "arn:aws:ssm:us-east-1:123456789012:session/testuser02-0953613db5f67149b", "allowed"},
	}
	for _, tc := range cases {
		ctx := map[string]any{"aws:username": tc.user}
		if tc.project != "" {
			ctx["ssm:resourceTag/project"] = []string{tc.project}
		}
		b, _ := json.Marshal(ctx)
		ctxFile := writeFile(t, "ctx.json", string(b))
		var sim simulation
		c.okJSON(&sim, "policy", "simulate", "--policy-file", "../../examples/policies/"+tc.set+"PermissionSet.json",
			"--action", tc.action, "--resource", tc.resource, "--context-file", ctxFile)
		if len(sim.EvaluationResults) != 1 {
			t.Fatalf("%+v: %d results", tc, len(sim.EvaluationResults))
		}
		r := sim.EvaluationResults[0]
		if r.EvalDecision != tc.decision || r.EvalActionName != tc.action || r.EvalResourceName != tc.resource {
			t.Errorf("%s as %s (project %q) %s on %s: %s, want %s", tc.set, tc.user, tc.project, tc.action, tc.resource, r.EvalDecision, tc.decision)
		}
		if (tc.decision == "implicitDeny") != (len(r.MatchedStatements) == 0) {
			t.Errorf("%s %s: matched statements %+v", tc.action, tc.decision, r.MatchedStatements)
		}
		for _, m := range r.MatchedStatements {
			if m.SourcePolicyId != tc.set+"PermissionSet.json" || m.StartPosition.Line < 3 {
				t.Errorf("matched statement %+v", m)
			}
		}
	}
}

func TestPolicySimulateSeveralActionsAndPolicies(t *testing.T) {
	c := newCLI(t)
	deny := writeFile(t, "deny.json", `{"Version":"2012-10-17","Statement":{"Sid":"NoProd","Effect":"Deny","Action":"ssm:Start*","Resource":"*"}}`)
	var sim simulation
	c.okJSON(&sim, "policy", "simulate", "--policy-file", "../../examples/policies/AdministratorAccess.json",
		"--policy-file", deny, "--action", "ssm:StartSession", "--action", "ssm:DescribeSessions", "--resource", "*")
	if len(sim.EvaluationResults) != 2 || sim.EvaluationResults[0].EvalDecision != "explicitDeny" ||
		sim.EvaluationResults[0].MatchedStatements[0].Sid != "NoProd" || sim.EvaluationResults[1].EvalDecision != "allowed" {
		t.Errorf("simulation = %+v", sim)
	}
	text := c.ok("", "policy", "simulate", "--policy-file", deny, "--action", "ssm:StartSession", "--resource", "*")
	mustContain(t, text, "ssm:StartSession", "explicitDeny", "NoProd")
}

func TestPolicyValidate(t *testing.T) {
	c := newCLI(t)
	mustContain(t, c.ok("", "policy", "validate", "../../examples/policies/ProductionPermissionSet.json"), "valid policy with 5 statement(s)")
	cases := []struct {
		name, doc string
		want      []string
	}{
		{"not JSON", `{"Version":`, []string{"bad.json"}},
		{"bad effect", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ssm:X","Resource":"*"},{"Sid":"Second","Effect":"Permit","Action":"ssm:X","Resource":"*"}]}`, []string{"1", "Second", "Effect"}},
		{"no prefix", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"StartSession","Resource":"*"}]}`, []string{"0", "Action"}},
		{"bad operator", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ssm:X","Resource":"*","Condition":{"StringLikeish":{"a":"b"}}}]}`, []string{"Condition", "StringLikeish"}},
		{"bad version", `{"Version":"2020-01-01","Statement":[]}`, []string{"Version"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			stderr := c.fails(exitUsage, "", "policy", "validate", writeFile(t, "bad.json", tc.doc))
			mustContain(t, stderr, tc.want...)
		})
	}
	c.fails(exitUsage, "", "policy", "validate", "/nonexistent/policy.json")
	mustContain(t, c.fails(exitUsage, "", "policy", "simulate", "--action", "ssm:X", "--resource", "*"), "--policy-file")
	bad := writeFile(t, "ctx.json", `{"aws:username": {"nested": true}}`)
	mustContain(t, c.fails(exitUsage, "", "policy", "simulate", "--policy-file", "../../examples/policies/AdministratorAccess.json",
		"--action", "ssm:X", "--resource", "*", "--context-file", bad), "aws:username")
	_ = strings.Contains
}
