package tunnel

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"net"
	"os"
	"strings"
	"testing"
	"time"
)

func TestHandshake(t *testing.T) {
	type side int
	const (
		asClient side = iota // the raw peer plays the client; the session under test is a Server
		asServer
	)
	hello12 := testHello(2, 3)
	for _, tc := range []struct {
		name    string
		peer    side
		send    []byte // what the raw peer sends first
		wantErr string // from the session under test; "" to succeed
		wantVer int
		goAway  string // a GOAWAY the raw peer must receive containing this
	}{
		{name: "peer speaks 1-5", peer: asClient, send: testHello(1, 5).appendFrame(nil), wantVer: 1},
		{name: "server refuses newer client", peer: asClient, send: hello12.appendFrame(nil),
			wantErr: "this side speaks version 1, the peer speaks versions 2-3", goAway: "no common protocol version"},
		{name: "client refuses newer server", peer: asServer, send: func() []byte { h := hello12; h.server = true; return h.appendFrame(nil) }(),
			wantErr: "this side speaks version 1, the peer speaks versions 2-3"},
		{name: "two clients", peer: asClient, send: func() []byte { h := testHello(1, 1); h.server = true; return h.appendFrame(nil) }(),
			wantErr: "both ends of the connection are servers", goAway: "both ends"},
		{name: "not this protocol", peer: asClient, send: []byte("HTTP/1.1 400 Bad Request\r\n\r\n"),
			wantErr: `does not speak this protocol: it began with "HTTP/1.1 "`},
		{name: "goaway instead of hello", peer: asServer, send: appendFrame(nil, typeGoAway, flagError, 0, []byte("agent is disabled")),
			wantErr: "peer ended the session with an error: agent is disabled"},
		{name: "bad magic", peer: asClient, send: appendFrame(nil, typeHello, 0, 0, []byte("XXXX\x00\x01\x00\x01")),
			wantErr: `HELLO frame: missing the "TTHR" magic`, goAway: "magic"},
		{name: "window too small", peer: asClient, send: appendFrame(nil, typeHello, 0, 0, []byte("TTHR\x00\x01\x00\x01\x00\x01\x00\x00\x00\x10")),
			wantErr: "stream window 16 is outside"},
		{name: "truncated hello", peer: asServer, send: appendFrame(nil, typeHello, flagServer, 0, []byte("TTHR\x00\x01\x00\x01\x00\x01"))[:15],
			wantErr: "reading the peer's hello"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkGoroutines(t)
			raw, conn := net.Pipe()
			defer raw.Close()
			got := make(chan []byte, 1)
			go func() {
				if tc.peer == asServer {
					var hb [headerLen]byte
					readFrame(raw, hb[:], 0) // the client's hello
				}
				raw.Write(tc.send)
				if tc.peer == asServer {
					raw.Close() // what a refusing or truncated server does
				}
				b, _ := io.ReadAll(raw)
				got <- b
			}()
			var s *Session
			var err error
			if tc.peer == asClient {
				s, err = Server(conn, &Config{KeepAliveTimeout: testTimeout})
			} else {
				s, err = Client(conn, &Config{KeepAliveTimeout: testTimeout})
			}
			if tc.wantErr == "" {
				wantErr(t, err, "")
				if s.Version() != tc.wantVer {
					t.Errorf("version %d, want %d", s.Version(), tc.wantVer)
				}
				s.Close()
			} else {
				wantErr(t, err, tc.wantErr)
			}
			raw.Close()
			sent := <-got
			if tc.goAway != "" {
				i := bytes.IndexByte(sent, byte(typeGoAway))
				if i < 0 || !strings.Contains(string(sent[i:]), tc.goAway) {
					t.Errorf("peer received %q, want a GOAWAY containing %q", sent, tc.goAway)
				}
			}
		})
	}
}

func TestHandshakeTimesOut(t *testing.T) {
	raw, conn := net.Pipe()
	defer raw.Close()
	_, err := Server(conn, &Config{KeepAliveTimeout: 10 * time.Millisecond})
	if !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("err = %v, want a deadline error", err)
	}
}

func TestConfigValidation(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"defaults", Config{}, ""},
		{"tiny window", Config{StreamWindow: 10}, "StreamWindow 10"},
		{"negative streams", Config{MaxStreams: -1}, "MaxStreams -1"},
		{"negative timeout", Config{KeepAliveTimeout: -1}, "KeepAliveTimeout"},
		{"huge header", Config{MaxHeaderSize: 1 << 30}, "MaxHeaderSize"},
		{"keepalive off", Config{KeepAlive: -1}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.cfg.resolve()
			wantErr(t, err, tc.want)
		})
	}
	a, _ := net.Pipe()
	if _, err := Client(a, &Config{StreamWindow: 1}); err == nil {
		t.Fatal("Client accepted a bad config")
	}
}

