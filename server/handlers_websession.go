package server

import (
	"context"
	"crypto/subtle"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/coder/websocket"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/sessionproto"
	"github.com/tetherhq/tether/tunnel"
)

// sessionWebSocket connects the console's browser terminal to its session:
// GET /api/v1/sessions/{id}/ws, a WebSocket, because browsers cannot speak
// the CLI's upgrade protocol. It is decided exactly like sessionStream (the
// owner's first connection, else ssm:ResumeSession or ssm:StartSession on
// the instance) and then runs the real relay path: the server side of a
// tunnel over an in-memory pipe goes to liveSession.serveClient, so that
// recording, resuming and the idle timeouts all apply; this handler is the
// tunnel's client and opens the one shell stream.
//
// The query carries what the CLI puts in the stream header and, since a
// browser cannot add headers to a WebSocket handshake, the CSRF token:
//
//	csrf      the tether_csrf cookie's value (required with cookie sign-in)
//	cols,rows the terminal size
//	term      the TERM name (default xterm-256color)
//	resume    "true" to resume after a broken connection
//	received  with resume: bytes of messages received so far (see below)
//
// Framing: every WebSocket message is binary and carries exactly one
// sessionproto message as on the CLI's stream: a type byte, a 4-byte
// big-endian payload length, and the payload (at most sessionproto.MaxPayload
// bytes). The browser sends Input, Resize and EOF; the server sends Output,
// Stderr, Error, Exit and, first on a resumed connection, Resumed (the count
// of input bytes the session received, from which the browser sends its
// input again). "received" counts the bytes of the messages received, header
// included, exactly as api.StreamHeader.Received. When the session ends the
// server closes the WebSocket with status 1000.
func (s *Server) sessionWebSocket(c *call) (operation, error) {
	id := c.r.PathValue("id")
	sess, err := s.broker.Session(c.r.Context(), id)
	if err != nil && tether.ErrorCode(err) != tether.ENOTFOUND {
		return operation{}, err
	}
	first := err == nil && sess.Status == tether.SessionConnecting
	arn := s.account.SessionARN(id)
	hdr, herr := wsStreamHeader(c.r.URL.Query())
	return operation{Action: "ssm:ResumeSession", Resource: arn, filtered: true,
		Run: func(ctx context.Context) (any, error) {
			if err := s.checkWebSocketRequest(c.r); err != nil {
				return nil, err
			}
			if herr != nil {
				return nil, herr
			}
			live, err := s.joinable(c, id, sess, first, err)
			if err != nil {
				return nil, err
			}
			if !sess.Kind.Interactive() {
				return nil, tether.Errorf(tether.EINVALID, "session %s is a %s session; the browser terminal takes shell and command sessions", id, sess.Kind)
			}
			// The origin was checked above (checkWebSocketRequest).
			ws, aerr := websocket.Accept(c.w, c.r, &websocket.AcceptOptions{InsecureSkipVerify: true})
			c.hijacked = true // Accept answered, with an error if it failed
			if aerr != nil {
				return nil, tether.Errorf(tether.EINVALID, "%v", aerr)
			}
			a, b := net.Pipe()
			go live.serveClient(b)
			go s.bridgeWebSocket(ws, a, hdr)
			return nil, nil
		}}, nil
}

// wsStreamHeader reads the stream header from the query.
func wsStreamHeader(q url.Values) (api.StreamHeader, error) {
	hdr := api.StreamHeader{Term: q.Get("term"), Resume: q.Get("resume") == "true"}
	if hdr.Term == "" {
		hdr.Term = "xterm-256color"
	}
	for _, f := range []struct {
		name string
		dst  *uint16
	}{{"cols", &hdr.Cols}, {"rows", &hdr.Rows}} {
		if v := q.Get(f.name); v != "" {
			n, err := strconv.ParseUint(v, 10, 16)
			if err != nil {
				return hdr, tether.Errorf(tether.EINVALID, "%s: must be a number from 0 to 65535, not %q", f.name, v)
			}
			*f.dst = uint16(n)
		}
	}
	if v := q.Get("received"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return hdr, tether.Errorf(tether.EINVALID, "received: must be a byte count, not %q", v)
		}
		hdr.Received = n
	}
	return hdr, nil
}

// checkWebSocketRequest stops cross-site WebSocket hijacking: a page of
// another site can open a WebSocket with the user's cookies, so the Origin
// must be the console's own, and a request signed in by cookie must carry
// the CSRF cookie's value in the csrf query parameter (the handshake is a
// GET, which checkCSRF lets through).
func (s *Server) checkWebSocketRequest(r *http.Request) error {
	if origin := r.Header.Get("Origin"); origin != "" {
		u, err := url.Parse(origin)
		if err != nil || u.Host == "" || !sameHost(u.Host, s.consoleHost(r)) {
			return tether.Errorf(tether.EFORBIDDEN, "WebSocket from origin %q refused: only the console's own pages may connect", origin)
		}
	}
	if _, byCookie := credential(r); !byCookie {
		return nil
	}
	ck, err := r.Cookie(api.CSRFCookie)
	q := r.URL.Query().Get("csrf")
	if err != nil || ck.Value == "" || subtle.ConstantTimeCompare([]byte(ck.Value), []byte(q)) != 1 {
		return tether.Errorf(tether.EFORBIDDEN, "missing or wrong CSRF token; reload the page and try again")
	}
	return nil
}

