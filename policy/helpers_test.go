package policy

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// MustParse parses doc or fails the test.
func MustParse(tb testing.TB, doc string) *Policy {
	tb.Helper()
	p, err := Parse([]byte(doc))
	if err != nil {
		tb.Fatalf("Parse: %v\n%s", err, doc)
	}
	return p
}

// MustParseFile parses a policy from examples/policies.
func MustParseFile(tb testing.TB, name string) *Policy {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "examples", "policies", name))
	if err != nil {
		tb.Fatal(err)
	}
	p, err := Parse(b)
	if err != nil {
		tb.Fatalf("Parse %s: %v", name, err)
	}
	return p
}

// MustValidationError parses doc, expects a *ValidationError and returns it.
func MustValidationError(tb testing.TB, doc string) *ValidationError {
	tb.Helper()
	_, err := Parse([]byte(doc))
	if err == nil {
		tb.Fatalf("Parse succeeded, want an error\n%s", doc)
	}
	var ve *ValidationError
	if !errors.As(err, &ve) {
		tb.Fatalf("Parse error is %T (%v), want *ValidationError", err, err)
	}
	return ve
}

// oneStatement builds a policy document with one Allow statement of the
// given extra elements (a JSON fragment without braces) under version ("" for
// no Version element).
func oneStatement(version, elements string) string {
	v := ""
	if version != "" {
		v = fmt.Sprintf(`"Version": %q, `, version)
	}
	return fmt.Sprintf(`{%s"Statement": [{"Effect": "Allow", %s}]}`, v, elements)
}

// conditionPolicy builds a policy that allows test:Act on everything when
// cond (a JSON object) holds.
func conditionPolicy(version, cond string) string {
	return oneStatement(version, `"Action": "test:Act", "Resource": "*", "Condition": `+cond)
}

// holds reports whether the Condition cond holds for ctx, by asking whether
// a policy guarded by it allows a request.
func holds(tb testing.TB, version, cond string, ctx map[string][]string) bool {
	tb.Helper()
	p := MustParse(tb, conditionPolicy(version, cond))
	req := Request{Action: "test:Act", Resource: "arn:aws:test:::thing", Context: NewContext(ctx)}
	d := Decide(req, p)
	if e := Evaluate(req, p).Decision; e != d {
		tb.Fatalf("Decide says %s but Evaluate says %s", d, e)
	}
	return d == Allowed
}

// ctx is shorthand for a context of single-valued keys: ctx("k", "v", ...).
func ctx(kv ...string) map[string][]string {
	m := map[string][]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = append(m[kv[i]], kv[i+1])
	}
	return m
}

func jsonString(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
