package policy

import (
	"reflect"
	"strings"
	"testing"
)

func TestContextKeys(t *testing.T) {
	tests := []struct {
		name   string
		build  func() *Context
		get    string
		want   []string
		wantOK bool
	}{
		{"nil context", func() *Context { return nil }, "aws:username", nil, false},
		{"empty context", func() *Context { return NewContext(nil) }, "aws:username", nil, false},
		{"case-insensitive get", func() *Context { return NewContext(ctx("aws:username", "alice")) }, "AWS:UserName", []string{"alice"}, true},
		{"case-insensitive set", func() *Context {
			c := NewContext(nil)
			c.Set("AWS:SourceIp", "10.0.0.1")
			return c
		}, "aws:sourceip", []string{"10.0.0.1"}, true},
		{"set replaces", func() *Context {
			c := NewContext(ctx("aws:username", "alice"))
			c.Set("AWS:USERNAME", "bob")
			return c
		}, "aws:username", []string{"bob"}, true},
		{"set without values removes", func() *Context {
			c := NewContext(ctx("aws:username", "alice"))
			c.Set("aws:username")
			return c
		}, "aws:username", nil, false},
		{"no values is absent", func() *Context { return NewContext(map[string][]string{"aws:TagKeys": {}}) }, "aws:TagKeys", nil, false},
		{"multi-valued", func() *Context { return NewContext(map[string][]string{"aws:TagKeys": {"a", "b"}}) }, "aws:tagkeys", []string{"a", "b"}, true},
		{"keys differing in case merge in sorted order", func() *Context {
			return NewContext(map[string][]string{"aws:TagKeys": {"b"}, "AWS:TagKeys": {"a"}})
		}, "aws:TagKeys", []string{"a", "b"}, true},
		{"long key", func() *Context {
			c := NewContext(nil)
			c.Set("aws:PrincipalTag/"+strings.Repeat("X", 200), "v")
			return c
		}, "AWS:principaltag/" + strings.Repeat("x", 200), []string{"v"}, true},
		{"non-ASCII key", func() *Context {
			c := NewContext(nil)
			c.Set("aws:PrincipalTag/Équipe", "ops")
			return c
		}, "aws:principaltag/équipe", []string{"ops"}, true},
		{"zero Context is usable", func() *Context {
			var c Context
			c.Set("aws:username", "zed")
			return &c
		}, "aws:username", []string{"zed"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.build().Get(tt.get)
			if ok != tt.wantOK || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Get(%q) = %q, %v; want %q, %v", tt.get, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestContextSetCopies(t *testing.T) {
	vals := []string{"a"}
	c := NewContext(nil)
	c.Set("test:k", vals...)
	vals[0] = "changed"
	if got, _ := c.Get("test:k"); got[0] != "a" {
		t.Errorf("Get = %q after the caller changed its slice, want the value as set", got)
	}
}

func TestContextGetDoesNotAllocate(t *testing.T) {
	c := NewContext(ctx("aws:username", "alice"))
	tests := []struct {
		name string
		key  string
	}{
		{"lowercase", "aws:username"},
		{"mixed case", "AWS:UserName"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if n := testing.AllocsPerRun(100, func() { c.Get(tt.key) }); n != 0 {
				t.Errorf("Get(%q) allocates %v times", tt.key, n)
			}
		})
	}
}

func TestParseContextJSON(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    map[string][]string
		wantErr string
	}{
		{"strings and lists", `{"aws:username": "testuser01", "aws:TagKeys": ["a", "b"]}`,
			map[string][]string{"aws:username": {"testuser01"}, "aws:TagKeys": {"a", "b"}}, ""},
		{"numbers and booleans as written", `{"aws:EpochTime": 1767225600, "aws:SecureTransport": true, "test:L": [1.5, false]}`,
			map[string][]string{"aws:EpochTime": {"1767225600"}, "aws:SecureTransport": {"true"}, "test:L": {"1.5", "false"}}, ""},
		{"empty object", `{}`, map[string][]string{}, ""},
		{"not an object", `["aws:username"]`, nil, "want a JSON object"},
		{"syntax error", `{"aws:username": }`, nil, "line 1, column"},
		{"null value", `{"aws:username": null}`, nil, `context key "aws:username" (line 1, column 18): null is not a value`},
		{"object value", "{\n  \"aws:username\": {\"a\": 1}\n}", nil, `context key "aws:username" (line 2, column 19): want a string or a list of strings, got an object`},
		{"list of objects", `{"aws:TagKeys": [{}]}`, nil, "got a list holding an object"},
		{"empty list", `{"aws:TagKeys": []}`, nil, "empty list"},
		{"keys differing in case", `{"aws:username": "a", "AWS:UserName": "b"}`, nil, `context key "AWS:UserName" (line 1, column 23): same key as "aws:username"`},
		{"empty key", `{"": "x"}`, nil, "empty key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseContextJSON([]byte(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want it to contain %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
