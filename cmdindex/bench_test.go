package cmdindex

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

var words = []string{"ls", "-la", "cd", "/var/log", "git", "status", "commit", "-m", "'fix build'",
	"grep", "-rn", "TODO", ".", "kubectl", "get", "pods", "-n", "prod", "docker", "ps", "sudo",
	"systemctl", "restart", "nginx", "tail", "-f", "syslog", "vim", "main.go", "make", "test"}

// typingSession returns n commands as a person types them: mostly plain
// characters, with typos fixed by Backspace, cursor moves, Tab and the
// occasional history recall or Ctrl-C.
func typingSession(seed uint64, n int) string {
	rng := rand.New(rand.NewPCG(seed, 1))
	var b strings.Builder
	for range n {
		for w := range 2 + rng.IntN(4) {
			if w > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.IntN(len(words))])
			switch rng.IntN(20) {
			case 0:
				b.WriteString("xq\x7f\x7f")
			case 1:
				b.WriteString(left + left + "é" + right + right)
			case 2:
				b.WriteByte('\t')
			case 3:
				b.WriteString("\x17")
			case 4:
				b.WriteString(esc + "b" + esc + "f")
			}
		}
		switch rng.IntN(30) {
		case 0:
			b.WriteString("\x03")
			continue
		case 1:
			b.WriteString(up)
		}
		b.WriteByte('\r')
	}
	return b.String()
}

// pasteText returns a shell script of n lines.
func pasteText(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "echo \"line %d: the quick brown fox jumps over the lazy dog\" >> /tmp/out.txt\n", i)
	}
	return b.String()
}

func BenchmarkFeedTyping(b *testing.B) {
	in := []byte(typingSession(1, 2000))
	// Keystrokes arrive a few bytes at a time.
	var chunks [][]byte
	rng := rand.New(rand.NewPCG(2, 2))
	for rest := in; len(rest) > 0; {
		n := min(len(rest), 1+rng.IntN(4))
		chunks = append(chunks, rest[:n])
		rest = rest[n:]
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		r := New()
		for _, c := range chunks {
			r.Feed(0, c)
		}
	}
}

func BenchmarkFeedTypingWhole(b *testing.B) {
	in := []byte(typingSession(1, 2000))
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		New().Feed(0, in)
	}
}

func BenchmarkFeedPaste(b *testing.B) {
	in := []byte(ps + pasteText(12000) + pe + "\r") // about 1 MB
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		r := New()
		for rest := in; len(rest) > 0; {
			n := min(len(rest), 4096)
			r.Feed(0, rest[:n])
			rest = rest[n:]
		}
	}
}

func BenchmarkFeedPasteOneLine(b *testing.B) {
	// A single 60 KB line (a long one-liner or base64 blob) pasted mid-line.
	in := []byte("echo '' | base64 -d" + strings.Repeat(left, 15) + ps + strings.Repeat("QUJD", 15000) + pe + "\r")
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		New().Feed(0, in)
	}
}

func BenchmarkMatch(b *testing.B) {
	cmds := strings.Split(pasteText(1000), "\n")
	for _, q := range []string{"lazy dog", "LINE 999", "echo*999*txt"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				for _, c := range cmds {
					Match(c, q)
				}
			}
		})
	}
}

// Adversarial input: the most work per input byte, which is proportional
// to the line length (bounded by MaxLineRunes).
func BenchmarkFeedWorstCase(b *testing.B) {
	long := strings.Repeat("x", MaxLineRunes)
	cases := map[string]string{
		"kill-yank":  long + strings.Repeat("\x15\x19", 20000),
		"mid-insert": strings.Repeat(long[:MaxLineRunes/2]+"\x01"+long[:MaxLineRunes/2]+"\x15", 2),
		"kill-word":  strings.Repeat("x ", MaxLineRunes/2) + "\x01" + strings.Repeat("\x1bd", 20000),
	}
	for name, in := range cases {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				New().Feed(0, []byte(in))
			}
		})
	}
}
