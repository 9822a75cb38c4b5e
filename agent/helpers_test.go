package agent

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/tetherhq/tether/sessionproto"
)

// hangGuard only turns a hang into a failure with a message; no test
// depends on anything finishing within it.
const hangGuard = 2 * time.Minute

// MustTCPPair returns two ends of a loopback TCP connection. It stands in
// for a transport stream: ordered, flow-controlled, with half-close.
func MustTCPPair(tb testing.TB) (agentEnd, clientEnd *net.TCPConn) {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer ln.Close()
	accepted := make(chan net.Conn, 1)
	go func() {
		c, _ := ln.Accept()
		accepted <- c
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		tb.Fatal(err)
	}
	a := <-accepted
	if a == nil {
		tb.Fatal("accept failed")
	}
	tb.Cleanup(func() { a.Close(); c.Close() })
	return a.(*net.TCPConn), c.(*net.TCPConn)
}

// client is the user's end of a shell or command session under test.
type client struct {
	tb     testing.TB
	conn   *net.TCPConn
	w      *sessionproto.Writer
	served chan error // what ServeStream returned

	mu      sync.Mutex
	out     bytes.Buffer
	stderr  bytes.Buffer
	exit    *int32
	errMsg  string
	changed chan struct{} // poked after each message
	done    chan struct{} // closed when the agent's side of the stream ends
}

// MustStart serves req on a new stream and returns the client end.
func MustStart(tb testing.TB, req sessionproto.OpenRequest, opts Options) *client {
	tb.Helper()
	if req.SessionID == "" {
		req.SessionID = "test-" + tb.Name()
	}
	agentEnd, clientEnd := MustTCPPair(tb)
	c := &client{
		tb: tb, conn: clientEnd, w: sessionproto.NewWriter(clientEnd), served: make(chan error, 1),
		changed: make(chan struct{}, 1), done: make(chan struct{}),
	}
	go func() { c.served <- ServeStream(context.Background(), agentEnd, req, opts) }()
	go c.read()
	return c
}

func (c *client) read() {
	defer close(c.done)
	r := sessionproto.NewReader(c.conn)
	for {
		m, err := r.ReadMessage()
		if err != nil {
			return
		}
		c.mu.Lock()
		switch m.Type {
		case sessionproto.Output:
			c.out.Write(m.Payload)
		case sessionproto.Stderr:
			c.stderr.Write(m.Payload)
		case sessionproto.Error:
			c.errMsg = string(m.Payload)
		case sessionproto.Exit:
			status, err := sessionproto.DecodeExit(m.Payload)
			if err != nil {
				c.tb.Errorf("bad exit: %v", err)
			}
			c.exit = &status
		default:
			c.tb.Errorf("agent sent a %s message", m.Type)
		}
		c.mu.Unlock()
		select {
		case c.changed <- struct{}{}:
		default:
		}
	}
}

func (c *client) send(t sessionproto.Type, p []byte) {
	c.tb.Helper()
	for len(p) > sessionproto.MaxPayload {
		c.send(t, p[:sessionproto.MaxPayload])
		p = p[sessionproto.MaxPayload:]
	}
	if err := c.w.WriteMessage(t, p); err != nil {
		c.tb.Fatalf("sending %s: %v", t, err)
	}
}

func (c *client) input(s string) { c.tb.Helper(); c.send(sessionproto.Input, []byte(s)) }

func (c *client) output() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.out.String()
}

// waitFor waits until cond holds for the output so far.
func (c *client) waitFor(what string, cond func(out string) bool) string {
	c.tb.Helper()
	guard := time.NewTimer(hangGuard)
	defer guard.Stop()
	for {
		if out := c.output(); cond(out) {
			return out
		}
		select {
		case <-c.changed:
		case <-c.done:
			if out := c.output(); cond(out) {
				return out
			}
			c.tb.Fatalf("stream ended before %s; output so far:\n%q", what, c.output())
		case <-guard.C:
			c.tb.Fatalf("no %s after %s; output so far:\n%q", what, hangGuard, c.output())
		}
	}
}

