package cmdindex

import (
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	cases := []struct {
		cmd, q string
		want   bool
	}{
		{"git push origin main", "push", true},
		{"git push origin main", "PUSH ORIGIN", true},
		{"sudo GIT PUSH", "git push", true},
		{"git push", "pull", false},
		{"anything", "", true},
		{"", "", true},
		{"", "x", false},
		{"ÉCOLE", "école", true},
		{"Kelvin: \u212a", "k", true}, // Kelvin sign folds with k
		{"straße", "STRASSE", false},
		{"ls *.go", "*.go", true}, // glob: ends with .go
		{"ssh prod-1", "ssh *", true},
		{"sudo ssh prod-1", "ssh *", false}, // anchored
		{"sudo ssh prod-1", "*ssh *", true},
		{"rm -rf /tmp/x", "*rm*-rf*", true},
		{"rm /tmp/x -rf", "*-rf*rm*", false},
		{"tar czf a.tar.gz dir", "*.tar.gz", false},
		{"tar czf a.tar.gz", "*.tar.gz", true},
		{"tar czf a.TAR.GZ", "tar*.tar.gz", true},
		{"abc", "*", true},
		{"", "*", true},
		{"abc", "**", true},
		{"abc", "a*b*c", true},
		{"abc", "a*b*b*c", false},
		{"aXbXc", "a*X*c", true},
		{"ab", "a*b*", true},
		{"ab", "*ab*ab*", false},
		{"rm *.log", "rm \\*.log", true},  // literal star: whole-command match
		{"rm a.log", "rm \\*.log", false}, // \* is not a wildcard
		{"rm *.log", "*\\**", true},
		{`C:\dir`, `c:\dir`, true},  // no star: backslash literal
		{`C:\dir x`, `c:\\*`, true}, // glob: \\ is a backslash
		{`C:\dir x`, `*\d*`, true},  // other backslashes literal
		{"日本語のコマンド", "*コマンド", true},
	}
	for _, c := range cases {
		if got := Match(c.cmd, c.q); got != c.want {
			t.Errorf("Match(%q, %q) = %v, want %v", c.cmd, c.q, got, c.want)
		}
	}
}

func FuzzMatch(f *testing.F) {
	f.Add("git push", "*push")
	f.Add(`rm \* *.log`, "rm*")
	f.Fuzz(func(t *testing.T, cmd, q string) {
		Match(cmd, q) // must not panic
		if !Match(cmd, "") || !Match(cmd, "*") {
			t.Fatalf("%q does not match the empty query or *", cmd)
		}
		if !strings.Contains(cmd, "*") && !Match(cmd, cmd) {
			t.Fatalf("%q does not contain itself", cmd)
		}
		lit := strings.NewReplacer(`\`, `\\`, "*", `\*`).Replace(cmd)
		if !Match(cmd, lit+"*") || !Match(cmd, "*"+lit) || !Match(cmd, "*"+lit+"*") {
			t.Fatalf("%q does not match its escaped glob %q", cmd, lit)
		}
		if Match(cmd, lit+"x*") {
			t.Fatalf("%q matches longer globs", cmd)
		}
	})
}
