package tunnel

import (
	"encoding/binary"
	"io"
	"net"
	"os"
	"sync"
	"time"
)

// Stream is one bidirectional byte stream of a session. It is a net.Conn
// (deadlines included) with half-close and abort on top: CloseWrite ends this
// side's data like TCP's shutdown(SHUT_WR), Close ends both directions like
// TCP's close, and Reset aborts with a reason the peer sees.
//
// A stream costs no goroutine and, while idle, no buffer: received data waits
// in chunks taken from a pool when it arrives and returned when it is read.
type Stream struct {
	s      *Session
	id     uint32
	header []byte

	rmu sync.Mutex // one Read or WriteTo at a time: WriteTo lends out buffers
	wmu sync.Mutex // one Write at a time, so concurrent Writes do not interleave

	mu          sync.Mutex
	recv        chunkQueue
	buffered    int           // bytes in recv
	filling     bool          // the reader goroutine is reading into recv's tail chunk
	recvAvail   uint32        // credit the peer still has: bytes it may send
	unacked     uint32        // bytes read but not yet credited back to the peer
	sendWindow  uint32        // bytes this side may still send
	recvFIN     bool          // the peer ended its data
	readClosed  bool          // Close or Reset: received data is dropped
	writeClosed bool          // CloseWrite, Close or Reset
	removed     bool          // gone from the session's table
	err         *StreamError  // the stream was aborted, by either side
	stopped     *StreamError  // the peer closed: this side's writes fail
	rwait       chan struct{} // wakes a waiting Read; made on first wait
	wwait       chan struct{} // wakes a waiting Write; made on first wait
	rdl, wdl    *deadline     // made on first Set*Deadline
	wdlSet      bool          // a write deadline is set

	accepted bool // under s.mu

	// Under the writer's lock, so no DATA can be queued after FIN or RESET.
	finQueued, rstQueued bool
}

var _ net.Conn = (*Stream)(nil)

func newStream(s *Session, id uint32, hdr []byte) *Stream {
	return &Stream{s: s, id: id, header: hdr, recvAvail: s.cfg.StreamWindow, sendWindow: s.peer.window}
}

// ID is the stream's ID, odd if the client opened it, even if the server did.
func (st *Stream) ID() uint32 { return st.id }

// Header is what the opener passed to Open. It must not be modified.
func (st *Stream) Header() []byte { return st.header }

// LocalAddr is the session connection's local address.
func (st *Stream) LocalAddr() net.Addr { return st.s.conn.LocalAddr() }

// RemoteAddr is the session connection's remote address.
func (st *Stream) RemoteAddr() net.Addr { return st.s.conn.RemoteAddr() }

// receive reads a DATA payload from the connection into the stream's buffer.
// It runs on the reader goroutine and reads without holding st.mu, into room
// reserved at the tail, so Read can take earlier bytes meanwhile.
func (st *Stream) receive(h header) error {
	s := st.s
	n := int(h.length)
	st.mu.Lock()
	if st.recvFIN {
		st.mu.Unlock()
		return protoErr(h, "DATA after FIN")
	}
	if h.length > st.recvAvail {
		avail := st.recvAvail
		st.mu.Unlock()
		return protoErr(h, "%d bytes exceed the stream's window: the sender has %d bytes of credit", n, avail)
	}
	st.recvAvail -= h.length
	if st.readClosed || st.err != nil {
		st.mu.Unlock()
		return s.discard(h.length)
	}
	var c *chunk
	if n > 0 {
		c = st.reserve(n)
		st.filling = true
	}
	st.mu.Unlock()
	if n > 0 {
		if _, err := io.ReadFull(s.conn, c.buf[c.w:c.w+n]); err != nil {
			return err // the session ends; nothing reads this chunk again
		}
	}
	st.mu.Lock()
	st.filling = false
	if n > 0 && !st.readClosed && st.err == nil {
		c.w += n
		st.buffered += n
		s.buffered.Add(int64(n))
	}
	if h.flags&flagFIN != 0 {
		st.recvFIN = true
	}
	notify(st.rwait)
	done := st.finished()
	st.mu.Unlock()
	if done {
		s.remove(st)
	}
	return nil
}

