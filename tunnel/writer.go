package tunnel

import (
	"errors"
	"net"
	"sync"
	"sync/atomic"
)

// writer owns the connection's write side. Producers (stream writers, the
// reader goroutine answering the peer, keepalive) encode frames straight into
// a queue of segments under mu, one copy per byte. Whoever writes takes
// segments off the queue and writes them one per connection Write, and only
// one goroutine writes at a time (busy):
//
//   - a stream's Write, when no one else is writing, writes its own frames
//     (and whatever else is queued) itself, as a Write on a TLS connection
//     would, with no hand-off;
//   - everything else is written by the writer goroutine, which is started
//     when frames are queued with no one writing, and exits once the queue
//     is empty, so an idle session has no writer goroutine at all.
//
// Coalescing falls out of this without adding latency: a frame goes into the
// tail segment when it fits, so frames queued while a Write is in progress
// leave together, but a frame queued while no one writes goes at once. Data
// frames are cut to fill the tail segment exactly, so a bulk transfer writes
// full 16 KiB records.
type writer struct {
	conn  net.Conn
	onErr func(error) // the connection failed under a Write

	mu       sync.Mutex
	segs     []*segment
	queued   int           // bytes in segs
	running  bool          // the writer goroutine exists
	busy     bool          // someone is writing a batch
	closing  bool          // write what is queued, then finish
	dead     bool          // drop everything: the connection failed or the session was abandoned
	finished bool          // exited is closed
	room     chan struct{} // closed once the queue is taken; nil while no producer waits
	batch    []*segment    // what the busy writer is writing, kept for reuse
	exited   chan struct{} // closed when closing or dead and nothing is left to write

	// For keepalive's stuck-writer check.
	inWrite atomic.Bool
	writes  atomic.Uint64
}

const (
	// queueLimit is where data producers start waiting for the writer. Two
	// records' worth keeps the connection busy while the next is encoded;
	// more would only hold memory and hide backpressure from Write.
	queueLimit = 2 * recordSize
	// ctrlBacklogLimit bounds frames queued in answer to the peer (pongs,
	// refusals). A peer that keeps provoking them while not reading what it
	// is sent would otherwise grow the queue without end.
	ctrlBacklogLimit = 1 << 20
	// minSplit is the smallest data payload worth cutting to fill a
	// segment's tail instead of starting a new segment.
	minSplit = 512
)

var (
	errSessionDone = errors.New("tunnel: session ended")
	errCtrlBacklog = errors.New("peer provokes frames faster than it reads them")
)

func newWriter(conn net.Conn, onErr func(error)) *writer {
	return &writer{conn: conn, onErr: onErr, exited: make(chan struct{})}
}

// signal makes sure someone will write what is queued: the writer that is
// busy does on finishing, else the writer goroutine, started if need be.
// w.mu is held.
func (w *writer) signal() {
	if !w.running && !w.busy {
		w.running = true
		go w.run()
	}
}

// finish closes exited once the writer is closing or dead and has nothing
// left to write; w.mu is held.
func (w *writer) finish() {
	if (w.closing || w.dead) && len(w.segs) == 0 && !w.busy && !w.running && !w.finished {
		w.finished = true
		close(w.exited)
	}
}

// tail returns a segment with room for n more bytes at the end of the queue;
// w.mu is held.
func (w *writer) tail(n int) *segment {
	if k := len(w.segs); k > 0 {
		if t := w.segs[k-1]; cap(t.b)-len(t.b) >= n {
			return t
		}
	}
	t := getSegment(n)
	w.segs = append(w.segs, t)
	return t
}

// appendData queues one DATA frame carrying up to max bytes gathered from
// the front of src, and returns how many. When the queue is full it queues
// nothing and reports full.
//
// With direct, the caller will flush: the writer goroutine is not woken.
func (w *writer) appendData(st *Stream, src [][]byte, max int, direct bool) (n int, full bool, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch {
	case w.closing || w.dead:
		return 0, false, errSessionDone
	case st.finQueued || st.rstQueued:
		return 0, false, errWriteClosed
	case w.queued >= queueLimit:
		return 0, true, nil
	}
	t := w.tail(headerLen + min(max, minSplit))
	off := len(t.b)
	n = min(max, cap(t.b)-off-headerLen, maxDataPayload)
	t.b = t.b[:off+headerLen+n]
	header{typ: typeData, length: uint32(n), stream: st.id}.put(t.b[off:])
	for dst := t.b[off+headerLen:]; len(dst) > 0; src = src[1:] {
		dst = dst[copy(dst, src[0]):]
	}
	w.queued += headerLen + n
	if !direct {
		w.signal()
	}
	return n, false, nil
}

// roomCh returns a channel closed when the queue has room again, or nil if
// it has room now.
func (w *writer) roomCh() <-chan struct{} {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.queued < queueLimit || w.closing || w.dead {
		return nil
	}
	if w.room == nil {
		w.room = make(chan struct{})
	}
	return w.room
}

// appendCtrl queues a frame that is not stream data. peerProvoked frames
// count against ctrlBacklogLimit.
func (w *writer) appendCtrl(typ frameType, flags uint8, stream uint32, payload []byte, peerProvoked bool) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closing || w.dead {
		return errSessionDone
	}
	if peerProvoked && w.queued > ctrlBacklogLimit {
		return errCtrlBacklog
	}
	w.put(typ, flags, stream, payload)
	return nil
}

func (w *writer) put(typ frameType, flags uint8, stream uint32, payload []byte) {
	t := w.tail(headerLen + len(payload))
	t.b = appendFrame(t.b, typ, flags, stream, payload)
	w.queued += headerLen + len(payload)
	w.signal()
}

