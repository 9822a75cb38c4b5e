package policy

import "testing"

// The seed's walkthrough, tests 1 and 2: testuser01 holds
// ProductionPermissionSet, testuser02 DevelopmentPermissionSet; each reaches
// only the instances tagged with their project.

const (
	prodInstance  = "arn:aws:ssm:us-east-1:123456789012:managed-instance/mi-0123456789abcdef0"
	devInstance   = "arn:aws:ssm:us-east-1:123456789012:managed-instance/mi-0fedcba9876543210"
	ec2Instance   = "arn:aws:ec2:us-east-1:123456789012:instance/i-0f98f7c1d2e3a4b5c"
	ownSession    = "arn:aws:ssm:us-east-1:123456789012:session/testuser01-0953613db5f67149b"
	otherSession  = "arn:aws:ssm:us-east-1:123456789012:session/testuser02-0a1b2c3d4e5f67890"
	longerSession = "arn:aws:ssm:us-east-1:123456789012:session/testuser011-0953613db5f67149b"
	serviceSet    = "arn:aws:ssm:us-east-1:123456789012:servicesetting/ssm/managed-instance/activation-tier"
)

// seedContext is what the server puts in the context for user acting on an
// instance tagged project=tag ("" for an untagged instance).
func seedContext(user, tag string) *Context {
	c := NewContext(map[string][]string{
		"aws:username":               {user},
		"aws:userid":                 {"u-" + user},
		"aws:SourceIp":               {"198.51.100.7"},
		"aws:SecureTransport":        {"true"},
		"aws:MultiFactorAuthPresent": {"true"},
	})
	if tag != "" {
		c.Set("ssm:resourceTag/project", tag)
		c.Set("aws:ResourceTag/project", tag)
	}
	return c
}

func TestSeedWalkthrough(t *testing.T) {
	policies := map[string]*Policy{
		"testuser01": MustParseFile(t, "ProductionPermissionSet.json"),
		"testuser02": MustParseFile(t, "DevelopmentPermissionSet.json"),
	}
	tests := []struct {
		name     string
		user     string
		action   string
		resource string
		tag      string
		want     Decision
		stmt     int // the statement that decided, -1 for none
	}{
		{"prod user starts session on prod managed instance", "testuser01", "ssm:StartSession", prodInstance, "Production", Allowed, 3},
		{"prod user starts session on prod EC2 instance", "testuser01", "ssm:StartSession", ec2Instance, "Production", Allowed, 3},
		{"prod user refused on dev instance", "testuser01", "ssm:StartSession", devInstance, "Development", ImplicitDeny, -1},
		{"prod user refused on dev EC2 instance", "testuser01", "ssm:StartSession", ec2Instance, "Development", ImplicitDeny, -1},
		{"prod user refused on untagged instance", "testuser01", "ssm:StartSession", prodInstance, "", ImplicitDeny, -1},
		{"tag value is case-sensitive", "testuser01", "ssm:StartSession", prodInstance, "production", ImplicitDeny, -1},
		{"dev user starts session on dev instance", "testuser02", "ssm:StartSession", devInstance, "Development", Allowed, 3},
		{"dev user starts session on dev EC2 instance", "testuser02", "ssm:StartSession", ec2Instance, "Development", Allowed, 3},
		{"dev user refused on prod instance", "testuser02", "ssm:StartSession", prodInstance, "Production", ImplicitDeny, -1},
		{"dev user refused on untagged instance", "testuser02", "ssm:StartSession", devInstance, "", ImplicitDeny, -1},
		{"StartSession only on instances", "testuser01", "ssm:StartSession", "arn:aws:ssm:us-east-1:123456789012:document/AWS-StartSSHSession", "Production", ImplicitDeny, -1},
		{"prod DescribeSessions", "testuser01", "ssm:DescribeSessions", "*", "", Allowed, 2},
		{"prod DescribeInstanceProperties", "testuser01", "ssm:DescribeInstanceProperties", "*", "", Allowed, 2},
		{"prod ec2:DescribeInstances", "testuser01", "ec2:DescribeInstances", "*", "", Allowed, 2},
		{"prod GetConnectionStatus", "testuser01", "ssm:GetConnectionStatus", "*", "", Allowed, 2},
		{"prod GetServiceSetting", "testuser01", "ssm:GetServiceSetting", "*", "", Allowed, 0},
		{"dev DescribeSessions", "testuser02", "ssm:DescribeSessions", "*", "", Allowed, 2},
		{"dev DescribeInstanceProperties", "testuser02", "ssm:DescribeInstanceProperties", "*", "", Allowed, 2},
		{"dev ec2:DescribeInstances", "testuser02", "ec2:DescribeInstances", "*", "", Allowed, 2},
		{"dev GetConnectionStatus", "testuser02", "ssm:GetConnectionStatus", "*", "", Allowed, 2},
		{"dev GetServiceSetting", "testuser02", "ssm:GetServiceSetting", "*", "", Allowed, 0},
		{"prod UpdateServiceSetting denied", "testuser01", "ssm:UpdateServiceSetting", serviceSet, "", ExplicitDeny, 1},
		{"prod ResetServiceSetting denied", "testuser01", "ssm:ResetServiceSetting", "*", "", ExplicitDeny, 1},
		{"dev UpdateServiceSetting denied", "testuser02", "ssm:UpdateServiceSetting", "*", "", ExplicitDeny, 1},
		{"dev ResetServiceSetting denied", "testuser02", "ssm:ResetServiceSetting", serviceSet, "", ExplicitDeny, 1},
		{"prod user terminates own session", "testuser01", "ssm:TerminateSession", ownSession, "", Allowed, 4},
		{"prod user cannot terminate testuser02's", "testuser01", "ssm:TerminateSession", otherSession, "", ImplicitDeny, -1},
		{"testuser01-* does not cover testuser011-", "testuser01", "ssm:TerminateSession", longerSession, "", ImplicitDeny, -1},
		{"dev user terminates own session", "testuser02", "ssm:TerminateSession", otherSession, "", Allowed, 4},
		{"dev user cannot terminate testuser01's", "testuser02", "ssm:TerminateSession", ownSession, "", ImplicitDeny, -1},
		{"unlisted action", "testuser01", "ssm:CreateActivation", "*", "", ImplicitDeny, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := Request{Action: tt.action, Resource: tt.resource, Context: seedContext(tt.user, tt.tag)}
			r := Evaluate(req, policies[tt.user])
			if r.Decision != tt.want {
				t.Fatalf("%s %s on %s: %s, want %s", tt.user, tt.action, tt.resource, r.Decision, tt.want)
			}
			if d := Decide(req, policies[tt.user]); d != tt.want {
				t.Errorf("Decide = %s, want %s", d, tt.want)
			}
			switch {
			case tt.stmt < 0 && len(r.Matched) != 0:
				t.Errorf("Matched = %+v, want none", r.Matched)
			case tt.stmt >= 0 && (len(r.Matched) != 1 || r.Matched[0].Statement != tt.stmt):
				t.Errorf("Matched = %+v, want statement %d", r.Matched, tt.stmt)
			}
		})
	}
}

func TestSeedSidVisualEditor0(t *testing.T) {
	p := MustParseFile(t, "ProductionPermissionSet.json")
	tests := []struct {
		name string
		stmt int
		sid  string
	}{
		{"first statement has none", 0, ""},
		{"third is VisualEditor0", 2, "VisualEditor0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := p.Statements[tt.stmt].Sid; got != tt.sid {
				t.Errorf("Sid = %q, want %q", got, tt.sid)
			}
		})
	}
}
