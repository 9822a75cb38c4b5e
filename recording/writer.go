package recording

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// ErrClosed is returned by a Writer's methods after Close.
var ErrClosed = errors.New("recording: writer closed")

// Writer appends one session's events to its spool file. It is safe for
// concurrent use: a session's input, output and resize paths may share it.
//
// Append only buffers; Sync is the barrier that makes everything appended
// before it durable (see SyncMode). Concurrent Syncs share fsyncs: while
// one runs, later callers wait and the next fsync covers all of them.
type Writer struct {
	spool  *Spool
	header Header
	path   string // the .rec.open file
	f      *os.File

	mu      sync.Mutex // guards everything below up to smu, and writes to f
	enc     *encoder
	buf     []byte
	written atomic.Int64 // bytes handed to the kernel: the file's size; written under mu
	tally   tally
	closed  bool

	smu     sync.Mutex // guards the group commit state
	scond   sync.Cond
	syncing bool  // an fsync is in flight
	durable int64 // bytes known to be on stable storage

	fail   atomic.Pointer[error] // the first write or fsync error; poisons the Writer
	fsyncs atomic.Int64
}

// Fsyncs is how many fsyncs the Writer has made: with Syncs counted by the
// caller, a measure of how well group commit works.
func (w *Writer) Fsyncs() int64 { return w.fsyncs.Load() }

// setFailed records the first I/O error. A file whose write or fsync
// failed is in an unknown state (a failed fsync may have dropped dirty
// pages), so the Writer refuses everything after; Recover seals the file
// on the next start.
func (w *Writer) setFailed(err error) error {
	err = fmt.Errorf("recording %s: %w", w.header.SessionID, err)
	w.fail.CompareAndSwap(nil, &err)
	return *w.fail.Load()
}

func (w *Writer) failed() error {
	if p := w.fail.Load(); p != nil {
		return *p
	}
	return nil
}

// Header is the recording's header, with Started filled in.
func (w *Writer) Header() Header { return w.header }

// Elapsed is the time since the recording started, on the monotonic clock
// when Started came from time.Now: the Time to give an event happening now.
func (w *Writer) Elapsed() time.Duration { return w.spool.now().Sub(w.header.Started) }

// Append records an event. Event times are clamped so they never go back;
// input and output chunks larger than MaxChunk are split; empty chunks are
// dropped. Append copies ev.Data. It returns once the event is in the
// Writer's buffer: call Sync before acting on it (forwarding the output to
// the user, the input to the agent).
func (w *Writer) Append(ev Event) error {
	switch ev.Dir {
	case Input, Output:
		if len(ev.Data) == 0 {
			return nil
		}
	case Resize:
		if ev.Cols < 0 || ev.Rows < 0 || ev.Cols > 1<<16 || ev.Rows > 1<<16 {
			return fmt.Errorf("recording: resize to %dx%d out of range", ev.Cols, ev.Rows)
		}
	case Meta:
		if len(ev.Data) > maxJSONBody-8 || !json.Valid(ev.Data) {
			return errors.New("recording: metadata must be valid JSON of at most 64 KiB")
		}
	default:
		return fmt.Errorf("recording: unknown event direction %v", ev.Dir)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return ErrClosed
	}
	if err := w.failed(); err != nil {
		return err
	}
	if t := time.Duration(w.tally.last); ev.Time < t {
		ev.Time = t
	}
	var tb [8]byte
	switch ev.Dir {
	case Input, Output:
		data := ev.Data
		for len(data) > 0 {
			n := min(len(data), MaxChunk)
			w.buf = w.enc.record(w.buf, byte(ev.Dir), timeBody(&tb, int64(ev.Time)), data[:n])
			w.tally.add(Event{Time: ev.Time, Dir: ev.Dir, Data: data[:n]})
			data = data[n:]
		}
	case Resize:
		var size [8]byte
		binary.BigEndian.PutUint32(size[:], uint32(ev.Cols))
		binary.BigEndian.PutUint32(size[4:], uint32(ev.Rows))
		w.buf = w.enc.record(w.buf, recResize, timeBody(&tb, int64(ev.Time)), size[:])
		w.tally.add(ev)
	case Meta:
		w.buf = w.enc.record(w.buf, recMeta, timeBody(&tb, int64(ev.Time)), ev.Data)
		w.tally.add(ev)
	}
	if len(w.buf) >= w.spool.opts.BufferSize {
		return w.flushLocked()
	}
	return nil
}

