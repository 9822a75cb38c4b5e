package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"strings"
	"testing"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// fleet is the seed's setup: the SSO configuration, and two instances with
// running agents tagged as the seed's Table 1.
type fleet struct {
	ts                  *testServer
	admin, user1, user2 *cli
	devID, prodID       string
	devDir, prodDir     string
	devAgent, prodAgent *background
}

func newFleet(t *testing.T) *fleet {
	return newFleetVia(t, startServer(t, ""), "")
}

// newFleetVia builds the fleet on ts; agents reach the server at agentURL
// (through a proxy, say) when it is set.
func newFleetVia(t *testing.T, ts *testServer, agentURL string) *fleet {
	f := &fleet{ts: ts, admin: newCLI(t)}
	f.admin.login(ts, "admin", adminPassword)
	for _, env := range []string{"Production", "Development"} {
		user := map[string]string{"Production": "testuser01", "Development": "testuser02"}[env]
		f.admin.ok("", "admin", "groups", "create", env+"Access")
		f.admin.ok("", "admin", "users", "create", user, "--email", user+"@example.com", "--group", env+"Access")
		f.admin.ok(userPassword(user)+"\n", "admin", "users", "set-password", user, "--password-stdin")
		f.admin.ok("", "admin", "permission-sets", "create", env+"PermissionSet", "--policy-file", "../../examples/policies/"+env+"PermissionSet.json")
		f.admin.ok("", "admin", "assignments", "create", "--group", env+"Access", "--permission-set", env+"PermissionSet")
	}
	var act api.CreateActivationResponse
	f.admin.okJSON(&act, "admin", "activations", "create", "--limit", "2")
	agentTS := *ts
	if agentURL != "" {
		agentTS.url = agentURL
	}
	f.devDir, f.devID = registerAgent(t, &agentTS, act.ActivationId, act.ActivationCode, "dev-server01", "Development")
	f.prodDir, f.prodID = registerAgent(t, &agentTS, act.ActivationId, act.ActivationCode, "prod-server01", "Production")
	f.devAgent = newCLI(t).start("agent", "run", "--state-dir", f.devDir)
	f.prodAgent = newCLI(t).start("agent", "run", "--state-dir", f.prodDir)
	f.waitBoth(t, tether.PingOnline)
	f.user1, f.user2 = newCLI(t), newCLI(t)
	f.user1.login(ts, "testuser01", userPassword("testuser01"))
	f.user2.login(ts, "testuser02", userPassword("testuser02"))
	return f
}

// The seed's tests 1 and 2: each user runs commands on the instance of
// their project and is refused on the other, with a message naming the
// action and the resource.
func TestSeedSessionTests(t *testing.T) {
	f := newFleet(t)
	for _, tc := range []struct {
		user         *cli
		name         string
		mine, theirs string
		theirID      string
	}{
		{f.user1, "testuser01", "prod-server01", "dev-server01", f.devID},
		{f.user2, "testuser02", "dev-server01", "prod-server01", f.prodID},
	} {
		r := tc.user.run("", "connect", tc.mine, "--command", "echo hello from $(hostname); id -un; echo oops >&2; exit 7")
		if r.code != 7 || !strings.Contains(r.stdout, "hello from") || !strings.Contains(r.stdout, "ssm-user") || !strings.Contains(r.stderr, "oops") {
			t.Errorf("%s on %s: exit %d\nstdout: %s\nstderr: %s", tc.name, tc.mine, r.code, r.stdout, r.stderr)
		}
		stderr := tc.user.fails(exitDenied, "", "connect", tc.theirs, "--command", "true")
		mustContain(t, stderr, "TetherReserved_", "/"+tc.name, "is not authorized to perform: ssm:StartSession",
			"on resource: arn:aws:ssm:us-east-1:", ":managed-instance/"+tc.theirID)
		// Piped input reaches the command; a clean exit is status 0.
		r = tc.user.run("line one\nline two\n", "connect", tc.mine, "--command", "wc -l")
		if r.code != 0 || strings.TrimSpace(r.stdout) != "2" {
			t.Errorf("%s piped input: exit %d, stdout %q, stderr %q", tc.name, r.code, r.stdout, r.stderr)
		}
	}

	// A user's SSMSessionRunAs tag picks the OS user sessions run as.
	f.admin.ok("", "admin", "users", "tag", "testuser01", "SSMSessionRunAs=root")
	if out := f.user1.ok("", "connect", "prod-server01", "--command", "id -un"); out != "root\n" {
		t.Errorf("run as root: %q", out)
	}
	f.admin.ok("", "admin", "users", "untag", "testuser01", "SSMSessionRunAs")

	// History shows each session with its owner, status and exit code.
	var hist api.Sessions
	f.admin.okJSON(&hist, "sessions", "--history")
	if len(hist.Sessions) != 5 {
		t.Fatalf("history has %d sessions: %+v", len(hist.Sessions), hist.Sessions)
	}
	var user2Session string
	for _, s := range hist.Sessions {
		if s.Status != tether.SessionTerminated || s.ExitCode == nil || !strings.HasPrefix(s.ID, s.Owner+"-") || len(s.ID) != len(s.Owner)+18 {
			t.Errorf("session %+v", s)
		}
		if s.Owner == "testuser02" {
			user2Session = s.ID
		}
	}
	// Users terminate only their own sessions (the seed's session/${aws:username}-* rule).
	mustContain(t, f.user1.fails(exitDenied, "", "terminate", user2Session), "ssm:TerminateSession", "session/"+user2Session)
	f.user2.ok("", "terminate", user2Session)
}

