package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/recording"
	"github.com/tetherhq/tether/sessionproto"
	"github.com/tetherhq/tether/tunnel"
)

// Session timing defaults; the session preferences will make them settable.
const (
	DefaultIdleTimeout = 20 * time.Minute
	// connectTimeout is how long a started session waits for its client.
	connectTimeout = time.Minute
)

// liveSession is a session in progress on this replica: it owns the agent
// side of the session and relays between it and the client's connection.
type liveSession struct {
	srv   *Server
	rec   tether.Session
	agent *agentConn
	// idleTimeout and shellProfile are the preferences when it started.
	idleTimeout  time.Duration
	shellProfile string
	client0      string // the address the session was started from

	// recw records the session (nil without a spool); outc delivers the
	// agent's output once recorded; conns numbers forwarded connections.
	recw  *recording.Writer
	outc  *recording.Committer
	conns atomic.Int64

	ctx    context.Context // ends when the session ends
	cancel context.CancelFunc
	idle   *time.Timer
	done   chan struct{} // closed once the session's end is recorded

	out        replayLog    // what was forwarded to the client, for resuming
	forwarding atomic.Int32 // forwarded connections open now

	mu          sync.Mutex
	client      *tunnel.Session // the client's current connection
	agentStream *tunnel.Stream
	agentIn     *sessionproto.Writer
	inputBytes  uint64 // Input payload bytes received from clients
	ending      bool
	exitCode    *int
}

// liveSessions holds this replica's sessions in progress.
type liveSessions struct {
	mu sync.Mutex
	m  map[string]*liveSession
	wg sync.WaitGroup // one per session, until its end is recorded
}

func (l *liveSessions) get(id string) *liveSession {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.m[id]
}

func (l *liveSessions) all() []*liveSession {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]*liveSession, 0, len(l.m))
	for _, ls := range l.m {
		out = append(out, ls)
	}
	return out
}

// sessionLimits are the idle timeout and maximum duration of a session
// started under prefs. Preferences hold whole minutes; while they hold the
// server's defaults, the exact durations of its flags apply.
func (s *Server) sessionLimits(prefs tether.SessionPreferences) (idle, max time.Duration) {
	idle = time.Duration(prefs.IdleSessionTimeout) * time.Minute
	max = time.Duration(prefs.MaxSessionDuration) * time.Minute
	if prefs.IdleSessionTimeout == s.prefs.Defaults.IdleSessionTimeout {
		idle = s.idleTimeout
	}
	if prefs.MaxSessionDuration == s.prefs.Defaults.MaxSessionDuration {
		max = s.maxDuration
	}
	return idle, max
}

// begin starts relaying a session that was just recorded.
func (s *Server) begin(rec tether.Session, agent *agentConn, prefs tether.SessionPreferences, client string) *liveSession {
	ctx, cancel := context.WithCancel(context.Background())
	idle, max := s.sessionLimits(prefs)
	ls := &liveSession{srv: s, rec: rec, agent: agent, ctx: ctx, cancel: cancel, done: make(chan struct{}),
		idleTimeout: idle, shellProfile: prefs.ShellProfile, client0: client}
	s.live.mu.Lock()
	if s.live.m == nil {
		s.live.m = map[string]*liveSession{}
	}
	s.live.m[rec.ID] = ls
	s.live.wg.Add(1)
	s.live.mu.Unlock()
	ls.idle = time.AfterFunc(connectTimeout, ls.timedOut)
	if max > 0 {
		limit := time.AfterFunc(max, func() {
			ls.terminate(tether.SessionTerminated, "the session reached its maximum duration of "+max.String())
		})
		context.AfterFunc(ctx, func() { limit.Stop() })
	}
	if s.spool != nil && prefs.CloudWatchLogGroupName != "" && prefs.CloudWatchStreamingEnabled {
		go s.streamLogs(ls, prefs)
	}
	go func() {
		select {
		case <-agent.tunnel.Done():
			ls.terminate(tether.SessionFailed, ls.lostAgentReason(nil))
		case <-ctx.Done():
		}
	}()
	return ls
}

