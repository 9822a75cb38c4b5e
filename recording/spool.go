package recording

import (
	"crypto"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/tetherhq/tether"
)

// SyncMode says what Writer.Sync waits for.
type SyncMode int

const (
	// SyncFsync (the default): Sync writes the buffer and fdatasyncs the
	// file. What Sync covered survives the process, the kernel and the
	// power going away.
	SyncFsync SyncMode = iota
	// SyncWrite: Sync only writes the buffer to the kernel. What Sync
	// covered survives the server process being killed (kill -9, a
	// panic, the OOM killer) but not a kernel crash or power loss before
	// the kernel writes it back. Close still fsyncs.
	SyncWrite
)

// Options tune a Spool; the zero value is the safe default.
type Options struct {
	Sync SyncMode
	// BufferSize is how much Append buffers before writing to the file
	// without being asked to; default 64 KiB.
	BufferSize int
	// CommitInterval is the least time between two Syncs of a busy
	// Committer: a stream of chunks is made durable (and delivered) in
	// batches at most this often, while a chunk after a pause goes at
	// once. It bounds the added latency. Default 1 ms; negative: no
	// bound, a Sync per batch as soon as the previous one is done.
	CommitInterval time.Duration
	// Now is the clock for start and end times; default time.Now.
	Now func() time.Time
}

// File name suffixes in a spool directory.
const (
	sealedSuffix = ".rec"        // sealed: ends with a signed manifest
	openSuffix   = ".rec.open"   // being written, or left open by a crash
	tornSuffix   = ".rec.torn"   // the incomplete tail Recover cut off
	brokenSuffix = ".rec.broken" // no valid header: nothing to recover
)

// Spool is a directory of recordings on the server's local disk, one file
// per session. Each server replica should have its own.
type Spool struct {
	Dir string

	signer crypto.Signer
	keyID  string
	alg    string
	opts   Options

	mu   sync.Mutex
	open map[string]*Writer // recordings this process is writing
}

// OpenSpool opens (creating it if needed, mode 0700) a spool directory.
// The signer signs every manifest; ECDSA, Ed25519 and RSA keys work. Call
// Recover before serving sessions.
func OpenSpool(dir string, signer crypto.Signer, opts Options) (*Spool, error) {
	if signer == nil {
		return nil, errors.New("recording: OpenSpool needs a signer")
	}
	alg, err := algorithmFor(signer.Public())
	if err != nil {
		return nil, err
	}
	keyID, err := KeyID(signer.Public())
	if err != nil {
		return nil, err
	}
	if opts.BufferSize <= 0 {
		opts.BufferSize = 64 << 10
	}
	if opts.CommitInterval == 0 {
		opts.CommitInterval = time.Millisecond
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("recording: %w", err)
	}
	return &Spool{Dir: dir, signer: signer, keyID: keyID, alg: alg, opts: opts, open: map[string]*Writer{}}, nil
}

func (s *Spool) now() time.Time { return s.opts.Now() }

// PublicKey is the key that verifies this spool's manifests.
func (s *Spool) PublicKey() crypto.PublicKey { return s.signer.Public() }

// ValidID reports whether id can name a recording: the characters of a
// session ID (a username's letters, digits and +=,.@_- then -hex), at most
// 200, not starting with a dot. It keeps IDs from escaping the directory.
func ValidID(id string) bool {
	if id == "" || len(id) > 200 || id[0] == '.' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("+=,.@_-", c) >= 0) {
			return false
		}
	}
	return true
}

func (s *Spool) sealedPath(id string) string { return filepath.Join(s.Dir, id+sealedSuffix) }
func (s *Spool) openPath(id string) string   { return filepath.Join(s.Dir, id+openSuffix) }

// Path is where the sealed recording of session id is (or will be): the
// file to upload or serve once Close has returned.
func (s *Spool) Path(id string) string { return s.sealedPath(id) }

