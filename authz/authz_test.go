package authz

import (
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
)

func principal(policy string, mfaAt time.Time) identity.Principal {
	return identity.Principal{
		User: tether.User{ID: "u-1", Username: "testuser01", Tags: map[string]string{"team": "blue", "SSMSessionRunAs": "ec2-user"}},
		PermissionSet: tether.PermissionSet{ID: "0123456789abcdef", Name: "ProductionPermissionSet", InlinePolicy: policy,
			UpdatedAt: time.Unix(100, 0)},
		Token: tether.Token{MFAAuthenticatedAt: mfaAt},
	}
}

func TestContextKeys(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	a := &Authorizer{Account: tether.Account{ID: "123456789012", Region: "eu-west-1"}, Now: func() time.Time { return now }}
	c := a.Context(principal("", now.Add(-90*time.Second)), Request{SourceIP: "192.0.2.7", Secure: true},
		map[string][]string{"ssm:resourceTag/project": {"Production"}})
	want := map[string]string{
		"aws:username": "testuser01", "aws:userid": "u-1", "aws:PrincipalTag/team": "blue",
		"aws:SourceIp": "192.0.2.7", "aws:SecureTransport": "true", "aws:CurrentTime": "2026-11-23T12:00:00Z",
		"aws:EpochTime": "1795435200", "aws:MultiFactorAuthPresent": "true", "aws:MultiFactorAuthAge": "90",
		"aws:RequestedRegion": "eu-west-1", "aws:PrincipalAccount": "123456789012",
		"aws:PrincipalArn":        "arn:aws:iam::123456789012:role/TetherReserved_ProductionPermissionSet_0123456789abcdef",
		"SSM:RESOURCETAG/PROJECT": "Production", // keys are case-insensitive
	}
	for k, v := range want {
		if got, ok := c.Get(k); !ok || len(got) != 1 || got[0] != v {
			t.Errorf("%s = %v, want %s", k, got, v)
		}
	}
	c = a.Context(principal("", time.Time{}), Request{}, nil)
	if got, _ := c.Get("aws:MultiFactorAuthPresent"); got[0] != "false" {
		t.Errorf("MFA present without MFA: %v", got)
	}
	if _, ok := c.Get("aws:MultiFactorAuthAge"); ok {
		t.Error("aws:MultiFactorAuthAge set without MFA")
	}
}

func TestAuthorize(t *testing.T) {
	policy := `{"Version":"2012-10-17","Statement":[
	  {"Effect":"Allow","Action":"ssm:StartSession","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}},
	  {"Effect":"Deny","Action":"ssm:StartSession","Resource":"*","Condition":{"StringEquals":{"ssm:resourceTag/project":"Secret"}}}]}`
	a := New(tether.Account{ID: "123456789012", Region: "us-east-1"})
	withMFA, without := principal(policy, time.Now()), principal(policy, time.Time{})
	res := "arn:aws:ssm:us-east-1:123456789012:managed-instance/mi-0123456789abcdef0"
	if err := a.Authorize(withMFA, "ssm:StartSession", res, Request{}, nil); err != nil {
		t.Errorf("with MFA: %v", err)
	}
	err := a.Authorize(without, "ssm:StartSession", res, Request{}, nil)
	if tether.ErrorCode(err) != tether.EFORBIDDEN || !strings.Contains(err.Error(), "no identity-based policy allows the ssm:StartSession action") {
		t.Errorf("without MFA: %v", err)
	}
	err = a.Authorize(withMFA, "ssm:StartSession", res, Request{}, map[string][]string{"ssm:resourceTag/project": {"Secret"}})
	if tether.ErrorCode(err) != tether.EFORBIDDEN || !strings.Contains(err.Error(), "explicit deny") || !strings.Contains(err.Error(), res) {
		t.Errorf("explicit deny: %v", err)
	}
	// A changed policy (new UpdatedAt) is re-parsed, not served from cache.
	changed := withMFA
	changed.PermissionSet.InlinePolicy = `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}`
	changed.PermissionSet.UpdatedAt = time.Unix(200, 0)
	if err := a.Authorize(changed, "ssm:StartSession", res, Request{}, nil); tether.ErrorCode(err) != tether.EFORBIDDEN {
		t.Errorf("stale cached policy used: %v", err)
	}
	broken := withMFA
	broken.PermissionSet.ID, broken.PermissionSet.InlinePolicy = "other", "{"
	if err := a.Authorize(broken, "ssm:StartSession", res, Request{}, nil); tether.ErrorCode(err) != tether.EINTERNAL {
		t.Errorf("corrupt stored policy: %v", err)
	}
}

func TestTagContext(t *testing.T) {
	c := TagContext(map[string]string{"team": "blue"}, []string{"old"})
	if c["aws:RequestTag/team"][0] != "blue" || len(c["aws:TagKeys"]) != 2 {
		t.Errorf("TagContext = %v", c)
	}
	if len(TagContext(nil, nil)) != 0 {
		t.Error("empty tags produced context keys")
	}
}
