package tunnel

import (
	"encoding/binary"
	"errors"
	"io"
	"strconv"
	"strings"
)

// readLoop is the session's reader goroutine. It never waits for the
// application: data goes into the stream's buffer (bounded by the window the
// peer must respect) and answers go into the writer's queue, so one stream
// that nobody reads cannot hold up the others.
func (s *Session) readLoop() {
	defer close(s.readerDone)
	for {
		if _, err := io.ReadFull(s.conn, s.hbuf[:]); err != nil {
			s.terminate(connLost(err), false, 0, "")
			return
		}
		s.framesIn.Add(1)
		h := parseHeader(s.hbuf[:])
		err := h.check(s.cfg.MaxHeaderSize)
		if err == nil {
			err = s.handle(h)
		}
		if err != nil {
			var pe *ProtocolError
			switch {
			case errors.As(err, &pe):
				s.terminate(pe, true, flagError, strings.TrimPrefix(pe.Error(), "tunnel: "))
			case err != errGoAway:
				s.terminate(connLost(err), false, 0, "")
			}
			return
		}
	}
}

// errGoAway stops the reader after the peer's GOAWAY ended the session.
var errGoAway = errors.New("goaway")

func (s *Session) handle(h header) error {
	switch h.typ {
	case typeData:
		st, err := s.lookup(h)
		if err != nil || st == nil {
			return firstErr(err, s.discard(h.length))
		}
		return st.receive(h)
	case typeWindow:
		return s.handleWindow(h)
	case typeOpen:
		return s.handleOpen(h)
	case typeReset:
		return s.handleReset(h)
	case typePing:
		return s.handlePing(h)
	case typeGoAway:
		p, err := s.readPayload(h)
		if err != nil {
			return err
		}
		s.terminate(&GoAwayError{Reason: cleanReason(p), Err: h.flags&flagError != 0}, false, 0, "")
		return errGoAway
	}
	return protoErr(h, "unexpected after the handshake")
}

// firstErr returns the first non-nil error.
func firstErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

func (s *Session) readPayload(h header) ([]byte, error) {
	if h.length == 0 {
		return nil, nil
	}
	p := make([]byte, h.length)
	_, err := io.ReadFull(s.conn, p)
	return p, err
}

// discard skips the payload of a frame for a stream that has ended here; the
// peer may not have heard yet.
func (s *Session) discard(n uint32) error {
	_, err := io.CopyN(io.Discard, s.conn, int64(n))
	return err
}

// lookup finds the stream a frame names: nil without error when it existed
// but has ended, an error when it never existed.
func (s *Session) lookup(h header) (*Stream, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st := s.streams[h.stream]; st != nil {
		return st, nil
	}
	if s.isLocal(h.stream) {
		if uint64(h.stream) < s.nextID {
			return nil, nil
		}
		return nil, protoErr(h, "this side never opened the stream")
	}
	if h.stream <= s.lastPeerID {
		return nil, nil
	}
	return nil, protoErr(h, "the stream was never opened")
}

func (s *Session) handleOpen(h header) error {
	if s.isLocal(h.stream) {
		return protoErr(h, "stream ID of the wrong parity: the %s opens %s IDs", map[bool]string{true: "client", false: "server"}[!s.client], map[bool]string{true: "odd", false: "even"}[!s.client])
	}
	s.mu.Lock()
	last := s.lastPeerID
	s.mu.Unlock()
	if h.stream <= last {
		return protoErr(h, "duplicate or out-of-order open: IDs must increase, and %d was already opened", last)
	}
	hdr, err := s.readPayload(h)
	if err != nil {
		return err
	}
	st := newStream(s, h.stream, hdr)
	s.mu.Lock()
	s.lastPeerID = h.stream
	refuse := s.peerOpened >= s.cfg.MaxStreams
	if !refuse && s.err == nil {
		s.streams[st.id] = st
		s.peerOpened++
		s.acceptQ = append(s.acceptQ, st)
		notify(s.acceptCh)
	}
	s.mu.Unlock()
	if refuse {
		if err := s.w.appendReset(st, "too many streams: the peer allows "+strconv.Itoa(s.cfg.MaxStreams)+" at once", false, true); err == errCtrlBacklog {
			return protoErr(h, "%v", err)
		}
	}
	return nil
}

func (s *Session) handleWindow(h header) error {
	if _, err := io.ReadFull(s.conn, s.cbuf[:4]); err != nil {
		return err
	}
	inc := binary.BigEndian.Uint32(s.cbuf[:4])
	if inc == 0 || inc > MaxStreamWindow {
		return protoErr(h, "increment %d is outside [1, %d]", inc, uint32(MaxStreamWindow))
	}
	st, err := s.lookup(h)
	if err != nil || st == nil {
		return err
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if uint64(st.sendWindow)+uint64(inc) > MaxStreamWindow {
		return protoErr(h, "increment %d takes the credit past %d", inc, uint32(MaxStreamWindow))
	}
	st.sendWindow += inc
	notify(st.wwait)
	return nil
}

func (s *Session) handleReset(h header) error {
	p, err := s.readPayload(h)
	if err != nil {
		return err
	}
	st, err := s.lookup(h)
	if err != nil || st == nil {
		return err
	}
	st.remoteReset(cleanReason(p), h.flags&flagStop != 0)
	return nil
}

func (s *Session) handlePing(h header) error {
	if _, err := io.ReadFull(s.conn, s.cbuf[:8]); err != nil {
		return err
	}
	if h.flags&flagACK == 0 {
		if err := s.w.appendCtrl(typePing, flagACK, 0, s.cbuf[:8], true); err == errCtrlBacklog {
			return protoErr(h, "%v", err)
		}
		return nil
	}
	id := binary.BigEndian.Uint64(s.cbuf[:8])
	s.mu.Lock()
	defer s.mu.Unlock()
	if id == s.kaPending && id != 0 {
		s.kaPending = 0
	} else if ch, ok := s.pings[id]; ok {
		delete(s.pings, id)
		close(ch)
	}
	return nil
}
