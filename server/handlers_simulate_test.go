package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/policy"
)

// simulate posts body to /policy/simulate and returns the status and body.
func (f *fixture) simulate(t *testing.T, token, body string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest("POST", f.url+api.Prefix+"/policy/simulate", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := f.http.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func TestSimulatePolicy(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	tok := f.adminToken(t)
	admin := f.client(t, tok)
	doc := `{"Version":"2012-10-17","Statement":[
	  {"Sid":"Start","Effect":"Allow","Action":"ssm:StartSession","Resource":"*","Condition":{"StringEquals":{"aws:username":"carol"}}},
	  {"Sid":"NoSettings","Effect":"Deny","Action":"ssm:UpdateServiceSetting","Resource":"*"}]}`
	must(t, ignore(admin.CreatePermissionSet(ctx, api.CreatePermissionSetRequest{Name: "Dev", InlinePolicy: doc})))

	// The same answer as `tether policy simulate -o json`, for documents and
	// for a permission set (named as the policy's source).
	for _, tt := range []struct {
		name, body, source string
	}{
		{"documents", `{"PolicyDocuments":[` + quote(doc) + `],"Actions":["ssm:StartSession","ssm:UpdateServiceSetting","ssm:SendCommand"],"Resource":"arn:aws:ssm:us-east-1:1:managed-instance/mi-1","Context":{"aws:username":["carol"]}}`, "PolicyInputList.1"},
		{"permission set", `{"PermissionSet":"Dev","Actions":["ssm:StartSession","ssm:UpdateServiceSetting","ssm:SendCommand"],"Resource":"arn:aws:ssm:us-east-1:1:managed-instance/mi-1","Context":{"aws:username":["carol"]}}`, "Dev"},
	} {
		status, body := f.simulate(t, tok, tt.body)
		if status != http.StatusOK {
			t.Fatalf("%s: status %d: %s", tt.name, status, body)
		}
		var out policy.SimulationOutput
		if err := json.Unmarshal(body, &out); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range out.EvaluationResults {
			got = append(got, r.EvalActionName+"="+r.EvalDecision)
		}
		want := "ssm:StartSession=allowed ssm:UpdateServiceSetting=explicitDeny ssm:SendCommand=implicitDeny"
		if strings.Join(got, " ") != want {
			t.Errorf("%s: %q, want %q", tt.name, got, want)
		}
		if ms := out.EvaluationResults[0].MatchedStatements; len(ms) != 1 || ms[0].Sid != "Start" || ms[0].SourcePolicyId != tt.source {
			t.Errorf("%s: matched %+v", tt.name, ms)
		}
	}
	// Another user is not allowed by the condition.
	status, body := f.simulate(t, tok, `{"PermissionSet":"Dev","Actions":["ssm:StartSession"],"Context":{"aws:username":["dave"]}}`)
	var dave policy.SimulationOutput
	_ = json.Unmarshal(body, &dave)
	if status != http.StatusOK || len(dave.EvaluationResults) != 1 ||
		dave.EvaluationResults[0].EvalDecision != "implicitDeny" || dave.EvaluationResults[0].EvalResourceName != "*" {
		t.Errorf("dave: %d %s", status, body)
	}

	// Bad requests name what is wrong.
	for _, tt := range []struct{ body, want string }{
		{`{"PolicyDocuments":["{}"],"Actions":["s3:Get"]}`, "PolicyDocuments[0]: "},
		{`{"PolicyDocuments":[` + quote(`{"Version":"2012-10-17","Statement":[{"Effect":"allow","Action":"a:b","Resource":"*"}]}`) + `],"Actions":["a:b"]}`, "Statement[0]: Effect"},
		{`{"PolicyDocuments":["{}"]}`, "Actions"},
		{`{"Actions":["a:b"]}`, "PolicyDocuments or PermissionSet"},
		{`{"PermissionSet":"Nope","Actions":["a:b"]}`, "Nope"},
	} {
		status, body := f.simulate(t, tok, tt.body)
		var e api.Error
		_ = json.Unmarshal(body, &e)
		if status < 400 || status >= 500 || !strings.Contains(e.Message, tt.want) {
			t.Errorf("%s: %d %q, want a 4xx naming %q", tt.body, status, e.Message, tt.want)
		}
	}

	// It is iam:SimulateCustomPolicy: a user whose policy does not allow it
	// is refused.
	must(t, ignore(admin.CreateUser(ctx, api.CreateUserRequest{UserName: "rita", Email: "rita@example.com"})))
	must(t, admin.SetPassword(ctx, "rita", "reader-pass-77"))
	must(t, admin.CreateAssignment(ctx, api.AssignmentRequest{PrincipalType: tether.PrincipalUser, PrincipalName: "rita", PermissionSetName: "Dev"}))
	out, err := f.client(t, "").Login(ctx, api.LoginRequest{UserName: "rita", Password: "reader-pass-77"})
	must(t, err)
	status, body = f.simulate(t, out.Token, `{"PermissionSet":"Dev","Actions":["ssm:StartSession"]}`)
	var e api.Error
	_ = json.Unmarshal(body, &e)
	if status != http.StatusForbidden || !strings.Contains(e.Message, "iam:SimulateCustomPolicy") {
		t.Errorf("rita: %d %q", status, e.Message)
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
