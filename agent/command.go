package agent

import (
	"io"
	"os"
	"os/exec"
	"syscall"

	"github.com/tetherhq/tether/sessionproto"
)

// startCommand runs Shell -c Command without a terminal, as sshd does for a
// command: stdout and stderr stay apart, and stdin ends when the client
// says EOF. The agent makes the pipes itself rather than let os/exec copy
// them, so its ends are pollable (the output drain needs read deadlines) and
// Wait does not block on a background child that keeps them open.
func startCommand(req sessionproto.OpenRequest, a *account, opts Options) (*proc, error) {
	shell := a.shellFor(req.Shell, opts.Shell)
	var files []*os.File
	closeAll := func() {
		for _, f := range files {
			_ = f.Close()
		}
	}
	pipe := func() (r, w *os.File, err error) {
		if r, w, err = os.Pipe(); err == nil {
			files = append(files, r, w)
		}
		return r, w, err
	}
	inR, inW, err1 := pipe()
	outR, outW, err2 := pipe()
	errR, errW, err3 := pipe()
	for _, err := range []error{err1, err2, err3} {
		if err != nil {
			closeAll()
			return nil, userErrorf("cannot make pipes for the command: %v", err)
		}
	}
	cmd := &exec.Cmd{
		Path:   shell,
		Args:   []string{shell, "-c", req.Command},
		Env:    a.environment(shell, ""),
		Dir:    a.workDir(),
		Stdin:  inR,
		Stdout: outW,
		Stderr: errW,
		// Its own process group, so a hangup reaches the command's children
		// and not the agent.
		SysProcAttr: &syscall.SysProcAttr{Setpgid: true, Credential: a.cred},
	}
	if err := cmd.Start(); err != nil {
		closeAll()
		return nil, userErrorf("cannot start %s as %s: %v", shell, a.name, err)
	}
	for _, f := range []*os.File{inR, outW, errW} {
		_ = f.Close() // the child's ends
	}
	return &proc{
		cmd:     cmd,
		outputs: []output{{outR, sessionproto.Output}, {errR, sessionproto.Stderr}},
		input:   inW,
		closers: []io.Closer{inW, outR, errR},
		eof:     func() { _ = inW.Close() },
		groups:  func() []int { return []int{cmd.Process.Pid} },
	}, nil
}
