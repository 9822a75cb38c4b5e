package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Helpers for tests that drive the real OpenSSH tools through tether: a
// throwaway sshd, the tether binary for ssh's ProxyCommand, and a runner for
// the OpenSSH clients (the team's testing notes, "OpenSSH and traffic").

// openSSHTools are the programs the OpenSSH tests run, with the Debian
// package of each.
var openSSHTools = []struct{ path, pkg string }{
	{"/usr/sbin/sshd", "openssh-server"},
	{"ssh", "openssh-client"},
	{"ssh-keygen", "openssh-client"},
	{"scp", "openssh-client"},
	{"sftp", "openssh-client"},
	{"rsync", "rsync"},
}

// requireOpenSSH skips the test when a tool is missing (it installs
// nothing), or fails it under CI=true, where the machine must have them.
func requireOpenSSH(t *testing.T) {
	t.Helper()
	var missing, pkgs []string
	for _, tool := range openSSHTools {
		if _, err := exec.LookPath(tool.path); err != nil {
			missing = append(missing, tool.path)
			if !containsString(pkgs, tool.pkg) {
				pkgs = append(pkgs, tool.pkg)
			}
		}
	}
	if os.Geteuid() != 0 {
		missing = append(missing, "root (sshd must run as root to log in as root)")
	}
	if len(missing) == 0 {
		return
	}
	msg := fmt.Sprintf("missing %s", strings.Join(missing, ", "))
	if len(pkgs) > 0 {
		msg += fmt.Sprintf("; install the Debian packages: apt-get install -y %s", strings.Join(pkgs, " "))
	}
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sshd is a throwaway OpenSSH server on a loopback port.
type sshd struct {
	port         int
	hostKeyPub   string // "ssh-ed25519 AAAA..." of its host key
	clientKey    string // private key authorised for root
	log          *syncBuffer
	cmd          *exec.Cmd
	pidFile, dir string
}

// sshKeygen generates an ed25519 key pair at path (no passphrase).
func sshKeygen(t *testing.T, path, comment string) {
	t.Helper()
	out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", path).CombinedOutput()
	if err != nil {
		t.Fatalf("ssh-keygen %s: %v\n%s", path, err, out)
	}
}

// startSSHD starts sshd -D -e with a config of its own on a free loopback
// port, accepting only a key generated here, and stops it by PID when the
// test ends.
func startSSHD(t *testing.T) *sshd {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll("/run/sshd", 0o755); err != nil { // its privilege-separation directory
		t.Fatal(err)
	}
	hostKey := filepath.Join(dir, "ssh_host_ed25519_key")
	sshKeygen(t, hostKey, "tether-test-host")
	clientKey := filepath.Join(dir, "id_ed25519")
	sshKeygen(t, clientKey, "tether-test-client")
	hostPub, err := os.ReadFile(hostKey + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	clientPub, err := os.ReadFile(clientKey + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	authorized := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(authorized, clientPub, 0o600); err != nil {
		t.Fatal(err)
	}
	s := &sshd{hostKeyPub: strings.Join(strings.Fields(string(hostPub))[:2], " "), clientKey: clientKey,
		log: &syncBuffer{}, pidFile: filepath.Join(dir, "sshd.pid"), dir: dir}

	// A free port can be taken between choosing it and sshd binding it;
	// sshd then exits at once, and another port is tried.
	for attempt := 0; ; attempt++ {
		s.port = freePort(t)
		config := filepath.Join(dir, "sshd_config")
		if err := os.WriteFile(config, []byte(strings.Join([]string{
			"Port " + strconv.Itoa(s.port),
			"ListenAddress 127.0.0.1",
			"HostKey " + hostKey,
			"PidFile " + s.pidFile,
			"AuthorizedKeysFile " + authorized,
			"UsePAM no",
			"StrictModes no",
			"PermitRootLogin prohibit-password",
			"PubkeyAuthentication yes",
			"PasswordAuthentication no",
			"KbdInteractiveAuthentication no",
			"Subsystem sftp internal-sftp",
			"MaxStartups 100",
			"LogLevel VERBOSE",
			"",
		}, "\n")), 0o600); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("/usr/sbin/sshd", "-t", "-f", config).CombinedOutput(); err != nil {
			t.Fatalf("sshd -t rejects its config: %v\n%s", err, out)
		}
		s.cmd = exec.Command("/usr/sbin/sshd", "-D", "-e", "-f", config)
		s.cmd.Stdout, s.cmd.Stderr = s.log, s.log
		if err := s.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- s.cmd.Wait() }()
		if s.waitListening(exited) {
			t.Cleanup(func() {
				// Stop it by the PID we started; its session processes
				// have ended with their clients.
				s.cmd.Process.Signal(syscall.SIGTERM)
				select {
				case <-exited:
				case <-time.After(10 * time.Second):
					s.cmd.Process.Kill()
					<-exited
				}
				if t.Failed() {
					t.Logf("sshd log:\n%s", s.log)
				}
			})
			return s
		}
		if attempt == 4 {
			t.Fatalf("sshd did not start on 127.0.0.1:%d:\n%s", s.port, s.log)
		}
	}
}

// waitListening waits until sshd accepts connections on its port, or
// reports false if it exited first.
func (s *sshd) waitListening(exited chan error) bool {
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			return false
		default:
		}
		c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port)), time.Second)
		if err == nil {
			c.Close()
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.cmd.Process.Kill()
	<-exited
	return false
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// The tether binary, for programs (ssh's ProxyCommand) that run tether as a
// process of their own. It is built once and shared by the tests that run
// at the same time; the last one to finish removes it.
var tetherBinary struct {
	mu    sync.Mutex
	once  *sync.Once
	users int
	dir   string
	path  string
	err   error
}

func buildTether(t *testing.T) string {
	t.Helper()
	b := &tetherBinary
	b.mu.Lock()
	if b.once == nil {
		b.once = new(sync.Once)
	}
	once := b.once
	b.users++
	b.mu.Unlock()
	t.Cleanup(func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		if b.users--; b.users == 0 {
			if b.dir != "" {
				os.RemoveAll(b.dir)
			}
			b.once, b.dir, b.path, b.err = nil, "", "", nil
		}
	})
	once.Do(func() {
		dir, err := os.MkdirTemp("", "tether-bin-")
		if err != nil {
			b.err = err
			return
		}
		b.dir = dir
		bin := filepath.Join(dir, "tether")
		cmd := exec.Command("go", "build", "-o", bin, "./cmd/tether")
		cmd.Dir = "../.." // the module root; tests run in cmd/tether
		if out, err := cmd.CombinedOutput(); err != nil {
			b.err = fmt.Errorf("go build ./cmd/tether: %v\n%s", err, out)
			return
		}
		b.path = bin
	})
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err != nil {
		t.Fatal(b.err)
	}
	return b.path
}

