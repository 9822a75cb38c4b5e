package policy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// matchSpans reports whether s matches the pattern made of spans laid end to
// end: in wild spans * matches any run of characters (including none, and
// including "/" and ":") and ? matches exactly one character; everything else
// matches itself. With fold, s is compared ASCII-case-insensitively to a
// pattern the caller has already lowercased (action names are ASCII).
//
// This is the two-pointer algorithm with one backtrack point: on a mismatch
// it returns to just after the most recent star and lets that star swallow
// one more character. A later star supersedes an earlier one, so the work is
// bounded by len(pattern)*len(s) and no input can make it explode.
func matchSpans(spans []span, s string, fold bool) bool {
	var p cursor
	star, starS := cursor{i: -1}, 0
	for si := 0; si < len(s); {
		if p.valid(spans) {
			sp := &spans[p.i]
			b := sp.text[p.j]
			switch {
			case sp.wild && b == '*':
				p.j++
				star, starS = p, si
				continue
			case sp.wild && b == '?':
				_, n := utf8.DecodeRuneInString(s[si:])
				si += n
				p.j++
				continue
			}
			c := s[si]
			if fold {
				c = lowerByte(c)
			}
			if c == b {
				si++
				p.j++
				continue
			}
		}
		if star.i < 0 {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[starS:])
		starS += n
		si, p = starS, star
	}
	for p.valid(spans) {
		sp := &spans[p.i]
		if !sp.wild || sp.text[p.j] != '*' {
			return false
		}
		p.j++
	}
	return true
}

// cursor is a position in a list of spans: span i, byte j.
type cursor struct{ i, j int }

// valid moves the cursor past exhausted spans and reports whether it still
// points at a pattern byte.
func (c *cursor) valid(spans []span) bool {
	for c.i < len(spans) && c.j >= len(spans[c.i].text) {
		c.i++
		c.j = 0
	}
	return c.i >= 0 && c.i < len(spans)
}

// equalSpans reports whether s equals the spans laid end to end. With fold
// the comparison is Unicode case-insensitive (simple folding, as
// strings.EqualFold); spans are compared rune by rune because folding may
// change a character's length in bytes.
func equalSpans(spans []span, s string, fold bool) bool {
	if !fold {
		for _, sp := range spans {
			if !strings.HasPrefix(s, sp.text) {
				return false
			}
			s = s[len(sp.text):]
		}
		return s == ""
	}
	for _, sp := range spans {
		t := sp.text
		for t != "" {
			if s == "" {
				return false
			}
			r1, n1 := utf8.DecodeRuneInString(t)
			r2, n2 := utf8.DecodeRuneInString(s)
			if !equalFoldRune(r1, r2) {
				return false
			}
			t, s = t[n1:], s[n2:]
		}
	}
	return s == ""
}

// equalFoldRune reports whether a and b are the same letter under Unicode
// simple case folding, by walking a's fold orbit.
func equalFoldRune(a, b rune) bool {
	if a == b {
		return true
	}
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lowerASCII lowercases ASCII letters only, so a pattern and the request it
// is compared with are folded the same way byte by byte.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				b[j] = lowerByte(b[j])
			}
			return string(b)
		}
	}
	return s
}

// equalLowerASCII reports whether s, ASCII-lowercased, equals lower.
func equalLowerASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerByte(s[i]) != lower[i] {
			return false
		}
	}
	return true
}