func TestOpenAccept(t *testing.T) {
	for _, tc := range []struct {
		name   string
		opener func(c, s *Session) (*Session, *Session)
		parity uint32
	}{
		{"client opens odd IDs", func(c, s *Session) (*Session, *Session) { return c, s }, 1},
		{"server opens even IDs", func(c, s *Session) (*Session, *Session) { return s, c }, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, s := MustPipePair(t, nil, nil)
			opener, acceptor := tc.opener(c, s)
			for i := range 3 {
				hdr := "ssh i-0abc " + strings.Repeat("x", i)
				st := mustOpen(t, opener, hdr)
				if st.ID()%2 != tc.parity {
					t.Fatalf("ID %d has the wrong parity", st.ID())
				}
				go func() { st.Write([]byte("ping")); st.CloseWrite() }()
				in := mustAccept(t, acceptor)
				if in.ID() != st.ID() || string(in.Header()) != hdr {
					t.Fatalf("accepted %d %q, opened %d %q", in.ID(), in.Header(), st.ID(), hdr)
				}
				if got := readAll(t, in); string(got) != "ping" {
					t.Fatalf("read %q", got)
				}
				in.Write([]byte("pong"))
				in.Close()
				if got := readAll(t, st); string(got) != "pong" {
					t.Fatalf("read back %q", got)
				}
				st.Close()
			}
			eventually(t, "streams to be forgotten", func() bool { return c.NumStreams() == 0 && s.NumStreams() == 0 })
		})
	}
}

func TestOpenHeaderLimit(t *testing.T) {
	c, s := MustPipePair(t, nil, &Config{MaxHeaderSize: 100})
	if _, err := c.Open(testCtx(t), make([]byte, 101)); err == nil || !strings.Contains(err.Error(), "exceeds the peer's limit of 100") {
		t.Fatalf("Open with a large header: %v", err)
	}
	st := mustOpen(t, c, strings.Repeat("h", 100))
	if in := mustAccept(t, s); len(in.Header()) != 100 || in.ID() != st.ID() {
		t.Fatalf("accepted %d with a %d-byte header", in.ID(), len(in.Header()))
	}
}

// Headers larger than one record travel in one OPEN frame of their own.
func TestLargeHeader(t *testing.T) {
	c, s := MustPipePair(t, &Config{MaxHeaderSize: 100 << 10}, &Config{MaxHeaderSize: 100 << 10})
	hdr := bytes.Repeat([]byte("0123456789"), 10<<10)
	st := mustOpen(t, s, string(hdr))
	go st.Write([]byte("after"))
	in := mustAccept(t, c)
	if !bytes.Equal(in.Header(), hdr) {
		t.Fatal("header mangled")
	}
	buf := make([]byte, 5)
	if _, err := io.ReadFull(in, buf); err != nil || string(buf) != "after" {
		t.Fatalf("read %q %v", buf, err)
	}
}

func TestMaxStreamsRefusesWithReset(t *testing.T) {
	c, s := MustPipePair(t, nil, &Config{MaxStreams: 2})
	var open []*Stream
	for range 3 {
		open = append(open, mustOpen(t, c, ""))
	}
	_, err := open[2].Read(make([]byte, 1))
	se := asStreamError(t, err)
	if !se.Remote || !strings.Contains(se.Reason, "too many streams: the peer allows 2 at once") {
		t.Fatalf("refused stream: %+v", se)
	}
	a := mustAccept(t, s)
	mustAccept(t, s)
	// A slot frees when a stream ends; the next open is accepted.
	a.Reset("done")
	open[0].Read(make([]byte, 1))
	eventually(t, "the reset to reach the client", func() bool { return c.NumStreams() == 1 })
	mustOpen(t, c, "fourth")
	if st := mustAccept(t, s); string(st.Header()) != "fourth" {
		t.Fatalf("accepted %q", st.Header())
	}
}

