package policy

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestMatchSpans(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		s       string
		want    bool
	}{
		{"empty matches empty", "", "", true},
		{"empty does not match text", "", "a", false},
		{"star matches empty", "*", "", true},
		{"star spans slash and colon", "*", "arn:aws:s3:::b/k/x", true},
		{"literal", "abc", "abc", true},
		{"literal mismatch", "abc", "abd", false},
		{"prefix", "abc*", "abcdef", true},
		{"suffix", "*def", "abcdef", true},
		{"infix", "a*c*e", "abcde", true},
		{"star must backtrack", "*aab", "aaaab", true},
		{"question is one character", "a?c", "abc", true},
		{"question needs a character", "a?c", "ac", false},
		{"question is one rune", "a?c", "aéc", true},
		{"two questions are two runes", "a??c", "aéc", false},
		{"trailing stars match nothing", "abc**", "abc", true},
		{"case matters", "ABC", "abc", false},
		{"star then question", "*?", "", false},
		{"many stars no blowup", strings.Repeat("a*", 50) + "b", strings.Repeat("a", 200), false},
		{"resource star spans slash", "arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b/c", true},
		{"resource star spans colon", "arn:aws:ec2:*:*:instance/*", "arn:aws:ec2:us-east-1:123456789012:instance/i-1", true},
		{"resource wrong service", "arn:aws:ec2:*:*:instance/*", "arn:aws:ssm:us-east-1:123456789012:instance/i-1", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matchSpans([]span{{text: tt.pattern, wild: true}}, tt.s, false); got != tt.want {
				t.Errorf("matchSpans(%q, %q) = %v, want %v", tt.pattern, tt.s, got, tt.want)
			}
		})
	}
}

func TestMatchSpansLiteral(t *testing.T) {
	tests := []struct {
		name  string
		spans []span
		s     string
		want  bool
	}{
		{"literal star is not a wildcard", []span{{text: "a"}, {text: "*"}}, "ab", false},
		{"literal star matches a star", []span{{text: "a"}, {text: "*"}}, "a*", true},
		{"literal question", []span{{text: "?", wild: false}}, "x", false},
		{"wild then literal star", []span{{text: "x/*", wild: true}, {text: "*"}}, "x/abc*", true},
		{"wild then literal star needs the star", []span{{text: "x/*", wild: true}, {text: "*"}}, "x/abc", false},
		{"empty spans skipped", []span{{text: "", wild: true}, {text: "ab"}, {text: "", wild: true}}, "ab", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matchSpans(tt.spans, tt.s, false); got != tt.want {
				t.Errorf("matchSpans(%+v, %q) = %v, want %v", tt.spans, tt.s, got, tt.want)
			}
		})
	}
}

func TestActionMatching(t *testing.T) {
	tests := []struct {
		name    string
		element string // Action or NotAction element
		action  string
		want    bool
	}{
		{"exact", `"Action": "ssm:StartSession"`, "ssm:StartSession", true},
		{"case-insensitive request", `"Action": "ssm:StartSession"`, "SSM:startsession", true},
		{"case-insensitive pattern", `"Action": "SSM:STARTSESSION"`, "ssm:StartSession", true},
		{"other action", `"Action": "ssm:StartSession"`, "ssm:TerminateSession", false},
		{"other service", `"Action": "ssm:StartSession"`, "ec2:StartSession", false},
		{"star", `"Action": "*"`, "anything:AtAll", true},
		{"service star", `"Action": "ssm:*"`, "ssm:DescribeSessions", true},
		{"service star is not a prefix of the service", `"Action": "ssm:*"`, "ssmx:Get", false},
		{"infix star", `"Action": "ssm:Describe*"`, "ssm:describeinstanceproperties", true},
		{"infix star mismatch", `"Action": "ssm:Describe*"`, "ssm:GetConnectionStatus", false},
		{"question mark", `"Action": "ssm:?etServiceSetting"`, "ssm:GetServiceSetting", true},
		{"question mark needs one character", `"Action": "ssm:?GetServiceSetting"`, "ssm:GetServiceSetting", false},
		{"list any", `"Action": ["ec2:DescribeInstances", "ssm:Get*"]`, "ssm:GetConnectionStatus", true},
		{"NotAction excludes", `"NotAction": "ssm:UpdateServiceSetting"`, "ssm:UpdateServiceSetting", false},
		{"NotAction excludes any case", `"NotAction": "ssm:UpdateServiceSetting"`, "ssm:updateservicesetting", false},
		{"NotAction covers the rest", `"NotAction": "ssm:UpdateServiceSetting"`, "ssm:StartSession", true},
		{"NotAction wildcard", `"NotAction": ["ssm:*", "ec2:*"]`, "logs:GetLogEvents", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := MustParse(t, oneStatement("2012-10-17", tt.element+`, "Resource": "*"`))
			got := Decide(Request{Action: tt.action, Resource: "*"}, p) == Allowed
			if got != tt.want {
				t.Errorf("%s on %q: allowed = %v, want %v", tt.element, tt.action, got, tt.want)
			}
		})
	}
}

