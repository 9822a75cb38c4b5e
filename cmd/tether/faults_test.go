package main

import (
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// cutProxy is a TCP proxy whose path can be cut and restored, standing in
// for the network between an agent and the server.
type cutProxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	cut    bool
	conns  map[net.Conn]bool
}

func newCutProxy(t *testing.T, target string) *cutProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &cutProxy{ln: ln, target: target, conns: map[net.Conn]bool{}}
	t.Cleanup(func() { ln.Close(); p.setCut(true) })
	go p.serve()
	return p
}

func (p *cutProxy) url() string { return "https://" + p.ln.Addr().String() }

func (p *cutProxy) serve() {
	for {
		down, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		if p.cut {
			p.mu.Unlock()
			down.Close()
			continue
		}
		up, err := net.Dial("tcp", p.target)
		if err != nil {
			p.mu.Unlock()
			down.Close()
			continue
		}
		p.conns[down], p.conns[up] = true, true
		p.mu.Unlock()
		go func() { io.Copy(up, down); up.Close() }()
		go func() { io.Copy(down, up); down.Close() }()
	}
}

// setCut cuts the path (dropping every connection on it) or restores it.
func (p *cutProxy) setCut(cut bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cut = cut
	if cut {
		for c := range p.conns {
			c.Close()
		}
		p.conns = map[net.Conn]bool{}
	}
}

