package cmdindex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Match reports whether command matches the search query query.
//
// A query without * matches a command containing it, ignoring case:
// "git push" matches "sudo GIT PUSH origin". The empty query matches every
// command.
//
// A query with * is a glob matched against the whole command, ignoring
// case, where * matches any run of characters, including none: "ssh *"
// matches commands starting with "ssh ", "*.tar.gz" commands ending so,
// "*rm*-rf*" commands containing "rm" and later "-rf". In a glob, \* stands
// for a literal * and \\ for a backslash; any other backslash is literal.
//
// Case is ignored by Unicode simple case folding (so "STRASSE" does not
// match "straße", and no Unicode normalisation is done).
func Match(command, query string) bool {
	if strings.IndexByte(query, '*') < 0 {
		return strings.Contains(fold(command), fold(query))
	}
	segs := globSegments(query)
	t := fold(command)
	if len(segs) == 1 { // only escaped stars: a literal, whole-command match
		return t == segs[0]
	}
	if !strings.HasPrefix(t, segs[0]) {
		return false
	}
	t = t[len(segs[0]):]
	for _, s := range segs[1 : len(segs)-1] {
		i := strings.Index(t, s)
		if i < 0 {
			return false
		}
		t = t[i+len(s):]
	}
	return strings.HasSuffix(t, segs[len(segs)-1])
}

// globSegments splits a glob at its unescaped stars and folds the pieces.
func globSegments(q string) []string {
	var segs []string
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		switch c := q[i]; {
		case c == '\\' && i+1 < len(q) && (q[i+1] == '*' || q[i+1] == '\\'):
			i++
			b.WriteByte(q[i])
		case c == '*':
			segs = append(segs, fold(b.String()))
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(segs, fold(b.String()))
}

// fold maps every character of s to a canonical member of its simple case
// folding orbit (the smallest), so folded strings compare without case.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		b := []byte(s)
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - ('a' - 'A')
			}
		}
		return string(b)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, c := range s {
		b.WriteRune(foldRune(c))
	}
	return b.String()
}

func foldRune(c rune) rune {
	if c < utf8.RuneSelf {
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		return c
	}
	m := c
	for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}
