package recording

import (
	"bufio"
	"bytes"
	"crypto"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// Reader streams a recording's events in order, holding one record at a
// time. It checks framing and the hash chain as it goes, so a damaged or
// altered recording stops with a *CorruptError at the first bad record;
// Verify adds the manifest's signature.
type Reader struct {
	d        *decoder
	closer   io.Closer
	header   Header
	tally    tally
	manifest *Manifest
	payload  []byte // the manifest's signed JSON
	// manifestEnd is the offset past a consistent manifest, set even when
	// data follows it (Recover then cuts that off).
	manifestEnd int64
	err         error // sticky: what Next returns once the stream ended
}

// headerJSON is the header record's body: the Header and the format
// version, so a reader can refuse a header it does not understand.
type headerJSON struct {
	Version int `json:"version"`
	Header
}

// NewReader reads the magic and the header record from r. It reads r
// through a buffer and never seeks; Close closes r if it is an io.Closer.
func NewReader(r io.Reader) (*Reader, error) {
	rd := &Reader{}
	if c, ok := r.(io.Closer); ok {
		rd.closer = c
	}
	d, err := newDecoder(bufio.NewReaderSize(r, 64<<10))
	if err != nil {
		return nil, err
	}
	rd.d = d
	rec, err := d.next()
	if err == io.EOF {
		return nil, &CorruptError{Record: 0, Offset: rec.offset, Reason: "no header record", Err: ErrTruncated}
	}
	if err != nil {
		return nil, err
	}
	if rec.typ != recHeader {
		return nil, &CorruptError{Record: 0, Offset: rec.offset, Reason: "the first record is a " + recordName(rec.typ) + ", not the header"}
	}
	h, err := decodeHeader(rec.body)
	if err != nil {
		return nil, &CorruptError{Record: 0, Offset: rec.offset, Reason: err.Error()}
	}
	rd.header = h
	rd.tally.records = 1
	return rd, nil
}

func decodeHeader(body []byte) (Header, error) {
	var hj headerJSON
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&hj); err != nil {
		return Header{}, fmt.Errorf("header is not valid JSON: %v", err)
	}
	if dec.More() {
		return Header{}, errors.New("header has data after its JSON object")
	}
	if hj.Version != FormatVersion {
		return Header{}, fmt.Errorf("header has format version %d, want %d", hj.Version, FormatVersion)
	}
	if hj.SessionID == "" {
		return Header{}, errors.New("header has no session ID")
	}
	return hj.Header, nil
}

// Header is the recording's header record.
func (r *Reader) Header() Header { return r.header }

// Manifest is the recording's manifest once Next has returned io.EOF, with
// every count checked against the records (not yet the signature: that is
// Verify's).
func (r *Reader) Manifest() (Manifest, bool) {
	if r.manifest == nil {
		return Manifest{}, false
	}
	return *r.manifest, true
}

// Close closes the underlying reader if it is an io.Closer.
func (r *Reader) Close() error {
	if r.closer == nil {
		return nil
	}
	return r.closer.Close()
}

// Next returns the next event. After the last event it returns io.EOF
// when the recording is sealed by a consistent manifest; a recording that
// ends without one gives an error matching ErrNotSealed (at a record
// boundary) or ErrTruncated (inside a record). Any other damage is a
// *CorruptError saying where. Event data is the caller's to keep.
func (r *Reader) Next() (Event, error) {
	if r.err != nil {
		return Event{}, r.err
	}
	ev, err := r.next()
	if err != nil {
		r.err = err
	}
	return ev, err
}

func (r *Reader) next() (Event, error) {
	rec, err := r.d.next()
	if err == io.EOF {
		return Event{}, &CorruptError{Record: int64(r.d.seq), Offset: rec.offset, Err: ErrNotSealed,
			Reason: fmt.Sprintf("the recording ends after record %d without a manifest: truncated, or not closed yet (Spool.Recover seals recordings left open)", r.d.seq-1)}
	}
	if err != nil {
		return Event{}, err
	}
	corrupt := func(format string, args ...any) error {
		return &CorruptError{Record: int64(rec.seq), Offset: rec.offset, Reason: fmt.Sprintf(format, args...)}
	}
	switch rec.typ {
	case recHeader:
		return Event{}, corrupt("a second header record")
	case recManifest:
		m, payload, err := decodeManifest(rec.body)
		if err != nil {
			return Event{}, corrupt("%v", err)
		}
		m.Offset = rec.offset
		if err := r.checkManifest(&m); err != nil {
			return Event{}, corrupt("manifest %v", err)
		}
		r.manifestEnd = rec.end
		// The manifest must be the last thing in the file.
		var one [1]byte
		if n, err := io.ReadFull(r.d.r, one[:]); n > 0 {
			return Event{}, &CorruptError{Record: int64(r.d.seq), Offset: rec.end, Reason: "data after the manifest"}
		} else if err != io.EOF {
			return Event{}, err
		}
		r.manifest, r.payload = &m, payload
		return Event{}, io.EOF
	}
	ev, err := decodeEvent(rec.typ, rec.body)
	if err != nil {
		return Event{}, corrupt("%v", err)
	}
	if ev.Data != nil {
		ev.Data = bytes.Clone(ev.Data)
	}
	r.tally.add(ev)
	return ev, nil
}