// Create starts the recording of a session: it writes the magic and the
// header to <Dir>/<id>.rec.open, durably under SyncFsync, and returns its
// Writer. A session ID that has a recording already is a conflict.
func (s *Spool) Create(h Header) (*Writer, error) {
	if !ValidID(h.SessionID) {
		return nil, tether.Errorf(tether.EINVALID, "recording: invalid session ID %q", h.SessionID)
	}
	if h.Started.IsZero() {
		h.Started = s.now()
	}
	hb, err := json.Marshal(headerJSON{Version: FormatVersion, Header: h})
	if err != nil {
		return nil, tether.Errorf(tether.EINVALID, "recording: header: %v", err)
	}
	if len(hb) > maxJSONBody {
		return nil, tether.Errorf(tether.EINVALID, "recording: header of %d bytes is over the %d-byte limit", len(hb), maxJSONBody)
	}
	id := h.SessionID
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.open[id] != nil {
		return nil, tether.Errorf(tether.ECONFLICT, "recording: session %s is being recorded already", id)
	}
	if _, err := os.Lstat(s.sealedPath(id)); err == nil {
		return nil, tether.Errorf(tether.ECONFLICT, "recording: session %s has a recording already", id)
	}
	path := s.openPath(id)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return nil, tether.Errorf(tether.ECONFLICT, "recording: session %s has a recording already", id)
		}
		return nil, fmt.Errorf("recording: %w", err)
	}
	if err := lockFile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("recording: locking %s: %w", path, err)
	}
	w := &Writer{spool: s, header: h, path: path, f: f, enc: newEncoder()}
	w.scond.L = &w.smu
	w.tally.records = 1
	// Start small: most sessions are interactive and never fill a
	// buffer; a busy one grows it (up to a bound, see flushLocked).
	w.buf = append(make([]byte, 0, 4<<10), magic...)
	w.buf = w.enc.record(w.buf, recHeader, hb)
	err = w.flushLocked()
	if err == nil && s.opts.Sync == SyncFsync {
		if err = fdatasync(f); err == nil {
			err = syncDir(s.Dir)
		}
	}
	if err != nil {
		f.Close()
		os.Remove(path)
		return nil, fmt.Errorf("recording: creating %s: %w", path, err)
	}
	w.durable = w.written.Load()
	s.open[id] = w
	return w, nil
}

func (s *Spool) forget(w *Writer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.open[w.header.SessionID] == w {
		delete(s.open, w.header.SessionID)
	}
}

// newManifest is the manifest for a recording whose records are counted
// in t and whose chain ends at chain.
func newManifest(h Header, t *tally, chain [hashSize]byte, end EndInfo) Manifest {
	return Manifest{
		Version:      FormatVersion,
		SessionID:    h.SessionID,
		Started:      h.Started,
		Ended:        end.Ended,
		Records:      t.records,
		InputChunks:  t.inputChunks,
		InputBytes:   t.inputBytes,
		OutputChunks: t.outputChunks,
		OutputBytes:  t.outputBytes,
		Resizes:      t.resizes,
		Connections:  t.connections,
		ForwardedIn:  t.forwardedIn,
		ForwardedOut: t.forwardedOut,
		ExitCode:     end.ExitCode,
		Reason:       end.Reason,
		FinalHash:    hex.EncodeToString(chain[:]),
	}
}

// signManifest names the spool's key in m, signs it, and returns it with
// the manifest record's body: the JSON's length, the JSON, the signature.
func (s *Spool) signManifest(m Manifest) (Manifest, []byte, error) {
	m.KeyID, m.Algorithm = s.keyID, s.alg
	payload, err := json.Marshal(m)
	if err != nil {
		return Manifest{}, nil, fmt.Errorf("recording: manifest: %w", err)
	}
	sig, err := sign(s.signer, payload)
	if err != nil {
		return Manifest{}, nil, err
	}
	m.Signature = sig
	body := binary.BigEndian.AppendUint32(make([]byte, 0, 4+len(payload)+len(sig)), uint32(len(payload)))
	body = append(append(body, payload...), sig...)
	return m, body, nil
}

// Open returns a streaming Reader over session id's recording, sealed or
// still being written (whose Next then ends with ErrNotSealed).
func (s *Spool) Open(id string) (*Reader, error) {
	if !ValidID(id) {
		return nil, tether.Errorf(tether.EINVALID, "recording: invalid session ID %q", id)
	}
	// The open file becomes the sealed one by a rename: look twice.
	for range 2 {
		for _, p := range []string{s.sealedPath(id), s.openPath(id)} {
			f, err := os.Open(p)
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("recording: %w", err)
			}
			r, err := NewReader(f)
			if err != nil {
				f.Close()
				return nil, err
			}
			return r, nil
		}
	}
	return nil, tether.Errorf(tether.ENOTFOUND, "recording: no recording of session %s", id)
}

// Verify checks session id's sealed recording with the spool's own key
// (see the package function Verify) and that it is the recording of id.
func (s *Spool) Verify(id string) (Manifest, error) {
	if !ValidID(id) {
		return Manifest{}, tether.Errorf(tether.EINVALID, "recording: invalid session ID %q", id)
	}
	f, err := os.Open(s.sealedPath(id))
	if errors.Is(err, os.ErrNotExist) {
		if _, err := os.Stat(s.openPath(id)); err == nil {
			return Manifest{}, &CorruptError{Record: -1, Reason: "session " + id + "'s recording is still open", Err: ErrNotSealed}
		}
		return Manifest{}, tether.Errorf(tether.ENOTFOUND, "recording: no recording of session %s", id)
	}
	if err != nil {
		return Manifest{}, fmt.Errorf("recording: %w", err)
	}
	defer f.Close()
	m, err := Verify(f, s.signer.Public())
	if err == nil && m.SessionID != id {
		return m, &CorruptError{Record: 0, Offset: int64(len(magic)), Reason: "the file of session " + id + " holds the recording of session " + m.SessionID}
	}
	return m, err
}

