// Package asciinematest plays asciicast files with the real asciinema
// player in tests: `asciinema cat` needs a controlling terminal, which it
// gets here from a pseudo-terminal while its output stays a pipe.
package asciinematest

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"syscall"
	"testing"

	"github.com/creack/pty"
)

// Cat runs `asciinema cat FILE` and returns what it printed. Without
// asciinema the test is skipped, except with CI=true, where it fails.
func Cat(tb testing.TB, file string) []byte {
	tb.Helper()
	player, err := exec.LookPath("asciinema")
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatal("asciinema is not installed (apt-get install -y asciinema)")
		}
		tb.Skip("asciinema is not installed (apt-get install -y asciinema)")
	}
	ptmx, tty, err := pty.Open()
	if err != nil {
		tb.Fatalf("no pseudo-terminal for asciinema: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	go io.Copy(io.Discard, ptmx)
	cmd := exec.Command(player, "cat", file)
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "HOME="+tb.TempDir())
	cmd.Stdin = tty
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Run(); err != nil {
		tb.Fatalf("asciinema cat %s: %v\n%s", file, err, stderr.Bytes())
	}
	return stdout.Bytes()
}