// finished marks the stream removed, and reports whether the caller must
// take it out of the session's table, once nothing more can happen on it:
// it was aborted or closed here, or both directions ended and everything
// received was read. A stream whose data is unread still counts against
// MaxStreams, so a peer cannot make this side hold more than MaxStreams
// windows by ending streams faster than the application reads them.
// st.mu is held.
func (st *Stream) finished() bool {
	done := !st.removed && (st.err != nil || st.readClosed ||
		st.recvFIN && st.buffered == 0 && (st.writeClosed || st.stopped != nil))
	st.removed = st.removed || done
	return done
}

// reserve returns the chunk whose free tail will take n bytes: the current
// tail if it has room, else a new chunk; st.mu is held.
func (st *Stream) reserve(n int) *chunk {
	if c := st.recv.back(); c != nil && len(c.buf)-c.w >= n {
		return c
	}
	c := getChunk(n)
	st.s.held.Add(int64(len(c.buf)))
	st.recv.push(c)
	return c
}

// consumed accounts for n bytes taken from the head chunk and returns the
// chunk to its pool once empty, unless the reader goroutine is filling it.
// It returns the window increment to send, if one is due; st.mu is held.
func (st *Stream) consumed(c *chunk, n int) uint32 {
	c.r += n
	st.buffered -= n
	st.s.buffered.Add(-int64(n))
	if c.r == c.w && !(st.filling && st.recv.len() == 1) {
		st.recv.pop()
		st.s.held.Add(-int64(len(c.buf)))
		putChunk(c)
	}
	if st.recvFIN || st.readClosed {
		return 0
	}
	// Credit goes back in batches of half a window: fewer WINDOW frames, and
	// the peer still has half a window in flight while the update travels.
	st.unacked += uint32(n)
	if st.unacked < st.s.cfg.StreamWindow/2 {
		return 0
	}
	inc := st.unacked
	st.unacked = 0
	st.recvAvail += inc
	return inc
}

func (st *Stream) sendCredit(inc uint32) {
	if inc > 0 {
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], inc)
		_ = st.s.w.appendCtrl(typeWindow, 0, st.id, b[:], false)
	}
}

// readState is what Read reports when no data can be returned; nil means
// wait. st.mu is held.
func (st *Stream) readState() error {
	switch {
	case st.rdl.expired():
		return os.ErrDeadlineExceeded
	case st.err != nil:
		return st.err
	case st.readClosed:
		return errReadClosed
	case st.buffered > 0:
		return nil
	case st.recvFIN:
		return io.EOF
	case isClosed(st.s.done):
		return st.sessionErr()
	}
	return nil
}

func (st *Stream) sessionErr() *StreamError {
	err := st.s.Err()
	return &StreamError{Reason: err.Error(), Err: err}
}

// waitRead blocks until something may have changed for Read; st.mu is held
// on entry and on return.
func (st *Stream) waitRead() {
	if st.rwait == nil {
		st.rwait = make(chan struct{}, 1)
	}
	ch, dl := st.rwait, st.rdl.wait()
	st.mu.Unlock()
	select {
	case <-ch:
	case <-dl:
	case <-st.s.done:
	}
	st.mu.Lock()
}

// Read reads data the peer sent. After the peer's CloseWrite or Close it
// returns io.EOF once the data is read; after a reset by the peer it returns
// the data that came before the reset, then a *StreamError.
func (st *Stream) Read(p []byte) (int, error) {
	st.rmu.Lock()
	defer st.rmu.Unlock()
	st.mu.Lock()
	for {
		if err := st.readState(); err != nil {
			st.mu.Unlock()
			return 0, err
		}
		if st.buffered == 0 {
			if len(p) == 0 {
				st.mu.Unlock()
				return 0, nil
			}
			st.waitRead()
			continue
		}
		n, inc := 0, uint32(0)
		for n < len(p) && st.buffered > 0 {
			c := st.recv.front()
			k := copy(p[n:], c.buf[c.r:c.w])
			if k == 0 {
				break
			}
			n += k
			inc += st.consumed(c, k)
		}
		done := st.finished()
		st.mu.Unlock()
		st.sendCredit(inc)
		if done {
			st.s.remove(st)
		}
		return n, nil
	}
}

