package policy

import (
	"fmt"
	"sort"
	"strings"
)

// Context is the request context: the condition keys of one request and
// their values. Key names are case-insensitive (aws:CurrentTime is
// AWS:currenttime), so keys are stored lowercased once, at Set, and the
// evaluator looks them up with names it lowercased at Parse: a lookup on the
// hot path never allocates.
//
// A key with no values is absent. A nil *Context is an empty context for
// reading; Set needs a non-nil one. A Context is not safe for concurrent
// Set, but any number of evaluations may read it at once.
type Context struct {
	m map[string][]string
}

// NewContext returns a context holding m's keys and values (copied). Keys
// that differ only in case are merged, in sorted order of the keys as
// written, so the result does not depend on map iteration.
func NewContext(m map[string][]string) *Context {
	c := &Context{m: make(map[string][]string, len(m)+16)}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if len(m[k]) == 0 {
			continue
		}
		lk := strings.ToLower(k)
		c.m[lk] = append(c.m[lk], m[k]...)
	}
	return c
}

// Set replaces key's values. Setting no values removes the key, since a key
// without values is absent in every operator's eyes.
func (c *Context) Set(key string, values ...string) {
	lk := strings.ToLower(key)
	if len(values) == 0 {
		delete(c.m, lk)
		return
	}
	if c.m == nil {
		c.m = make(map[string][]string)
	}
	c.m[lk] = append([]string(nil), values...)
}

// Get returns key's values; the slice belongs to the context and must not be
// modified. It does not allocate for keys of up to 128 ASCII characters.
func (c *Context) Get(key string) ([]string, bool) {
	if c == nil || len(c.m) == 0 {
		return nil, false
	}
	upper, ascii := false, true
	for i := 0; i < len(key); i++ {
		switch b := key[i]; {
		case b >= 0x80:
			ascii = false
		case 'A' <= b && b <= 'Z':
			upper = true
		}
	}
	switch {
	case !upper && ascii:
		return c.lookup(key)
	case ascii && len(key) <= 128:
		var buf [128]byte
		for i := 0; i < len(key); i++ {
			buf[i] = lowerByte(key[i])
		}
		v, ok := c.m[string(buf[:len(key)])] // the compiler does not copy for a map index
		return v, ok
	default:
		return c.lookup(strings.ToLower(key))
	}
}

// lookup finds a key already lowercased with strings.ToLower.
func (c *Context) lookup(lowerKey string) ([]string, bool) {
	if c == nil {
		return nil, false
	}
	v, ok := c.m[lowerKey]
	return v, ok
}

// ParseContextJSON reads a context file for `tether policy simulate`: a JSON
// object mapping each context key to a string or a list of strings. Numbers
// and booleans are accepted and kept as written (aws:EpochTime, Bool keys),
// as they are in policies. Keys that differ only in case are an error, since
// they would name the same key.
func ParseContextJSON(b []byte) (map[string][]string, error) {
	root, jerr := parseJSON(b)
	lines := newLineIndex(b)
	if jerr != nil {
		return nil, fmt.Errorf("context: %s: %s", lines.pos(jerr.off), jerr.msg)
	}
	if root.kind != jObject {
		return nil, fmt.Errorf("context: want a JSON object mapping each key to a string or a list of strings, got %s", root.kind)
	}
	out := make(map[string][]string, len(root.members))
	seen := make(map[string]string, len(root.members))
	for _, m := range root.members {
		where := func(off int) string { return fmt.Sprintf("context key %q (%s)", m.key, lines.pos(off)) }
		if strings.TrimSpace(m.key) == "" {
			return nil, fmt.Errorf("context: %s: empty key", lines.pos(m.keyStart))
		}
		lk := strings.ToLower(m.key)
		if prev, dup := seen[lk]; dup {
			return nil, fmt.Errorf("%s: same key as %q (key names are case-insensitive)", where(m.keyStart), prev)
		}
		seen[lk] = m.key
		vals, err := contextValues(m.val)
		if err != "" {
			return nil, fmt.Errorf("%s: %s", where(m.val.start), err)
		}
		out[m.key] = vals
	}
	return out, nil
}

func contextValues(n *jnode) ([]string, string) {
	switch n.kind {
	case jString, jNumber, jBool:
		return []string{n.text}, ""
	case jNull:
		return nil, "null is not a value; leave the key out to make it absent"
	case jArray:
		if len(n.elems) == 0 {
			return nil, "empty list; leave the key out to make it absent"
		}
		vals := make([]string, 0, len(n.elems))
		for _, e := range n.elems {
			if e.kind != jString && e.kind != jNumber && e.kind != jBool {
				return nil, fmt.Sprintf("want a string or a list of strings, got a list holding %s", e.kind)
			}
			vals = append(vals, e.text)
		}
		return vals, ""
	}
	return nil, fmt.Sprintf("want a string or a list of strings, got %s", n.kind)
}