// appendFIN queues the end of st's outgoing data, once; frames after it are
// refused, so no DATA can follow the FIN even when Write races CloseWrite.
func (w *writer) appendFIN(st *Stream) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if st.finQueued || st.rstQueued {
		return nil
	}
	if w.closing || w.dead {
		return errSessionDone
	}
	st.finQueued = true
	w.put(typeData, flagFIN, st.id, nil)
	return nil
}

// appendReset queues st's RESET, once; with stop it is a STOP, asking the
// peer only to stop sending.
func (w *writer) appendReset(st *Stream, reason string, stop, peerProvoked bool) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if st.rstQueued {
		return nil
	}
	if w.closing || w.dead {
		return errSessionDone
	}
	if peerProvoked && w.queued > ctrlBacklogLimit {
		return errCtrlBacklog
	}
	var flags uint8
	if stop {
		flags = flagStop
	} else {
		st.rstQueued = true // an abort ends this side's data too
	}
	w.put(typeReset, flags, st.id, []byte(truncateReason(reason)))
	return nil
}

// appendOpen registers a new stream and queues its OPEN in one step under
// w.mu, so OPEN frames leave in the order of their IDs (the peer insists on
// increasing IDs) and the stream is known before any answer can arrive.
func (w *writer) appendOpen(s *Session, hdr []byte) (*Stream, <-chan struct{}, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closing || w.dead {
		return nil, nil, errSessionDone
	}
	if w.queued >= queueLimit {
		if w.room == nil {
			w.room = make(chan struct{})
		}
		return nil, w.room, nil
	}
	st, err := s.register(hdr)
	if err != nil {
		return nil, nil, err
	}
	w.put(typeOpen, 0, st.id, hdr)
	return st, nil, nil
}

// closeWith queues a last frame (a GOAWAY); exited closes once everything
// queued is written.
func (w *writer) closeWith(typ frameType, flags uint8, payload []byte) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closing || w.dead {
		return
	}
	w.put(typ, flags, 0, payload)
	w.closing = true
}

// kill drops the queue; nothing more is written.
func (w *writer) kill() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.dead = true
	w.segs, w.queued = nil, 0
	if w.room != nil {
		close(w.room)
		w.room = nil
	}
	w.finish()
}

// run is the writer goroutine: it writes until the queue is empty, or until
// a stream's Write is busy writing (which restarts it if need be).
func (w *writer) run() {
	for {
		w.mu.Lock()
		if w.dead {
			w.segs, w.queued = nil, 0
		}
		if w.busy || len(w.segs) == 0 {
			w.running = false
			w.finish()
			w.mu.Unlock()
			return
		}
		w.batch = w.take(w.batch)
		batch := w.batch
		w.mu.Unlock()
		if !w.write(batch) {
			w.mu.Lock()
			w.running = false
			w.finish()
			w.mu.Unlock()
			return
		}
	}
}

// take moves segments from the queue to batch and marks the writer busy;
// w.mu is held. A partly filled tail stays behind while full segments go
// out: producers may fill it meanwhile, and it would have waited for those
// writes anyway. Alone, it goes at once.
func (w *writer) take(batch []*segment) []*segment {
	n := len(w.segs)
	if t := w.segs[n-1]; n > 1 && len(t.b) < recordSize && !w.closing {
		n--
	}
	batch = append(batch[:0], w.segs[:n]...) // batch is w.batch: one writer at a time
	k := copy(w.segs, w.segs[n:])
	clear(w.segs[k:])
	w.segs = w.segs[:k]
	w.queued = 0
	for _, sg := range w.segs {
		w.queued += len(sg.b)
	}
	if w.room != nil {
		close(w.room)
		w.room = nil
	}
	w.busy = true
	return batch
}

// write writes a batch taken with take and clears busy. It reports false
// when the connection failed, after ending the session.
func (w *writer) write(batch []*segment) bool {
	w.inWrite.Store(true)
	var err error
	for i, sg := range batch {
		if err == nil {
			_, err = w.conn.Write(sg.b)
		}
		putSegment(sg)
		batch[i] = nil
	}
	w.inWrite.Store(false)
	w.writes.Add(1)
	w.mu.Lock()
	w.busy = false
	if err != nil {
		w.dead = true
		w.segs, w.queued = nil, 0
	}
	if len(w.segs) > 0 {
		w.signal()
	}
	w.finish()
	w.mu.Unlock()
	if err != nil {
		w.onErr(err)
		return false
	}
	return true
}

// flush writes the queue from the calling goroutine when no one else is
// writing: a stream's Write then costs no hand-off to the writer goroutine,
// as a Write on a TLS connection costs none. Only application goroutines
// call it; the reader goroutine must never wait for the connection.
//
// With lazyTail, a lone partly filled segment is left to the writer
// goroutine instead: a bulk writer's next Write will likely fill it before
// that goroutine gets to it, saving a small record.
//
// It reports false when it wrote nothing because another goroutine is
// writing; that one hands what remains to the writer goroutine when done.
func (w *writer) flush(lazyTail bool) bool {
	w.mu.Lock()
	if w.busy {
		w.mu.Unlock()
		return false
	}
	if w.dead || w.closing || len(w.segs) == 0 {
		w.mu.Unlock()
		return true
	}
	if lazyTail && len(w.segs) == 1 && len(w.segs[0].b) < recordSize {
		w.signal()
		w.mu.Unlock()
		return true
	}
	w.batch = w.take(w.batch)
	batch := w.batch
	w.mu.Unlock()
	w.write(batch)
	return true
}