// WriteTo writes the stream's data to w until EOF, handing w the receive
// buffers themselves: io.Copy from a stream (the relay's inner loop) then
// copies each byte once fewer than through Read. When w is a Stream, all
// buffered chunks go at once, so the relay re-cuts frames to fill records
// instead of forwarding the fragments the first hop's framing left.
func (st *Stream) WriteTo(w io.Writer) (int64, error) {
	st.rmu.Lock()
	defer st.rmu.Unlock()
	dst, _ := w.(*Stream)
	var views [maxGather][]byte
	var total int64
	st.mu.Lock()
	for {
		if err := st.readState(); err != nil {
			st.mu.Unlock()
			if err == io.EOF {
				err = nil
			}
			return total, err
		}
		if st.buffered == 0 {
			st.waitRead()
			continue
		}
		// Only the rmu holder consumes, and Close and Reset drop buffers
		// without pooling them, so the chunks stay intact while w writes.
		bufs := views[:0]
		for i := 0; i < st.recv.len() && len(bufs) < cap(bufs) && (dst != nil || len(bufs) == 0); i++ {
			if c := st.recv.at(i); c.w > c.r {
				bufs = append(bufs, c.buf[c.r:c.w])
			}
		}
		st.mu.Unlock()
		var n int
		var err error
		if dst != nil {
			n, err = dst.writeBufs(bufs)
		} else {
			n, err = w.Write(bufs[0])
		}
		total += int64(n)
		st.mu.Lock()
		if !st.readClosed && st.err == nil {
			var inc uint32
			for n > 0 {
				c := st.recv.front()
				k := min(n, c.w-c.r)
				inc += st.consumed(c, k)
				n -= k
			}
			done := st.finished()
			if inc > 0 || done {
				st.mu.Unlock()
				st.sendCredit(inc)
				if done {
					st.s.remove(st)
				}
				st.mu.Lock()
			}
		}
		if err != nil {
			st.mu.Unlock()
			return total, err
		}
	}
}

// maxGather bounds the chunks WriteTo hands a Stream at once.
const maxGather = 16

// writeState is what stops a Write; nil means go on. st.mu is held.
func (st *Stream) writeState() error {
	switch {
	case st.wdl.expired():
		return os.ErrDeadlineExceeded
	case st.err != nil:
		return st.err
	case st.stopped != nil:
		return st.stopped
	case st.writeClosed:
		return errWriteClosed
	case isClosed(st.s.done):
		return st.sessionErr()
	}
	return nil
}

// Write sends p, waiting for credit from the peer as needed. It returns once
// the data is on its way: written to the connection by this goroutine when
// no one else was writing, or else queued for whoever is, much as a
// socket's send buffer takes data. Without a write deadline, a Write may
// therefore wait for a congested connection as a TLS Write would; with one,
// it leaves connection writes to the writer goroutine and honours the
// deadline exactly.
func (st *Stream) Write(p []byte) (int, error) {
	one := [1][]byte{p}
	return st.writeBufs(one[:])
}

// writeBufs writes the concatenation of bufs, cutting frames to fill
// records whatever the slices' sizes. It may modify bufs.
func (st *Stream) writeBufs(bufs [][]byte) (int, error) {
	// Without a write deadline, this goroutine writes to the connection
	// itself when it is free. With one, it leaves that to the writer
	// goroutine, since a connection Write cannot be interrupted at the
	// deadline without breaking the connection for every stream.
	st.mu.Lock()
	direct := !st.wdlSet
	st.mu.Unlock()
	n, streaming, err := st.queue(bufs, direct)
	if direct {
		// After wmu is released: the frames are queued in order already,
		// and another Write on this stream need not wait for this one's
		// connection Write.
		st.s.w.flush(streaming)
	}
	return n, err
}

