package tunnel

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Session is one end of a multiplexed connection. Both ends may open
// streams; the client's get odd IDs and the server's even ones, so the two
// never pick the same ID.
//
// A session runs one reader goroutine, which never waits for the
// application, and at most one writer goroutine, only while something is
// queued that no stream's Write is writing itself; streams have none.
type Session struct {
	conn    net.Conn
	cfg     Config
	client  bool
	version uint16
	peer    hello // what the peer advertised
	w       *writer

	mu         sync.Mutex
	streams    map[uint32]*Stream
	nextID     uint64 // next ID this side opens; past MaxUint32 means exhausted
	lastPeerID uint32 // highest ID the peer opened
	peerOpened int    // streams in streams that the peer opened
	acceptQ    []*Stream
	pings      map[uint64]chan struct{}
	pingSeq    uint64
	err        error // why the session ended; set once, before done closes
	// keepalive
	kaTimer      *time.Timer
	kaPending    uint64 // ID of the unanswered keepalive ping, 0 if none
	kaSent       time.Time
	kaLastIn     uint64
	kaLastWrites uint64

	acceptCh   chan struct{} // capacity 1: something was queued for Accept
	done       chan struct{}
	readerDone chan struct{}

	framesIn atomic.Uint64 // frames read, for keepalive's idle check
	buffered atomic.Int64  // DATA bytes held for streams' readers
	held     atomic.Int64  // bytes of the chunks holding them

	hbuf [headerLen]byte // the reader goroutine's
	cbuf [8]byte         // the reader goroutine's, for PING and WINDOW payloads
}

// Client starts the client end of a session over conn, an established and
// authenticated connection (TLS, after the HTTP upgrade). It sends its hello,
// waits for the server's, and returns once both agree on a version. On any
// error conn is closed; a *VersionError says which versions each side speaks.
func Client(conn net.Conn, cfg *Config) (*Session, error) { return newSession(conn, cfg, true) }

// Server starts the server end of a session over conn; see Client.
func Server(conn net.Conn, cfg *Config) (*Session, error) { return newSession(conn, cfg, false) }

func newSession(conn net.Conn, cfg *Config, client bool) (*Session, error) {
	c, err := cfg.resolve()
	if err != nil {
		conn.Close()
		return nil, err
	}
	s := &Session{
		conn:       conn,
		cfg:        c,
		client:     client,
		streams:    make(map[uint32]*Stream),
		nextID:     2,
		acceptCh:   make(chan struct{}, 1),
		done:       make(chan struct{}),
		readerDone: make(chan struct{}),
	}
	if client {
		s.nextID = 1
	}
	// The hello exchange is the only place this package sets deadlines on
	// conn: afterwards a stuck peer is keepalive's business.
	_ = conn.SetDeadline(time.Now().Add(c.KeepAliveTimeout))
	if err := s.handshake(); err != nil {
		conn.Close()
		return nil, err
	}
	_ = conn.SetDeadline(time.Time{})
	s.w = newWriter(conn, func(err error) { s.terminate(connLost(err), false, 0, "") })
	if c.KeepAlive > 0 {
		s.kaTimer = time.AfterFunc(c.KeepAlive, s.keepAlive)
	}
	go s.readLoop()
	return s, nil
}

func (s *Session) localHello() hello {
	return hello{
		server:     !s.client,
		minVersion: minVersion,
		maxVersion: Version,
		window:     s.cfg.StreamWindow,
		maxStreams: uint32(s.cfg.MaxStreams),
		maxHeader:  uint32(s.cfg.MaxHeaderSize),
	}
}

// handshake exchanges hellos. The client speaks first and the server answers
// only after reading, so the exchange works over unbuffered pipes too, and a
// server that refuses sends its hello before the GOAWAY so the client can
// name both version ranges.
func (s *Session) handshake() error {
	mine := s.localHello()
	if s.client {
		if _, err := s.conn.Write(mine.appendFrame(nil)); err != nil {
			return fmt.Errorf("tunnel: sending hello: %w", err)
		}
	}
	peer, err := s.readHello()
	if err != nil {
		var pe *ProtocolError
		if !s.client && errors.As(err, &pe) {
			_, _ = s.conn.Write(appendFrame(nil, typeGoAway, flagError, 0, []byte(truncateReason(strings.TrimPrefix(pe.Error(), "tunnel: ")))))
		}
		return err
	}
	v, ok := negotiate(mine, peer)
	var refusal error
	switch {
	case !ok:
		refusal = &VersionError{LocalMin: mine.minVersion, LocalMax: mine.maxVersion, PeerMin: peer.minVersion, PeerMax: peer.maxVersion}
	case peer.server == mine.server:
		refusal = fmt.Errorf("tunnel: both ends of the connection are %s", map[bool]string{true: "servers", false: "clients"}[mine.server])
	}
	if !s.client {
		b := mine.appendFrame(nil)
		if refusal != nil {
			b = appendFrame(b, typeGoAway, flagError, 0, []byte(truncateReason(strings.TrimPrefix(refusal.Error(), "tunnel: "))))
		}
		if _, err := s.conn.Write(b); err != nil && refusal == nil {
			return fmt.Errorf("tunnel: sending hello: %w", err)
		}
	}
	if refusal != nil {
		return refusal
	}
	s.version, s.peer = v, peer
	return nil
}