// echoServer accepts TCP connections and echoes what they send.
func echoServer(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { io.Copy(c, c); c.Close() }()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port
}

func TestPortForwardAndProxy(t *testing.T) {
	f := newFleet(t)
	port := echoServer(t)
	local := forwardAddr(t, f.user1.start("forward", "prod-server01", "--port", fmt.Sprint(port)))
	for i := 0; i < 3; i++ { // several connections over one session
		c, err := net.Dial("tcp", local)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(c, "ping %d\n", i)
		line, err := bufio.NewReader(c).ReadString('\n')
		if err != nil || line != fmt.Sprintf("ping %d\n", i) {
			t.Errorf("echo through the forward: %q, %v", line, err)
		}
		c.Close()
	}
	// To a host as the instance reaches it; a refused connection is reported.
	remoteLocal := forwardAddr(t, f.user1.start("forward", "prod-server01", "--host", "localhost", "--port", fmt.Sprint(port)))
	c, err := net.Dial("tcp", remoteLocal)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(c, "far\n")
	if line, err := bufio.NewReader(c).ReadString('\n'); line != "far\n" {
		t.Errorf("remote forward echoed %q, %v", line, err)
	}
	c.Close()
	closed := freePort(t)
	refused := f.user1.start("forward", "prod-server01", "--port", fmt.Sprint(closed))
	refusedLocal := forwardAddr(t, refused)
	if c, err := net.Dial("tcp", refusedLocal); err == nil {
		io.Copy(io.Discard, c) // closed by the CLI once the agent's dial fails
		c.Close()
	}
	eventually(t, "the refusal to be reported", func() bool { return strings.Contains(refused.out.String(), "connection refused") })

	out := f.user1.ok("hello through proxy\n", "proxy", "prod-server01", fmt.Sprint(port))
	if out != "hello through proxy\n" {
		t.Errorf("proxy echoed %q", out)
	}
	f.user2.fails(exitDenied, "", "forward", "prod-server01", "--port", fmt.Sprint(port))
}

// forwardAddr waits for a running `tether forward` to say where it listens.
func forwardAddr(t *testing.T, fwd *background) string {
	var addr string
	eventually(t, "the forward to listen", func() bool {
		_, rest, ok := strings.Cut(fwd.out.String(), "Port ")
		if ok {
			addr = strings.Fields(rest)[0]
		}
		return ok
	})
	return addr
}

// waitBoth waits until both instances show status.
func (f *fleet) waitBoth(t *testing.T, status tether.PingStatus) {
	eventually(t, "both instances "+string(status), func() bool {
		m := instancesByName(f.admin)
		return m["dev-server01"].PingStatus == status && m["prod-server01"].PingStatus == status
	})
}
