package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// cli runs tether commands in-process with its own config dir, as one person
// at one terminal would.
type cli struct {
	t         testing.TB
	configDir string
}

func newCLI(t testing.TB) *cli {
	return &cli{t: t, configDir: t.TempDir()}
}

type result struct {
	code           int
	stdout, stderr string
}

func (c *cli) run(stdin string, args ...string) result {
	c.t.Helper()
	var out, errb bytes.Buffer
	e := env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string {
		if k == configDirEnv {
			return c.configDir
		}
		return ""
	}}
	code := run(context.Background(), args, e)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

// ok runs a command that must succeed and returns its stdout.
func (c *cli) ok(stdin string, args ...string) string {
	c.t.Helper()
	r := c.run(stdin, args...)
	if r.code != 0 {
		c.t.Fatalf("tether %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r.stdout
}

// fails runs a command that must exit with code and returns its stderr.
func (c *cli) fails(code int, stdin string, args ...string) string {
	c.t.Helper()
	r := c.run(stdin, args...)
	if r.code != code {
		c.t.Fatalf("tether %s: exit %d, want %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), r.code, code, r.stdout, r.stderr)
	}
	return r.stderr
}

// okJSON runs a command with -o json and decodes its output into v.
func (c *cli) okJSON(v any, args ...string) {
	c.t.Helper()
	out := c.ok("", append(args, "-o", "json")...)
	if err := json.Unmarshal([]byte(out), v); err != nil {
		c.t.Fatalf("tether %s -o json printed %q: %v", strings.Join(args, " "), out, err)
	}
}

// testServer is a live `tether server` run in-process on a free port.
type testServer struct {
	t                        *testing.T
	url, caFile, dataDir, db string
	stop                     func()
	logs                     *lineWatcher
	flags                    []string // extra flags of tether server
}

const adminPassword = "correct-horse-battery"

// startServer initialises a deployment (SQLite in a temporary data dir when
// db is empty) and serves it until the test ends.
func startServer(t *testing.T, db string, flags ...string) *testServer {
	t.Helper()
	dir := t.TempDir()
	admin := newCLI(t)
	args := []string{"server", "init", "--data-dir", dir, "--admin-user", "admin", "--admin-password-stdin"}
	if db != "" {
		args = append(args, "--db", db)
	}
	admin.ok(adminPassword+"\n", args...)
	ts := &testServer{t: t, caFile: filepath.Join(dir, "ca.pem"), dataDir: dir, db: db, flags: flags}
	ts.serve("127.0.0.1:0")
	t.Cleanup(func() { ts.stop() })
	return ts
}

// serve runs `tether server` on listen until stop.
func (ts *testServer) serve(listen string) {
	t := ts.t
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	logs := &lineWatcher{want: "Tether server listening on ", found: make(chan string, 1)}
	e := env{stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: logs, getenv: func(string) string { return "" }}
	args := append([]string{"server", "--data-dir", ts.dataDir, "--listen", listen}, ts.flags...)
	if ts.db != "" {
		args = append(args, "--db", ts.db)
	}
	exited := make(chan int, 1)
	go func() { exited <- run(ctx, args, e) }()
	select {
	case line := <-logs.found:
		ts.url = strings.Fields(line)[0]
	case code := <-exited:
		cancel()
		t.Fatalf("server exited with %d before listening:\n%s", code, logs.String())
	case <-time.After(60 * time.Second):
		cancel()
		t.Fatalf("server did not start:\n%s", logs.String())
	}
	var once sync.Once
	ts.stop = func() {
		once.Do(func() {
			cancel()
			if code := <-exited; code != 0 {
				t.Errorf("server exited with %d:\n%s", code, logs.String())
			}
		})
	}
	ts.logs = logs
}

// restart stops the server and serves the same data on the same address,
// as an operator's restart does.
func (ts *testServer) restart() {
	ts.stop()
	ts.serve(strings.TrimPrefix(ts.url, "https://"))
}

// login signs c in to ts.
func (c *cli) login(ts *testServer, user, password string, extra ...string) string {
	c.t.Helper()
	args := append([]string{"login", "--server", ts.url, "--ca-file", ts.caFile, "--user", user, "--password-stdin"}, extra...)
	return c.ok(password+"\n", args...)
}

// lineWatcher collects a command's stderr and reports the rest of the first
// line that starts with want.
type lineWatcher struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	want  string
	found chan string
	sent  bool
}

func (w *lineWatcher) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if !w.sent {
		for _, line := range strings.Split(w.buf.String(), "\n") {
			if rest, ok := strings.CutPrefix(line, w.want); ok {
				w.found <- rest
				w.sent = true
				break
			}
		}
	}
	return len(p), nil
}

func (w *lineWatcher) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func mustContain(t *testing.T, s string, subs ...string) {
	t.Helper()
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			t.Errorf("%q does not contain %q", s, sub)
		}
	}
}