func sessionByID(t *testing.T, c *cli, id string) tether.Session {
	var hist api.Sessions
	c.okJSON(&hist, "sessions", "--history")
	for _, s := range hist.Sessions {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("session %s is not in the history", id)
	return tether.Session{}
}

func activeSessionID(t *testing.T, c *cli) string {
	var live api.Sessions
	var id string
	eventually(t, "a session to be Connected", func() bool {
		c.okJSON(&live, "sessions")
		for _, s := range live.Sessions {
			if s.Status == tether.SessionConnected {
				id = s.ID
			}
		}
		return id != ""
	})
	return id
}

// A server restart cuts open sessions with a clear message and status
// Failed; the agents come back by themselves.
func TestServerRestart(t *testing.T) {
	f := newFleet(t)
	sess := f.user1.start("connect", "prod-server01", "--command", "echo started; sleep 300")
	eventually(t, "the command to start", func() bool { return strings.Contains(sess.out.String(), "started") })
	id := activeSessionID(t, f.admin)

	f.ts.restart()
	if code := <-sess.done; code == 0 || !strings.Contains(sess.out.String(), "the server shut down") {
		t.Errorf("the cut session exited %d:\n%s", code, sess.out)
	}
	sess.done <- 1
	if s := sessionByID(t, f.admin, id); s.Status != tether.SessionFailed || s.Details != "the server shut down" || s.EndedAt.IsZero() {
		t.Errorf("after the restart the session is %+v", s)
	}
	f.waitBoth(t, tether.PingOnline)
	if out := f.user1.ok("", "connect", "prod-server01", "--command", "echo back"); out != "back\n" {
		t.Errorf("after the restart: %q", out)
	}
}

// An agent that dies ends its sessions the same way.
func TestAgentKilled(t *testing.T) {
	f := newFleet(t)
	sess := f.user1.start("connect", "prod-server01", "--command", "echo started; sleep 300")
	eventually(t, "the command to start", func() bool { return strings.Contains(sess.out.String(), "started") })
	id := activeSessionID(t, f.admin)
	f.prodAgent.stop()
	if code := <-sess.done; code == 0 || !strings.Contains(sess.out.String(), "disconnected") {
		t.Errorf("the session of the dead agent exited %d:\n%s", code, sess.out)
	}
	sess.done <- 1
	s := sessionByID(t, f.admin, id)
	if s.Status != tether.SessionFailed || !strings.Contains(s.Details, "agent of instance "+f.prodID+" disconnected") {
		t.Errorf("the session of the dead agent is %+v", s)
	}
	mustContain(t, f.user1.fails(exitFailure, "", "connect", "prod-server01", "--command", "true"), "not connected")
}

// Cutting the network between an agent and the server makes the instance
// ConnectionLost; restoring it brings the instance back Online.
func TestNetworkCut(t *testing.T) {
	ts := startServer(t, "")
	proxy := newCutProxy(t, strings.TrimPrefix(ts.url, "https://"))
	f := newFleetVia(t, ts, proxy.url())
	proxy.setCut(true)
	f.waitBoth(t, tether.PingConnectionLost)
	mustContain(t, f.user2.fails(exitFailure, "", "connect", "dev-server01", "--command", "true"), "ConnectionLost")
	proxy.setCut(false)
	f.waitBoth(t, tether.PingOnline)
	if out := f.user2.ok("", "connect", "dev-server01", "--command", "echo reconnected"); out != "reconnected\n" {
		t.Errorf("after the cut: %q", out)
	}
}

// A network blip between the CLI and the server does not end a session: the
// CLI resumes it, and no output or input is lost or repeated.
func TestClientResumesAfterNetworkBlip(t *testing.T) {
	f := newFleet(t)
	proxy := newCutProxy(t, strings.TrimPrefix(f.ts.url, "https://"))
	user := newCLI(t)
	user.ok(userPassword("testuser01")+"\n", "login", "--server", proxy.url(), "--ca-file", f.ts.caFile,
		"--user", "testuser01", "--password-stdin")
	stdin, typing := io.Pipe()
	sess := user.startWithInput(stdin, "connect", "prod-server01", "--command",
		"read first; echo got $first; for i in $(seq 1 100); do echo line $i; sleep 0.02; done; read second; echo got $second")
	io.WriteString(typing, "one\n")
	eventually(t, "output to flow", func() bool { return strings.Contains(sess.out.String(), "line 10\n") })

	proxy.setCut(true) // the connection breaks mid-output; the command goes on
	eventually(t, "the CLI to notice", func() bool { return strings.Contains(sess.out.String(), "connection lost") })
	io.WriteString(typing, "two\n") // typed while disconnected
	var id string
	eventually(t, "the session Disconnected", func() bool {
		var live api.Sessions
		f.admin.okJSON(&live, "sessions")
		for _, s := range live.Sessions {
			if s.Status == tether.SessionDisconnected {
				id = s.ID
			}
		}
		return id != ""
	})
	proxy.setCut(false)
	typing.Close()
	if code := <-sess.done; code != 0 {
		t.Fatalf("the resumed session exited %d:\n%s", code, sess.out)
	}
	sess.done <- 0
	out := sess.out.String()
	mustContain(t, out, "resumed", "got one\n", "got two\n")
	for i := 1; i <= 100; i++ {
		if n := strings.Count(out, fmt.Sprintf("line %d\n", i)); n != 1 {
			t.Errorf("line %d appears %d times", i, n)
		}
	}
	if s := sessionByID(t, f.admin, id); s.Status != tether.SessionTerminated || s.ExitCode == nil || *s.ExitCode != 0 {
		t.Errorf("the resumed session ended as %+v", s)
	}
}

// The server ends sessions that sit idle, and any session at its maximum
// duration, saying which.
func TestSessionTimeouts(t *testing.T) {
	f := newFleetVia(t, startServer(t, "", "--idle-timeout", "1s", "--max-session-duration", "4s"), "")
	mustContain(t, f.user1.fails(exitFailure, "", "connect", "prod-server01", "--command", "sleep 60"), "idle for 1s")
	busy := f.user1.run("", "connect", "prod-server01", "--command", "while true; do echo tick; sleep 0.2; done")
	if busy.code == 0 || !strings.Contains(busy.stderr, "maximum duration of 4s") || !strings.Contains(busy.stdout, "tick") {
		t.Errorf("busy session: exit %d\nstdout: %s\nstderr: %s", busy.code, busy.stdout, busy.stderr)
	}
	var hist api.Sessions
	f.admin.okJSON(&hist, "sessions", "--history")
	if len(hist.Sessions) != 2 || hist.Sessions[0].Status != tether.SessionTerminated || !strings.Contains(hist.Sessions[0].Details, "maximum duration") ||
		!strings.Contains(hist.Sessions[1].Details, "idle") {
		t.Errorf("history: %+v", hist.Sessions)
	}
}

// The server's run-as user and shell profile reach every shell session.
func TestRunAsAndShellProfile(t *testing.T) {
	f := newFleetVia(t, startServer(t, "", "--run-as", "root", "--shell-profile", "export GREETING=profiled"), "")
	r := f.user1.run("echo user=$(id -un) greeting=$GREETING\nexit 4\n", "connect", "prod-server01")
	if r.code != 4 || !strings.Contains(r.stdout, "user=root greeting=profiled") {
		t.Errorf("shell with profile: exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
}
