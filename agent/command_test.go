package agent

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/sessionproto"
)

func commandReq(command string) sessionproto.OpenRequest {
	return sessionproto.OpenRequest{Kind: tether.SessionCommand, RunAs: "root", Command: command}
}

func TestCommandSeparatesStdoutAndStderr(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	c := MustStart(t, commandReq("echo out; echo err >&2; echo more; exit 4"), Options{})
	out := c.MustExit(4)
	if out != "out\nmore\n" || c.stderr.String() != "err\n" {
		t.Fatalf("stdout %q, stderr %q", out, c.stderr.String())
	}
}

func TestCommandReadsStdinUntilEOF(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	c := MustStart(t, commandReq("tr a-z A-Z; echo done"), Options{})
	c.input("hello\n")
	c.input("world")
	c.send(sessionproto.Resize, sessionproto.EncodeResize(10, 10)) // no terminal: ignored
	c.send(sessionproto.EOF, nil)
	if err := c.conn.CloseWrite(); err != nil {
		t.Fatal(err)
	}
	if out := c.MustExit(0); out != "HELLO\nWORLDdone\n" {
		t.Fatalf("stdout %q", out)
	}
}

func TestCommandLargeOutput(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	c := MustStart(t, commandReq("head -c 3000000 /dev/zero"), Options{})
	if out := c.MustExit(0); len(out) != 3000000 {
		t.Fatalf("%d bytes of output", len(out))
	}
}

func TestCommandKilledBySignal(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	c := MustStart(t, commandReq("kill -TERM $$"), Options{})
	c.MustExit(128 + 15)
}

// A background child holding stdout open must not hold the session open.
func TestCommandBackgroundChildDoesNotHoldSession(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	arg := "1000." + randomDigits(9)
	c := MustStart(t, commandReq("sleep "+arg+" & echo started"), Options{})
	if out := c.MustExit(0); out != "started\n" {
		t.Fatalf("stdout %q", out)
	}
	for _, st := range processes() {
		if st.state != 'Z' && cmdline(st.pid) == "sleep\x00"+arg+"\x00" {
			_ = killPID(st.pid)
		}
	}
}

func TestCommandClientGoneKillsGroup(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	arg := "1000." + randomDigits(9)
	c := MustStart(t, commandReq("trap '' HUP; echo started; sleep "+arg+"; echo never"), Options{HangupGrace: 100e6})
	c.waitOutput("started\n")
	sleep := waitForProcess(t, "sleep", arg)
	c.conn.Close()
	if status, err := c.waitEnd(); err == nil || status != nil {
		t.Fatalf("ServeStream = %v with exit %v; want an error and no exit", err, status)
	}
	if !dead(sleep.pid) {
		t.Fatalf("sleep %d still runs", sleep.pid)
	}
}

func TestCommandMissingShellIsReported(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	req := commandReq("true")
	req.Shell = "/nonexistent/sh"
	c := MustStart(t, req, Options{})
	status, err := c.waitEnd()
	if err != nil || status != nil {
		t.Fatalf("ServeStream = %v, exit %v; want nil and no exit", err, status)
	}
	if !strings.Contains(c.errMsg, "cannot start /nonexistent/sh as root") {
		t.Fatalf("error message %q", c.errMsg)
	}
}

func TestServeStreamRejectsInvalidRequest(t *testing.T) {
	agentEnd, _ := MustTCPPair(t)
	err := ServeStream(context.Background(), agentEnd, sessionproto.OpenRequest{Kind: "telnet", SessionID: "x"}, Options{})
	if tether.ErrorCode(err) != tether.EINVALID || !strings.Contains(err.Error(), `Kind "telnet"`) {
		t.Fatalf("err = %v", err)
	}
	if _, werr := agentEnd.Write([]byte("x")); werr != nil {
		t.Fatalf("ServeStream closed the stream it rejected: %v", werr)
	}
}

// Commands in parallel sessions share the agent's Writer-free state only
// through the process table; this catches races in the session plumbing.
func TestCommandsInParallel(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 8 {
		wg.Go(func() {
			c := MustStart(t, commandReq("cat"), Options{})
			want := strings.Repeat(string(rune('a'+i)), 100000)
			c.input(want)
			c.send(sessionproto.EOF, nil)
			status, err := c.waitEnd()
			switch {
			case err != nil:
				errs <- err
			case status == nil || *status != 0:
				errs <- errors.New("no exit 0")
			case c.output() != want:
				errs <- errors.New("output differs from input")
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