func TestPing(t *testing.T) {
	c, s := MustPipePair(t, nil, nil)
	for _, sess := range []*Session{c, s} {
		if _, err := sess.Ping(testCtx(t)); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Ping(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Ping with a cancelled context: %v", err)
	}
}

func TestSessionErr(t *testing.T) {
	for _, tc := range []struct {
		name      string
		end       func(c, s *Session, sc net.Conn)
		wantLocal string // client's Err
		isLocal   error
		wantPeer  string // server's Err
	}{
		{"close", func(c, s *Session, _ net.Conn) { c.Close() }, "tunnel: session closed", ErrSessionClosed, "tunnel: peer closed the session"},
		{"close with error", func(c, s *Session, _ net.Conn) { c.CloseWithError("agent deregistered") },
			"session closed: agent deregistered", ErrSessionClosed, "peer ended the session with an error: agent deregistered"},
		{"connection drops", func(c, s *Session, sc net.Conn) { sc.Close() }, "connection", nil, "connection"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkGoroutines(t)
			cc, sc := net.Pipe()
			c, s := MustPair(t, cc, sc, nil, nil)
			tc.end(c, s, sc)
			<-c.Done()
			<-s.Done()
			wantErr(t, c.Err(), tc.wantLocal)
			wantErr(t, s.Err(), tc.wantPeer)
			if tc.isLocal != nil && !errors.Is(c.Err(), tc.isLocal) {
				t.Errorf("errors.Is(%v, %v) = false", c.Err(), tc.isLocal)
			}
			c.Close()
			s.Close()
		})
	}
}

// Every call waiting on a session returns once it ends, with an error that
// says why, and no goroutine outlives it.
func TestSessionEndUnblocksEverything(t *testing.T) {
	for _, tc := range []struct {
		name string
		end  func(c *Session, cc net.Conn)
		want string
	}{
		{"local close", func(c *Session, _ net.Conn) { c.Close() }, "session closed"},
		{"connection lost", func(_ *Session, cc net.Conn) { cc.Close() }, "connection"},
		{"local protocol violation", func(_ *Session, cc net.Conn) {
			cc.Write(appendFrame(nil, 0x7f, 0, 0, nil))
		}, "peer ended the session with an error: protocol error: type 0x7f frame: unknown frame type"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkGoroutines(t)
			cc, sc := MustTCPConns(t)
			c, s := MustPair(t, cc, sc, &Config{StreamWindow: MinStreamWindow}, &Config{StreamWindow: MinStreamWindow})
			reader, writer := mustOpen(t, c, "r"), mustOpen(t, c, "w")
			mustAccept(t, s)
			mustAccept(t, s)
			errs := make(chan error, 4)
			go func() { _, err := reader.Read(make([]byte, 1)); errs <- err }()
			go func() { _, err := writer.Write(make([]byte, 1<<20)); errs <- err }() // outruns the 1 KiB window
			go func() { _, err := c.Accept(context.Background()); errs <- err }()
			go func() { _, err := io.Copy(io.Discard, reader); errs <- err }()
			eventually(t, "the writer to run out of credit", func() bool {
				writer.mu.Lock()
				defer writer.mu.Unlock()
				return writer.sendWindow == 0 && writer.wwait != nil
			})
			tc.end(c, cc)
			for range 4 {
				err := <-errs
				wantErr(t, err, tc.want)
			}
			if _, err := c.Open(context.Background(), nil); err == nil {
				t.Error("Open succeeded on an ended session")
			}
			c.Close()
			s.Close()
		})
	}
}