// queue queues the data of bufs as frames, waiting for credit and queue
// room as needed. It reports whether it wrote full records itself.
func (st *Stream) queue(bufs [][]byte, direct bool) (total int, streaming bool, err error) {
	st.wmu.Lock()
	defer st.wmu.Unlock()
	w := st.s.w
	left := 0
	for _, b := range bufs {
		left += len(b)
	}
	for left > 0 {
		k, err := st.takeCredit(left, direct)
		if err != nil {
			return total, streaming, err
		}
		n, full, err := w.appendData(st, bufs, k, direct)
		if n < k {
			st.mu.Lock()
			st.sendWindow += uint32(k - n)
			st.mu.Unlock()
		}
		if err != nil {
			return total, streaming, st.writeErr(err)
		}
		total, left = total+n, left-n
		for n > 0 {
			k := min(n, len(bufs[0]))
			bufs[0] = bufs[0][k:]
			n -= k
			if len(bufs[0]) == 0 {
				bufs = bufs[1:]
			}
		}
		if full && !(direct && w.flush(false)) {
			if err := st.waitRoom(w.roomCh()); err != nil {
				return total, streaming, err
			}
		}
		streaming = streaming || full
	}
	return total, streaming, nil
}

// takeCredit waits until the peer lets this side send, then takes up to n
// bytes of its credit. With flush, frames this goroutine queued are written
// before it waits.
func (st *Stream) takeCredit(n int, flush bool) (int, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	for {
		if err := st.writeState(); err != nil {
			return 0, err
		}
		// Silly window avoidance, as in TCP: with little credit and more
		// to send than it allows, wait for a bigger grant instead of
		// sending a sliver that costs a record of its own. The receiver
		// grants credit in batches of half its window, so waiting while
		// credit is below that cannot deadlock.
		want := min(n, maxDataPayload)
		if c := int(st.sendWindow); c >= want || c >= min(maxDataPayload, int(st.s.peer.window/2)) {
			k := min(want, c)
			st.sendWindow -= uint32(k)
			return k, nil
		}
		if flush {
			flush = false
			st.mu.Unlock()
			st.s.w.flush(false)
			st.mu.Lock()
			continue
		}
		if st.wwait == nil {
			st.wwait = make(chan struct{}, 1)
		}
		ch, dl := st.wwait, st.wdl.wait()
		st.mu.Unlock()
		select {
		case <-ch:
		case <-dl:
		case <-st.s.done:
		}
		st.mu.Lock()
	}
}

func (st *Stream) waitRoom(room <-chan struct{}) error {
	if room == nil {
		return nil
	}
	st.mu.Lock()
	dl := st.wdl.wait()
	st.mu.Unlock()
	select {
	case <-room:
		return nil
	case <-dl:
		return os.ErrDeadlineExceeded
	case <-st.s.done:
		return st.sessionErr()
	}
}

