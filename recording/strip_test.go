package recording

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestStripANSI(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"plain text", "hello, world", "hello, world"},
		{"colours", "\x1b[01;34mbin\x1b[0m  \x1b[38;5;208morange\x1b[m \x1b[38;2;1;2;3mrgb\x1b[39m", "bin  orange rgb"},
		{"cursor moves and erase", "\x1b[2J\x1b[H\x1b[10;20Hat\x1b[K\x1b[3A\x1b[?25l\x1b[?1049h", "at"},
		{"OSC title ended by BEL", "\x1b]0;user@host: ~\x07$ ls", "$ ls"},
		{"OSC ended by ST", "\x1b]2;title\x1b\\done", "done"},
		{"OSC 8 hyperlink", "\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"bracketed paste", "\x1b[?2004h$ \x1b[200~echo pasted\x1b[201~\r", "$ echo pasted\n"},
		{"charset designation", "\x1b(B\x1b)0\x1b(0lqk\x1b(Bok", "lqkok"},
		{"two-byte escapes", "\x1b7saved\x1b8\x1b=\x1b>\x1bM\x1bc", "saved"},
		{"DCS string", "\x1bP1$r0m\x1b\\after", "after"},
		{"APC, PM and SOS strings", "\x1b_apc\x1b\\\x1b^pm\x1b\\\x1bXsos\x1b\\x", "x"},
		{"CRLF and CR", "a\r\nb\rc\nd\r\r\n", "a\nb\nc\nd\n"},
		{"typed Enter", "ls -l\r", "ls -l\n"},
		{"tabs kept", "a\tb", "a\tb"},
		{"backspace erases", "lss\x7f -l", "ls -l"},
		{"echoed backspace", "lss\b \b -l", "ls -l"},
		{"backspace over a multibyte character", "naïve\b\b\bive", "naive"},
		{"backspace stops at the line start", "a\n\b\bb", "a\nb"},
		{"bells and other controls dropped", "a\x07b\x00c\x0ed\x0f", "abcd"},
		{"C1 controls dropped", "a\u0085b\u009bc", "abc"},
		{"UTF-8 kept", "héllo wörld ✓ 日本語 🙂", "héllo wörld ✓ 日本語 🙂"},
		{"invalid UTF-8 replaced", "a\xffb\xc3", "a\uFFFDb\uFFFD"},
		{"CAN aborts a sequence", "\x1b[12\x18text", "text"},
		{"ESC ESC", "\x1b\x1b[31mred", "red"},
		{"ESC then a control", "\x1b\nnext", "\nnext"},
		{"CSI with a newline inside", "\x1b[1\n;2mx", "\nx"},
		{"unterminated OSC gives up", "\x1b]0;" + strings.Repeat("t", maxStringLen+10), strings.Repeat("t", 11)},
		{"lone ESC at the end", "x\x1b", "x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := StripANSI([]byte(tc.in)); got != tc.want {
				t.Errorf("StripANSI(%q) = %q, want %q", tc.in, got, tc.want)
			}
			// Split at every byte boundary: a Stripper gives the same.
			if len(tc.in) > 200 {
				return
			}
			for i := 0; i <= len(tc.in); i++ {
				var s Stripper
				got := s.Strip([]byte(tc.in[:i])) + s.Strip([]byte(tc.in[i:])) + s.Flush()
				// Erasing cannot reach back into text already returned.
				if got != tc.want && !strings.ContainsAny(tc.in, "\b\x7f") {
					t.Errorf("split at %d: %q, want %q", i, got, tc.want)
				}
			}
		})
	}
}

func FuzzStripANSI(f *testing.F) {
	for _, s := range []string{"\x1b[01;34mbin\x1b[0m", "\x1b]0;t\x07x", "a\r\nb\x7f", "\x1bP\x1b\\", "h\xc3\xa9\xff", "\x1b(B\x1b[200~"} {
		f.Add([]byte(s), 3)
	}
	f.Fuzz(func(t *testing.T, b []byte, cut int) {
		out := StripANSI(b)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", b)
		}
		for _, r := range out {
			if r == 0x1b || r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 {
				t.Fatalf("control %U left in %q (from %q)", r, out, b)
			}
		}
		if len(out) > 3*len(b) { // U+FFFD is 3 bytes for 1
			t.Fatalf("%d bytes out of %d", len(out), len(b))
		}
		if cut < 0 {
			cut = -cut
		}
		if len(b) > 0 {
			cut %= len(b) + 1
			var s Stripper
			two := s.Strip(b[:cut]) + s.Strip(b[cut:]) + s.Flush()
			if !utf8.ValidString(two) || strings.ContainsRune(two, 0x1b) {
				t.Fatalf("split stream gave %q", two)
			}
		}
	})
}
