package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
	"github.com/tetherhq/tether/sessionproto"
	"github.com/tetherhq/tether/tunnel"
)

// resumeFor is how long the CLI keeps trying to resume a session whose
// connection broke; the server waits a little longer.
const resumeFor = 45 * time.Second

// inputWindow bounds the input kept for sending again after a resume.
const inputWindow = 1 << 20

// shellClient runs one shell or command session on this terminal, across
// broken connections: it counts what it received and keeps what it typed,
// so that a resumed connection loses and repeats nothing.
type shellClient struct {
	e           *env
	c           *client.Client
	id          string
	interactive bool
	hdr         api.StreamHeader
	received    uint64 // bytes of server messages received

	mu      sync.Mutex
	more    *sync.Cond
	input   []byte // the last typed bytes, ending at offset typed
	typed   uint64
	sent    uint64 // offset up to which input went on the current stream
	eof     bool   // stdin ended
	eofSent bool
	stream  *tunnel.Stream
}

// runShell connects a shell or command session to this terminal and
// returns the remote exit status.
func runShell(ctx context.Context, e *env, c *client.Client, id string, interactive bool) (int, error) {
	sc := &shellClient{e: e, c: c, id: id, interactive: interactive, hdr: api.StreamHeader{Cols: 80, Rows: 24, Term: os.Getenv("TERM")}}
	sc.more = sync.NewCond(&sc.mu)
	fd, isTerm := terminalFD(e.stdin)
	if isTerm {
		if w, h, err := term.GetSize(fd); err == nil {
			sc.hdr.Cols, sc.hdr.Rows = uint16(w), uint16(h)
		}
	}
	if interactive && isTerm {
		old, err := term.MakeRaw(fd)
		if err != nil {
			return 0, err
		}
		defer term.Restore(fd, old) // every return path, including errors
		stop := watchResize(fd, sc.resize)
		defer stop()
	}
	go sc.readStdin()

	var lostAt time.Time
	for {
		code, err := sc.attach(ctx, !lostAt.IsZero())
		var lost connectionLost
		if !errors.As(err, &lost) {
			return code, err
		}
		if lostAt.IsZero() {
			lostAt = time.Now()
			fmt.Fprintf(e.stderr, "\r\n[tether: connection lost (%v); resuming session %s]\r\n", lost.err, id)
		}
		if time.Since(lostAt) > resumeFor {
			return 0, tether.Errorf(tether.EUNAVAILABLE, "could not resume session %s within %s: %v", id, resumeFor, lost.err)
		}
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(time.Second):
		}
		if err == nil {
			lostAt = time.Time{}
		}
	}
}

// connectionLost marks a broken connection, after which the session may be
// resumed.
type connectionLost struct{ err error }

func (c connectionLost) Error() string { return c.err.Error() }

// attach opens (or resumes) the session's stream and runs it until the
// session exits or the connection breaks.
func (sc *shellClient) attach(ctx context.Context, resume bool) (int, error) {
	ts, err := sc.c.ConnectSession(ctx, sc.id)
	if err != nil {
		if resume && tether.ErrorCode(err) == tether.EUNAVAILABLE {
			return 0, connectionLost{err}
		}
		return 0, err
	}
	defer ts.Close()
	hdr := sc.hdr
	hdr.Resume, hdr.Received = resume, sc.received
	b, _ := json.Marshal(hdr)
	st, err := ts.Open(ctx, b)
	if err != nil {
		return 0, connectionLost{err}
	}
	in := sessionproto.NewReader(st)
	if resume {
		m, err := in.ReadMessage()
		if err != nil {
			return 0, sc.ended(ts, err)
		}
		if m.Type != sessionproto.Resumed {
			return sc.handle(m)
		}
		n, err := sessionproto.DecodeResumed(m.Payload)
		if err != nil {
			return 0, err
		}
		fmt.Fprintf(sc.e.stderr, "[tether: session %s resumed]\r\n", sc.id)
		sc.setStream(st, n)
	} else {
		sc.setStream(st, 0)
	}
	go sc.writeInput(st)
	for {
		m, err := in.ReadMessage()
		if err != nil {
			return 0, sc.ended(ts, err)
		}
		if code, err := sc.handle(m); err != nil || m.Type == sessionproto.Exit {
			return code, err
		}
	}
}