// timedOut ends a session whose timer ran out: the client never came, did
// not come back, or typed nothing for the idle timeout.
func (ls *liveSession) timedOut() {
	ls.mu.Lock()
	client, started := ls.client, ls.agentStream != nil
	ls.mu.Unlock()
	switch {
	case client == nil && !started:
		ls.terminate(tether.SessionFailed, "the client did not connect within "+connectTimeout.String())
	case client == nil && started:
		ls.terminate(tether.SessionTerminated, "the client did not resume the session within "+resumeWindow.String())
	case ls.forwarding.Load() > 0:
		ls.activity() // a forwarded connection is open: not idle
	default:
		ls.terminate(tether.SessionTerminated, "the session was idle for "+ls.idleTimeout.String())
	}
}

// activity pushes back the idle timeout.
func (ls *liveSession) activity() { ls.idle.Reset(ls.idleTimeout) }

// terminate ends the session once: records status and details, then
// closes both sides. Later calls do nothing.
func (ls *liveSession) terminate(status tether.SessionStatus, details string) {
	ls.end(status, details, nil)
}

// end is terminate with a last word: tell runs after the end is recorded
// and before the client's connection closes, so that whoever sees the
// session end also finds it ended in the history.
func (ls *liveSession) end(status tether.SessionStatus, details string, tell func()) {
	ls.mu.Lock()
	if ls.ending {
		ls.mu.Unlock()
		return
	}
	ls.ending = true
	client, exit := ls.client, ls.exitCode
	ls.mu.Unlock()

	ls.idle.Stop()
	if ls.outc != nil {
		ls.outc.Close() // everything recorded reaches the client first
	}
	ls.finishRecording(details, exit)
	ctx, cancel := context.WithTimeout(context.Background(), endTimeout)
	defer cancel()
	ended, err := ls.srv.broker.EndSession(ctx, ls.rec.ID, status, details, exit)
	if err != nil {
		ls.srv.log.Error("recording the end of a session", "session", ls.rec.ID, "err", err)
	}
	ls.srv.audit.Record(ctx, AuditEvent{
		Time: ls.srv.now(), Action: "tether:SessionEnded", UserName: ls.rec.Owner,
		Resource: ls.srv.account.SessionARN(ls.rec.ID), Detail: sessionEndDetail(ended, status, details),
	})
	if tell != nil {
		tell()
	}
	ls.cancel()
	if client != nil {
		client.CloseWithError(details)
	}
	ls.srv.log.Info("session ended", "session", ls.rec.ID, "status", status, "details", details)
	ls.srv.live.mu.Lock()
	delete(ls.srv.live.m, ls.rec.ID)
	ls.srv.live.mu.Unlock()
	close(ls.done)
	ls.srv.live.wg.Done()
}

// serveClient runs the client's connection until the session ends.
func (ls *liveSession) serveClient(conn net.Conn) {
	cs, err := tunnel.Server(conn, nil)
	if err != nil {
		conn.Close()
		ls.terminate(tether.SessionFailed, "the client's connection failed: "+err.Error())
		return
	}
	ls.mu.Lock()
	if ls.ending {
		ls.mu.Unlock()
		cs.CloseWithError("the session has ended")
		return
	}
	old := ls.client
	ls.client = cs
	ls.mu.Unlock()
	if old != nil {
		// A resuming client whose old connection the server has not yet
		// noticed dead: the new one wins.
		old.CloseWithError("the session was resumed on another connection")
		ls.out.detach()
	}
	ls.activity()
	ctx, cancel := context.WithTimeout(ls.ctx, endTimeout)
	ls.srv.broker.SetSessionStatus(ctx, ls.rec.ID, tether.SessionConnected)
	cancel()

	switch ls.rec.Kind {
	case tether.SessionShell, tether.SessionCommand:
		go func() {
			select {
			case <-cs.Done():
				ls.detach(cs)
			case <-ls.ctx.Done():
			}
		}()
		ls.serveShell(cs)
	default:
		ls.serveForwards(cs)
	}
}

func (ls *liveSession) openRequest() sessionproto.OpenRequest {
	req := sessionproto.OpenRequest{Kind: ls.rec.Kind, SessionID: ls.rec.ID, RunAs: ls.rec.RunAs,
		Command: ls.rec.Command, Host: ls.rec.Host, Port: ls.rec.Port}
	if ls.rec.Kind == tether.SessionShell {
		req.ShellProfile = ls.shellProfile
	}
	return req
}

