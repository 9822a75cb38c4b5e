package agent

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/sessionproto"
)

const (
	// drainGrace is how long, after the session's process exits, a read of
	// its output may wait for more. It cuts off a background child that
	// keeps the terminal or pipe open, which would otherwise hold the
	// session forever. It counts only time spent waiting for the pipe, not
	// time spent sending to a slow client: what the process wrote before
	// exiting is always delivered.
	drainGrace = 500 * time.Millisecond
	// lingerTimeout bounds the wait for the client to close its side after
	// the agent's last message (see finish).
	lingerTimeout = 5 * time.Second
)

// session serves one shell or command session: framed messages on conn.
type session struct {
	conn io.ReadWriteCloser
	w    *sessionproto.Writer
	req  sessionproto.OpenRequest
	opts Options
	log  *slog.Logger
}

// proc is a started process and how its session talks to it; shell.go and
// command.go each build one, and run drives both the same way.
type proc struct {
	cmd      *exec.Cmd
	outputs  []output
	input    io.Writer // where Input messages go
	preamble []byte    // written to input before any client input
	eof      func()    // what the client's EOF means for this process
	resize   func(cols, rows uint16) error
	groups   func() []int // the process groups a hangup goes to
	closers  []io.Closer  // the agent's ends of the terminal or pipes
}

type output struct {
	f *os.File // pollable, so a read deadline can end the drain
	t sessionproto.Type
}

func (p *proc) close() {
	for _, c := range p.closers {
		_ = c.Close()
	}
}

func (s *session) serve(ctx context.Context) error {
	acct, err := resolveAccount(ctx, s.req.RunAs, s.opts.DefaultRunAs, os.Geteuid() == 0)
	if err != nil {
		return s.fail(err)
	}
	var p *proc
	if s.req.Kind == tether.SessionShell {
		p, err = startShell(s.req, acct, s.opts)
	} else {
		p, err = startCommand(s.req, acct, s.opts)
	}
	if err != nil {
		return s.fail(err)
	}
	s.log.Info("session process started", "run_as", acct.name, "pid", p.cmd.Process.Pid)
	return s.run(ctx, p)
}

// fail reports a session that could not start: an Error message and the
// end of the stream, without an Exit, since nothing ran.
func (s *session) fail(err error) error {
	s.log.Warn("session could not start", "err", err)
	if werr := s.w.WriteMessage(sessionproto.Error, sessionproto.EncodeError(err.Error())); werr != nil {
		return fmt.Errorf("the client went away before hearing %q: %w", err, werr)
	}
	s.finish(nil)
	return nil
}

// run moves messages until the process exits or the client goes away.
func (s *session) run(ctx context.Context, p *proc) error {
	exited := make(chan struct{})
	go func() {
		_ = p.cmd.Wait() // the status is read from ProcessState
		close(exited)
	}()

	pumpFailed := make(chan error, len(p.outputs))
	var pumps sync.WaitGroup
	var draining atomic.Bool
	for _, o := range p.outputs {
		pumps.Go(func() {
			if err := pump(o, s.w, &draining); err != nil {
				pumpFailed <- err
			}
		})
	}
	clientErr := make(chan error, 1)
	clientDone := make(chan struct{})
	go func() {
		defer close(clientDone)
		clientErr <- s.readClient(p)
	}()

	cancelled, gone := s.wait(ctx, exited, clientErr, pumpFailed)
	if gone != nil || cancelled {
		p.terminate(exited, s.opts.HangupGrace)
	}
	if gone != nil {
		// Whatever still blocks on conn ends when the caller resets it.
		p.close()
		s.log.Warn("client went away; session processes hung up", "err", gone)
		return gone
	}
	draining.Store(true)
	for _, o := range p.outputs {
		_ = o.f.SetReadDeadline(time.Now().Add(drainGrace)) // wakes a read waiting now
	}
	pumps.Wait()
	p.close()
	select {
	case err := <-pumpFailed:
		return fmt.Errorf("the client went away: %w", err)
	default:
	}
	status := exitStatus(p.cmd.ProcessState)
	if err := s.w.WriteMessage(sessionproto.Exit, sessionproto.EncodeExit(status)); err != nil {
		return fmt.Errorf("the client went away before the exit status: %w", err)
	}
	s.log.Info("session ended", "exit", status, "cancelled", cancelled)
	s.finish(clientDone)
	return nil
}

// wait returns when the process exits (false, nil), ctx is cancelled
// (true, nil), or the client is gone (false, the reason).
func (s *session) wait(ctx context.Context, exited <-chan struct{}, clientErr, pumpFailed <-chan error) (cancelled bool, gone error) {
	for {
		select {
		case <-exited:
			return false, nil
		case err := <-clientErr:
			if err != nil {
				return false, fmt.Errorf("the client went away: %w", err)
			}
			clientErr = nil // it has sent all its input and still listens
		case err := <-pumpFailed:
			return false, fmt.Errorf("the client went away: %w", err)
		case <-ctx.Done():
			return true, nil
		}
	}
}