// handle acts on one server message.
func (sc *shellClient) handle(m sessionproto.Message) (int, error) {
	sc.received += uint64(sessionproto.HeaderSize + len(m.Payload))
	switch m.Type {
	case sessionproto.Output:
		sc.e.stdout.Write(m.Payload)
	case sessionproto.Stderr:
		sc.e.stderr.Write(m.Payload)
	case sessionproto.Error:
		return 0, tether.Errorf(tether.EUNAVAILABLE, "%s", m.Payload)
	case sessionproto.Exit:
		code, err := sessionproto.DecodeExit(m.Payload)
		return int(code), err
	}
	return 0, nil
}

// ended tells a session the server ended (final) from a broken connection
// (resumable).
func (sc *shellClient) ended(ts *tunnel.Session, err error) error {
	var away *tunnel.GoAwayError
	if errors.As(ts.Err(), &away) && away.Reason != "" {
		return tether.Errorf(tether.EUNAVAILABLE, "the session ended: %s", away.Reason)
	}
	return connectionLost{err}
}

func (sc *shellClient) setStream(st *tunnel.Stream, inputReceived uint64) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	start := sc.typed - uint64(len(sc.input))
	if inputReceived < start {
		fmt.Fprintf(sc.e.stderr, "[tether: %d bytes of input were lost]\r\n", start-inputReceived)
		inputReceived = start
	}
	sc.stream, sc.sent, sc.eofSent = st, min(inputReceived, sc.typed), false
	sc.more.Broadcast()
}

// readStdin keeps what is typed, for the current stream and any resumed one.
func (sc *shellClient) readStdin() {
	buf := make([]byte, 32<<10)
	for {
		n, err := sc.e.stdin.Read(buf)
		sc.mu.Lock()
		if n > 0 {
			sc.input = append(sc.input, buf[:n]...)
			sc.typed += uint64(n)
			if over := len(sc.input) - inputWindow; over > 0 {
				sc.input = append(sc.input[:0], sc.input[over:]...)
			}
		}
		if err != nil {
			sc.eof = true
		}
		sc.more.Broadcast()
		sc.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// writeInput sends typed input on st from where the server is, until st is
// replaced or fails.
func (sc *shellClient) writeInput(st *tunnel.Stream) {
	w := sessionproto.NewWriter(st)
	for {
		sc.mu.Lock()
		for sc.stream == st && sc.sent == sc.typed && (!sc.eof || sc.eofSent) {
			sc.more.Wait()
		}
		if sc.stream != st {
			sc.mu.Unlock()
			return
		}
		start := sc.typed - uint64(len(sc.input))
		chunk := append([]byte(nil), sc.input[sc.sent-start:]...)
		sendEOF := sc.eof && !sc.eofSent && len(chunk) == 0
		sc.mu.Unlock()

		if len(chunk) > 0 {
			if _, err := w.Stream(sessionproto.Input).Write(chunk); err != nil {
				return
			}
			sc.mu.Lock()
			if sc.stream == st {
				sc.sent += uint64(len(chunk))
			}
			sc.mu.Unlock()
		}
		if sendEOF {
			if w.WriteMessage(sessionproto.EOF, nil) != nil {
				return
			}
			sc.mu.Lock()
			sc.eofSent = true
			sc.mu.Unlock()
		}
	}
}

// resize sends the terminal's new size on the current stream.
func (sc *shellClient) resize(cols, rows uint16) {
	sc.mu.Lock()
	st := sc.stream
	sc.hdr.Cols, sc.hdr.Rows = cols, rows
	sc.mu.Unlock()
	if st != nil {
		sessionproto.NewWriter(st).WriteMessage(sessionproto.Resize, sessionproto.EncodeResize(cols, rows))
	}
}