// flushLocked hands the buffer to the kernel. Once write(2) returns the
// bytes survive the process dying (kill -9); only fsync protects them from
// a kernel crash or power loss.
func (w *Writer) flushLocked() error {
	if len(w.buf) == 0 {
		return nil
	}
	n, err := w.f.Write(w.buf)
	w.written.Add(int64(n))
	if err != nil {
		return w.setFailed(err)
	}
	if cap(w.buf) > 4*w.spool.opts.BufferSize {
		w.buf = make([]byte, 0, w.spool.opts.BufferSize)
	} else {
		w.buf = w.buf[:0]
	}
	return nil
}

// Sync returns when every event appended before the call is durable: with
// SyncFsync (the default) on stable storage, with SyncWrite in the kernel.
// An error means it may not be: the session must not forward what it
// recorded, and should end.
func (w *Writer) Sync() error {
	w.mu.Lock()
	if w.closed {
		// Close made everything durable, or failed and said so.
		w.mu.Unlock()
		return w.failed()
	}
	err := w.flushLocked()
	target := w.written.Load()
	w.mu.Unlock()
	if err != nil {
		return err
	}
	if w.spool.opts.Sync == SyncWrite {
		return nil
	}
	return w.waitDurable(target)
}

// waitDurable is the group commit: it returns once durable >= target,
// running an fsync itself when none is in flight. Each fsync covers all
// bytes written before it started, so callers that arrive while one runs
// are covered by the next, however many they are.
func (w *Writer) waitDurable(target int64) error {
	w.smu.Lock()
	defer w.smu.Unlock()
	for {
		if err := w.failed(); err != nil {
			return err
		}
		if w.durable >= target {
			return nil
		}
		if w.syncing {
			w.scond.Wait()
			continue
		}
		w.syncing = true
		w.smu.Unlock()
		// Everything written by now is covered, including other
		// callers' bytes: that is what makes the commit a group one.
		// (Reading written needs no mu, which Close holds while it
		// waits for this fsync.)
		cover := w.written.Load()
		err := fdatasync(w.f)
		w.fsyncs.Add(1)
		w.smu.Lock()
		w.syncing = false
		if err != nil {
			w.setFailed(fmt.Errorf("fsync: %w", err))
		} else if cover > w.durable {
			w.durable = cover
		}
		w.scond.Broadcast()
	}
}

// Close seals the recording: it appends the signed manifest, makes the
// file durable (whatever the SyncMode), and renames it from <id>.rec.open
// to <id>.rec. After a write or fsync error Close does not seal: the file
// stays open-named for Recover, and Close returns the error.
func (w *Writer) Close(end EndInfo) (Manifest, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return Manifest{}, ErrClosed
	}
	w.closed = true
	defer w.spool.forget(w)

	// Exclude concurrent fsyncs: the file is about to be closed.
	w.smu.Lock()
	for w.syncing {
		w.scond.Wait()
	}
	w.syncing = true
	w.smu.Unlock()
	m, err := w.seal(end)
	w.smu.Lock()
	w.syncing = false
	if err == nil {
		w.durable = w.written.Load()
	}
	w.scond.Broadcast()
	w.smu.Unlock()

	if cerr := w.f.Close(); err == nil && cerr != nil {
		err = w.setFailed(cerr)
	}
	return m, err
}

func (w *Writer) seal(end EndInfo) (Manifest, error) {
	if err := w.failed(); err != nil {
		return Manifest{}, err
	}
	if end.Ended.IsZero() {
		end.Ended = w.spool.now()
	}
	m, body, err := w.spool.signManifest(newManifest(w.header, &w.tally, w.enc.chain, end))
	if err != nil {
		return Manifest{}, err
	}
	m.Offset = w.written.Load() + int64(len(w.buf))
	w.buf = w.enc.record(w.buf, recManifest, body)
	if err := w.flushLocked(); err != nil {
		return Manifest{}, err
	}
	if err := fdatasync(w.f); err != nil {
		return Manifest{}, w.setFailed(fmt.Errorf("fsync: %w", err))
	}
	if err := os.Rename(w.path, w.spool.sealedPath(w.header.SessionID)); err != nil {
		return Manifest{}, w.setFailed(err)
	}
	if err := syncDir(w.spool.Dir); err != nil {
		return Manifest{}, w.setFailed(err)
	}
	return m, nil
}
