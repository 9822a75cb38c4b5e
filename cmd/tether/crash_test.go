package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tetherhq/tether/api"
)

// serverProcess runs `tether server` as its own process, so that it can be
// killed with SIGKILL mid-session.
type serverProcess struct {
	cmd  *exec.Cmd
	logs *syncBuffer
}

func startServerProcess(t *testing.T, bin, dataDir, listen string) *serverProcess {
	t.Helper()
	p := &serverProcess{logs: &syncBuffer{}}
	p.cmd = exec.Command(bin, "server", "--data-dir", dataDir, "--listen", listen)
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.cmd.Process.Kill(); p.cmd.Wait() })
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stderr)
		once := false
		for sc.Scan() {
			fmt.Fprintln(p.logs, sc.Text())
			if !once && strings.Contains(sc.Text(), "Tether server listening on ") {
				once = true
				close(ready)
			}
		}
		io.Copy(io.Discard, stderr)
	}()
	select {
	case <-ready:
	case <-time.After(60 * time.Second):
		t.Fatalf("the server process did not start:\n%s", p.logs.String())
	}
	return p
}

// TestKill9LosesNothingSeen kills the server with SIGKILL in the middle of
// a shell session: after a restart the recording (sealed by recovery, and
// still verifiable) holds every byte the user saw.
func TestKill9LosesNothingSeen(t *testing.T) {
	bin := buildTether(t)
	dir := t.TempDir()
	newCLI(t).ok(adminPassword+"\n", "server", "init", "--data-dir", dir, "--admin-user", "admin", "--admin-password-stdin")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	listen := ln.Addr().String()
	ln.Close()
	srv := startServerProcess(t, bin, dir, listen)
	ts := &testServer{t: t, caFile: filepath.Join(dir, "ca.pem"), dataDir: dir,
		url: "https://localhost:" + strings.Split(listen, ":")[1]}
	f := newFleetVia(t, ts, "")

	in, typing := io.Pipe()
	session := f.user1.startWithInput(in, "connect", "prod-server01")
	fmt.Fprintln(typing, "for i in $(seq 1 200); do echo seen-line-$i; done; echo ALL-SEEN")
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(session.out.String(), "ALL-SEEN\r\n") && !strings.Contains(session.out.String(), "ALL-SEEN\n") {
		if time.Now().After(deadline) {
			t.Fatalf("the session's output never arrived:\n%s", session.out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	seen := session.out.String()
	if err := srv.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	srv.cmd.Wait()
	typing.Close()
	session.stop()

	startServerProcess(t, bin, dir, listen)
	var hist api.Sessions
	eventually(t, "the history after the restart", func() bool {
		r := f.admin.run("", "sessions", "--history", "-o", "json")
		return r.code == 0 && strings.Contains(r.stdout, "testuser01-")
	})
	f.admin.okJSON(&hist, "sessions", "--history")
	id := hist.Sessions[0].ID
	export := filepath.Join(t.TempDir(), "crash.cast")
	f.admin.ok("", "recordings", "export", id, "--format", "raw", "--out", export+".rec")
	f.admin.ok("", "recordings", "export", id, "--out", export)
	b, err := os.ReadFile(export)
	if err != nil {
		t.Fatal(err)
	}
	recorded := string(b)
	for i := 1; i <= 200; i++ {
		if line := fmt.Sprintf("seen-line-%d", i); strings.Contains(seen, line) && !strings.Contains(recorded, line) {
			t.Fatalf("the user saw %q but the recording lacks it", line)
		}
	}
	mustContain(t, recorded, "ALL-SEEN")
	mustContain(t, f.admin.ok("", "recordings", "verify", id), "intact")
}