func (s *Session) readHello() (hello, error) {
	if _, err := io.ReadFull(s.conn, s.hbuf[:]); err != nil {
		return hello{}, fmt.Errorf("tunnel: reading the peer's hello: %w", err)
	}
	h := parseHeader(s.hbuf[:])
	if h.typ != typeHello && h.typ != typeGoAway {
		return hello{}, fmt.Errorf("tunnel: the peer does not speak this protocol: it began with %q", s.hbuf[:])
	}
	if err := h.check(0); err != nil {
		return hello{}, err
	}
	p := make([]byte, h.length)
	if _, err := io.ReadFull(s.conn, p); err != nil {
		return hello{}, fmt.Errorf("tunnel: reading the peer's hello: %w", err)
	}
	if h.typ == typeGoAway {
		return hello{}, &GoAwayError{Reason: cleanReason(p), Err: h.flags&flagError != 0}
	}
	return parseHello(h, p)
}

// Version is the protocol version the two sides agreed on.
func (s *Session) Version() int { return int(s.version) }

// LocalAddr is the connection's local address.
func (s *Session) LocalAddr() net.Addr { return s.conn.LocalAddr() }

// RemoteAddr is the connection's remote address.
func (s *Session) RemoteAddr() net.Addr { return s.conn.RemoteAddr() }

// Open starts a stream carrying header, opaque metadata for the peer's
// application (what to connect to, say). It does not wait for the peer: it
// returns once the OPEN frame is queued, and data written at once follows it.
// A peer with too many streams open refuses the stream by resetting it, which
// Read and Write then report.
func (s *Session) Open(ctx context.Context, header []byte) (*Stream, error) {
	if len(header) > int(s.peer.maxHeader) {
		return nil, fmt.Errorf("tunnel: stream header of %d bytes exceeds the peer's limit of %d", len(header), s.peer.maxHeader)
	}
	var hdr []byte
	if len(header) > 0 {
		hdr = bytes.Clone(header)
	}
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		st, room, err := s.w.appendOpen(s, hdr)
		if err != nil {
			return nil, s.errOr(err)
		}
		if st != nil {
			return st, nil
		}
		select {
		case <-room:
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-s.done:
		}
	}
}

// register makes a stream for Open; the writer's lock is held so that IDs
// go out in order.
func (s *Session) register(hdr []byte) (*Stream, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return nil, s.err
	}
	if s.nextID > math.MaxUint32 {
		return nil, errors.New("tunnel: this session has used all its stream IDs; start a new one")
	}
	st := newStream(s, uint32(s.nextID), hdr)
	s.nextID += 2
	s.streams[st.id] = st
	return st, nil
}

// Accept waits for a stream the peer opened.
func (s *Session) Accept(ctx context.Context) (*Stream, error) {
	for {
		s.mu.Lock()
		if s.err != nil {
			err := s.err
			s.mu.Unlock()
			return nil, err
		}
		if len(s.acceptQ) > 0 {
			st := s.acceptQ[0]
			s.acceptQ[0] = nil
			s.acceptQ = s.acceptQ[1:]
			if len(s.acceptQ) == 0 {
				s.acceptQ = nil
			} else {
				notify(s.acceptCh) // for the next Accept
			}
			st.accepted = true
			s.mu.Unlock()
			return st, nil
		}
		s.mu.Unlock()
		select {
		case <-s.acceptCh:
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-s.done:
		}
	}
}

// remove forgets a stream that has ended in both directions.
func (s *Session) remove(st *Stream) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.streams[st.id] != st {
		return
	}
	delete(s.streams, st.id)
	if s.isLocal(st.id) {
		return
	}
	s.peerOpened--
	if !st.accepted {
		// Reset before anyone accepted it: drop it, or a peer opening and
		// resetting streams would grow the queue without bound.
		for i, q := range s.acceptQ {
			if q == st {
				s.acceptQ = append(s.acceptQ[:i], s.acceptQ[i+1:]...)
				break
			}
		}
	}
}

// isLocal tells whether this side opens streams with the parity of id.
func (s *Session) isLocal(id uint32) bool { return id%2 == 1 == s.client }

// NumStreams is the number of streams open in at least one direction.
func (s *Session) NumStreams() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.streams)
}

// Close ends the session gracefully: what is queued is written, then a
// GOAWAY, then the connection is closed. Every stream's pending and later
// calls fail with a *StreamError wrapping ErrSessionClosed.
func (s *Session) Close() error {
	s.terminate(ErrSessionClosed, true, 0, "")
	<-s.readerDone
	return nil
}

