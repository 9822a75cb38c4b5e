package recording

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
)

// The on-disk format; FORMAT.md is the reference and must change with it.
const (
	// magic opens every recording file: the format's name and version.
	magic = "TETHREC\x01"
	// FormatVersion is the version in magic, the header and the manifest.
	FormatVersion = 1

	prefixSize = 13 // length u32, type u8, sequence u64
	hashSize   = sha256.Size

	// MaxChunk is the most data one input or output record carries;
	// Append splits larger chunks.
	MaxChunk = 1 << 20
	// maxBody bounds any record body, so a hostile length field never
	// makes a reader allocate more than this.
	maxBody = MaxChunk + 8
	// maxJSONBody bounds header, meta and manifest bodies.
	maxJSONBody = 64 << 10
)

// Record types: one byte in each record's prefix.
const (
	recHeader   = 'H'
	recInput    = 'i'
	recOutput   = 'o'
	recResize   = 'r'
	recMeta     = 'm'
	recManifest = 'M'
)

// recordName names a record type in error messages.
func recordName(t byte) string {
	switch t {
	case recHeader:
		return "header"
	case recInput:
		return "input chunk"
	case recOutput:
		return "output chunk"
	case recResize:
		return "resize"
	case recMeta:
		return "metadata"
	case recManifest:
		return "manifest"
	}
	return fmt.Sprintf("unknown record type 0x%02x", t)
}

// chainSeed is the chain value before the first record: binding the chain to
// the format version means a record can't be replayed into another version.
var chainSeed = sha256.Sum256([]byte(magic))

// ErrCorrupt is matched (errors.Is) by every *CorruptError.
var ErrCorrupt = errors.New("recording corrupt or tampered with")

// ErrNotSealed is matched by the error for a recording that ends, at a
// record boundary, without a manifest: still being written, left open by a
// crash (Spool.Recover seals it), or truncated.
var ErrNotSealed = errors.New("recording has no manifest")

// ErrTruncated is matched by the error for a recording whose last record is
// incomplete: a torn write, or a truncation inside a record.
var ErrTruncated = errors.New("recording ends inside a record")

// CorruptError says where a recording stops being what was written: the
// record's index (0 is the header, then one per chunk in order) and the
// byte offset of the record's first byte in the file.
type CorruptError struct {
	Record int64  // index of the offending record; -1 for the file's magic
	Offset int64  // byte offset where that record starts
	Reason string // what is wrong, for people
	Err    error  // ErrNotSealed, ErrTruncated or nil; ErrCorrupt always matches
}

func (e *CorruptError) Error() string {
	if e.Record < 0 {
		return fmt.Sprintf("recording corrupt at byte offset %d: %s", e.Offset, e.Reason)
	}
	return fmt.Sprintf("recording corrupt at record %d (byte offset %d): %s", e.Record, e.Offset, e.Reason)
}

func (e *CorruptError) Unwrap() []error {
	if e.Err != nil {
		return []error{ErrCorrupt, e.Err}
	}
	return []error{ErrCorrupt}
}

// encoder appends framed, chained records to a byte slice. It is the only
// code that produces records, for the Writer and for Recover.
type encoder struct {
	h     hash.Hash
	chain [hashSize]byte
	seq   uint64
}

func newEncoder() *encoder {
	return &encoder{h: sha256.New(), chain: chainSeed}
}

// record appends one record whose body is the concatenation of parts and
// advances the chain.
func (e *encoder) record(dst []byte, typ byte, parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	start := len(dst)
	dst = binary.BigEndian.AppendUint32(dst, uint32(n))
	dst = append(dst, typ)
	dst = binary.BigEndian.AppendUint64(dst, e.seq)
	for _, p := range parts {
		dst = append(dst, p...)
	}
	e.h.Reset()
	e.h.Write(e.chain[:])
	e.h.Write(dst[start:])
	e.h.Sum(e.chain[:0])
	e.seq++
	return append(dst, e.chain[:]...)
}

// timeBody is the first 8 bytes of every event body: nanoseconds since the
// recording started.
func timeBody(buf *[8]byte, t int64) []byte {
	binary.BigEndian.PutUint64(buf[:], uint64(t))
	return buf[:]
}

// tally is what a manifest counts. The Writer and the reader keep one each
// with the same add, so Verify can recompute every signed number.
type tally struct {
	records      int64 // records so far, header included
	inputChunks  int64
	inputBytes   int64
	outputChunks int64
	outputBytes  int64
	resizes      int64
	connections  int64 // connections opened (Conn records with state "open")
	forwardedIn  int64 // bytes sent by users over forwarded connections
	forwardedOut int64 // bytes received by users
	last         int64 // the latest event time, in nanoseconds
}

// add counts an event record; meta bodies that are Conn records count
// towards the forwarding totals.
func (t *tally) add(ev Event) {
	t.records++
	if n := int64(ev.Time); n > t.last {
		t.last = n
	}
	switch ev.Dir {
	case Input:
		t.inputChunks++
		t.inputBytes += int64(len(ev.Data))
	case Output:
		t.outputChunks++
		t.outputBytes += int64(len(ev.Data))
	case Resize:
		t.resizes++
	case Meta:
		if c, ok := ev.Conn(); ok {
			switch c.State {
			case ConnOpen:
				t.connections++
			case ConnClose:
				t.forwardedIn += c.BytesIn
				t.forwardedOut += c.BytesOut
			}
		}
	}
}

