package main

import (
	"bufio"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestServerRefusesUnreachableDatabase(t *testing.T) {
	c := newCLI(t)
	stderr := c.fails(exitFailure, "", "server", "--data-dir", t.TempDir(), "--listen", "127.0.0.1:0",
		"--db", "postgres://tether:hunter2secret@127.0.0.1:1/tether?connect_timeout=2")
	mustContain(t, stderr, "PostgreSQL", "127.0.0.1:1")
	if strings.Contains(stderr, "hunter2secret") {
		t.Errorf("the database password leaked: %s", stderr)
	}
	mustContain(t, c.fails(exitUsage, "", "server", "--data-dir", t.TempDir(), "--db", "mysql://x"), "sqlite:PATH or postgres://")
	mustContain(t, c.fails(exitUsage, "", "server", "--data-dir", t.TempDir(), "--listen", "127.0.0.1:0"), "tether server init")
}

func TestServerInitTwiceIsRefused(t *testing.T) {
	dir := t.TempDir()
	c := newCLI(t)
	args := []string{"server", "init", "--data-dir", dir, "--admin-user", "admin", "--admin-password-stdin"}
	out := c.ok(adminPassword+"\n", args...)
	mustContain(t, out, "Initialised account", "ca.pem", "SHA256:")
	mustContain(t, c.fails(exitFailure, adminPassword+"\n", args...), "already initialised")
	mustContain(t, c.fails(exitUsage, "short\n", "server", "init", "--data-dir", t.TempDir(), "--admin-user", "admin", "--admin-password-stdin"), "Password")
	mustContain(t, c.fails(exitUsage, "", "server", "init", "--data-dir", t.TempDir(), "--admin-user", "admin"), "--admin-password-stdin")
}

// The README's first command: a dev server with a demo user and an agent
// that prints how to sign in; the printed command works, the demo user
// opens a session on the demo instance, and the administrator signs in.
func TestDevServer(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	stdoutR, stdoutW := io.Pipe()
	e := env{stdin: strings.NewReader(""), stdout: stdoutW, stderr: io.Discard, getenv: func(string) string { return "" }}
	exited := make(chan int, 1)
	go func() { exited <- run(ctx, []string{"server", "--dev", "--listen", "127.0.0.1:0"}, e); stdoutW.Close() }()
	defer func() {
		cancel()
		if code := <-exited; code != 0 {
			t.Errorf("dev server exited with %d", code)
		}
	}()

	loginLine, adminLine := make(chan string, 1), make(chan string, 1)
	adminRE := regexp.MustCompile(`The administrator is admin, password (\S+)\.$`)
	go func() {
		sc := bufio.NewScanner(stdoutR)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "tether login") {
				loginLine <- sc.Text()
			}
			if m := adminRE.FindStringSubmatch(sc.Text()); m != nil {
				adminLine <- m[1]
			}
		}
		io.Copy(io.Discard, stdoutR)
	}()
	var line string
	select {
	case line = <-loginLine:
	case <-time.After(60 * time.Second):
		t.Fatal("the dev server printed no sign-in command")
	}
	m := regexp.MustCompile(`echo '([^']+)' \| tether login --server (\S+) --ca-file (\S+) --user demo --password-stdin`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("unexpected sign-in line %q", line)
	}
	demo := newCLI(t)
	demo.ok(m[1]+"\n", "login", "--server", m[2], "--ca-file", m[3], "--user", "demo", "--password-stdin")
	mustContain(t, demo.ok("", "whoami"), "TetherReserved_DemoAccess_", "/demo")
	eventually(t, "the demo instance online", func() bool {
		return strings.Contains(demo.ok("", "instances"), "Online")
	})
	mustContain(t, demo.ok("", "connect", "demo-server", "--command", "echo demo-$((6*7))"), "demo-42")
	var admin string
	select {
	case admin = <-adminLine:
	case <-time.After(60 * time.Second):
		t.Fatal("the dev server printed no administrator password")
	}
	c := newCLI(t)
	c.ok(admin+"\n", "login", "--server", m[2], "--ca-file", m[3], "--user", "admin", "--password-stdin")
	mustContain(t, c.ok("", "whoami"), "TetherReserved_AdministratorAccess_", "/admin")
	c.ok("", "admin", "groups", "create", "ProductionAccess")
}

func TestCLIStateIsPrivate(t *testing.T) {
	ts := startServer(t, "")
	c := newCLI(t)
	c.configDir = filepath.Join(c.configDir, "fresh", "tether")
	c.login(ts, "admin", adminPassword)
	for path, want := range map[string]os.FileMode{
		c.configDir: 0o700 | os.ModeDir, filepath.Join(c.configDir, "config.json"): 0o600, filepath.Join(c.configDir, "ca.pem"): 0o600,
	} {
		fi, err := os.Stat(path)
		if err != nil || fi.Mode() != want {
			t.Errorf("%s: mode %v, %v; want %v", path, fi.Mode(), err, want)
		}
	}
	b, _ := os.ReadFile(filepath.Join(c.configDir, "config.json"))
	mustContain(t, string(b), ts.url, "tth_")
	// Sign-in again needs neither --server nor --ca-file.
	c.ok(adminPassword+"\n", "login", "--user", "admin", "--password-stdin")
}