func (c *client) waitOutput(substr string) string {
	c.tb.Helper()
	return c.waitFor(strings.TrimSpace(substr), func(out string) bool { return strings.Contains(out, substr) })
}

// waitEnd waits for the agent to end the stream and ServeStream to return,
// and returns the exit status (nil if none) and what ServeStream returned.
func (c *client) waitEnd() (*int32, error) {
	c.tb.Helper()
	select {
	case <-c.done:
	case <-time.After(hangGuard):
		c.tb.Fatalf("session did not end; output so far:\n%q", c.output())
	}
	c.conn.Close() // what a client does after the last message
	var err error
	select {
	case err = <-c.served:
	case <-time.After(hangGuard):
		c.tb.Fatal("ServeStream did not return")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.exit, err
}

// MustExit waits for the end and fails unless the session exited with want
// and ServeStream returned nil.
func (c *client) MustExit(want int32) string {
	c.tb.Helper()
	status, err := c.waitEnd()
	if err != nil {
		c.tb.Fatalf("ServeStream: %v", err)
	}
	if status == nil {
		c.tb.Fatalf("no Exit message (error %q); output:\n%q", c.errMsg, c.output())
	}
	if *status != want {
		c.tb.Fatalf("exit status %d, want %d; output:\n%q", *status, want, c.output())
	}
	return c.output()
}

func randomDigits(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	for i := range b {
		b[i] = '0' + b[i]%10
	}
	return string(b)
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// MustTempUser returns the name of a user that does not exist yet and
// deletes it (with its home) when the test ends, whoever created it.
func MustTempUser(tb testing.TB) string {
	tb.Helper()
	name := "tt" + randomHex(6)
	tb.Cleanup(func() { deleteUser(tb, name) })
	return name
}

func deleteUser(tb testing.TB, name string) {
	if _, err := lookupAccount(context.Background(), name); errors.Is(err, errNoSuchUser) {
		return
	}
	if out, err := exec.Command("userdel", "-r", name).CombinedOutput(); err != nil {
		// userdel -r complains about a missing mail spool and still deletes.
		if _, err := lookupAccount(context.Background(), name); err == nil {
			tb.Errorf("userdel %s: %v: %s", name, err, out)
		}
	}
}

func requireRoot(tb testing.TB) {
	tb.Helper()
	if os.Geteuid() != 0 {
		tb.Skip("needs root: switches users and creates them")
	}
}

// waitForForeground finds the live process whose command line is exactly
// args, waiting until it exists and its terminal has been handed to it, so
// that keys typed now reach it.
func waitForForeground(tb testing.TB, args ...string) procStat {
	tb.Helper()
	return waitForProcessWhere(tb, args, func(st procStat) bool { return st.tpgid == st.pgrp })
}

// waitForProcess finds the live process whose command line is exactly
// args, waiting until it exists.
func waitForProcess(tb testing.TB, args ...string) procStat {
	tb.Helper()
	return waitForProcessWhere(tb, args, func(procStat) bool { return true })
}

func waitForProcessWhere(tb testing.TB, args []string, ok func(procStat) bool) procStat {
	tb.Helper()
	want := strings.Join(args, "\x00") + "\x00"
	deadline := time.Now().Add(hangGuard)
	for time.Now().Before(deadline) {
		for _, st := range processes() {
			if st.state != 'Z' && cmdline(st.pid) == want && ok(st) {
				return st
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	tb.Fatalf("no such process %q", args)
	return procStat{}
}

func cmdline(pid int) string {
	b, _ := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
	return string(b)
}

func killPID(pid int) error { return syscall.Kill(pid, syscall.SIGKILL) }

// dead reports whether pid has exited (a zombie counts: it has exited and
// only waits for its parent).
func dead(pid int) bool {
	st, err := readProcStat(pid)
	return err != nil || st.state == 'Z' || st.state == 'X'
}