// Recover seals every recording in the spool left open by a process that
// died (files <id>.rec.open that no live Writer holds): it keeps every
// complete record, cuts off an incomplete or damaged tail (saving those
// bytes to <id>.rec.torn), and appends a signed manifest marked
// Interrupted whose end time is the last event's. The chain stays valid,
// so Verify passes. It returns the IDs it sealed. A file with no valid
// header holds no session data; it is renamed <id>.rec.broken and
// reported in the error, which joins every failure; Recover goes on past
// them.
func (s *Spool) Recover() ([]string, error) {
	entries, err := os.ReadDir(s.Dir)
	if err != nil {
		return nil, fmt.Errorf("recording: %w", err)
	}
	var ids []string
	var errs []error
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), openSuffix)
		if !ok || !ValidID(id) || !e.Type().IsRegular() {
			continue
		}
		s.mu.Lock()
		busy := s.open[id] != nil
		s.mu.Unlock()
		if busy {
			continue
		}
		done, err := s.recoverOne(id)
		if err != nil {
			errs = append(errs, fmt.Errorf("recording: recovering %s: %w", id, err))
		}
		if done {
			ids = append(ids, id)
		}
	}
	return ids, errors.Join(errs...)
}

func (s *Spool) recoverOne(id string) (bool, error) {
	path := s.openPath(id)
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false, err
	}
	defer f.Close()
	if err := tryLockFile(f); err != nil {
		return false, nil // another live process is writing it
	}
	rd, err := NewReader(io.NopCloser(f))
	if err != nil {
		if errors.Is(err, ErrCorrupt) {
			if rerr := os.Rename(path, filepath.Join(s.Dir, id+brokenSuffix)); rerr != nil {
				return false, rerr
			}
			return false, fmt.Errorf("no valid header, moved aside as %s: %w", id+brokenSuffix, err)
		}
		return false, err
	}
	for err == nil {
		_, err = rd.Next()
	}
	var ce *CorruptError
	switch {
	case rd.manifestEnd > 0:
		// Sealed before the crash, not yet renamed. Anything after the
		// manifest is cut off (and kept).
		if _, err := s.saveTail(f, id, rd.manifestEnd); err != nil {
			return false, err
		}
		return true, s.finishRecovery(f, id, rd.manifestEnd, nil)
	case !errors.As(err, &ce):
		return false, err // an I/O error: try again next time
	}
	// Keep the records before the bad one. If the bad record's frame was
	// read whole (its content was invalid), the decoder went past it.
	d := rd.d
	end, chain, seq := ce.Offset, d.chain, d.seq
	if int64(seq) == ce.Record+1 {
		chain, seq = d.prevChain, seq-1
	}
	torn, err := s.saveTail(f, id, end)
	if err != nil {
		return false, err
	}
	m := newManifest(rd.header, &rd.tally, chain, EndInfo{
		Ended:  rd.header.Started.Add(time.Duration(rd.tally.last)),
		Reason: "the server stopped before the session's recording was closed",
	})
	m.Interrupted, m.Recovered, m.TornBytes = true, s.now(), torn
	_, body, err := s.signManifest(m)
	if err != nil {
		return false, err
	}
	enc := newEncoder()
	enc.chain, enc.seq = chain, seq
	return true, s.finishRecovery(f, id, end, enc.record(nil, recManifest, body))
}

// saveTail copies f's bytes from offset end on to <id>.rec.torn, durably,
// and returns how many there are. With none, it reports the size of a
// .rec.torn an earlier, unfinished Recover left.
func (s *Spool) saveTail(f *os.File, id string, end int64) (int64, error) {
	path := filepath.Join(s.Dir, id+tornSuffix)
	info, err := f.Stat()
	if err != nil {
		return 0, err
	}
	n := info.Size() - end
	if n <= 0 {
		if ti, err := os.Stat(path); err == nil {
			return ti.Size(), nil
		}
		return 0, nil
	}
	t, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return 0, err
	}
	defer t.Close()
	if _, err := io.Copy(t, io.NewSectionReader(f, end, n)); err != nil {
		return 0, err
	}
	if err := fdatasync(t); err != nil {
		return 0, err
	}
	return n, t.Close()
}

// finishRecovery truncates f to end, appends rec (a manifest record, or
// nothing), makes it durable and renames it sealed.
func (s *Spool) finishRecovery(f *os.File, id string, end int64, rec []byte) error {
	if err := f.Truncate(end); err != nil {
		return err
	}
	if len(rec) > 0 {
		if _, err := f.WriteAt(rec, end); err != nil {
			return err
		}
	}
	if err := fdatasync(f); err != nil {
		return err
	}
	if err := os.Rename(s.openPath(id), s.sealedPath(id)); err != nil {
		return err
	}
	return syncDir(s.Dir)
}
