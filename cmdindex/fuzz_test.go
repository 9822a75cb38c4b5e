package cmdindex

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"unicode/utf8"
)

func FuzzReconstruct(f *testing.F) {
	seeds := []string{
		"ls\r", "ls\r\n", "a\x7f\x08b\r", "é日🙂\x7f\r", ps + "a\nb" + pe, up + "x\r",
		esc + "[1;5D" + esc + "OH" + esc + "]11;rgb:0/0/0\x07" + esc + "P1$r" + esc + "\\",
		"a b\x17\x19\x1by\x15\x0b\x14\x1bu\x1bc\x1bl\x1bd\x1b\x7f\x1b\\", esc + "5x" + esc + "-\x0b",
		"\x12ssh\x07\x12x\r\x1bpfoo\r", "\x16\t\x18\x05\x1d/\x1b\x1d/\x1b#", esc + "[97;5u" + esc + "[27;5;117~",
		esc + "[M !!" + esc + "[[A", typingSession(9, 5),
	}
	for i, s := range seeds {
		f.Add([]byte(s), uint64(i))
	}
	f.Fuzz(func(t *testing.T, data []byte, seed uint64) {
		whole := feedChunks([][]byte{data})
		for _, c := range whole {
			if !utf8.ValidString(c.Text) {
				t.Fatalf("invalid UTF-8 %q", c.Text)
			}
			if len([]rune(c.Text)) > MaxLineRunes+1 { // +1: Alt-# adds a '#'
				t.Fatalf("line of %d runes", len([]rune(c.Text)))
			}
		}
		rng := rand.New(rand.NewPCG(seed, seed>>32))
		if got := feedChunks(randomChunks(rng, data)); !reflect.DeepEqual(got, whole) {
			t.Fatalf("random chunking: %q, whole: %q", describe(got), describe(whole))
		}
		if len(data) <= 4096 {
			if got := feedChunks(bytewise(data)); !reflect.DeepEqual(got, whole) {
				t.Fatalf("byte at a time: %q, whole: %q", describe(got), describe(whole))
			}
		}
	})
}
