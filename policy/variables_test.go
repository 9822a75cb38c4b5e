package policy

import (
	"strings"
	"testing"
)

func TestResourceVariables(t *testing.T) {
	alice := ctx("aws:username", "alice")
	tests := []struct {
		name     string
		version  string
		element  string // Resource or NotResource element
		ctx      map[string][]string
		resource string
		want     bool
	}{
		{"username", Version2012, `"Resource": "arn:aws:s3:::b/${aws:username}/*"`, alice, "arn:aws:s3:::b/alice/x", true},
		{"someone else's", Version2012, `"Resource": "arn:aws:s3:::b/${aws:username}/*"`, alice, "arn:aws:s3:::b/bob/x", false},
		{"variable key is case-insensitive", Version2012, `"Resource": "arn:aws:s3:::b/${AWS:UserName}"`, alice, "arn:aws:s3:::b/alice", true},
		{"principal tag", Version2012, `"Resource": "arn:aws:s3:::b/${aws:PrincipalTag/team}/*"`,
			ctx("aws:principaltag/team", "ops"), "arn:aws:s3:::b/ops/x", true},
		{"two variables", Version2012, `"Resource": "arn:aws:s3:::${aws:PrincipalTag/team}/${aws:username}"`,
			ctx("aws:username", "alice", "aws:PrincipalTag/team", "ops"), "arn:aws:s3:::ops/alice", true},
		{"unresolved matches nothing", Version2012, `"Resource": "arn:aws:s3:::b/${aws:username}*"`, nil, "arn:aws:s3:::b/x", false},
		{"unresolved entry, other entry matches", Version2012, `"Resource": ["arn:aws:s3:::b/${aws:username}", "arn:aws:s3:::public/*"]`,
			nil, "arn:aws:s3:::public/x", true},
		{"multi-valued key is unresolved", Version2012, `"Resource": "arn:aws:s3:::b/${test:Multi}"`,
			map[string][]string{"test:Multi": {"x", "y"}}, "arn:aws:s3:::b/x", false},
		{"multi-valued key takes the default", Version2012, `"Resource": "arn:aws:s3:::b/${test:Multi, 'none'}"`,
			map[string][]string{"test:Multi": {"x", "y"}}, "arn:aws:s3:::b/none", true},
		{"default when absent", Version2012, `"Resource": "arn:aws:s3:::b/${aws:username, 'anonymous'}"`, nil, "arn:aws:s3:::b/anonymous", true},
		{"default ignored when present", Version2012, `"Resource": "arn:aws:s3:::b/${aws:username, 'anonymous'}"`, alice, "arn:aws:s3:::b/anonymous", false},
		{"default with spaces around the comma", Version2012, `"Resource": "arn:aws:s3:::b/${ aws:username ,  'anon' }"`, nil, "arn:aws:s3:::b/anon", true},
		{"default without a space", Version2012, `"Resource": "arn:aws:s3:::b/${aws:username,'anon'}"`, nil, "arn:aws:s3:::b/anon", true},
		{"empty default", Version2012, `"Resource": "arn:aws:s3:::b/x${aws:username, ''}"`, nil, "arn:aws:s3:::b/x", true},
		{"default holding a brace", Version2012, `"Resource": "arn:aws:s3:::b/${aws:username, 'a}b'}"`, nil, "arn:aws:s3:::b/a}b", true},
		{"default is literal", Version2012, `"Resource": "arn:aws:s3:::b/${aws:username, '*'}"`, nil, "arn:aws:s3:::b/x", false},
		{"default star matches a star", Version2012, `"Resource": "arn:aws:s3:::b/${aws:username, '*'}"`, nil, "arn:aws:s3:::b/*", true},
		{"escaped star is literal", Version2012, `"Resource": "arn:aws:s3:::b/${*}"`, nil, "arn:aws:s3:::b/x", false},
		{"escaped star matches a star", Version2012, `"Resource": "arn:aws:s3:::b/${*}"`, nil, "arn:aws:s3:::b/*", true},
		{"escaped question is literal", Version2012, `"Resource": "arn:aws:s3:::b/${?}"`, nil, "arn:aws:s3:::b/x", false},
		{"escaped question matches a question", Version2012, `"Resource": "arn:aws:s3:::b/${?}"`, nil, "arn:aws:s3:::b/?", true},
		{"escaped dollar", Version2012, `"Resource": "arn:aws:s3:::b/${$}{aws:username}"`, alice, "arn:aws:s3:::b/${aws:username}", true},
		{"escape beside a wildcard", Version2012, `"Resource": "arn:aws:s3:::b/*${*}"`, nil, "arn:aws:s3:::b/abc*", true},
		{"substituted star is literal", Version2012, `"Resource": "arn:aws:s3:::b/${aws:username}"`, ctx("aws:username", "*"), "arn:aws:s3:::b/x", false},
		{"substituted star matches itself", Version2012, `"Resource": "arn:aws:s3:::b/${aws:username}"`, ctx("aws:username", "*"), "arn:aws:s3:::b/*", true},
		{"substituted question is literal", Version2012, `"Resource": "arn:aws:s3:::b/${aws:username}"`, ctx("aws:username", "a?c"), "arn:aws:s3:::b/abc", false},
		{"2008-10-17 keeps variables literal", Version2008, `"Resource": "arn:aws:s3:::b/${aws:username}"`, alice, "arn:aws:s3:::b/alice", false},
		{"2008-10-17 literal text matches", Version2008, `"Resource": "arn:aws:s3:::b/${aws:username}"`, alice, "arn:aws:s3:::b/${aws:username}", true},
		{"no Version keeps variables literal", "", `"Resource": "arn:aws:s3:::b/${aws:username}"`, alice, "arn:aws:s3:::b/alice", false},
		{"2008-10-17 takes unbalanced text", Version2008, `"Resource": "arn:aws:s3:::b/${aws:username"`, nil, "arn:aws:s3:::b/${aws:username", true},
		{"NotResource resolved, inside", Version2012, `"NotResource": "arn:aws:s3:::home/${aws:username}/*"`, alice, "arn:aws:s3:::home/alice/x", false},
		{"NotResource resolved, outside", Version2012, `"NotResource": "arn:aws:s3:::home/${aws:username}/*"`, alice, "arn:aws:s3:::other/x", true},
		{"NotResource unresolved applies to nothing", Version2012, `"NotResource": "arn:aws:s3:::home/${aws:username}/*"`, nil, "arn:aws:s3:::other/x", false},
		{"NotResource default resolves", Version2012, `"NotResource": "arn:aws:s3:::home/${aws:username, 'nobody'}/*"`, nil, "arn:aws:s3:::other/x", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := MustParse(t, oneStatement(tt.version, `"Action": "s3:GetObject", `+tt.element))
			req := Request{Action: "s3:GetObject", Resource: tt.resource, Context: NewContext(tt.ctx)}
			if got := Decide(req, p) == Allowed; got != tt.want {
				t.Errorf("%s, %v, %q: allowed = %v, want %v", tt.element, tt.ctx, tt.resource, got, tt.want)
			}
		})
	}
}

