package policy

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary documents to Parse. Whatever it accepts must
// also evaluate without panicking, Decide must agree with Evaluate, and
// every rejection must be a *ValidationError.
func FuzzParse(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("..", "examples", "policies", "*.json"))
	for _, n := range names {
		if b, err := os.ReadFile(n); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		``, `{}`, `null`, `[]`, `{"Statement": {}}`,
		`{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::${aws:username, 'a}b'}/${*}"}}`,
		`{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "NotAction": "s3:*", "NotResource": "arn:aws:s3:::${aws:username"}}`,
		`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "a:*", "Resource": "*", "Condition": {
			"ForAllValues:StringNotLikeIfExists": {"aws:TagKeys": ["k*", 1, true]},
			"DateGreaterThan": {"aws:CurrentTime": "2026-01-01T00:00:00.123456789+05:30"},
			"IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "::1"]},
			"ArnLike": {"aws:SourceArn": "arn:aws:iam::${aws:PrincipalAccount, '1:2'}:role/*"},
			"Null": {"aws:TokenIssueTime": "true"}, "BinaryEquals": {"t:b": "AAEC"}}}]}`,
		`{"Statement": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}`,
		`{"Version": "2012-10-17", "Version": "2008-10-17", "Statement": {}}`,
		"\ufeff{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}",
	} {
		f.Add([]byte(s))
	}
	c := NewContext(map[string][]string{
		"aws:username": {"alice"}, "aws:TagKeys": {"k1", "x"}, "aws:CurrentTime": {"2026-06-01T00:00:00Z"},
		"aws:SourceIp": {"10.1.2.3"}, "aws:SourceArn": {"arn:aws:iam::1:role/x"}, "aws:PrincipalAccount": {"1"},
	})
	f.Fuzz(func(t *testing.T, doc []byte) {
		p, err := Parse(doc)
		if err != nil {
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("error %T is not a *ValidationError: %v", err, err)
			}
			_ = ve.Error()
			return
		}
		for _, action := range []string{"s3:GetObject", "a:b", ""} {
			for _, res := range []string{"arn:aws:s3:::alice/x", "*", ""} {
				req := Request{Action: action, Resource: res, Context: c}
				if d, e := Decide(req, p), Evaluate(req, p).Decision; d != e {
					t.Fatalf("Decide = %s, Evaluate = %s", d, e)
				}
			}
		}
	})
}

// FuzzParseContextJSON checks the context file reader never panics and
// that what it accepts has no empty lists.
func FuzzParseContextJSON(f *testing.F) {
	for _, s := range []string{`{}`, `{"a:b": "c"}`, `{"a:b": ["c", 1, true]}`, `{"a": {"b": []}}`, `[`, `{"A:b": 1, "a:B": 2}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ParseContextJSON(b)
		if err != nil {
			return
		}
		for k, v := range m {
			if len(v) == 0 {
				t.Fatalf("key %q accepted with no values", k)
			}
		}
	})
}
