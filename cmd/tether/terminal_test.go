package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// An interactive shell in a real terminal: the CLI puts the terminal in raw
// mode, passes keys (Ctrl-C included) and window sizes through, exits with
// the shell's status, and leaves the terminal as it found it.
func TestInteractiveShellInATerminal(t *testing.T) {
	f := newFleet(t)
	bin := buildTether(t)
	cmd := exec.Command(bin, "connect", "prod-server01")
	cmd.Env = append(os.Environ(), "TETHER_CONFIG_DIR="+f.user1.configDir, "TERM=xterm")
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: 100, Rows: 30}); err != nil {
		t.Fatal(err)
	}
	before, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &unix.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var screen bytes.Buffer
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			mu.Lock()
			screen.Write(buf[:n])
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	seen := func(s string) func() bool {
		return func() bool { mu.Lock(); defer mu.Unlock(); return strings.Contains(screen.String(), s) }
	}
	eventually(t, "the session to start", seen("Starting session with SessionId"))
	io.WriteString(ptmx, "stty size; echo answer=$((6*7))\r")
	eventually(t, "the command's output", seen("answer=42"))
	eventually(t, "the terminal size to arrive", seen("30 100"))
	pty.Setsize(ptmx, &pty.Winsize{Cols: 120, Rows: 40}) // SIGWINCH in the CLI
	// Ask until the resize has crossed; it races the question.
	asked := time.Time{}
	eventually(t, "the new size", func() bool {
		if time.Since(asked) > time.Second {
			io.WriteString(ptmx, "stty size\r")
			asked = time.Now()
		}
		return seen("40 120")()
	})
	io.WriteString(ptmx, "sleep 100\r")
	time.Sleep(300 * time.Millisecond)
	io.WriteString(ptmx, "\x03") // Ctrl-C interrupts the remote sleep, not the CLI
	io.WriteString(ptmx, "echo still-here=$?\r")
	eventually(t, "the shell after Ctrl-C", seen("still-here=130"))
	io.WriteString(ptmx, "exit 3\r")
	err = cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
		t.Errorf("the CLI exited with %v, want status 3", err)
	}
	after, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if *after != *before {
		t.Errorf("the terminal was not restored:\nbefore %+v\nafter  %+v", before, after)
	}
	tty.Close()
}
