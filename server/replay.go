package server

import (
	"sync"

	"github.com/tetherhq/tether/sessionproto"
	"github.com/tetherhq/tether/tunnel"
)

// replayWindow bounds the output a session keeps for a resuming client.
const replayWindow = 4 << 20

// replayLog is the output side of a shell or command session: every
// message forwarded to the client is appended, encoded, with its byte
// offset, so that a client that reconnects after a broken connection gets
// exactly what it missed. Writes to the client happen under the log's lock,
// so an attach sees a consistent end.
type replayLog struct {
	mu  sync.Mutex
	buf []byte // the last bytes forwarded, ending at offset end
	end uint64 // total bytes ever appended
	cst *tunnel.Stream
	w   *sessionproto.Writer
}

// send appends a message and writes it to the attached client, if any. A
// failed write just drops the client: it will resume from what it got.
func (l *replayLog) send(t sessionproto.Type, payload []byte) {
	l.mu.Lock()
	defer l.mu.Unlock()
	start := len(l.buf)
	l.buf = append(l.buf, byte(t), 0, 0, 0, 0)
	l.buf[start+1], l.buf[start+2], l.buf[start+3], l.buf[start+4] =
		byte(len(payload)>>24), byte(len(payload)>>16), byte(len(payload)>>8), byte(len(payload))
	l.buf = append(l.buf, payload...)
	l.end += uint64(sessionproto.HeaderSize + len(payload))
	if over := len(l.buf) - replayWindow; over > 0 {
		l.buf = append(l.buf[:0], l.buf[over:]...)
	}
	if l.w != nil && l.w.WriteMessage(t, payload) != nil {
		l.cst, l.w = nil, nil
	}
}

// attach makes cst the client stream. A resuming client first gets
// Resumed (with the input count) and the messages after its received
// offset; attach reports false when they are no longer kept.
func (l *replayLog) attach(cst *tunnel.Stream, received uint64, resume bool, inputReceived ...uint64) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	w := sessionproto.NewWriter(cst)
	if resume {
		start := l.end - uint64(len(l.buf))
		if received < start || received > l.end {
			return false
		}
		if w.WriteMessage(sessionproto.Resumed, sessionproto.EncodeResumed(inputReceived[0])) != nil {
			return false
		}
		if _, err := cst.Write(l.buf[received-start:]); err != nil {
			return false
		}
	}
	l.cst, l.w = cst, w
	return true
}

// detach forgets the client stream.
func (l *replayLog) detach() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.cst, l.w = nil, nil
}

// closeWrite half-closes the attached client stream after the last message.
func (l *replayLog) closeWrite() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cst != nil {
		l.cst.CloseWrite()
	}
}
