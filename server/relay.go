package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
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

	ctx    context.Context // ends when the session ends
	cancel context.CancelFunc
	idle   *time.Timer
	done   chan struct{} // closed once the session's end is recorded

	mu       sync.Mutex
	client   *tunnel.Session // the client's current connection
	ending   bool
	exitCode *int
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

// begin starts relaying a session that was just recorded.
func (s *Server) begin(rec tether.Session, agent *agentConn) *liveSession {
	ctx, cancel := context.WithCancel(context.Background())
	ls := &liveSession{srv: s, rec: rec, agent: agent, ctx: ctx, cancel: cancel, done: make(chan struct{})}
	s.live.mu.Lock()
	if s.live.m == nil {
		s.live.m = map[string]*liveSession{}
	}
	s.live.m[rec.ID] = ls
	s.live.wg.Add(1)
	s.live.mu.Unlock()
	ls.idle = time.AfterFunc(connectTimeout, func() {
		ls.terminate(tether.SessionFailed, "the client did not connect within "+connectTimeout.String())
	})
	go func() {
		select {
		case <-agent.tunnel.Done():
			ls.terminate(tether.SessionFailed, ls.lostAgentReason(nil))
		case <-ctx.Done():
		}
	}()
	return ls
}

// activity pushes back the idle timeout.
func (ls *liveSession) activity() { ls.idle.Reset(ls.srv.idleTimeout) }

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
	ctx, cancel := context.WithTimeout(context.Background(), endTimeout)
	defer cancel()
	if _, err := ls.srv.broker.EndSession(ctx, ls.rec.ID, status, details, exit); err != nil {
		ls.srv.log.Error("recording the end of a session", "session", ls.rec.ID, "err", err)
	}
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
	if ls.ending || ls.client != nil {
		ls.mu.Unlock()
		cs.CloseWithError("the session is already connected or has ended")
		return
	}
	ls.client = cs
	ls.mu.Unlock()
	ls.activity()
	ctx, cancel := context.WithTimeout(ls.ctx, endTimeout)
	ls.srv.broker.SetSessionStatus(ctx, ls.rec.ID, tether.SessionConnected)
	cancel()

	switch ls.rec.Kind {
	case tether.SessionShell, tether.SessionCommand:
		ls.serveShell(cs)
	default:
		ls.serveForwards(cs)
	}
}

func (ls *liveSession) openRequest() sessionproto.OpenRequest {
	return sessionproto.OpenRequest{Kind: ls.rec.Kind, SessionID: ls.rec.ID, RunAs: ls.rec.RunAs,
		Command: ls.rec.Command, Host: ls.rec.Host, Port: ls.rec.Port}
}

// serveShell relays one shell or command stream. The server reads the
// messages (rather than copying bytes) because it is where the session is
// recorded and where its exit status is learnt.
func (ls *liveSession) serveShell(cs *tunnel.Session) {
	cst, err := cs.Accept(ls.ctx)
	if err != nil {
		ls.terminate(tether.SessionFailed, "the client opened no stream: "+err.Error())
		return
	}
	var hdr api.StreamHeader
	if err := json.Unmarshal(cst.Header(), &hdr); err != nil {
		cst.Reset("the stream header must be a JSON object")
		ls.terminate(tether.SessionFailed, "the client sent a malformed stream header")
		return
	}
	req := ls.openRequest()
	req.Cols, req.Rows, req.Term = int(hdr.Cols), int(hdr.Rows), hdr.Term
	ast, err := ls.agent.tunnel.Open(ls.ctx, req.Encode())
	if err != nil {
		ls.fail(cst, "could not reach the agent: "+err.Error())
		return
	}
	go ls.pumpInput(cst, ast)
	ls.pumpOutput(ast, cst)
}

// pumpInput forwards what the client types to the agent.
func (ls *liveSession) pumpInput(cst, ast *tunnel.Stream) {
	in, out := sessionproto.NewReader(cst), sessionproto.NewWriter(ast)
	for {
		m, err := in.ReadMessage()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				ls.terminate(tether.SessionTerminated, "the client disconnected")
			}
			return
		}
		switch m.Type {
		case sessionproto.Input, sessionproto.Resize, sessionproto.EOF:
			ls.activity()
			if err := out.WriteMessage(m.Type, m.Payload); err != nil {
				return
			}
		}
	}
}

// pumpOutput forwards what the agent sends until the session's exit.
func (ls *liveSession) pumpOutput(ast, cst *tunnel.Stream) {
	in, out := sessionproto.NewReader(ast), sessionproto.NewWriter(cst)
	for {
		m, err := in.ReadMessage()
		if err != nil {
			ls.fail(cst, ls.lostAgentReason(err))
			return
		}
		switch m.Type {
		case sessionproto.Output, sessionproto.Stderr, sessionproto.Error:
		case sessionproto.Exit:
			if code, err := sessionproto.DecodeExit(m.Payload); err == nil {
				c := int(code)
				ls.mu.Lock()
				ls.exitCode = &c
				ls.mu.Unlock()
			}
		default:
			continue
		}
		if m.Type == sessionproto.Exit {
			ls.end(tether.SessionTerminated, "the session's shell exited", func() {
				out.WriteMessage(m.Type, m.Payload)
				cst.CloseWrite()
			})
			return
		}
		if err := out.WriteMessage(m.Type, m.Payload); err != nil {
			ls.terminate(tether.SessionTerminated, "the client disconnected")
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

// fail ends the session as Failed and tells the client why.
func (ls *liveSession) fail(cst *tunnel.Stream, why string) {
	ls.end(tether.SessionFailed, why, func() {
		sessionproto.NewWriter(cst).WriteMessage(sessionproto.Error, sessionproto.EncodeError(why))
		cst.CloseWrite()
	})
}

// serveForwards relays each TCP connection the client forwards: one client
// stream, one agent stream, bytes copied both ways with half-close.
func (ls *liveSession) serveForwards(cs *tunnel.Session) {
	req := ls.openRequest().Encode()
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
			pipe(ls, cst, ast)
		}()
	}
}

// pipe copies between two streams until both directions are done. A reset
// on one side (the agent could not connect, say) resets the other with the
// same reason.
func pipe(ls *liveSession, a, b *tunnel.Stream) {
	var wg sync.WaitGroup
	wg.Add(2)
	half := func(dst, src *tunnel.Stream) {
		defer wg.Done()
		buf := copyBuffers.Get().(*[]byte)
		defer copyBuffers.Put(buf)
		_, err := io.CopyBuffer(dst, activityReader{src, ls}, *buf)
		var se *tunnel.StreamError
		if errors.As(err, &se) {
			dst.Reset(se.Reason)
			src.Reset(se.Reason)
			return
		}
		dst.CloseWrite()
	}
	go half(a, b)
	go half(b, a)
	wg.Wait()
	a.Close()
	b.Close()
}

var copyBuffers = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}

// activityReader counts reads as activity for the idle timeout.
type activityReader struct {
	r  io.Reader
	ls *liveSession
}

func (a activityReader) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if n > 0 {
		a.ls.activity()
	}
	return n, err
}
