package policy

import (
	"reflect"
	"testing"
)

func TestEvaluateAcrossPolicies(t *testing.T) {
	allowAll := `{"Version": "2012-10-17", "Statement": {"Sid": "All", "Effect": "Allow", "Action": "*", "Resource": "*"}}`
	allowS3 := `{"Version": "2012-10-17", "Statement": [
		{"Sid": "Read", "Effect": "Allow", "Action": "s3:Get*", "Resource": "*"},
		{"Sid": "ReadAgain", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}`
	denyPut := `{"Version": "2012-10-17", "Statement": [
		{"Sid": "NoPut", "Effect": "Deny", "Action": "s3:Put*", "Resource": "*"},
		{"Sid": "NoPutB", "Effect": "Deny", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/*"}]}`
	denyNoMFA := `{"Version": "2012-10-17", "Statement": {"Sid": "NeedMFA", "Effect": "Deny", "Action": "*", "Resource": "*",
		"Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}}`
	tests := []struct {
		name     string
		policies []string
		action   string
		ctx      map[string][]string
		want     Decision
		matched  []string // "policy/statement/Sid"
	}{
		{"no policies", nil, "s3:GetObject", nil, ImplicitDeny, nil},
		{"allow in one", []string{allowS3}, "s3:GetObject", nil, Allowed, []string{"0/0/Read", "0/1/ReadAgain"}},
		{"nothing matches", []string{allowS3}, "s3:PutObject", nil, ImplicitDeny, nil},
		{"deny wins over allow in another policy", []string{allowAll, denyPut}, "s3:PutObject", nil, ExplicitDeny,
			[]string{"1/0/NoPut", "1/1/NoPutB"}},
		{"deny wins whatever the order", []string{denyPut, allowAll}, "s3:PutObject", nil, ExplicitDeny,
			[]string{"0/0/NoPut", "0/1/NoPutB"}},
		{"allows from several policies", []string{allowAll, allowS3}, "s3:GetObject", nil, Allowed,
			[]string{"0/0/All", "1/0/Read", "1/1/ReadAgain"}},
		{"deny alone is still a deny", []string{denyPut}, "s3:PutObject", nil, ExplicitDeny, []string{"0/0/NoPut", "0/1/NoPutB"}},
		{"conditional deny applies", []string{allowAll, denyNoMFA}, "s3:GetObject", ctx("aws:MultiFactorAuthPresent", "false"), ExplicitDeny,
			[]string{"1/0/NeedMFA"}},
		{"conditional deny does not apply", []string{allowAll, denyNoMFA}, "s3:GetObject", ctx("aws:MultiFactorAuthPresent", "true"), Allowed,
			[]string{"0/0/All"}},
		{"deny alone without allow", []string{denyNoMFA}, "s3:GetObject", ctx("aws:MultiFactorAuthPresent", "true"), ImplicitDeny, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps []*Policy
			for _, d := range tt.policies {
				ps = append(ps, MustParse(t, d))
			}
			req := Request{Action: tt.action, Resource: "arn:aws:s3:::b/k", Context: NewContext(tt.ctx)}
			r := Evaluate(req, ps...)
			if r.Decision != tt.want {
				t.Errorf("Evaluate = %s, want %s", r.Decision, tt.want)
			}
			var got []string
			for _, m := range r.Matched {
				got = append(got, jsonString(t, m.Policy)+"/"+jsonString(t, m.Statement)+"/"+m.Sid)
			}
			if !reflect.DeepEqual(got, tt.matched) {
				t.Errorf("Matched = %q, want %q", got, tt.matched)
			}
			if d := Decide(req, ps...); d != tt.want {
				t.Errorf("Decide = %s, want %s", d, tt.want)
			}
		})
	}
}

func TestEvaluateSkipsNilPolicies(t *testing.T) {
	p := MustParse(t, `{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:Get", "Resource": "*"}}`)
	tests := []struct {
		name     string
		policies []*Policy
		want     Decision
		policy   int
	}{
		{"nil first", []*Policy{nil, p}, Allowed, 1},
		{"only nil", []*Policy{nil}, ImplicitDeny, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := Request{Action: "s3:Get", Resource: "x"}
			r := Evaluate(req, tt.policies...)
			if r.Decision != tt.want || Decide(req, tt.policies...) != tt.want {
				t.Fatalf("decision = %s, want %s", r.Decision, tt.want)
			}
			if tt.policy >= 0 && (len(r.Matched) != 1 || r.Matched[0].Policy != tt.policy) {
				t.Errorf("Matched = %+v, want policy index %d", r.Matched, tt.policy)
			}
		})
	}
}

func TestMatchCarriesStatement(t *testing.T) {
	doc := "{\"Version\": \"2012-10-17\", \"Statement\": [\n" +
		"  {\"Effect\": \"Allow\", \"Action\": \"s3:Get\", \"Resource\": \"*\"},\n" +
		"  {\"Sid\": \"Two\", \"Effect\": \"Allow\", \"Action\": \"s3:Put\", \"Resource\": \"*\"}\n]}"
	p := MustParse(t, doc)
	tests := []struct {
		name   string
		action string
		want   Match
	}{
		{"no Sid", "s3:Get", Match{Policy: 0, Statement: 0, Sid: "", Effect: "Allow", Start: Position{2, 3}, End: Position{2, 58}}},
		{"with Sid", "s3:Put", Match{Policy: 0, Statement: 1, Sid: "Two", Effect: "Allow", Start: Position{3, 3}, End: Position{3, 72}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(Request{Action: tt.action, Resource: "x"}, p)
			if len(r.Matched) != 1 || r.Matched[0] != tt.want {
				t.Errorf("Matched = %+v, want [%+v]", r.Matched, tt.want)
			}
		})
	}
}