// consoleHost is the host (and port) of the console: the public URL's, else
// the request's.
func (s *Server) consoleHost(r *http.Request) string {
	if u, err := url.Parse(s.publicURL); err == nil && u.Host != "" {
		return u.Host
	}
	return r.Host
}

// sameHost compares host:port pairs; host names are case-insensitive.
func sameHost(a, b string) bool { return strings.EqualFold(a, b) }

// wsPingInterval is how often the server pings the browser, and how long it
// waits for the pong.
const wsPingInterval = 20 * time.Second

// wsMaxMessage bounds one WebSocket message: one sessionproto message.
const wsMaxMessage = sessionproto.HeaderSize + sessionproto.MaxPayload

// bridgeWebSocket is the client of the session's tunnel over conn: it opens
// the shell stream with hdr and copies sessionproto messages between the
// stream and the WebSocket, one message per WebSocket message, until either
// side ends. A WebSocket that breaks closes the tunnel, so the relay waits
// for the browser to resume, as it would for the CLI.
func (s *Server) bridgeWebSocket(ws *websocket.Conn, conn net.Conn, hdr api.StreamHeader) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	defer ws.CloseNow()
	ws.SetReadLimit(wsMaxMessage)
	ts, err := tunnel.Client(conn, nil)
	if err != nil {
		ws.Close(websocket.StatusInternalError, "the session's connection failed")
		return
	}
	defer ts.Close()
	hb, _ := json.Marshal(hdr)
	st, err := ts.Open(ctx, hb)
	if err != nil {
		ws.Close(websocket.StatusInternalError, "the session's stream could not be opened")
		return
	}
	go func() {
		defer cancel()
		in := sessionproto.NewReader(st)
		for {
			m, err := in.ReadMessage()
			if err != nil {
				// The server ending the session says why in its GOAWAY;
				// anything else is a broken connection, to resume.
				var away *tunnel.GoAwayError
				switch {
				case errors.Is(err, io.EOF):
					ws.Close(websocket.StatusNormalClosure, "the session ended")
				case errors.As(ts.Err(), &away) && away.Reason != "":
					ws.Close(websocket.StatusNormalClosure, closeReason("the session ended: "+away.Reason))
				default:
					ws.Close(websocket.StatusGoingAway, "the session's connection ended")
				}
				return
			}
			frame := make([]byte, sessionproto.HeaderSize+len(m.Payload))
			frame[0] = byte(m.Type)
			binary.BigEndian.PutUint32(frame[1:], uint32(len(m.Payload)))
			copy(frame[sessionproto.HeaderSize:], m.Payload)
			if err := ws.Write(ctx, websocket.MessageBinary, frame); err != nil {
				return
			}
		}
	}()
	go func() {
		// A browser that vanished without closing (a network blip) is
		// noticed by its missing pongs; the relay then waits for it to
		// resume.
		t := time.NewTicker(wsPingInterval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			pctx, pcancel := context.WithTimeout(ctx, wsPingInterval)
			err := ws.Ping(pctx)
			pcancel()
			if err != nil {
				ws.CloseNow()
				return
			}
		}
	}()
	out := sessionproto.NewWriter(st)
	for {
		typ, data, err := ws.Read(ctx)
		if err != nil {
			return
		}
		t, payload, ok := parseWSFrame(typ, data)
		if !ok {
			ws.Close(websocket.StatusPolicyViolation, "each message must be one binary sessionproto Input, Resize or EOF message")
			return
		}
		if err := out.WriteMessage(t, payload); err != nil {
			return
		}
	}
}

// parseWSFrame decodes one browser message (see sessionWebSocket).
func parseWSFrame(typ websocket.MessageType, data []byte) (sessionproto.Type, []byte, bool) {
	if typ != websocket.MessageBinary || len(data) < sessionproto.HeaderSize {
		return 0, nil, false
	}
	t := sessionproto.Type(data[0])
	n := binary.BigEndian.Uint32(data[1:sessionproto.HeaderSize])
	if int(n) != len(data)-sessionproto.HeaderSize || n > sessionproto.MaxPayload {
		return 0, nil, false
	}
	switch t {
	case sessionproto.Input, sessionproto.Resize, sessionproto.EOF:
		return t, data[sessionproto.HeaderSize:], true
	}
	return 0, nil, false
}

// closeReason cuts a WebSocket close reason to the 123 bytes a close frame
// holds, on a rune boundary.
func closeReason(s string) string {
	const limit = 123
	if len(s) <= limit {
		return s
	}
	s = s[:limit]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}
