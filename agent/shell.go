package agent

import (
	"io"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"

	"github.com/tetherhq/tether/sessionproto"
)

// startShell starts the user's shell as a login shell on a new terminal.
//
// The shell profile is typed into the terminal before the client's input,
// as if the user had typed it first. That works with every shell (no
// per-shell rc-file tricks), runs after the shell's own startup files so
// the profile's settings win, and keeps its effects (cd, variables,
// aliases) in the shell the user gets. The cost: its commands are echoed
// like typed ones, and each line must fit the terminal's 4 KiB line buffer.
func startShell(req sessionproto.OpenRequest, a *account, opts Options) (*proc, error) {
	shell := a.shellFor(req.Shell, opts.Shell)
	master, tty, err := openPTY()
	if err != nil {
		return nil, userErrorf("cannot open a terminal: %v", err)
	}
	closeBoth := func() { _ = master.Close(); _ = tty.Close() }
	if err := setWinsize(master, uint16(req.Cols), uint16(req.Rows)); err != nil {
		closeBoth()
		return nil, userErrorf("cannot set the terminal size: %v", err)
	}
	if a.cred != nil {
		if err := giveTerminal(tty, a); err != nil {
			closeBoth()
			return nil, userErrorf("cannot give the terminal to %s: %v", a.name, err)
		}
	}
	cmd := &exec.Cmd{
		Path: shell,
		// A leading dash makes it a login shell, reading /etc/profile and
		// the user's profile as after any login.
		Args:   []string{"-" + filepath.Base(shell)},
		Env:    a.environment(shell, req.Term),
		Dir:    a.workDir(),
		Stdin:  tty,
		Stdout: tty,
		Stderr: tty,
		// A new session whose controlling terminal is the new one, so ^C
		// and hangups reach the shell's jobs as on a real terminal.
		SysProcAttr: &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0, Credential: a.cred},
	}
	if err := cmd.Start(); err != nil {
		closeBoth()
		return nil, userErrorf("cannot start %s as %s: %v", shell, a.name, err)
	}
	_ = tty.Close() // the shell has it; the master reads EIO once nobody does

	p := &proc{
		cmd:     cmd,
		outputs: []output{{master, sessionproto.Output}},
		input:   master,
		closers: []io.Closer{master},
		resize:  func(cols, rows uint16) error { return setWinsize(master, cols, rows) },
		// A terminal cannot be half-closed, and typing ^D for the client
		// would mean different things depending on which program reads the
		// terminal in which mode at that instant (end-of-file for a
		// canonical reader, only at an empty prompt for readline, a 0x04
		// byte for a raw-mode program, and a NUL for readline if queued
		// while bash runs a command). So EOF only stops the input; the
		// session lasts until the shell exits or the client leaves.
		eof: func() {},
	}
	if profile := req.ShellProfile; profile != "" {
		if !strings.HasSuffix(profile, "\n") {
			profile += "\n"
		}
		p.preamble = []byte(profile)
	}
	p.groups = func() []int {
		groups := []int{cmd.Process.Pid} // the session leader leads its group
		if fg, err := foregroundGroup(master); err == nil && fg != cmd.Process.Pid {
			groups = append(groups, fg)
		}
		return groups
	}
	return p, nil
}

// openPTY opens a terminal pair whose master joins Go's poller. pty.Open
// leaves the master blocking (its ioctls go through Fd), and a blocking
// file ignores read deadlines and cannot be unblocked by Close, which the
// session's output drain relies on. So the agent uses a non-blocking,
// close-on-exec duplicate and does its own ioctls through SyscallConn.
func openPTY() (master, tty *os.File, err error) {
	m, t, err := pty.Open()
	if err != nil {
		return nil, nil, err
	}
	fd, err := unix.FcntlInt(m.Fd(), unix.F_DUPFD_CLOEXEC, 0)
	_ = m.Close()
	if err == nil {
		err = unix.SetNonblock(fd, true)
	}
	if err != nil {
		_ = t.Close()
		if fd >= 0 {
			_ = unix.Close(fd)
		}
		return nil, nil, err
	}
	return os.NewFile(uintptr(fd), "/dev/ptmx"), t, nil
}

// giveTerminal makes the user own their terminal, as login and sshd do, so
// programs that open it by name (write, mesg, some pinentry programs) work.
func giveTerminal(tty *os.File, a *account) error {
	gid, mode := int(a.gid), os.FileMode(0o600)
	if g, err := user.LookupGroup("tty"); err == nil {
		if id, err := strconv.Atoi(g.Gid); err == nil {
			gid, mode = id, 0o620
		}
	}
	if err := tty.Chown(int(a.uid), gid); err != nil {
		return err
	}
	return tty.Chmod(mode)
}

func control(f *os.File, fn func(fd int) error) error {
	sc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var ferr error
	if err := sc.Control(func(fd uintptr) { ferr = fn(int(fd)) }); err != nil {
		return err
	}
	return ferr
}

func setWinsize(master *os.File, cols, rows uint16) error {
	return control(master, func(fd int) error {
		return unix.IoctlSetWinsize(fd, unix.TIOCSWINSZ, &unix.Winsize{Col: cols, Row: rows})
	})
}

func foregroundGroup(master *os.File) (int, error) {
	var pgrp int
	err := control(master, func(fd int) (err error) {
		pgrp, err = unix.IoctlGetInt(fd, unix.TIOCGPGRP)
		return err
	})
	return pgrp, err
}