// TestUnresolvedNeverApplies holds the invariant the package comment
// promises: a missing variable takes a statement out of play, for Deny as
// well as Allow, so it can neither grant nor (by NotResource) deny more.
func TestUnresolvedNeverApplies(t *testing.T) {
	tests := []struct {
		name   string
		effect string
		elem   string
	}{
		{"Allow Resource", "Allow", `"Resource": "arn:aws:s3:::${aws:username}*"`},
		{"Allow NotResource", "Allow", `"NotResource": "arn:aws:s3:::${aws:username}"`},
		{"Deny Resource", "Deny", `"Resource": "arn:aws:s3:::${aws:username}*"`},
		{"Deny NotResource", "Deny", `"NotResource": "arn:aws:s3:::${aws:username}"`},
		{"Allow negated condition", "Allow", `"Resource": "*", "Condition": {"StringNotEquals": {"aws:ResourceTag/owner": "${aws:username}"}}`},
		{"Deny negated condition", "Deny", `"Resource": "*", "Condition": {"StringNotEquals": {"aws:ResourceTag/owner": "${aws:username}"}}`},
		{"Allow ArnNotLike", "Allow", `"Resource": "*", "Condition": {"ArnNotLike": {"aws:SourceArn": "arn:aws:iam::${aws:PrincipalAccount}:role/*"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := `{"Version": "2012-10-17", "Statement": {"Effect": "` + tt.effect + `", "Action": "s3:GetObject", ` + tt.elem + `}}`
			p := MustParse(t, doc)
			c := NewContext(ctx("aws:ResourceTag/owner", "bob", "aws:SourceArn", "arn:aws:iam::1:role/x"))
			for _, res := range []string{"arn:aws:s3:::x", "arn:aws:s3:::alice", "*"} {
				r := Evaluate(Request{Action: "s3:GetObject", Resource: res, Context: c}, p)
				if r.Decision != ImplicitDeny || len(r.Matched) != 0 {
					t.Errorf("resource %q: %+v, want an implicit deny with no statement applying", res, r)
				}
			}
		})
	}
}

func TestConditionVariables(t *testing.T) {
	owner := func(owner, user string) map[string][]string {
		m := ctx("aws:ResourceTag/owner", owner)
		if user != "" {
			m["aws:username"] = []string{user}
		}
		return m
	}
	tests := []struct {
		name    string
		version string
		cond    string
		ctx     map[string][]string
		want    bool
	}{
		{"Equals resolved", Version2012, `{"StringEquals": {"aws:ResourceTag/owner": "${aws:username}"}}`, owner("alice", "alice"), true},
		{"Equals resolved, other", Version2012, `{"StringEquals": {"aws:ResourceTag/owner": "${aws:username}"}}`, owner("alice", "bob"), false},
		{"Equals unresolved", Version2012, `{"StringEquals": {"aws:ResourceTag/owner": "${aws:username}"}}`, owner("alice", ""), false},
		{"Equals default", Version2012, `{"StringEquals": {"aws:ResourceTag/owner": "${aws:username, 'alice'}"}}`, owner("alice", ""), true},
		{"Equals unresolved value OR resolved value", Version2012, `{"StringEquals": {"aws:ResourceTag/owner": ["${test:Nope}", "alice"]}}`, owner("alice", ""), true},
		{"NotEquals resolved, differ", Version2012, `{"StringNotEquals": {"aws:ResourceTag/owner": "${aws:username}"}}`, owner("alice", "bob"), true},
		{"NotEquals resolved, same", Version2012, `{"StringNotEquals": {"aws:ResourceTag/owner": "${aws:username}"}}`, owner("alice", "alice"), false},
		{"NotEquals unresolved is false", Version2012, `{"StringNotEquals": {"aws:ResourceTag/owner": "${aws:username}"}}`, owner("alice", ""), false},
		{"NotEquals unresolved, key absent", Version2012, `{"StringNotEquals": {"test:Absent": "${aws:username}"}}`, nil, true},
		{"IgnoreCase with variable", Version2012, `{"StringEqualsIgnoreCase": {"aws:ResourceTag/owner": "${aws:username}"}}`, owner("ALICE", "alice"), true},
		{"Like prefix", Version2012, `{"StringLike": {"s3:prefix": "home/${aws:username}/*"}}`, ctx("s3:prefix", "home/alice/docs", "aws:username", "alice"), true},
		{"Like substituted star is literal", Version2012, `{"StringLike": {"s3:prefix": "home/${aws:username}"}}`, ctx("s3:prefix", "home/alice", "aws:username", "*"), false},
		{"Like escaped star", Version2012, `{"StringLike": {"test:Glob": "a${*}"}}`, ctx("test:Glob", "a*"), true},
		{"Like escaped star is not a wildcard", Version2012, `{"StringLike": {"test:Glob": "a${*}"}}`, ctx("test:Glob", "ab"), false},
		{"Arn variable in account", Version2012, `{"ArnLike": {"aws:SourceArn": "arn:aws:iam::${aws:PrincipalAccount}:role/*"}}`,
			ctx("aws:SourceArn", "arn:aws:iam::123:role/x", "aws:PrincipalAccount", "123"), true},
		{"Arn variable in account, other", Version2012, `{"ArnLike": {"aws:SourceArn": "arn:aws:iam::${aws:PrincipalAccount}:role/*"}}`,
			ctx("aws:SourceArn", "arn:aws:iam::456:role/x", "aws:PrincipalAccount", "123"), false},
		{"Arn default colon stays in its segment", Version2012, `{"ArnEquals": {"aws:SourceArn": "arn:aws:s3:::${test:K, 'a:b'}"}}`,
			ctx("aws:SourceArn", "arn:aws:s3:::a:b"), true},
		{"Bool from a variable", Version2012, `{"Bool": {"aws:SecureTransport": "${test:Want}"}}`, ctx("aws:SecureTransport", "true", "test:Want", "TRUE"), true},
		{"Bool from a variable, other", Version2012, `{"Bool": {"aws:SecureTransport": "${test:Want}"}}`, ctx("aws:SecureTransport", "false", "test:Want", "true"), false},
		{"2008-10-17 literal in conditions", Version2008, `{"StringEquals": {"aws:ResourceTag/owner": "${aws:username}"}}`, owner("${aws:username}", "alice"), true},
		{"2008-10-17 no substitution", Version2008, `{"StringEquals": {"aws:ResourceTag/owner": "${aws:username}"}}`, owner("alice", "alice"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := holds(t, tt.version, tt.cond, tt.ctx); got != tt.want {
				t.Errorf("condition %s with %v: holds = %v, want %v", tt.cond, tt.ctx, got, tt.want)
			}
		})
	}
}

func TestVariablesOnlyWhereAllowed(t *testing.T) {
	tests := []struct {
		name string
		cond string
		want string // substring of the error, "" for valid
	}{
		{"Numeric takes no variables", `{"NumericEquals": {"s3:max-keys": "${test:N}"}}`, "is not a number"},
		{"Date takes no variables", `{"DateLessThan": {"aws:CurrentTime": "${test:T}"}}`, "is not a date"},
		{"IpAddress takes no variables", `{"IpAddress": {"aws:SourceIp": "${test:Ip}"}}`, "is not an IP address"},
		{"Null takes no variables", `{"Null": {"aws:SourceIp": "${test:B}"}}`, "is not"},
		{"String takes variables", `{"StringEquals": {"aws:username": "${aws:username}"}}`, ""},
		{"Bool takes variables", `{"Bool": {"aws:SecureTransport": "${test:B}"}}`, ""},
		{"Arn takes variables", `{"ArnLike": {"aws:SourceArn": "arn:aws:iam::${aws:PrincipalAccount}:role/*"}}`, ""},
		{"escape alone", `{"StringLike": {"test:K": "${*}${?}${$}"}}`, ""},
		{"nested variable", `{"StringEquals": {"test:K": "${aws:${aws:username}}"}}`, "not allowed in a key name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(conditionPolicy(Version2012, tt.cond)))
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("Parse: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("Parse error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}