// CloseWithError is Close with a reason the peer sees in its Err.
func (s *Session) CloseWithError(reason string) error {
	s.terminate(&LocalError{Reason: reason}, true, flagError, reason)
	<-s.readerDone
	return nil
}

// Done is closed when the session ends for any reason.
func (s *Session) Done() <-chan struct{} { return s.done }

// Err says why the session ended, nil while it runs: ErrSessionClosed (this
// side closed it), a *GoAwayError (the peer did), a *ProtocolError (the peer
// sent something invalid), ErrKeepAliveTimeout in the chain (the peer stopped
// answering), or the connection's error.
func (s *Session) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// errOr maps the writer's errSessionDone to the session's error.
func (s *Session) errOr(err error) error {
	if err == errSessionDone {
		<-s.done // set by now or about to be: only terminate stops the writer
		return s.Err()
	}
	return err
}

// terminate ends the session once, with err as the reason. With flush, what
// is queued goes out followed by a GOAWAY carrying reason, within a grace
// period; otherwise the connection is presumed useless and closed at once.
func (s *Session) terminate(err error, flush bool, goAwayFlags uint8, reason string) {
	s.mu.Lock()
	if s.err != nil {
		s.mu.Unlock()
		return
	}
	s.err = err
	close(s.done)
	s.pings = nil
	if s.kaTimer != nil {
		s.kaTimer.Stop()
	}
	s.mu.Unlock()
	if flush {
		s.w.closeWith(typeGoAway, goAwayFlags, []byte(truncateReason(reason)))
		_ = s.conn.SetWriteDeadline(time.Now().Add(min(closeGrace, s.cfg.KeepAliveTimeout)))
		<-s.w.exited
	} else {
		s.w.kill()
	}
	s.conn.Close()
}

// closeGrace bounds how long Close waits for queued frames to be written.
const closeGrace = 5 * time.Second

func connLost(err error) error {
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("tunnel: connection closed by the peer without a GOAWAY: %w", err)
	}
	return fmt.Errorf("tunnel: connection lost: %w", err)
}

// cleanReason turns a peer's reason into printable text.
func cleanReason(p []byte) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return '?'
		}
		return r
	}, strings.ToValidUTF8(string(p), "?"))
}

// Ping measures a round trip to the peer.
func (s *Session) Ping(ctx context.Context) (time.Duration, error) {
	ch := make(chan struct{})
	s.mu.Lock()
	if s.err != nil {
		err := s.err
		s.mu.Unlock()
		return 0, err
	}
	s.pingSeq++
	id := s.pingSeq
	if s.pings == nil {
		s.pings = make(map[uint64]chan struct{})
	}
	s.pings[id] = ch
	s.mu.Unlock()
	start := time.Now()
	if err := s.w.appendCtrl(typePing, 0, 0, binary.BigEndian.AppendUint64(nil, id), false); err != nil {
		return 0, s.errOr(err)
	}
	select {
	case <-ch:
		return time.Since(start), nil
	case <-ctx.Done():
		s.mu.Lock()
		delete(s.pings, id)
		s.mu.Unlock()
		return 0, ctx.Err()
	case <-s.done:
		return 0, s.Err()
	}
}

// keepAlive runs on a timer, never on a goroutine of its own. It pings when
// nothing arrived since the last tick (or the writer has been stuck in one
// Write since then), and ends the session when a ping goes unanswered for
// KeepAliveTimeout.
func (s *Session) keepAlive() {
	now := time.Now()
	in, writes, writing := s.framesIn.Load(), s.w.writes.Load(), s.w.inWrite.Load()
	next := s.cfg.KeepAlive
	var ping uint64
	s.mu.Lock()
	if s.err != nil {
		s.mu.Unlock()
		return
	}
	stuck := writing && writes == s.kaLastWrites
	switch {
	case s.kaPending != 0:
		waited := now.Sub(s.kaSent)
		if waited >= s.cfg.KeepAliveTimeout {
			s.mu.Unlock()
			s.terminate(fmt.Errorf("%w: no answer to a ping in %v", ErrKeepAliveTimeout, waited.Round(time.Millisecond)), false, 0, "")
			return
		}
		next = min(next, s.cfg.KeepAliveTimeout-waited)
	case in == s.kaLastIn || stuck:
		s.pingSeq++
		ping = s.pingSeq
		s.kaPending, s.kaSent = ping, now
		next = min(next, s.cfg.KeepAliveTimeout)
	}
	s.kaLastIn, s.kaLastWrites = in, writes
	s.kaTimer.Reset(next)
	s.mu.Unlock()
	if ping != 0 {
		_ = s.w.appendCtrl(typePing, 0, 0, binary.BigEndian.AppendUint64(nil, ping), false)
	}
}
