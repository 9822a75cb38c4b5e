package identity

import (
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether"
)

func TestValidation(t *testing.T) {
	cases := []struct {
		name  string
		err   error
		field string // "" means valid
	}{
		{"group ok", ValidateGroupName("ProductionAccess"), ""},
		{"group underscore dash digits", ValidateGroupName("a_b-9"), ""},
		{"group 128", ValidateGroupName(strings.Repeat("g", 128)), ""},
		{"group 129", ValidateGroupName(strings.Repeat("g", 129)), "GroupName"},
		{"group empty", ValidateGroupName(""), "GroupName"},
		{"group space", ValidateGroupName("a b"), "GroupName"},
		{"group html", ValidateGroupName("<script>"), "GroupName"},
		{"group sql", ValidateGroupName("x';drop"), "GroupName"},
		{"group unicode", ValidateGroupName("grüppe"), "GroupName"},
		{"user ok", ValidateUsername("testuser01"), ""},
		{"user email-like", ValidateUsername("jane.doe@example.com"), ""},
		{"user space", ValidateUsername("jane doe"), "UserName"},
		{"user slash", ValidateUsername("a/b"), "UserName"},
		{"user 129", ValidateUsername(strings.Repeat("u", 129)), "UserName"},
		{"ps ok", ValidatePermissionSetName("ProductionPermissionSet"), ""},
		{"ps 33", ValidatePermissionSetName(strings.Repeat("p", 33)), "Name"},
		{"ps space", ValidatePermissionSetName("a b"), "Name"},
		{"description 256", validateText("Description", strings.Repeat("é", 256), MaxDescriptionLen), ""},
		{"description 257", validateText("Description", strings.Repeat("d", 257), MaxDescriptionLen), "Description"},
		{"description control", validateText("Description", "a\x00b", MaxDescriptionLen), "Description"},
		{"description html kept", validateText("Description", "<script>alert(1)</script>", MaxDescriptionLen), ""},
		{"email ok", ValidateEmail("testuser01@example.com"), ""},
		{"email localhost", ValidateEmail("admin@localhost"), ""},
		{"email missing at", ValidateEmail("example.com"), "Email"},
		{"email display name", ValidateEmail("Jane <jane@example.com>"), "Email"},
		{"email empty", ValidateEmail(""), "Email"},
		{"duration 1h", ValidateSessionDuration(time.Hour), ""},
		{"duration 12h", ValidateSessionDuration(12 * time.Hour), ""},
		{"duration 59m", ValidateSessionDuration(59 * time.Minute), "SessionDuration"},
		{"duration 13h", ValidateSessionDuration(13 * time.Hour), "SessionDuration"},
		{"relay ok", ValidateRelayState("/sessions"), ""},
		{"relay absolute URL", ValidateRelayState("https://evil.example/"), "RelayState"},
		{"relay protocol-relative", ValidateRelayState("//evil.example/"), "RelayState"},
		{"tags ok", ValidateTags(map[string]string{"Name": "ProductionAccess", "project": "Production"}), ""},
		{"tag reserved", ValidateTags(map[string]string{"aws:x": "1"}), "Tags"},
		{"tag empty key", ValidateTags(map[string]string{"": "1"}), "Tags"},
		{"tag bad char", ValidateTags(map[string]string{"k": "a;b"}), "Tags"},
		{"tag long value", ValidateTags(map[string]string{"k": strings.Repeat("v", 257)}), "Tags"},
		{"51 tags", ValidateTags(manyTags(51)), "Tags"},
		{"50 tags", ValidateTags(manyTags(50)), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.field == "" {
				if tc.err != nil {
					t.Fatalf("unexpected error: %v", tc.err)
				}
				return
			}
			if tether.ErrorCode(tc.err) != tether.EINVALID || !strings.HasPrefix(tc.err.Error(), tc.field+": ") {
				t.Fatalf("got %v, want EINVALID naming %s", tc.err, tc.field)
			}
		})
	}
}

func manyTags(n int) map[string]string {
	m := map[string]string{}
	for i := 0; i < n; i++ {
		m[strings.Repeat("k", i+1)] = "v"
	}
	return m
}

func TestPasswords(t *testing.T) {
	rules := []struct {
		user, password string
		ok             bool
	}{
		{"alice", "long-enough-pass", true},
		{"alice", "short", false},
		{"alice", "Password123!", false},
		{"alice", "qwertyuiop", false},
		{"alice", "zzzzzzzzzzzz", false},
		{"alice", "ALICE-is-my-name", false},
		{"alice", strings.Repeat("x", 10) + "y", true},
		{"alice", strings.Repeat("ab", 200), false},
	}
	for _, r := range rules {
		err := CheckPassword(r.user, r.password)
		if (err == nil) != r.ok {
			t.Errorf("CheckPassword(%q, %q) = %v, want ok=%v", r.user, r.password, err, r.ok)
		}
	}
	hash, err := HashPassword("correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(hash, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("hash %q is not PHC argon2id", hash)
	}
	if !VerifyPassword(hash, "correct horse") || VerifyPassword(hash, "correct horsf") {
		t.Error("verification is wrong")
	}
	other, _ := HashPassword("correct horse")
	if other == hash {
		t.Error("two hashes of one password are equal: no salt")
	}
	for _, bad := range []string{"", "$argon2id$v=19$m=1,t=1,p=1$", "$argon2id$v=19$m=99999999,t=1,p=1$AAAA$AAAA", "$bcrypt$x"} {
		if VerifyPassword(bad, "correct horse") {
			t.Errorf("malformed hash %q verified", bad)
		}
	}
	if p := GeneratePassword(); CheckPassword("admin", p) != nil {
		t.Errorf("generated password %q fails the rules", p)
	}
}
