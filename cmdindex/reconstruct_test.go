package cmdindex

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

const flushAt = time.Hour

// feedChunks feeds chunks at offset 0, then flushes at flushAt.
func feedChunks(chunks [][]byte) []Command {
	r := New()
	var out []Command
	for _, c := range chunks {
		out = append(out, r.Feed(0, c)...)
	}
	return append(out, r.Flush(flushAt)...)
}

func bytewise(in []byte) [][]byte {
	chunks := make([][]byte, len(in))
	for i := range in {
		chunks[i] = in[i : i+1]
	}
	return chunks
}

func randomChunks(rng *rand.Rand, in []byte) [][]byte {
	var chunks [][]byte
	for len(in) > 0 {
		n := 1 + rng.IntN(min(len(in), 1+rng.IntN(16)))
		chunks = append(chunks, in[:n])
		in = in[n:]
	}
	return chunks
}

// describe renders commands for comparison: "~" marks Incomplete, a
// trailing " <flush>" a command returned by Flush.
func describe(cmds []Command) []string {
	var s []string
	for _, c := range cmds {
		d := c.Text
		if c.Incomplete {
			d = "~" + d
		}
		if c.At == flushAt {
			d += " <flush>"
		}
		s = append(s, d)
	}
	return s
}

// reconstruct runs in whole, one byte at a time, and in random chunkings,
// and fails unless all agree.
func reconstruct(t *testing.T, in string) []string {
	t.Helper()
	whole := feedChunks([][]byte{[]byte(in)})
	for _, c := range whole {
		if !utf8.ValidString(c.Text) {
			t.Errorf("%q: invalid UTF-8 in %q", in, c.Text)
		}
	}
	if got := feedChunks(bytewise([]byte(in))); !reflect.DeepEqual(got, whole) {
		t.Errorf("%q: byte at a time gives %q, whole gives %q", in, describe(got), describe(whole))
	}
	// Every single split point.
	for i := 1; i < len(in) && len(in) < 1000; i++ {
		if got := feedChunks([][]byte{[]byte(in[:i]), []byte(in[i:])}); !reflect.DeepEqual(got, whole) {
			t.Errorf("%q split at %d gives %q, whole gives %q", in, i, describe(got), describe(whole))
		}
	}
	rng := rand.New(rand.NewPCG(1, uint64(len(in))))
	for range 20 {
		chunks := randomChunks(rng, []byte(in))
		if got := feedChunks(chunks); !reflect.DeepEqual(got, whole) {
			t.Errorf("%q in chunks %q gives %q, whole gives %q", in, chunks, describe(got), describe(whole))
		}
	}
	return describe(whole)
}

type tcase struct {
	name string
	in   string
	want []string // "~" prefix: Incomplete; " <flush>" suffix: from Flush
}

