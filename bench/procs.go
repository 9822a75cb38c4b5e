package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"
)

// procs owns every process the harness starts, so that all of them end
// when the harness does, whichever way it ends. Each child leads its own
// process group (or session, for those on a terminal), and is stopped by
// signalling that group: sshd's per-connection children and the processes
// an agent runs go with their parent.
type procs struct {
	logDir  string // each process's output is also kept in logDir/NAME.log
	mu      sync.Mutex
	list    []*proc
	stopped bool
}

// proc is one started process.
type proc struct {
	name string
	cmd  *exec.Cmd
	out  *tail // stdout and stderr when the caller did not take them
	done chan struct{}
	err  error // Wait's result, once done is closed
}

// start runs cmd in the background. Unless the caller set SysProcAttr (a
// terminal session), cmd gets its own process group; in either case the
// kernel kills it if the harness dies without cleaning up.
func (r *procs) start(name string, cmd *exec.Cmd) (*proc, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.stopped {
		return nil, errors.New("the harness is stopping")
	}
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	}
	cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
	p := &proc{name: name, cmd: cmd, out: &tail{}, done: make(chan struct{})}
	var w io.Writer = p.out
	var logFile *os.File
	if r.logDir != "" {
		f, err := os.OpenFile(filepath.Join(r.logDir, logName(name)), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			return nil, err
		}
		logFile, w = f, io.MultiWriter(p.out, f)
	}
	if cmd.Stdout == nil {
		cmd.Stdout = w
	}
	if cmd.Stderr == nil {
		cmd.Stderr = w
	}
	if err := cmd.Start(); err != nil {
		if logFile != nil {
			logFile.Close()
		}
		return nil, fmt.Errorf("starting %s: %w", name, err)
	}
	r.list = append(r.list, p)
	go func() {
		p.err = cmd.Wait()
		if logFile != nil {
			logFile.Close()
		}
		close(p.done)
	}()
	return p, nil
}

// logName makes a process's name a file name.
func logName(name string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '_'
	}, strings.ToLower(name)) + ".log"
}

// exited reports whether p has ended.
func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// stop ends p's process group: SIGTERM, then SIGKILL after grace. It is
// safe to call more than once.
func (p *proc) stop(grace time.Duration) {
	pid := p.cmd.Process.Pid
	if !p.exited() {
		_ = syscall.Kill(-pid, syscall.SIGTERM)
		select {
		case <-p.done:
		case <-time.After(grace):
		}
	}
	// Also reaps what the leader left in its group (sshd's children).
	_ = syscall.Kill(-pid, syscall.SIGKILL)
	<-p.done
}

// shutdown stops every process and refuses to start more.
func (r *procs) shutdown() {
	r.mu.Lock()
	r.stopped = true
	r.mu.Unlock()
	r.stopAll()
}

// stopAll stops every process, newest first: clients before the servers
// they talk to.
func (r *procs) stopAll() {
	r.mu.Lock()
	list := r.list
	r.list = nil
	r.mu.Unlock()
	for i := len(list) - 1; i >= 0; i-- {
		list[i].stop(3 * time.Second)
	}
}

// tail keeps the last 64 KiB written to it, for error messages.
type tail struct {
	mu  sync.Mutex
	buf []byte
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if over := len(t.buf) - 64<<10; over > 0 {
		t.buf = t.buf[over:]
	}
	return len(p), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.buf)
}

// waitFor polls t until it holds a line starting with prefix, and returns
// the rest of that line.
func (t *tail) waitFor(ctx context.Context, p *proc, prefix string, timeout time.Duration) (string, error) {
	deadline := time.Now().Add(timeout)
	for {
		for _, line := range strings.Split(t.String(), "\n") {
			if rest, ok := strings.CutPrefix(line, prefix); ok {
				return rest, nil
			}
		}
		if p.exited() {
			return "", fmt.Errorf("%s exited (%v) before printing %q:\n%s", p.name, p.err, prefix, t.String())
		}
		if time.Now().After(deadline) {
			return "", fmt.Errorf("%s did not print %q within %s:\n%s", p.name, prefix, timeout, t.String())
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// freePort returns a loopback TCP port nobody listens on now.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// waitListening waits until something listens on the loopback port,
// failing early if p (when given) exits first. It looks at the kernel's
// socket table rather than connecting, so a forwarder does not relay a
// stray connection to the service behind it.
func waitListening(ctx context.Context, port int, p *proc, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		if listening(port) {
			return nil
		}
		if p != nil && p.exited() {
			return fmt.Errorf("%s exited (%v) before listening on port %d:\n%s", p.name, p.err, port, p.out)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("nothing listens on 127.0.0.1:%d after %s", port, timeout)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// listening reports whether /proc/net/tcp{,6} has a listening socket on
// port.
func listening(port int) bool {
	want := fmt.Sprintf(":%04X ", port)
	for _, f := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			fields := strings.Fields(line)
			// sl local_address rem_address st ...; st 0A is LISTEN.
			if len(fields) > 3 && fields[3] == "0A" && strings.HasSuffix(fields[1]+" ", want) {
				return true
			}
		}
	}
	return false
}

// runOut runs a command to completion and returns its stdout; the error
// carries its stderr.
func runOut(ctx context.Context, cmd *exec.Cmd) ([]byte, error) {
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return out.Bytes(), fmt.Errorf("%s: %w\n%s", strings.Join(cmd.Args, " "), err, strings.TrimSpace(errb.String()))
	}
	return out.Bytes(), nil
}

// tool names an external program the harness needs and the Debian
// package that provides it.
type tool struct{ name, pkg string }

// lookTools finds each tool (also in /usr/sbin, often missing from PATH),
// or fails naming every missing package.
func lookTools(tools ...tool) (map[string]string, error) {
	paths := map[string]string{}
	var missing []string
	for _, t := range tools {
		p, err := exec.LookPath(t.name)
		if err != nil {
			if p2, err2 := exec.LookPath("/usr/sbin/" + t.name); err2 == nil {
				p, err = p2, nil
			}
		}
		if err != nil {
			missing = append(missing, fmt.Sprintf("%s (Debian package %s)", t.name, t.pkg))
			continue
		}
		paths[t.name] = p
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("missing %s; install with: apt-get install -y %s",
			strings.Join(missing, ", "), strings.Join(pkgs(tools, paths), " "))
	}
	return paths, nil
}

func pkgs(tools []tool, found map[string]string) []string {
	var out []string
	for _, t := range tools {
		if _, ok := found[t.name]; !ok && !slices.Contains(out, t.pkg) {
			out = append(out, t.pkg)
		}
	}
	return out
}