// decodeManifest splits a manifest body into its parsed JSON, the JSON as
// stored (what the signature covers) and the signature.
func decodeManifest(body []byte) (Manifest, []byte, error) {
	if len(body) < 4 {
		return Manifest{}, nil, errors.New("manifest body too short")
	}
	n := binary.BigEndian.Uint32(body)
	if uint64(n) > uint64(len(body)-4) {
		return Manifest{}, nil, fmt.Errorf("manifest JSON length %d exceeds the record's %d bytes", n, len(body)-4)
	}
	payload := body[4 : 4+n]
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(payload))
	if err := dec.Decode(&m); err != nil {
		return Manifest{}, nil, fmt.Errorf("manifest is not valid JSON: %v", err)
	}
	if dec.More() {
		return Manifest{}, nil, errors.New("manifest has data after its JSON object")
	}
	if m.Version != FormatVersion {
		return Manifest{}, nil, fmt.Errorf("manifest has format version %d, want %d", m.Version, FormatVersion)
	}
	m.Signature = bytes.Clone(body[4+n:])
	if len(m.Signature) == 0 {
		return Manifest{}, nil, errors.New("manifest is not signed")
	}
	return m, bytes.Clone(payload), nil
}

// checkManifest compares a manifest with what the records say.
func (r *Reader) checkManifest(m *Manifest) error {
	t := r.tally
	last := hex.EncodeToString(r.d.prevChain[:])
	checks := []struct {
		what       string
		got, wants any
	}{
		{"session ID", m.SessionID, r.header.SessionID},
		{"record count", m.Records, t.records},
		{"input chunk count", m.InputChunks, t.inputChunks},
		{"input byte count", m.InputBytes, t.inputBytes},
		{"output chunk count", m.OutputChunks, t.outputChunks},
		{"output byte count", m.OutputBytes, t.outputBytes},
		{"resize count", m.Resizes, t.resizes},
		{"connection count", m.Connections, t.connections},
		{"forwarded-in byte count", m.ForwardedIn, t.forwardedIn},
		{"forwarded-out byte count", m.ForwardedOut, t.forwardedOut},
		{"final chain hash", m.FinalHash, last},
	}
	for _, c := range checks {
		if c.what == "final chain hash" && c.got != c.wants {
			return fmt.Errorf("final chain hash is %v but the records give %v: records before it were altered and re-chained", c.got, c.wants)
		}
		if c.got != c.wants {
			return fmt.Errorf("%s is %v but the records give %v", c.what, c.got, c.wants)
		}
	}
	if !m.Started.Equal(r.header.Started) {
		return fmt.Errorf("start time %s differs from the header's %s", m.Started.Format(time.RFC3339Nano), r.header.Started.Format(time.RFC3339Nano))
	}
	return nil
}

// Verify reads a whole recording and checks everything: framing, record
// order, the hash chain over every record, the manifest's counts and final
// hash, and its signature with pub. It returns the manifest when all hold.
// Otherwise the error says what is wrong and where: a *CorruptError with
// the record index and byte offset for damage, alteration, removal,
// reordering and truncation (matching ErrNotSealed or ErrTruncated for the
// last two); a manifest signed by another key or altered and re-chained
// fails the signature check. Verify holds one record at a time.
//
// Verify does not know which session the caller expects: compare the
// returned manifest's SessionID (Spool.Verify does).
func Verify(r io.Reader, pub crypto.PublicKey) (Manifest, error) {
	if pub == nil {
		return Manifest{}, errors.New("recording: Verify needs a public key")
	}
	keyID, err := KeyID(pub)
	if err != nil {
		return Manifest{}, err
	}
	rd, err := NewReader(r)
	if err != nil {
		return Manifest{}, err
	}
	for {
		if _, err = rd.Next(); err != nil {
			break
		}
	}
	if err != io.EOF {
		return Manifest{}, err
	}
	m := *rd.manifest
	if err := checkSignature(pub, m.Algorithm, rd.payload, m.Signature); err != nil {
		return m, &CorruptError{Record: m.Records, Offset: m.Offset, Reason: err.Error()}
	}
	if m.KeyID != keyID {
		return m, &CorruptError{Record: m.Records, Offset: m.Offset, Reason: "manifest names key " + m.KeyID + " but was verified with key " + keyID}
	}
	return m, nil
}