func runCases(t *testing.T, cases []tcase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := reconstruct(t, tc.in)
			if len(got) == 0 && len(tc.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("input %q\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

const (
	esc   = "\x1b"
	left  = esc + "[D"
	right = esc + "[C"
	up    = esc + "[A"
	down  = esc + "[B"
	home  = esc + "[H"
	end   = esc + "[F"
	del   = esc + "[3~"
	bs    = "\x7f"
	ps    = esc + "[200~"
	pe    = esc + "[201~"
)

func TestEnter(t *testing.T) {
	runCases(t, []tcase{
		{"cr", "ls\r", []string{"ls"}},
		{"lf", "ls\n", []string{"ls"}},
		{"crlf once", "ls\r\npwd\r\n", []string{"ls", "pwd"}},
		{"lfcr twice", "ls\n\rpwd\n", []string{"ls", "pwd"}},
		{"cr cr", "ls\r\rpwd\r", []string{"ls", "pwd"}},
		{"crlflf", "a\r\n\nb\r", []string{"a", "b"}},
		{"empty lines", "\r\r\n\n   \r", nil},
		{"text kept verbatim", "  echo  hi \r", []string{"  echo  hi "}},
		{"pending", "ls -l\rcd /tm", []string{"ls -l", "cd /tm <flush>"}},
		{"pending blank", "ls\r   ", []string{"ls"}},
		{"keypad enter", "ls" + esc + "OM", []string{"ls"}},
		{"alt enter", "ls" + esc + "\r", []string{"ls"}},
		{"ctrl-o new line", "make\x0f\r", []string{"make"}},
		{"ctrl-o history", up + "\x0f\x0f\r", []string{"~", "~", "~"}},
		{"ctrl-j", "ls\x0a", []string{"ls"}},
	})
}

func TestBackspace(t *testing.T) {
	runCases(t, []tcase{
		{"del", "lss" + bs + "\r", []string{"ls"}},
		{"ctrl-h", "lss\x08\r", []string{"ls"}},
		{"at start", bs + bs + "ls\r", []string{"ls"}},
		{"all", "ab" + bs + bs + bs + "\r", nil},
		{"mid line", "lxs" + left + bs + "\r", []string{"ls"}},
		{"2-byte rune", "café" + bs + "e\r", []string{"cafe"}},
		{"3-byte rune", "日本語" + bs + "\r", []string{"日本"}},
		{"4-byte rune", "x🙂" + bs + "y\r", []string{"xy"}},
		{"combining mark", "cafe\u0301" + bs + "e\r", []string{"cafe"}},
		{"zwj sequence", "a👨\u200d" + bs + "\r", []string{"a"}},
		{"left over combining", "e\u0301x" + left + left + "y\r", []string{"ye\u0301x"}},
		{"count", "hello" + esc + "3" + bs + "\r", []string{"he"}},
	})
}

func TestUTF8(t *testing.T) {
	runCases(t, []tcase{
		{"invalid bytes dropped", "a\xffb\xc0c\xed\xa0\x80d\r", []string{"abcd"}},
		{"truncated sequence", "a\xe6\x97b\r", []string{"ab"}},
		{"sequence cut by enter", "a\xe6\r", []string{"a"}},
		{"sequence cut by escape", "ab\xe6" + left + "x\r", []string{"axb"}},
		{"c1 control dropped", "a\u0085b\r", []string{"ab"}},
		{"pending flush drops partial", "ab\xe6\x97", []string{"ab <flush>"}},
	})
}

func TestMovement(t *testing.T) {
	runCases(t, []tcase{
		{"ctrl-a", "s -l\x01l\r", []string{"ls -l"}},
		{"ctrl-e", "s\x01l\x05 -l\r", []string{"ls -l"}},
		{"home csi", "s" + home + "l\r", []string{"ls"}},
		{"home ss3", "s" + esc + "OHl\r", []string{"ls"}},
		{"home 1~", "s" + esc + "[1~l\r", []string{"ls"}},
		{"home 7~", "s" + esc + "[7~l\r", []string{"ls"}},
		{"end csi", "l\x01x" + end + "s\r", []string{"xls"}},
		{"end ss3", "l\x01x" + esc + "OFs\r", []string{"xls"}},
		{"end 4~", "l\x01x" + esc + "[4~s\r", []string{"xls"}},
		{"end 8~", "l\x01x" + esc + "[8~s\r", []string{"xls"}},
		{"left right", "lss" + left + left + right + bs + "\r", []string{"ls"}},
		{"left at start", "s" + left + left + left + "l\r", []string{"ls"}},
		{"right at end", "l" + right + right + "s\r", []string{"ls"}},
		{"app cursor keys", "lxs" + esc + "OD" + esc + "OD" + esc + "OC" + bs + "\r", []string{"ls"}},
		{"ctrl-b ctrl-f", "lxs\x02\x02\x06" + bs + "\r", []string{"ls"}},
		{"alt-b", "echo world\x1bbhello \r", []string{"echo hello world"}},
		{"alt-f", "cp a b\x01\x1bf\x1bf\x1bfx\r", []string{"cp a bx"}},
		{"alt-b punctuation", "git --amend\x1bb\x1bb" + "X\r", []string{"Xgit --amend"}},
		{"ctrl-left", "a b c" + esc + "[1;5D" + esc + "[1;5D_\r", []string{"a _b c"}},
		{"alt-right", "a b c\x01" + esc + "[1;3C_\r", []string{"a_ b c"}},
		{"rxvt ctrl-left", "a b" + esc + "Od_\r", []string{"a _b"}},
		{"shift-left is a char move", "ab" + esc + "[1;2D_\r", []string{"a_b"}},
		{"ctrl-] char search", "cat a/b/c\x01\x1d/X\r", []string{"cat aX/b/c"}},
		{"alt-ctrl-] char search", "cat a/b/c\x1b\x1d/X\r", []string{"cat a/bX/c"}},
		{"uppercase meta", "echo world\x1bBhello \r", []string{"echo hello world"}},
		{"count move", "abcd" + esc + "3\x02_\r", []string{"a_bcd"}},
	})
}

func TestDelete(t *testing.T) {
	runCases(t, []tcase{
		{"delete key", "lxs" + left + left + del + "\r", []string{"ls"}},
		{"delete at end", "ls" + del + "\r", []string{"ls"}},
		{"modified delete ignored", "ls" + left + esc + "[3;5~\r", []string{"ls"}},
		{"ctrl-d mid", "lxs\x02\x02\x04\r", []string{"ls"}},
		{"ctrl-d empty", "\x04", nil},
		{"ctrl-d empty then more", "\x04ls\r", []string{"ls"}},
		{"delete combining", "xe\u0301y\x01\x06" + del + "\r", []string{"xy"}},
	})
}

func TestKill(t *testing.T) {
	runCases(t, []tcase{
		{"ctrl-u", "rm -rf /\x15ls\r", []string{"ls"}},
		{"ctrl-u mid", "junkls" + left + left + "\x15\r", []string{"ls"}},
		{"ctrl-k", "ls junk" + left + left + left + left + left + "\x0b\r", []string{"ls"}},
		{"ctrl-k at end", "ls\x0b\r", []string{"ls"}},
		{"ctrl-w", "git commit -m\x17\x17status\r", []string{"git status"}},
		{"ctrl-w spaces", "ls foo   \x17\r", []string{"ls "}},
		{"ctrl-w path", "cat /etc/passwd\x17/etc/hosts\r", []string{"cat /etc/hosts"}},
		{"ctrl-w at start", "\x17ls\r", []string{"ls"}},
		{"alt-d", "ls junk -l\x01\x1bf\x1bd\r", []string{"ls -l"}},
		{"alt-backspace", "cat /etc/passwd\x1b\x7fhosts\r", []string{"cat /etc/hosts"}},
		{"alt-ctrl-h", "cat /etc/passwd\x1b\x08hosts\r", []string{"cat /etc/hosts"}},
		{"alt-backslash", "ls    -l" + left + left + "\x1b\\\r", []string{"ls-l"}},
		{"yank", "secret\x15ls \x19\r", []string{"ls secret"}},
		{"yank twice", "ab\x15\x19\x19\r", []string{"abab"}},
		{"kills accumulate", "a b c\x17\x17\x19\x19\r", []string{"a b cb c"}},
		{"kills accumulate forward", "a b c\x01\x1bd\x1bdX\x19\r", []string{"Xa b c"}},
		{"separate kills", "one\x15two\x15\x19\x1by\r", []string{"one"}},
		{"yank-pop cycles", "one\x15two\x15three\x15\x19\x1by\x1by\x1by\r", []string{"three"}},
		{"yank-pop needs yank", "one\x15two\x15\x1by\r", nil},
		{"yank empty ring", "\x19ls\r", []string{"ls"}},
		{"kill ring survives enter", "ls -la\x17\r\x19\r", []string{"ls ", "-la"}},
	})
}

func TestTransposeAndCase(t *testing.T) {
	runCases(t, []tcase{
		{"ctrl-t at end", "sl\x14\r", []string{"ls"}},
		{"ctrl-t mid", "abc\x02\x14\r", []string{"acb"}},
		{"ctrl-t at start", "ab\x01\x14\r", []string{"ab"}},
		{"ctrl-t runes", "é日\x14\r", []string{"日é"}},
		{"ctrl-t one char", "e\u0301\x14x\r", []string{"e\u0301x"}},
		{"ctrl-t combining", "ae\u0301\x14\r", []string{"e\u0301a"}},
		{"alt-u", "echo hello world\x01\x1bf\x1bu\r", []string{"echo HELLO world"}},
		{"alt-l", "ECHO HI\x01\x1bl\r", []string{"echo HI"}},
		{"alt-c", "echo hELLO\x01\x1bf\x1bc\r", []string{"echo Hello"}},
		{"alt-t incomplete", "a b\x1bt\r", []string{"~a b"}},
	})
}

func TestDiscard(t *testing.T) {
	runCases(t, []tcase{
		{"ctrl-c", "rm -rf /\x03ls\r", []string{"ls"}},
		{"ctrl-c clears incomplete", "git\t\x03ls\r", []string{"ls"}},
		{"ctrl-c mid escape", "rm" + esc + "[\x03ls\r", []string{"ls"}},
		{"ctrl-g", "ls\x07\r", []string{"ls"}},
		{"ignored controls", "l\x00\x0c\x11\x13\x1a\x1c\x1es\r", []string{"ls"}},
	})
}

func TestIncomplete(t *testing.T) {
	runCases(t, []tcase{
		{"tab", "git ch\tmain\r", []string{"~git chmain"}},
		{"up", up + "\r", []string{"~"}},
		{"up edit", up + " | less\r", []string{"~ | less"}},
		{"down at new line", "x" + down + "\r", []string{"x"}},
		{"ctrl-p", "\x10\r", []string{"~"}},
		{"ctrl-n at new line", "\x0e\r", nil},
		{"up ctrl-u", up + "\x15ls\r", []string{"ls"}},
		{"up ctrl-a ctrl-k", up + "\x01\x0b\r", nil},
		{"up down restores", "git comm" + up + down + "it\r", []string{"git commit"}},
		{"ctrl-p ctrl-n restores", "git comm\x10\x10\x0e\x0eit\r", []string{"git commit"}},
		{"up up down", "ls" + up + up + down + "\r", []string{"~"}},
		{"edit restored line", "ab" + up + down + "\x01x\r", []string{"xab"}},
		{"alt-> back to new line", "abc" + up + up + "\x1b>d\r", []string{"abcd"}},
		{"alt-< then down", "abc\x1b<" + down + "\r", []string{"~"}},
		{"alt-r on history", up + "x\x1br\r", []string{"~"}},
		{"tab ctrl-u", "git ch\t\x15ls\r", []string{"ls"}},
		{"tab ctrl-w stops", "cat my\t\x17\r", []string{"~cat my"}},
		{"tab backspace", "ls /us\t\x7f\r", []string{"~ls /us"}},
		{"tab ctrl-a ctrl-k", "git ch\t\x01\x0b\r", nil},
		{"tab twice", "git ch\t\t\r", []string{"~git ch"}},
		{"tab left ctrl-k", "ls\t" + left + "\x0b\r", []string{"~ls"}},
		{"tab left ctrl-u", "ls\t" + left + "\x15\r", []string{"~"}},
		{"tab left left", "ab\t" + left + left + "X\r", []string{"~abX"}},
		{"tab mid line", "ls  -l" + left + left + left + "\t\x05\x15pwd\r", []string{"pwd"}},
		{"tab alt-b", "cd /usr/lo\t\x1bbX\r", []string{"~cd /usr/loX"}},
		{"tab ctrl-t", "ab\t\x14\r", []string{"~ab"}},
		{"tab delete", "ab\t\x01\x06\x06" + del + "\r", []string{"~ab"}},
		{"tab kill yank", "ls /us\t\x15\x19\r", []string{"~ls /us"}},
		{"alt-. then kill", "cd \x1b.\x15ls\r", []string{"ls"}},
		{"up app mode", esc + "OA\r", []string{"~"}},
		{"reset after enter", "\t\rls\r", []string{"~", "ls"}},
		{"alt-dot", "cd \x1b.\r", []string{"~cd "}},
		{"esc esc", "ls /us" + esc + esc + "\r", []string{"~ls /us"}},
		{"ctrl-x ctrl-e", "ls\x18\x05\r", []string{"~ls"}},
		{"ctrl-x then enter", "ls\x18\r", []string{"ls"}},
		{"undo", "ls\x1f\r", []string{"~ls"}},
		{"negative arg", "abc\x01" + esc + "-\x0b\r", []string{"~"}},
		{"long line", strings.Repeat("a", MaxLineRunes+10) + "\r", []string{"~" + strings.Repeat("a", MaxLineRunes)}},
		{"flush keeps incomplete", "git\t", []string{"~git <flush>"}},
	})
}

func TestSearch(t *testing.T) {
	runCases(t, []tcase{
		{"ctrl-r enter", "\x12ssh\r", []string{"~ssh"}},
		{"ctrl-r backspace", "\x12sshx\x7f\r", []string{"~ssh"}},
		{"ctrl-r ctrl-g restores", "echo hi\x12ssh\x07\r", []string{"echo hi"}},
		{"ctrl-r ctrl-c", "echo\x12ssh\x03ls\r", []string{"ls"}},
		{"ctrl-r empty enter", "ls\x12\r", []string{"ls"}},
		{"ctrl-r again empty", "\x12\x12\r", []string{"~"}},
		{"ctrl-r then edit", "\x12make\x05 -j8\r", []string{"~make -j8"}},
		{"ctrl-r then arrow", "\x12make" + left + "X\r", []string{"~Xmake"}},
		{"ctrl-r ctrl-k", "\x12ssh\x0b\r", []string{"~"}},
		{"ctrl-r ctrl-e ctrl-u", "\x12ssh\x05\x15ls\r", []string{"ls"}},
		{"ctrl-r down", "ab\x12ssh" + down + "\r", []string{"~"}},
		{"ctrl-r paste", "\x12" + ps + "kubectl" + pe + "\r", []string{"~kubectl"}},
		{"alt-p", "\x1bpfoo\r\r", []string{"~foo"}},
		{"alt-p edit", "\x1bpfoo\r\x05 -x\r", []string{"~foo -x"}},
		{"alt-p abort", "ls\x1bpfoo\x07\r", []string{"ls"}},
		{"alt-p backspace abort", "ls\x1bp\x7f\r", []string{"ls"}},
	})
}

func TestPaste(t *testing.T) {
	runCases(t, []tcase{
		{"simple", ps + "echo hi" + pe + "\r", []string{"echo hi"}},
		{"at cursor", "echo \x01sudo " + ps + "-E " + pe + "\r", []string{"sudo -E echo "}},
		{"newlines submit", ps + "cd /tmp\nls -l\n" + pe, []string{"cd /tmp", "ls -l"}},
		{"cr newlines", ps + "a\rb\r" + pe, []string{"a", "b"}},
		{"crlf newlines", ps + "a\r\nb\r\n" + pe, []string{"a", "b"}},
		{"tail stays", ps + "a\nb" + pe + " c\r", []string{"a", "b c"}},
		{"controls literal", ps + "a\tb\x7f\x03\x15c" + pe + "\r", []string{"a\tbc"}},
		{"escapes inside", ps + "a" + esc + "[D" + esc + "b" + esc + "]0;x\x07" + pe + "\r", []string{"ab]0;x"}},
		{"tab not completion", ps + "a\tb" + pe + "\r", []string{"a\tb"}},
		{"unicode", ps + "echo 日本🙂" + pe + bs + "\r", []string{"echo 日本"}},
		{"edit after", ps + "ls -x" + pe + bs + "l\r", []string{"ls -l"}},
		{"200 inside", ps + "a" + ps + "b" + pe + "\r", []string{"ab"}},
		{"unterminated", ps + "rm -rf /", []string{"rm -rf / <flush>"}},
	})
}

func TestIgnoredSequences(t *testing.T) {
	runCases(t, []tcase{
		{"function keys", "l" + esc + "OP" + esc + "[15~" + esc + "[1;2P" + esc + "[24;5~s\r", []string{"ls"}},
		{"insert pgup pgdn", "l" + esc + "[2~" + esc + "[5~" + esc + "[6~s\r", []string{"ls"}},
		{"shift-tab", "l" + esc + "[Zs\r", []string{"ls"}},
		{"focus", "l" + esc + "[I" + esc + "[Os\r", []string{"ls"}},
		{"cursor report", "l" + esc + "[24;80Rs\r", []string{"ls"}},
		{"device attributes", "l" + esc + "[?64;1;2;6;22cs\r", []string{"ls"}},
		{"sgr mouse", "l" + esc + "[<0;10;5M" + esc + "[<0;10;5ms\r", []string{"ls"}},
		{"x10 mouse", "l" + esc + "[M !!s\r", []string{"ls"}},
		{"x10 mouse high bytes", "l" + esc + "[M \xff\xfes\r", []string{"ls"}},
		{"linux console f1", "l" + esc + "[[As\r", []string{"ls"}},
		{"osc bel", "l" + esc + "]11;rgb:1e1e/1e1e/1e1e\x07s\r", []string{"ls"}},
		{"osc st", "l" + esc + "]10;rgb:ffff/ffff/ffff" + esc + "\\s\r", []string{"ls"}},
		{"osc cut by enter", "ls" + esc + "]11;rgb\r", []string{"ls"}},
		{"osc esc new seq", "ls" + esc + "]11;x" + esc + "[Dx\r", []string{"lxs"}},
		{"dcs", "l" + esc + "P1+r736d6b78=1b5b" + esc + "\\s\r", []string{"ls"}},
		{"dcs xtversion", "l" + esc + "P>|xterm(390)" + esc + "\\s\r", []string{"ls"}},
		{"apc kitty", "l" + esc + "_Gi=1;OK" + esc + "\\s\r", []string{"ls"}},
		{"alt-] is a key", "l" + esc + "]s\r", []string{"ls"}},
		{"alt-P is a key", "l" + esc + "Ps\r", []string{"~s <flush>"}}, // Alt-p: search for "s"
		{"alt-_ is a key", "cd " + esc + "_x\r", []string{"~cd x"}},
		{"long params", "l" + esc + "[" + strings.Repeat("1;", 100) + "Hs\r", []string{"ls"}},
		{"intermediate", "l" + esc + "[ qs\r", []string{"ls"}},
		{"csi cut by enter", "ls" + esc + "[1;\r", []string{"ls"}},
		{"csi cut by utf8", "l" + esc + "[1é\r", []string{"lé"}},
		{"csi cut by esc", "lx" + esc + "[1" + left + "s\r", []string{"lsx"}},
		{"ss3 cut", "ls" + esc + "O\r", []string{"ls"}},
		{"ss3 keypad", esc + "Ow" + esc + "Ok" + esc + "Oq" + esc + "OX" + esc + "Oq\r", []string{"7+1=1"}},
		{"unknown meta", "l" + esc + "zs\r", []string{"ls"}},
		{"unbound meta control", "ls" + esc + "\x01x\r", []string{"xls"}},
		{"alt-nonascii", "l" + esc + "és\r", []string{"lés"}},
		{"pending esc flushed", "ls" + esc, []string{"ls <flush>"}},
	})
}

func TestKeyProtocols(t *testing.T) {
	runCases(t, []tcase{
		{"kitty text", esc + "[108u" + esc + "[115u" + esc + "[13u", []string{"ls"}},
		{"kitty ctrl-a", "s" + esc + "[97;5ul\r", []string{"ls"}},
		{"kitty ctrl-u", "junk" + esc + "[117;5uls\r", []string{"ls"}},
		{"kitty ctrl-c", "junk" + esc + "[99;5uls\r", []string{"ls"}},
		{"kitty shift", esc + "[97;2u" + esc + "[49:33;2u\r", []string{"A!"}},
		{"kitty text field", esc + "[97;1;65u\r", []string{"A"}},
		{"kitty alt-b", "a b" + esc + "[98;3u_\r", []string{"a _b"}},
		{"kitty release ignored", "a" + esc + "[97;1:3u\r", []string{"a"}},
		{"kitty backspace", "lsx" + esc + "[127u\r", []string{"ls"}},
		{"kitty keypad", esc + "[57400u" + esc + "[57414u", []string{"1"}},
		{"kitty super ignored", "l" + esc + "[99;9us\r", []string{"ls"}},
		{"kitty bad code", "l" + esc + "[55296u" + esc + "[99999999us\r", []string{"ls"}},
		{"modifyOtherKeys", "junk" + esc + "[27;5;117~ls" + esc + "[27;1;13~", []string{"ls"}},
	})
}

func TestQuotedInsert(t *testing.T) {
	runCases(t, []tcase{
		{"ctrl-v tab", "a\x16\tb\r", []string{"a\tb"}},
		{"ctrl-v ctrl-c", "a\x16\x03b\r", []string{"a\x03b"}},
		{"ctrl-v utf8", "a\x16éb\r", []string{"aéb"}},
		{"ctrl-v enter", "a\x16\rb\r", []string{"a\rb"}},
		{"alt-tab", "a\x1b\tb\r", []string{"a\tb"}},
	})
}

func TestMisc(t *testing.T) {
	runCases(t, []tcase{
		{"alt-#", "rm -rf /\x1b#", []string{"#rm -rf /"}},
		{"numeric insert", esc + "4" + "0-\r", []string{strings.Repeat("-", 40)}},
		{"meta digits extend", esc + "1" + esc + "2x\r", []string{strings.Repeat("x", 12)}},
		{"arg zero", esc + "0x\r", nil},
		{"arg capped", esc + "9999999x\r", []string{strings.Repeat("x", maxCount)}},
		{"alt-r revert", "junk\x1brls\r", []string{"ls"}},
		{"alt-? lists only", "ls\x1b?\r", []string{"ls"}},
	})
}

func TestAt(t *testing.T) {
	r := New()
	var got []Command
	got = append(got, r.Feed(1*time.Second, []byte("l"))...)
	got = append(got, r.Feed(2*time.Second, []byte("s\r"))...)
	got = append(got, r.Feed(3*time.Second, []byte("pwd\r"))...)
	got = append(got, r.Feed(4*time.Second, []byte("\n"))...) // CRLF pair of the previous
	got = append(got, r.Feed(5*time.Second, []byte(ps+"a\nb\n"+pe+"c"))...)
	got = append(got, r.Flush(6*time.Second)...)
	want := []Command{
		{Text: "ls", At: 2 * time.Second},
		{Text: "pwd", At: 3 * time.Second},
		{Text: "a", At: 5 * time.Second},
		{Text: "b", At: 5 * time.Second},
		{Text: "c", At: 6 * time.Second},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestFlushResets(t *testing.T) {
	r := New()
	r.Feed(0, []byte("abc"+esc+"["+ps+"x"))
	if got := r.Flush(0); len(got) != 1 {
		t.Fatalf("Flush = %+v", got)
	}
	if got := r.Flush(0); got != nil {
		t.Fatalf("second Flush = %+v", got)
	}
	// No paste mode, escape state or line left over.
	if got := r.Feed(0, []byte("ls\r")); len(got) != 1 || got[0].Text != "ls" {
		t.Errorf("after Flush: %+v", got)
	}
}

// TestPlainTyping checks random printable text with Enters against the
// obvious answer.
func TestPlainTyping(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for range 200 {
		var in strings.Builder
		var want []string
		for range rng.IntN(6) {
			var line []byte
			for range 1 + rng.IntN(30) {
				line = append(line, byte(0x21+rng.IntN(0x7e-0x21)))
			}
			want = append(want, string(line))
			in.Write(line)
			in.WriteString([]string{"\r", "\n", "\r\n"}[rng.IntN(3)])
		}
		got := reconstruct(t, in.String())
		if len(got) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got, want)) {
			t.Fatalf("%q: got %q want %q", in.String(), got, want)
		}
	}
}

// TestRandomChunkings feeds mixed realistic input in many chunkings.
func TestRandomChunkings(t *testing.T) {
	in := []byte(typingSession(3, 50) + ps + pasteText(2000) + pe + "\r")
	whole := feedChunks([][]byte{in})
	if len(whole) < 50 {
		t.Fatalf("only %d commands", len(whole))
	}
	if got := feedChunks(bytewise(in)); !reflect.DeepEqual(got, whole) {
		t.Fatalf("byte at a time differs")
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		if got := feedChunks(randomChunks(rng, in)); !reflect.DeepEqual(got, whole) {
			t.Fatalf("random chunking differs")
		}
	}
}

// keyVocabulary holds every key and sequence the Reconstructor knows, and
// some it must ignore.
var keyVocabulary = []string{
	"a", "b", " ", "-", "0", "7", "é", "日", "🙂", "e\u0301", "\xe6", "\xff", "\r", "\n", "\r\n",
	"\x00", "\x01", "\x02", "\x03", "\x04", "\x05", "\x06", "\x07", "\x08", "\t", "\x0b", "\x0c",
	"\x0e", "\x0f", "\x10", "\x11", "\x12", "\x13", "\x14", "\x15", "\x16", "\x17", "\x18", "\x19",
	"\x1a", "\x1c", "\x1d", "\x1e", "\x1f", "\x7f", esc, esc + esc,
	up, down, left, right, home, end, del, esc + "OA", esc + "OD", esc + "OH", esc + "OM",
	esc + "[1;5D", esc + "[1;5C", esc + "[5~", esc + "[1~", esc + "[4~",
	ps, pe, ps + "x\ny" + pe, esc + "[M !!", esc + "[[A", esc + "[<0;1;1M",
	esc + "]11;rgb:0/0/0\x07", esc + "]0;t" + esc + "\\", esc + "P1$r" + esc + "\\", esc + "_Gi=1" + esc + "\\",
	esc + "[97;5u", esc + "[98;3u", esc + "[13u", esc + "[27;5;117~",
	esc + "b", esc + "f", esc + "d", esc + "\x7f", esc + "u", esc + "l", esc + "c", esc + "t",
	esc + "y", esc + "\\", esc + "\t", esc + "#", esc + "\x1d", esc + "r", esc + "p", esc + "n",
	esc + "<", esc + ">", esc + ".", esc + "3", esc + "-", esc + "/", esc + "*", esc + "^", esc + "?",
}

func TestRandomKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for range 300 {
		var b strings.Builder
		for range 1 + rng.IntN(60) {
			b.WriteString(keyVocabulary[rng.IntN(len(keyVocabulary))])
		}
		reconstruct(t, b.String())
		if t.Failed() {
			t.FailNow()
		}
	}
}
