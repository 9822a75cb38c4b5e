package agent

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/sessionproto"
)

// shellReq is a shell session as root (the test's own user, so no user is
// switched or created) in the given shell.
func shellReq(shell string) sessionproto.OpenRequest {
	return sessionproto.OpenRequest{Kind: tether.SessionShell, RunAs: "root", Shell: shell}
}

func TestShellOutputAndExitStatus(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	for _, shell := range []string{"/bin/sh", "/bin/bash"} {
		t.Run(shell, func(t *testing.T) {
			t.Parallel()
			c := MustStart(t, shellReq(shell), Options{})
			c.input("echo hello; exit 3\n")
			out := c.MustExit(3)
			if !strings.Contains(out, "hello\r\n") { // the echoed command line has "hello;"
				t.Fatalf("no hello in %q", out)
			}
		})
	}
}

func TestShellEnvironment(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	req := shellReq("/bin/sh")
	req.Term = "vt100"
	c := MustStart(t, req, Options{})
	c.input(`echo "env:$TERM:$HOME:$USER:$LOGNAME:$SHELL:$(pwd):$(tty)"; exit` + "\n")
	out := c.MustExit(0)
	if !regexp.MustCompile(`env:vt100:/root:root:root:/bin/sh:/root:/dev/pts/\d+\r\n`).MatchString(out) {
		t.Fatalf("unexpected environment in %q", out)
	}
}

func TestShellResize(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	req := shellReq("/bin/bash")
	req.Cols, req.Rows = 90, 30
	c := MustStart(t, req, Options{})
	c.input("stty size\n")
	c.waitOutput("30 90\r\n")
	c.send(sessionproto.Resize, sessionproto.EncodeResize(132, 43))
	c.input("stty size; exit\n")
	c.waitOutput("43 132\r\n")
	c.MustExit(0)
}

// ^C typed by the user interrupts the foreground job, not the shell.
func TestShellCtrlCInterruptsForegroundJob(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	c := MustStart(t, shellReq("/bin/bash"), Options{})
	arg := "1000." + randomDigits(9)
	c.input("sleep " + arg + "\n")
	sleep := waitForForeground(t, "sleep", arg)
	c.input("\x03")
	c.input("echo rc=$?; exit 5\n")
	out := c.MustExit(5)
	if !strings.Contains(out, "rc=130") {
		t.Fatalf("sleep was not interrupted by SIGINT: %q", out)
	}
	if !dead(sleep.pid) {
		t.Fatalf("sleep %d still runs", sleep.pid)
	}
}

func TestShellProfileRunsFirst(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	req := shellReq("/bin/bash")
	req.ShellProfile = "cd /tmp\nexport TETHER_X=42\nalias hi='echo hi-from-alias'"
	c := MustStart(t, req, Options{})
	c.input(`echo "x=$TETHER_X dir=$(pwd)"; hi; exit` + "\n")
	out := c.MustExit(0)
	for _, want := range []string{"x=42 dir=/tmp\r\n", "hi-from-alias\r\n"} {
		if !strings.Contains(out, want) {
			t.Fatalf("no %q in %q", want, out)
		}
	}
}

// A terminal cannot be half-closed: after the client's EOF the shell keeps
// running, input is ignored, and the client may stop sending without that
// counting as leaving.
func TestShellEOFStopsInputOnly(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	c := MustStart(t, shellReq("/bin/bash"), Options{})
	c.input("echo pid=$$\n")
	m := pidLine.FindStringSubmatch(c.waitFor("pid", pidLine.MatchString))
	c.send(sessionproto.EOF, nil)
	c.input("exit 9\n") // after EOF: must be dropped
	if err := c.conn.CloseWrite(); err != nil {
		t.Fatal(err)
	}
	pid, _ := strconv.Atoi(m[1])
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	c.MustExit(128 + 9)
}

// A paste of 1 MiB arrives intact. The program reads the terminal in raw
// mode: in canonical mode the line discipline keeps at most 4 KiB of an
// unfinished line and drops the rest, on any terminal, so a paste without
// newlines cannot survive that; raw mode shows the agent itself loses
// nothing.
func TestShellLargePasteArrivesIntact(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	paste := make([]byte, 1<<20)
	rand.Read(paste)
	sum := sha256.Sum256(paste)
	file := t.TempDir() + "/paste"
	c := MustStart(t, shellReq("/bin/bash"), Options{})
	c.input("stty raw -echo; echo RE''ADY; head -c " + strconv.Itoa(len(paste)) + " > " + file + "; stty sane; sha256sum " + file + "\n")
	c.waitOutput("READY")
	c.send(sessionproto.Input, paste)
	c.waitOutput(hex.EncodeToString(sum[:]))
	c.input("exit\n")
	c.MustExit(0)
}

func TestShellSignalDeathMapsTo128PlusSignal(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	c := MustStart(t, shellReq("/bin/sh"), Options{})
	c.input("kill -KILL $$\n")
	c.MustExit(128 + 9)
}

var pidLine = regexp.MustCompile(`pid=(\d+)\r\n`)

// A client that disappears without EOF takes its shell and the shell's
// foreground job with it, even when they ignore SIGHUP.
func TestShellClientGoneKillsProcesses(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	for _, tc := range []struct {
		name, setup string
	}{
		{"hangup", ""},
		{"ignores hangup", "trap '' HUP; "}, // the ignored signal is inherited by sleep too
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := MustStart(t, shellReq("/bin/bash"), Options{HangupGrace: 100e6})
			arg := "1000." + randomDigits(9)
			c.input(tc.setup + "echo pid=$$; sleep " + arg + "\n")
			m := pidLine.FindStringSubmatch(c.waitFor("pid", pidLine.MatchString))
			shellPID, _ := strconv.Atoi(m[1])
			sleep := waitForForeground(t, "sleep", arg)

			c.conn.Close()
			if status, err := c.waitEnd(); err == nil || status != nil {
				t.Fatalf("ServeStream = %v with exit %v; want an error and no exit", err, status)
			}
			if !dead(shellPID) || !dead(sleep.pid) {
				t.Fatalf("shell %d dead: %v, sleep %d dead: %v", shellPID, dead(shellPID), sleep.pid, dead(sleep.pid))
			}
		})
	}
}

// A background job that keeps the terminal open does not keep the session
// open once the shell has exited.
func TestShellBackgroundJobDoesNotHoldSession(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	arg := "1000." + randomDigits(9)
	c := MustStart(t, shellReq("/bin/bash"), Options{})
	c.input("sleep " + arg + " & exit 0\n")
	c.MustExit(0)
	for _, st := range processes() {
		if st.state != 'Z' && cmdline(st.pid) == "sleep\x00"+arg+"\x00" {
			_ = killPID(st.pid)
		}
	}
}