// The peer's protocol errors end the session with a *ProtocolError naming
// the frame, and the peer hears the same text in a GOAWAY.
func TestProtocolErrors(t *testing.T) {
	u32 := func(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }
	type frame struct {
		typ    frameType
		flags  uint8
		stream uint32
		p      []byte
	}
	for _, tc := range []struct {
		name   string
		frames []frame
		raw    []byte // sent after frames
		want   string
	}{
		{"unknown type", nil, appendFrame(nil, 0x42, 0, 1, nil), "type 0x42 frame for stream 1: unknown frame type"},
		{"undefined flag", []frame{{typeOpen, 0x80, 1, nil}}, nil, "OPEN frame for stream 1: undefined flags 0x80"},
		{"oversized data", nil, []byte{byte(typeData), 0, 0x01, 0, 0, 0, 0, 0, 1}, "DATA frame for stream 1: payload of 65536 bytes exceeds the limit of 16375"},
		{"max length", nil, []byte{byte(typeOpen), 0, 0xff, 0xff, 0xff, 0, 0, 0, 1}, "payload of 16777215 bytes exceeds the limit of 100"},
		{"open with server parity", []frame{{typeOpen, 0, 2, nil}}, nil, "OPEN frame for stream 2: stream ID of the wrong parity: the client opens odd IDs"},
		{"duplicate open", []frame{{typeOpen, 0, 1, nil}, {typeOpen, 0, 1, nil}}, nil, "duplicate or out-of-order open"},
		{"open going backwards", []frame{{typeOpen, 0, 5, nil}, {typeOpen, 0, 3, nil}}, nil, "IDs must increase, and 5 was already opened"},
		{"data before open", []frame{{typeData, 0, 7, []byte("x")}}, nil, "DATA frame for stream 7: the stream was never opened"},
		{"data for a stream the server never opened", []frame{{typeData, 0, 4, []byte("x")}}, nil, "this side never opened the stream"},
		{"data beyond the window", []frame{{typeOpen, 0, 1, nil}, {typeData, 0, 1, make([]byte, 1024)}, {typeData, 0, 1, []byte("x")}},
			nil, "1 bytes exceed the stream's window: the sender has 0 bytes of credit"},
		{"data after FIN", []frame{{typeOpen, 0, 1, nil}, {typeData, flagFIN, 1, nil}, {typeData, 0, 1, []byte("x")}}, nil, "DATA after FIN"},
		{"header too big", []frame{{typeOpen, 0, 1, make([]byte, 101)}}, nil, "OPEN frame for stream 1: payload of 101 bytes exceeds the limit of 100"},
		{"zero window increment", []frame{{typeOpen, 0, 1, nil}, {typeWindow, 0, 1, u32(0)}}, nil, "increment 0 is outside"},
		{"window overflow", []frame{{typeOpen, 0, 1, nil}, {typeWindow, 0, 1, u32(MaxStreamWindow)}}, nil, "takes the credit past"},
		{"short window frame", []frame{{typeWindow, 0, 1, []byte{1}}}, nil, "WINDOW frame for stream 1: payload of 1 bytes, want 4"},
		{"ping on a stream", []frame{{typePing, 0, 1, make([]byte, 8)}}, nil, "PING frame for stream 1: stream ID 1 on a session frame"},
		{"data on stream 0", []frame{{typeData, 0, 0, nil}}, nil, "DATA frame: stream ID 0"},
		{"hello again", []frame{{typeHello, 0, 0, nil}}, nil, "HELLO frame: unexpected after the handshake"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkGoroutines(t)
			p := newRawPeer(t, &Config{StreamWindow: MinStreamWindow, MaxHeaderSize: 100})
			go func() {
				for _, f := range tc.frames {
					p.send(f.typ, f.flags, f.stream, f.p)
				}
				p.conn.Write(tc.raw)
			}()
			<-p.s.Done()
			var pe *ProtocolError
			if !errors.As(p.s.Err(), &pe) {
				t.Fatalf("Err = %v (%T), want a *ProtocolError", p.s.Err(), p.s.Err())
			}
			wantErr(t, pe, tc.want)
			g := p.next(typeGoAway)
			if g.flags&flagError == 0 || !strings.Contains(string(g.payload), tc.want) {
				t.Fatalf("GOAWAY %x %q, want the error flag and %q", g.flags, g.payload, tc.want)
			}
		})
	}
}

// Frames for streams that ended are dropped quietly: the peer may have sent
// them before it heard.
func TestFramesAfterStreamEndAreIgnored(t *testing.T) {
	p := newRawPeer(t, nil)
	p.send(typeOpen, 0, 1, nil)
	st := mustAccept(t, p.s)
	st.Reset("no")
	p.next(typeReset)
	p.send(typeData, 0, 1, []byte("late"))
	p.send(typeWindow, 0, 1, binary.BigEndian.AppendUint32(nil, 10))
	p.send(typeReset, 0, 1, []byte("late too"))
	p.send(typePing, 0, 0, []byte("12345678"))
	if f := p.next(typePing); f.flags != flagACK || string(f.payload) != "12345678" {
		t.Fatalf("pong %x %q", f.flags, f.payload)
	}
	if err := p.s.Err(); err != nil {
		t.Fatal(err)
	}
}

func testHello(lo, hi uint16) hello {
	return hello{minVersion: lo, maxVersion: hi, window: DefaultStreamWindow, maxStreams: DefaultMaxStreams, maxHeader: DefaultMaxHeaderSize}
}

func TestStreamIDsExhausted(t *testing.T) {
	c, s := MustPipePair(t, nil, nil)
	c.mu.Lock()
	c.nextID = math.MaxUint32 // the last odd ID
	c.mu.Unlock()
	st := mustOpen(t, c, "last")
	if in := mustAccept(t, s); in.ID() != math.MaxUint32 || st.ID() != math.MaxUint32 {
		t.Fatalf("IDs %d and %d", st.ID(), in.ID())
	}
	if _, err := c.Open(testCtx(t), nil); err == nil || !strings.Contains(err.Error(), "used all its stream IDs") {
		t.Fatalf("Open past the last ID: %v", err)
	}
}