// sshClientConfig writes an ssh_config that reaches sshd through
// `tether proxy`: ssh never dials the port itself, and it accepts only
// sshd's host key, so a session that works went through tether to the
// server we started.
func sshClientConfig(t *testing.T, s *sshd, tetherBin string) string {
	t.Helper()
	dir := t.TempDir()
	knownHosts := filepath.Join(dir, "known_hosts")
	if err := os.WriteFile(knownHosts, []byte("tether-test-sshd "+s.hostKeyPub+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	config := filepath.Join(dir, "ssh_config")
	if err := os.WriteFile(config, []byte(strings.Join([]string{
		"Host *",
		"  ProxyCommand " + tetherBin + " proxy %h %p",
		"  Port " + strconv.Itoa(s.port),
		"  User root",
		"  HostKeyAlias tether-test-sshd",
		"  StrictHostKeyChecking yes",
		"  UserKnownHostsFile " + knownHosts,
		"  GlobalKnownHostsFile /dev/null",
		"  UpdateHostKeys no",
		"  IdentityFile " + s.clientKey,
		"  IdentitiesOnly yes",
		"  IdentityAgent none",
		"  BatchMode yes",
		"  LogLevel ERROR",
		"  ConnectTimeout 30",
		"  ServerAliveInterval 15",
		"  ControlMaster no",
		"  ControlPath none",
		"",
	}, "\n")), 0o600); err != nil {
		t.Fatal(err)
	}
	return config
}

// runAs runs an OpenSSH client program with TETHER_CONFIG_DIR set to c's
// config dir, so the ProxyCommand it starts uses c's sign-in.
func runAs(t *testing.T, c *cli, stdin string, name string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), configDirEnv+"="+c.configDir, "SSH_AUTH_SOCK=")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.WaitDelay = 10 * time.Second
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit) && exit.Exited():
		r.code = exit.ExitCode()
	default:
		t.Fatalf("%s %s: %v (context: %v)\nstdout: %s\nstderr: %s", name, strings.Join(args, " "), err, ctx.Err(), r.stdout, r.stderr)
	}
	return r
}

// okAs is runAs for a command that must succeed; the proxy must not have
// reported an error on the way (its stderr is ssh's).
func okAs(t *testing.T, c *cli, stdin string, name string, args ...string) string {
	t.Helper()
	r := runAs(t, c, stdin, name, args...)
	if r.code != 0 || strings.Contains(r.stderr, "tether:") {
		t.Fatalf("%s %s: exit %d\nstdout: %s\nstderr: %s", name, strings.Join(args, " "), r.code, r.stdout, r.stderr)
	}
	return r.stdout
}