// serveShell attaches a client stream to the shell or command session: the
// first one opens the agent's side; later ones resume after a broken
// connection. The server reads the messages (rather than copying bytes)
// because it records the session, learns its exit status, and keeps what
// it forwarded so a resuming client loses nothing.
func (ls *liveSession) serveShell(cs *tunnel.Session) {
	cst, err := cs.Accept(ls.ctx)
	if err != nil {
		ls.detach(cs)
		return
	}
	var hdr api.StreamHeader
	if err := json.Unmarshal(cst.Header(), &hdr); err != nil {
		cst.Reset("the stream header must be a JSON object")
		ls.detach(cs)
		return
	}
	ls.mu.Lock()
	first := ls.agentStream == nil
	ls.mu.Unlock()
	if first && !hdr.Resume {
		req := ls.openRequest()
		req.Cols, req.Rows, req.Term = int(hdr.Cols), int(hdr.Rows), hdr.Term
		if err := ls.startRecording(req.Cols, req.Rows, req.Term); err != nil {
			ls.fail(cst, "the session cannot be recorded: "+err.Error())
			return
		}
		ls.outc = ls.outputCommitter()
		ast, err := ls.agent.tunnel.Open(ls.ctx, req.Encode())
		if err != nil {
			ls.fail(cst, "could not reach the agent: "+err.Error())
			return
		}
		ls.mu.Lock()
		ls.agentStream, ls.agentIn = ast, sessionproto.NewWriter(ast)
		ls.mu.Unlock()
		ls.out.attach(cst, 0, false)
		go ls.pumpOutput(ast)
	} else if first || !ls.out.attach(cst, hdr.Received, true, ls.inputReceived()) {
		ls.fail(cst, "the session cannot be resumed from byte "+fmt.Sprint(hdr.Received))
		return
	}
	ls.pumpInput(cs, cst)
}

// pumpInput forwards what one client connection types to the agent.
func (ls *liveSession) pumpInput(cs *tunnel.Session, cst *tunnel.Stream) {
	in := sessionproto.NewReader(cst)
	for {
		m, err := in.ReadMessage()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				ls.detach(cs)
			}
			return
		}
		switch m.Type {
		case sessionproto.Input, sessionproto.Resize, sessionproto.EOF:
			ls.activity()
			if !ls.recordInput(m) {
				return
			}
			ls.mu.Lock()
			w := ls.agentIn
			if m.Type == sessionproto.Input {
				ls.inputBytes += uint64(len(m.Payload))
			}
			ls.mu.Unlock()
			if err := w.WriteMessage(m.Type, m.Payload); err != nil {
				return
			}
		}
	}
}

func (ls *liveSession) inputReceived() uint64 {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	return ls.inputBytes
}

// detach notes that a client connection is gone. Shell and command sessions
// wait resumeWindow for the client to come back; forwards end.
func (ls *liveSession) detach(cs *tunnel.Session) {
	ls.mu.Lock()
	if ls.client != cs || ls.ending {
		ls.mu.Unlock()
		return
	}
	ls.client = nil
	ls.mu.Unlock()
	cs.Close()
	if !ls.rec.Kind.Interactive() {
		ls.terminate(tether.SessionTerminated, "the client disconnected")
		return
	}
	ls.out.detach()
	ctx, cancel := context.WithTimeout(ls.ctx, endTimeout)
	ls.srv.broker.SetSessionStatus(ctx, ls.rec.ID, tether.SessionDisconnected)
	cancel()
	ls.idle.Reset(resumeWindow)
}

// resumeWindow is how long a session whose client vanished waits for it.
const resumeWindow = time.Minute

// pumpOutput forwards what the agent sends, through the replay log, until
// the session's exit.
func (ls *liveSession) pumpOutput(ast *tunnel.Stream) {
	in := sessionproto.NewReader(ast)
	for {
		m, err := in.ReadMessage()
		if err != nil {
			ls.fail(nil, ls.lostAgentReason(err))
			return
		}
		switch m.Type {
		case sessionproto.Output:
			ls.activity()
			if ls.outc == nil {
				ls.out.send(m.Type, m.Payload)
			} else if ls.outc.Append(recording.Event{Time: ls.recw.Elapsed(), Dir: recording.Output, Data: bytes.Clone(m.Payload)}) != nil {
				ls.fail(nil, "the session could not be recorded; it was ended")
				return
			}
		case sessionproto.Stderr, sessionproto.Error:
			ls.activity()
			if ls.record(recording.Event{Dir: recording.Output, Data: m.Payload}) {
				ls.out.send(m.Type, m.Payload)
			}
		case sessionproto.Exit:
			if code, err := sessionproto.DecodeExit(m.Payload); err == nil {
				c := int(code)
				ls.mu.Lock()
				ls.exitCode = &c
				ls.mu.Unlock()
			}
			ls.end(tether.SessionTerminated, "the session's shell exited", func() {
				ls.out.send(m.Type, m.Payload)
				ls.out.closeWrite()
			})
			return
		}
	}
}