// errNoEOF is why a client stream that ends without an EOF message counts
// as the client going away: a client that merely had no more input says so.
var errNoEOF = errors.New("the stream ended without an EOF message")

// readClient applies the client's messages to the process until the stream
// ends. It returns nil only when the client sent EOF and then ended its side
// in good order.
func (s *session) readClient(p *proc) error {
	inputOK := true
	write := func(b []byte) {
		if _, err := p.input.Write(b); err != nil && inputOK {
			// The process closed its input or exited; later input has
			// nowhere to go, which is not the client's fault.
			s.log.Debug("input dropped", "err", err)
			inputOK = false
		}
	}
	if len(p.preamble) > 0 {
		write(p.preamble)
	}
	r := sessionproto.NewReader(s.conn)
	sawEOF := false
	for {
		m, err := r.ReadMessage()
		if err != nil {
			switch {
			case sawEOF && err == io.EOF:
				return nil
			case err == io.EOF:
				return errNoEOF
			}
			return err
		}
		switch m.Type {
		case sessionproto.Input:
			if !sawEOF && inputOK {
				write(m.Payload)
			}
		case sessionproto.Resize:
			cols, rows, err := sessionproto.DecodeResize(m.Payload)
			if err == nil && p.resize != nil && cols > 0 && rows > 0 {
				err = p.resize(cols, rows)
			}
			if err != nil {
				s.log.Debug("resize ignored", "err", err)
			}
		case sessionproto.EOF:
			if !sawEOF {
				sawEOF = true
				p.eof()
			}
		default:
			s.log.Debug("message ignored", "type", m.Type.String())
		}
	}
}

// pump copies one output of the process to the client until it ends,
// returning only errors writing to the client: a read error (EOF, EIO from
// a terminal nobody holds any more, the drain deadline) is just the end.
func pump(o output, w *sessionproto.Writer, draining *atomic.Bool) error {
	_, _ = w.Copy(o.t, drainReader{o.f, draining})
	return w.Err()
}

// drainReader reads a process's output; once the process has exited, each
// read may wait at most drainGrace for data (see drainGrace).
type drainReader struct {
	f        *os.File
	draining *atomic.Bool
}

func (r drainReader) Read(p []byte) (int, error) {
	if r.draining.Load() {
		_ = r.f.SetReadDeadline(time.Now().Add(drainGrace))
	}
	return r.f.Read(p)
}

// finish ends the stream after the agent's last message. It half-closes so
// the client reads everything and then the end, and lets the client close
// its side before closing the rest: closing with client data unread would
// make a TCP-like transport reset, which can destroy the last message in
// flight. clientDone is closed when the client's side has ended; nil means
// nothing is reading it yet.
func (s *session) finish(clientDone <-chan struct{}) {
	if cw, ok := s.conn.(closeWriter); ok && cw.CloseWrite() == nil {
		if clientDone == nil {
			done := make(chan struct{})
			go func() {
				defer close(done)
				_, _ = io.Copy(io.Discard, s.conn)
			}()
			clientDone = done
		}
		t := time.NewTimer(lingerTimeout)
		select {
		case <-clientDone:
		case <-t.C:
		}
		t.Stop()
	}
	_ = s.conn.Close()
}

// terminate hangs up the session's processes the way a terminal hangup
// does, then kills whatever has not exited when the grace period ends. It
// returns once the session's process has been reaped and nothing is left
// alive in its groups (or, after SIGKILL, another grace period has passed).
func (p *proc) terminate(exited <-chan struct{}, grace time.Duration) {
	groups := p.groups()
	signalGroups(groups, syscall.SIGHUP)
	signalGroups(groups, syscall.SIGCONT) // a stopped job must run to act on SIGHUP
	deadline := time.NewTimer(grace)
	defer deadline.Stop()
	poll := time.NewTicker(50 * time.Millisecond)
	defer poll.Stop()
	leaderGone, exitedCh, killed := false, exited, false
	for {
		select {
		case <-deadline.C:
			if killed { // stuck in the kernel; nothing more to do
				<-exited
				return
			}
			signalGroups(groups, syscall.SIGKILL)
			killed = true
			deadline.Reset(grace)
		case <-exitedCh:
			leaderGone, exitedCh = true, nil
		case <-poll.C:
		}
		if leaderGone && !anyAlive(groups) {
			return
		}
	}
}

func signalGroups(groups []int, sig syscall.Signal) {
	for _, g := range groups {
		if g > 1 {
			_ = syscall.Kill(-g, sig)
		}
	}
}

func anyAlive(groups []int) bool {
	for _, g := range groups {
		if len(groupMembers(g)) > 0 {
			return true
		}
	}
	return false
}

// exitStatus is the status a shell would report: the exit code, or 128+N
// for death by signal N.
func exitStatus(ps *os.ProcessState) int32 {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int32(ws.Signal())
	}
	return int32(ps.ExitCode())
}
