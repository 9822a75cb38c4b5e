package policy

import (
	"fmt"
	"strings"
)

// Policy variables (Version 2012-10-17 only) are resolved per request, so a
// string that may hold them is kept as a template: a list of pieces that are
// either policy text or a variable. Resolving yields spans, each marked with
// whether wildcards in it are live. Keeping that mark is what lets ${*} and
// substituted values stay literal even inside StringLike or Resource, where
// the same characters written in the policy are wildcards.

// span is a run of pattern text. In a wild span * and ? are wildcards; in
// any other span every character stands for itself.
type span struct {
	text string
	wild bool
}

// piece is one part of a template: literal policy text (key == ""), or a
// variable whose lowercased context key is key and whose default, when
// hasDefault, is span.text.
type piece struct {
	span
	key        string
	hasDefault bool
}

// template is a string from the policy compiled for matching.
type template struct {
	raw    string  // as written, for messages
	pieces []piece // set when vars
	vars   bool    // holds at least one variable that needs a context
	flat   []span  // the spans when !vars, computed once
	any    bool    // !vars and the pattern is only stars: matches everything
	exact  bool    // !vars and no wildcards: compare text directly
	text   string  // the whole text when !vars (lowercased for actions)
}

// maxInlineSpans is how many spans a template may resolve to before
// resolution needs the heap; policies rarely have more than two variables
// in one string.
const maxInlineSpans = 8

// compileTemplate parses s. With vars false (Version 2008-10-17, or an
// element that takes no variables) all of s is policy text. fold lowercases
// the text for case-insensitive matching (actions).
func compileTemplate(s string, vars, fold bool) (template, error) {
	t := template{raw: s}
	pieces, err := parseVariables(s, vars)
	if err != nil {
		return t, err
	}
	for _, p := range pieces {
		if p.key != "" {
			t.vars = true
		}
	}
	if t.vars {
		t.pieces = pieces
		return t, nil
	}
	var b strings.Builder
	wildcards := false
	for _, p := range pieces {
		text := p.text
		if fold {
			text = lowerASCII(text)
		}
		t.flat = append(t.flat, span{text: text, wild: p.wild})
		b.WriteString(text)
		if p.wild && strings.ContainsAny(text, "*?") {
			wildcards = true
		}
	}
	t.text = b.String()
	t.exact = !wildcards
	t.any = len(t.flat) == 1 && t.flat[0].wild && strings.Trim(t.text, "*") == "" && t.text != ""
	return t, nil
}

// parseVariables splits s into policy text and variables. Escapes become
// literal (non-wild) text right away: they need no context.
func parseVariables(s string, vars bool) ([]piece, error) {
	if !vars || !strings.Contains(s, "${") {
		return []piece{{span: span{text: s, wild: true}}}, nil
	}
	var out []piece
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			if s != "" {
				out = append(out, piece{span: span{text: s, wild: true}})
			}
			return out, nil
		}
		if i > 0 {
			out = append(out, piece{span: span{text: s[:i], wild: true}})
		}
		body, n, ok := scanVariable(s[i+2:])
		if !ok {
			return nil, fmt.Errorf("unterminated policy variable %q (missing \"}\")", s[i:])
		}
		p, err := parseVariable(body)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
		s = s[i+2+n:]
	}
}

// scanVariable finds the "}" that closes a variable whose body starts at s,
// skipping any inside a quoted default. It returns the body and how many
// bytes of s it used, the "}" included.
func scanVariable(s string) (body string, n int, ok bool) {
	quoted := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'':
			quoted = !quoted
		case '}':
			if !quoted {
				return s[:i], i + 1, true
			}
		}
	}
	return "", 0, false
}

func parseVariable(body string) (piece, error) {
	switch body {
	case "*", "?", "$":
		return piece{span: span{text: body}}, nil
	}
	whole := "${" + body + "}"
	name, def, hasDefault := body, "", false
	if i := strings.IndexByte(body, ','); i >= 0 {
		name = body[:i]
		d := strings.TrimSpace(body[i+1:])
		if len(d) < 2 || d[0] != '\'' || d[len(d)-1] != '\'' || strings.Contains(d[1:len(d)-1], "'") {
			return piece{}, fmt.Errorf("malformed policy variable %q: the default must be one value in single quotes, as in ${aws:username, 'anonymous'}", whole)
		}
		def, hasDefault = d[1:len(d)-1], true
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return piece{}, fmt.Errorf("empty policy variable %q", whole)
	}
	if i := strings.IndexAny(name, " \t\r\n${}',\""); i >= 0 {
		return piece{}, fmt.Errorf("malformed policy variable %q: %q is not allowed in a key name", whole, name[i:i+1])
	}
	if i := strings.IndexByte(name, ':'); i <= 0 || i == len(name)-1 {
		return piece{}, fmt.Errorf("malformed policy variable %q: want a context key with its prefix, such as ${aws:username}", whole)
	}
	return piece{span: span{text: def}, key: strings.ToLower(name), hasDefault: hasDefault}, nil
}

// spans returns the template's spans for ctx. ok is false when a variable
// cannot be resolved: its key is absent or has several values (a
// multi-valued key has no single value to substitute) and it has no default.
// buf is scratch space the caller owns, so resolution need not allocate.
func (t *template) spans(ctx *Context, buf []span) (out []span, ok bool) {
	if !t.vars {
		return t.flat, true
	}
	out = buf[:0]
	for i := range t.pieces {
		p := &t.pieces[i]
		if p.key == "" {
			out = append(out, p.span)
			continue
		}
		if vals, present := ctx.lookup(p.key); present && len(vals) == 1 {
			out = append(out, span{text: vals[0]})
		} else if p.hasDefault {
			out = append(out, span{text: p.text})
		} else {
			return nil, false
		}
	}
	return out, true
}

// resolves reports whether every variable in t has a value in ctx.
func (t *template) resolves(ctx *Context) bool {
	if !t.vars {
		return true
	}
	for i := range t.pieces {
		p := &t.pieces[i]
		if p.key == "" || p.hasDefault {
			continue
		}
		if vals, present := ctx.lookup(p.key); !present || len(vals) != 1 {
			return false
		}
	}
	return true
}

// match reports whether s matches t as a wildcard pattern. An unresolved
// template matches nothing.
func (t *template) match(s string, ctx *Context, fold bool) bool {
	if !t.vars {
		switch {
		case t.any:
			return true
		case t.exact:
			if fold {
				return equalLowerASCII(s, t.text)
			}
			return s == t.text
		}
		return matchSpans(t.flat, s, fold)
	}
	var buf [maxInlineSpans]span
	spans, ok := t.spans(ctx, buf[:])
	return ok && matchSpans(spans, s, false)
}

// equal reports whether s equals t's resolved text, character for character
// (wildcards are not special). fold compares Unicode case-insensitively.
func (t *template) equal(s string, ctx *Context, fold bool) bool {
	if !t.vars && !fold {
		return s == t.text
	}
	var buf [maxInlineSpans]span
	spans, ok := t.spans(ctx, buf[:])
	return ok && equalSpans(spans, s, fold)
}