// decodeEvent parses the body of an event record of type typ.
func decodeEvent(typ byte, body []byte) (Event, error) {
	if len(body) < 8 {
		return Event{}, fmt.Errorf("%s body of %d bytes is shorter than its 8-byte time", recordName(typ), len(body))
	}
	t := binary.BigEndian.Uint64(body)
	if t > 1<<62 {
		return Event{}, fmt.Errorf("%s time %d ns out of range", recordName(typ), t)
	}
	ev := Event{Time: durationNS(t), Dir: Direction(typ)}
	rest := body[8:]
	switch typ {
	case recInput, recOutput:
		ev.Data = rest
	case recResize:
		if len(rest) != 8 {
			return Event{}, fmt.Errorf("resize body is %d bytes, want 16", len(body))
		}
		ev.Cols = int(binary.BigEndian.Uint32(rest))
		ev.Rows = int(binary.BigEndian.Uint32(rest[4:]))
	case recMeta:
		if !json.Valid(rest) {
			return Event{}, errors.New("metadata record is not valid JSON")
		}
		ev.Data = rest
	default:
		return Event{}, fmt.Errorf("%s is not an event", recordName(typ))
	}
	return ev, nil
}

// rawRecord is one decoded frame.
type rawRecord struct {
	typ    byte
	seq    uint64
	body   []byte
	offset int64 // of the frame's first byte
	end    int64 // offset just past the frame
}

// decoder reads frames and checks framing, sequence and chain. It knows
// nothing of what bodies mean: that is the Reader's job.
type decoder struct {
	r     io.Reader
	h     hash.Hash
	chain [hashSize]byte
	// prevChain is the chain value before the last record read: a
	// manifest's final hash.
	prevChain [hashSize]byte
	seq       uint64
	off       int64
	prefix    [prefixSize]byte
	sum       [hashSize]byte
	buf       []byte // reused for bodies when the caller copies them out
}

// newDecoder reads and checks the magic.
func newDecoder(r io.Reader) (*decoder, error) {
	d := &decoder{r: r, h: sha256.New(), chain: chainSeed}
	var m [len(magic)]byte
	n, err := io.ReadFull(r, m[:])
	if err != nil {
		if n == 0 && err == io.EOF {
			return nil, &CorruptError{Record: -1, Reason: "empty file: not a Tether recording", Err: ErrTruncated}
		}
		if err == io.ErrUnexpectedEOF {
			return nil, &CorruptError{Record: -1, Reason: fmt.Sprintf("file of %d bytes is too short to be a Tether recording", n), Err: ErrTruncated}
		}
		return nil, err
	}
	if string(m[:7]) != magic[:7] {
		return nil, &CorruptError{Record: -1, Reason: "not a Tether recording (bad magic)"}
	}
	if m[7] != magic[7] {
		return nil, &CorruptError{Record: -1, Reason: fmt.Sprintf("unsupported recording format version %d", m[7])}
	}
	d.off = int64(len(magic))
	return d, nil
}

// next reads one frame. It returns io.EOF only at a clean record boundary.
// The body aliases the decoder's buffer until the next call.
func (d *decoder) next() (rawRecord, error) {
	rec := rawRecord{offset: d.off}
	idx := int64(d.seq)
	n, err := io.ReadFull(d.r, d.prefix[:])
	if err != nil {
		if n == 0 && err == io.EOF {
			return rec, io.EOF
		}
		if err == io.ErrUnexpectedEOF {
			return rec, &CorruptError{Record: idx, Offset: d.off, Err: ErrTruncated,
				Reason: fmt.Sprintf("truncated: only %d of the record's %d-byte prefix present", n, prefixSize)}
		}
		return rec, err
	}
	length := binary.BigEndian.Uint32(d.prefix[:])
	rec.typ = d.prefix[4]
	rec.seq = binary.BigEndian.Uint64(d.prefix[5:])
	switch rec.typ {
	case recHeader, recInput, recOutput, recResize, recMeta, recManifest:
	default:
		return rec, &CorruptError{Record: idx, Offset: d.off, Reason: recordName(rec.typ)}
	}
	limit := uint32(maxBody)
	if rec.typ == recHeader || rec.typ == recManifest || rec.typ == recMeta {
		limit = maxJSONBody
	}
	if length > limit {
		return rec, &CorruptError{Record: idx, Offset: d.off,
			Reason: fmt.Sprintf("%s length %d exceeds the limit of %d bytes", recordName(rec.typ), length, limit)}
	}
	need := int(length) + hashSize
	if cap(d.buf) < need {
		d.buf = make([]byte, need)
	}
	d.buf = d.buf[:need]
	if n, err := io.ReadFull(d.r, d.buf); err != nil {
		if err == io.ErrUnexpectedEOF || err == io.EOF {
			return rec, &CorruptError{Record: idx, Offset: d.off, Err: ErrTruncated,
				Reason: fmt.Sprintf("truncated: %s has %d of its %d bytes", recordName(rec.typ), prefixSize+n, prefixSize+need)}
		}
		return rec, err
	}
	rec.body = d.buf[:length]
	if rec.seq != d.seq {
		return rec, &CorruptError{Record: idx, Offset: d.off,
			Reason: fmt.Sprintf("found record %d where record %d belongs: records removed, inserted or reordered", rec.seq, d.seq)}
	}
	d.h.Reset()
	d.h.Write(d.chain[:])
	d.h.Write(d.prefix[:])
	d.h.Write(rec.body)
	d.h.Sum(d.sum[:0])
	if string(d.sum[:]) != string(d.buf[length:]) {
		return rec, &CorruptError{Record: idx, Offset: d.off,
			Reason: fmt.Sprintf("%s does not match its chain hash: contents altered", recordName(rec.typ))}
	}
	d.prevChain, d.chain = d.chain, d.sum
	d.seq++
	d.off += int64(prefixSize + need)
	rec.end = d.off
	return rec, nil
}