func (st *Stream) writeErr(err error) error {
	if err == errSessionDone {
		<-st.s.done
		return st.sessionErr()
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.err != nil {
		return st.err
	}
	if st.stopped != nil {
		return st.stopped
	}
	return err
}

// CloseWrite ends this side's data: the peer reads io.EOF after it. Reading
// goes on until the peer ends its side too.
func (st *Stream) CloseWrite() error {
	st.mu.Lock()
	if st.writeClosed || st.err != nil {
		st.mu.Unlock()
		return nil
	}
	st.writeClosed = true
	notify(st.wwait)
	done := st.finished()
	st.mu.Unlock()
	err := st.s.w.appendFIN(st)
	if done {
		st.s.remove(st)
	}
	if err != nil {
		return st.writeErr(err)
	}
	return nil
}

// Close ends both directions, like closing a TCP socket but without losing
// data: what was written still reaches the peer, followed by EOF; data not
// yet read here is dropped; and a peer that has not ended its side is asked
// to stop sending, so its writes fail instead of going nowhere (a STOP,
// which unlike a reset leaves the data this side sent readable). Blocked
// Reads and Writes return.
func (st *Stream) Close() error {
	st.mu.Lock()
	if st.readClosed {
		st.mu.Unlock()
		return nil
	}
	st.readClosed = true
	sendFIN := !st.writeClosed && st.err == nil && st.stopped == nil
	sendStop := !st.recvFIN && st.err == nil
	st.writeClosed = true
	st.drop()
	done := st.finished()
	st.mu.Unlock()
	if sendFIN {
		_ = st.s.w.appendFIN(st)
	}
	if sendStop {
		_ = st.s.w.appendReset(st, "stream closed", true, false)
	}
	if done {
		st.s.remove(st)
	}
	return nil
}

// Reset aborts the stream: the peer's Read and Write return a *StreamError
// carrying reason (a connection refused by the target, say), and so do
// later calls here. Data not yet read, on either side, is dropped.
func (st *Stream) Reset(reason string) error {
	st.mu.Lock()
	if st.err != nil || st.removed {
		st.mu.Unlock()
		return nil
	}
	st.err = &StreamError{Reason: reason}
	st.readClosed, st.writeClosed = true, true
	st.drop()
	done := st.finished()
	st.mu.Unlock()
	_ = st.s.w.appendReset(st, reason, false, false)
	if done {
		st.s.remove(st)
	}
	return nil
}

// remoteReset applies the peer's RESET: an abort drops what was received
// and fails both directions; a STOP fails only this side's writes.
func (st *Stream) remoteReset(reason string, stop bool) {
	st.mu.Lock()
	e := &StreamError{Reason: reason, Remote: true}
	switch {
	case st.err != nil:
	case stop:
		if st.stopped == nil {
			st.stopped = e
		}
	default:
		st.err = e
		st.drop()
	}
	notify(st.rwait)
	notify(st.wwait)
	done := st.finished()
	st.mu.Unlock()
	if done {
		st.s.remove(st)
	}
}

// drop discards received data and wakes waiters; st.mu is held. The chunks
// are left to the collector rather than pooled: a WriteTo may still be
// writing one out, or the reader goroutine filling one.
func (st *Stream) drop() {
	st.s.buffered.Add(-int64(st.buffered))
	for c := st.recv.front(); c != nil; c = st.recv.front() {
		st.s.held.Add(-int64(len(c.buf)))
		st.recv.pop()
	}
	st.recv = chunkQueue{}
	st.buffered = 0
	notify(st.rwait)
	notify(st.wwait)
}

// SetDeadline sets the read and write deadlines.
func (st *Stream) SetDeadline(t time.Time) error {
	st.SetReadDeadline(t)
	st.SetWriteDeadline(t)
	return nil
}

// SetReadDeadline makes Read and WriteTo return os.ErrDeadlineExceeded
// once t passes; the zero time clears it.
func (st *Stream) SetReadDeadline(t time.Time) error {
	st.setDeadline(&st.rdl, &st.rwait, t)
	return nil
}

// SetWriteDeadline makes Write return os.ErrDeadlineExceeded once t passes
// while it waits for credit or queue room; data already queued is sent.
func (st *Stream) SetWriteDeadline(t time.Time) error {
	st.mu.Lock()
	st.wdlSet = !t.IsZero()
	st.mu.Unlock()
	st.setDeadline(&st.wdl, &st.wwait, t)
	return nil
}

func (st *Stream) setDeadline(d **deadline, wake *chan struct{}, t time.Time) {
	st.mu.Lock()
	if *d == nil {
		*d = newDeadline()
	}
	dl := *d
	st.mu.Unlock()
	dl.set(t)
	st.mu.Lock()
	notify(*wake) // a waiter may hold the channel of the previous deadline
	st.mu.Unlock()
}

// chunkQueue is a FIFO of chunks that reuses its slice.
type chunkQueue struct {
	q    []*chunk
	head int
}

func (q *chunkQueue) len() int { return len(q.q) - q.head }

func (q *chunkQueue) front() *chunk {
	if q.len() == 0 {
		return nil
	}
	return q.q[q.head]
}

func (q *chunkQueue) at(i int) *chunk { return q.q[q.head+i] }

func (q *chunkQueue) back() *chunk {
	if q.len() == 0 {
		return nil
	}
	return q.q[len(q.q)-1]
}

func (q *chunkQueue) push(c *chunk) {
	if q.head > 0 && len(q.q) == cap(q.q) {
		n := copy(q.q, q.q[q.head:])
		clear(q.q[n:])
		q.q, q.head = q.q[:n], 0
	}
	q.q = append(q.q, c)
}

func (q *chunkQueue) pop() {
	q.q[q.head] = nil
	q.head++
	if q.head == len(q.q) {
		q.q, q.head = q.q[:0], 0
	}
}
