package agent

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/sessionproto"
)

// The default run-as user is created on first use, and the shell runs as
// it, in its home, on a terminal it owns.
func TestRunAsCreatesDefaultUser(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	name := MustTempUser(t)
	c := MustStart(t, sessionproto.OpenRequest{Kind: tether.SessionShell, Shell: "/bin/sh"}, Options{DefaultRunAs: name})
	c.input(`echo "who=$(id -un) home=$(pwd) tty=$(stat -c %U "$(tty)")"; exit` + "\n")
	out := c.MustExit(0)
	want := "who=" + name + " home=/home/" + name + " tty=" + name + "\r\n"
	if !strings.Contains(out, want) {
		t.Fatalf("want %q in %q", want, out)
	}
}

// Sessions opening at once for a missing default user must not trip over
// each other creating it.
func TestRunAsConcurrentCreation(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	name := MustTempUser(t)
	var wg sync.WaitGroup
	outs := make([]string, 3)
	for i := range outs {
		wg.Go(func() {
			c := MustStart(t, sessionproto.OpenRequest{Kind: tether.SessionCommand, Command: "id -un"}, Options{DefaultRunAs: name})
			if status, err := c.waitEnd(); err != nil || status == nil || *status != 0 {
				t.Errorf("session %d: ServeStream %v, exit %v, error message %q", i, err, status, c.errMsg)
			}
			outs[i] = c.output()
		})
	}
	wg.Wait()
	for i, out := range outs {
		if out != name+"\n" {
			t.Errorf("session %d ran as %q", i, out)
		}
	}
}

// Out of the box the default is ssm-user. Creating and deleting that
// account here could pull it from under another package's tests using it
// at the same time, so creation is tested with a default of the test's own
// (above), and ssm-user itself only when it is already there.
func TestRunAsSSMUserByDefault(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	if got := (Options{}).withDefaults().DefaultRunAs; got != "ssm-user" {
		t.Fatalf("default run-as user %q", got)
	}
	a, err := lookupAccount(context.Background(), DefaultRunAs)
	if err != nil {
		return
	}
	c := MustStart(t, sessionproto.OpenRequest{Kind: tether.SessionCommand, Command: "id -un; echo $HOME"}, Options{})
	if out := c.MustExit(0); out != "ssm-user\n"+a.home+"\n" {
		t.Fatalf("ran as %q", out)
	}
}

// A named user that does not exist is an error, and is not created.
func TestRunAsUnknownUser(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	name := MustTempUser(t)
	for _, kind := range []tether.SessionKind{tether.SessionShell, tether.SessionCommand} {
		req := sessionproto.OpenRequest{Kind: kind, RunAs: name}
		if kind == tether.SessionCommand {
			req.Command = "id"
		}
		c := MustStart(t, req, Options{})
		status, err := c.waitEnd()
		if err != nil || status != nil {
			t.Fatalf("%s: ServeStream = %v, exit %v; want nil and no exit", kind, err, status)
		}
		if want := "user " + name + " does not exist on this instance"; c.errMsg != want {
			t.Fatalf("%s: error message %q, want %q", kind, c.errMsg, want)
		}
	}
	if _, err := lookupAccount(context.Background(), name); !errors.Is(err, errNoSuchUser) {
		t.Fatalf("%s exists after the sessions: %v", name, err)
	}
}

// An agent that is not root can only be itself. The decision is tested
// directly: the test process is root and cannot become an unprivileged
// agent without re-executing itself.
func TestRunAsWithoutRoot(t *testing.T) {
	self := currentUser(t)
	for _, tc := range []struct{ name, want string }{
		{"ttnosuch" + randomHex(4), "user does not exist and the agent is not root"},
		{otherUser(t, self), "not root, and can only start sessions as itself"},
	} {
		_, err := resolveAccount(context.Background(), tc.name, DefaultRunAs, false)
		var ue *userError
		if !errors.As(err, &ue) || !strings.Contains(err.Error(), "cannot run as "+tc.name+": ") || !strings.Contains(err.Error(), tc.want) {
			t.Fatalf("run as %s: %v; want a userError saying %q", tc.name, err, tc.want)
		}
	}
	a, err := resolveAccount(context.Background(), self, DefaultRunAs, false)
	if err != nil || a.cred != nil || a.name != self {
		t.Fatalf("run as self: %+v, %v; want the agent's own account without a credential switch", a, err)
	}
}

func TestLookupAccount(t *testing.T) {
	a, err := lookupAccount(context.Background(), "root")
	if err != nil {
		t.Fatal(err)
	}
	if a.uid != 0 || a.gid != 0 || a.home != "/root" || a.shell == "" || len(a.groups) == 0 || a.groups[0] != 0 {
		t.Fatalf("root: %+v", a)
	}
	if _, err := lookupAccount(context.Background(), "0"); !errors.Is(err, errNoSuchUser) {
		t.Fatalf(`"0" is a uid, not a user name: %v`, err)
	}
}

func TestParsePasswdAndFileLookup(t *testing.T) {
	file := t.TempDir() + "/passwd"
	data := "root:x:0:0:root:/root:/bin/bash\nbob:x:1001:1002:Bob,,,:/home/bob:/usr/bin/zsh\nbobby:x:1003:1003::/home/bobby:\n"
	if err := os.WriteFile(file, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	line, err := passwdLine(file, "bob")
	if err != nil {
		t.Fatal(err)
	}
	a, err := parsePasswd(line)
	if err != nil || a.name != "bob" || a.uid != 1001 || a.gid != 1002 || a.home != "/home/bob" || a.shell != "/usr/bin/zsh" {
		t.Fatalf("%+v, %v", a, err)
	}
	if _, err := passwdLine(file, "bo"); !errors.Is(err, errNoSuchUser) {
		t.Fatalf("prefix matched: %v", err)
	}
	if _, err := parsePasswd("bad:x:notanumber:0::/:/bin/sh"); err == nil {
		t.Fatal("bad uid accepted")
	}
	if got := (&account{shell: ""}).shellFor("", ""); got != "/bin/sh" {
		t.Fatalf("empty login shell gives %q", got)
	}
	if got := (&account{shell: "/bin/zsh"}).shellFor("", "/bin/dash"); got != "/bin/dash" {
		t.Fatalf("configured shell ignored: %q", got)
	}
}

func currentUser(t *testing.T) string {
	t.Helper()
	line, err := passwdLine("/etc/passwd", "root")
	if os.Geteuid() != 0 || err != nil {
		t.Skip("written for a root test process")
	}
	a, _ := parsePasswd(line)
	return a.name
}

// otherUser is an existing user that is not self.
func otherUser(t *testing.T, self string) string {
	t.Helper()
	for _, name := range []string{"daemon", "nobody", "bin"} {
		if _, err := lookupAccount(context.Background(), name); err == nil && name != self {
			return name
		}
	}
	t.Skip("no second user on this system")
	return ""
}