// lostAgentReason explains why the agent's side of a session ended
// without an exit status.
func (ls *liveSession) lostAgentReason(err error) string {
	switch {
	case ls.srv.shuttingDown.Load():
		return shutdownReason
	case isClosed(ls.agent.tunnel.Done()):
		return fmt.Sprintf("the agent of instance %s disconnected: %v", ls.agent.instanceID, ls.agent.tunnel.Err())
	}
	return "the agent ended the session: " + err.Error()
}

func isClosed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// shutdownReason ends the sessions of a server that stops.
const shutdownReason = "the server shut down"

// fail ends the session as Failed and tells the client why: on cst, or on
// the attached client stream when cst is nil.
func (ls *liveSession) fail(cst *tunnel.Stream, why string) {
	ls.end(tether.SessionFailed, why, func() {
		if cst != nil {
			sessionproto.NewWriter(cst).WriteMessage(sessionproto.Error, sessionproto.EncodeError(why))
			cst.CloseWrite()
			return
		}
		ls.out.send(sessionproto.Error, sessionproto.EncodeError(why))
		ls.out.closeWrite()
	})
}

// serveForwards relays each TCP connection the client forwards: one client
// stream, one agent stream, bytes copied both ways with half-close.
func (ls *liveSession) serveForwards(cs *tunnel.Session) {
	req := ls.openRequest().Encode()
	if ls.recorder() == nil {
		if err := ls.startRecording(0, 0, ""); err != nil {
			ls.terminate(tether.SessionFailed, "the session cannot be recorded: "+err.Error())
			return
		}
	}
	for {
		cst, err := cs.Accept(ls.ctx)
		if err != nil {
			if ls.ctx.Err() == nil {
				ls.terminate(tether.SessionTerminated, "the client disconnected")
			}
			return
		}
		ls.activity()
		go func() {
			ast, err := ls.agent.tunnel.Open(ls.ctx, req)
			if err != nil {
				cst.Reset("could not reach the agent: " + err.Error())
				return
			}
			recordedPipe(ls, ls.conns.Add(1), cst, ast)
		}()
	}
}

// pipe copies between two streams until both directions are done. A reset
// on one side (the agent could not connect, say) resets the other with the
// same reason. The copy goes through the tunnel's WriteTo, which hands
// received buffers over without copying them; an open connection counts as
// activity for the idle timeout (see timedOut).
func pipe(ls *liveSession, a, b *tunnel.Stream) (aToB, bToA int64) {
	ls.forwarding.Add(1)
	defer func() {
		ls.forwarding.Add(-1)
		ls.activity()
	}()
	var wg sync.WaitGroup
	wg.Add(2)
	half := func(dst, src *tunnel.Stream, n *int64) {
		defer wg.Done()
		var err error
		*n, err = src.WriteTo(dst)
		var se *tunnel.StreamError
		if errors.As(err, &se) {
			dst.Reset(se.Reason)
			src.Reset(se.Reason)
			return
		}
		dst.CloseWrite()
	}
	go half(b, a, &aToB)
	go half(a, b, &bToA)
	wg.Wait()
	a.Close()
	b.Close()
	return aToB, bToA
}

// sessionEndDetail describes how a session ended, for the audit trail.
func sessionEndDetail(s tether.Session, status tether.SessionStatus, details string) string {
	d := "status " + string(status)
	if s.ExitCode != nil {
		d += ", exit code " + strconv.Itoa(*s.ExitCode)
	}
	if details != "" {
		d += ": " + details
	}
	return d
}

// recordInput records what a client sends before it reaches the agent:
// keystrokes as Input, terminal sizes as Resize.
func (ls *liveSession) recordInput(m sessionproto.Message) bool {
	switch m.Type {
	case sessionproto.Input:
		return ls.record(recording.Event{Dir: recording.Input, Data: m.Payload})
	case sessionproto.Resize:
		cols, rows, err := sessionproto.DecodeResize(m.Payload)
		if err != nil {
			return true // the agent refuses it too
		}
		return ls.record(recording.Event{Dir: recording.Resize, Cols: int(cols), Rows: int(rows)})
	}
	return true
}