func TestResourceMatching(t *testing.T) {
	tests := []struct {
		name     string
		element  string
		resource string
		want     bool
	}{
		{"star", `"Resource": "*"`, "arn:aws:ssm:us-east-1:1:session/x", true},
		{"exact", `"Resource": "arn:aws:s3:::bucket"`, "arn:aws:s3:::bucket", true},
		{"case-sensitive", `"Resource": "arn:aws:s3:::Bucket"`, "arn:aws:s3:::bucket", false},
		{"star spans slashes", `"Resource": "arn:aws:s3:::bucket/*"`, "arn:aws:s3:::bucket/a/b/c.txt", true},
		{"star spans colons", `"Resource": "arn:aws:ssm:*"`, "arn:aws:ssm:us-east-1:123456789012:session/x", true},
		{"star needs the prefix", `"Resource": "arn:aws:s3:::bucket/*"`, "arn:aws:s3:::bucket", false},
		{"region and account wildcards", `"Resource": "arn:aws:ssm:*:*:managed-instance/*"`,
			"arn:aws:ssm:eu-west-1:123456789012:managed-instance/mi-0123456789abcdef0", true},
		{"question mark", `"Resource": "arn:aws:s3:::b/?.txt"`, "arn:aws:s3:::b/a.txt", true},
		{"question mark one character", `"Resource": "arn:aws:s3:::b/?.txt"`, "arn:aws:s3:::b/ab.txt", false},
		{"list any", `"Resource": ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"]`, "arn:aws:s3:::b/x", true},
		{"NotResource excludes", `"NotResource": "arn:aws:s3:::secret/*"`, "arn:aws:s3:::secret/x", false},
		{"NotResource covers the rest", `"NotResource": "arn:aws:s3:::secret/*"`, "arn:aws:s3:::public/x", true},
		{"NotResource list", `"NotResource": ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"]`, "arn:aws:s3:::b/x", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := MustParse(t, oneStatement("2012-10-17", `"Action": "s3:GetObject", `+tt.element))
			got := Decide(Request{Action: "s3:GetObject", Resource: tt.resource}, p) == Allowed
			if got != tt.want {
				t.Errorf("%s on %q: allowed = %v, want %v", tt.element, tt.resource, got, tt.want)
			}
		})
	}
}

// referenceMatch is the obvious, slow matcher: a regular expression built
// from the pattern with everything but the wildcards quoted.
func referenceMatch(pattern, s string) bool {
	var b strings.Builder
	b.WriteString(`^(?s:`)
	for _, r := range pattern {
		switch r {
		case '*':
			b.WriteString(`.*`)
		case '?':
			b.WriteString(`.`)
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	b.WriteString(`)$`)
	return regexp.MustCompile(b.String()).MatchString(s)
}

// FuzzMatch compares the matcher with referenceMatch, case-sensitively and
// folded, and with the pattern cut into spans at an arbitrary point (a
// variable boundary must not change the outcome).
func FuzzMatch(f *testing.F) {
	seeds := [][2]string{
		{"*", ""}, {"a*b?c", "axxbyc"}, {"arn:aws:ec2:*:*:instance/*", "arn:aws:ec2:us-east-1:1:instance/i-1"},
		{"*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}, {"??", "é"}, {"S3:Get*", "s3:GETOBJECT"},
		{"*?*?*", "ab"}, {"", ""}, {"a", ""},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1], uint8(1))
	}
	f.Fuzz(func(t *testing.T, pattern, s string, cut uint8) {
		if !utf8.ValidString(pattern) || !utf8.ValidString(s) || len(pattern) > 64 || len(s) > 256 {
			// The reference treats invalid UTF-8 differently from a byte
			// compare; only no-panic is checked there.
			matchSpans([]span{{text: pattern, wild: true}}, s, true)
			return
		}
		want := referenceMatch(pattern, s)
		if got := matchSpans([]span{{text: pattern, wild: true}}, s, false); got != want {
			t.Fatalf("matchSpans(%q, %q) = %v, reference says %v", pattern, s, got, want)
		}
		i := int(cut) % (len(pattern) + 1)
		for i < len(pattern) && !utf8.RuneStart(pattern[i]) {
			i++
		}
		split := []span{{text: pattern[:i], wild: true}, {text: pattern[i:], wild: true}}
		if got := matchSpans(split, s, false); got != want {
			t.Fatalf("matchSpans(%q | %q, %q) = %v, reference says %v", pattern[:i], pattern[i:], s, got, want)
		}
		lp := lowerASCII(pattern)
		wantFold := referenceMatch(lp, lowerASCII(s))
		if got := matchSpans([]span{{text: lp, wild: true}}, s, true); got != wantFold {
			t.Fatalf("folded matchSpans(%q, %q) = %v, reference says %v", lp, s, got, wantFold)
		}
		if got := matchSpans([]span{{text: pattern}}, s, false); got != (pattern == s) {
			t.Fatalf("literal matchSpans(%q, %q) = %v", pattern, s, got)
		}
	})
}
