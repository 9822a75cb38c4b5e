package recording

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
)

// rechain recomputes every chain hash from record `from` on, as an
// attacker without the server's key can: the manifest signature still
// holds the true final hash.
func rechain(tb testing.TB, b []byte, from int) []byte {
	tb.Helper()
	b = bytes.Clone(b)
	chain := chainSeed
	off := len(magic)
	for i := 0; off < len(b); i++ {
		n := int(binary.BigEndian.Uint32(b[off:]))
		end := off + prefixSize + n
		if i >= from {
			h := sha256.New()
			h.Write(chain[:])
			h.Write(b[off:end])
			copy(b[end:], h.Sum(nil))
		}
		copy(chain[:], b[end:end+hashSize])
		off = end + hashSize
	}
	return b
}

func TestTamperDetection(t *testing.T) {
	s := mustSpool(t, Options{})
	orig := mustRecording(t, s, "testuser01-0123456789abcdef0")
	sp := spans(t, orig)
	// sp[0] header, sp[1..7] events, sp[8] manifest.
	if len(sp) != 9 || sp[8].typ != recManifest {
		t.Fatalf("unexpected layout %+v", sp)
	}
	pub := s.PublicKey()
	if _, err := Verify(bytes.NewReader(orig), pub); err != nil {
		t.Fatalf("the untouched recording does not verify: %v", err)
	}
	manifest := sp[8]
	payloadStart := manifest.start + prefixSize + 4

	cut := func(b []byte, from, to int) []byte { return append(bytes.Clone(b[:from]), b[to:]...) }
	swap := func(b []byte, i, j recordSpan) []byte { // i before j, adjacent
		out := bytes.Clone(b[:i.start])
		out = append(out, b[j.start:j.end]...)
		out = append(out, b[i.start:i.end]...)
		return append(out, b[j.end:]...)
	}
	flip := func(b []byte, at int) []byte { b = bytes.Clone(b); b[at] ^= 0x20; return b }

	for _, tc := range []struct {
		name     string
		data     []byte
		record   int64
		offset   int
		reason   string
		sentinel error
	}{
		{"byte flipped in an output chunk's data", flip(orig, sp[3].start+prefixSize+8), 3, sp[3].start, "output chunk does not match its chain hash: contents altered", nil},
		{"byte flipped in an input chunk's time", flip(orig, sp[2].start+prefixSize+7), 2, sp[2].start, "input chunk does not match its chain hash", nil},
		{"byte flipped in a record's chain hash", flip(orig, sp[5].end-1), 5, sp[5].start, "contents altered", nil},
		{"byte flipped in the header", flip(orig, sp[0].start+prefixSize+20), 0, sp[0].start, "header does not match its chain hash", nil},
		{"chunk dropped", cut(orig, sp[4].start, sp[4].end), 4, sp[4].start, "found record 5 where record 4 belongs: records removed, inserted or reordered", nil},
		{"two chunks swapped", swap(orig, sp[2], sp[3]), 2, sp[2].start, "found record 3 where record 2 belongs", nil},
		{"chunk duplicated", append(bytes.Clone(orig[:sp[4].end]), orig[sp[3].start:]...), 5, sp[4].end, "found record 3 where record 5 belongs", nil},
		{"truncated inside a chunk", orig[:sp[6].start+10], 6, sp[6].start, "truncated: only 10 of the record's 13-byte prefix present", ErrTruncated},
		{"truncated inside a chunk's body", orig[:sp[6].end-3], 6, sp[6].start, "truncated: resize has 58 of its 61 bytes", ErrTruncated},
		{"manifest cut off", orig[:manifest.start], 8, manifest.start, "ends after record 7 without a manifest", ErrNotSealed},
		{"last chunk and manifest cut off", orig[:sp[7].start], 7, sp[7].start, "ends after record 6 without a manifest", ErrNotSealed},
		{"manifest byte changed", flip(orig, payloadStart+5), 8, manifest.start, "manifest does not match its chain hash", nil},
		{"manifest changed and its record re-hashed", rechain(t, bytes.Replace(orig, []byte(`"exitCode":0`), []byte(`"exitCode":1`), 1), 8), 8, manifest.start, "manifest signature does not verify", nil},
		{"chunk altered and the whole chain recomputed", rechain(t, bytes.Replace(orig, []byte("notes.txt"), []byte("nonce.txt"), 1), 0), 8, manifest.start, "records before it were altered and re-chained", nil},
		{"chunk removed and the chain recomputed with new sequence numbers", renumber(t, cut(orig, sp[7].start, sp[7].end)), 7, sp[7].start, "manifest record count is 8 but the records give 7", nil},
		{"data appended after the manifest", append(bytes.Clone(orig), "more"...), 9, manifest.end, "data after the manifest", nil},
		{"not a recording", []byte("hello world, this is text"), -1, 0, "not a Tether recording", nil},
		{"another format version", append([]byte("TETHREC\x02"), orig[len(magic):]...), -1, 0, "unsupported recording format version 2", nil},
		{"empty", nil, -1, 0, "empty file", ErrTruncated},
		{"length field made huge", func() []byte { b := bytes.Clone(orig); b[sp[3].start] = 0x7f; return b }(), 3, sp[3].start, "exceeds the limit", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Verify(bytes.NewReader(tc.data), pub)
			if err == nil {
				t.Fatal("Verify passed")
			}
			ce := asCorrupt(t, err)
			if ce.Record != tc.record || ce.Offset != int64(tc.offset) || !strings.Contains(ce.Reason, tc.reason) {
				t.Errorf("got record %d offset %d %q\nwant record %d offset %d %q", ce.Record, ce.Offset, ce.Reason, tc.record, tc.offset, tc.reason)
			}
			if tc.sentinel != nil && !errors.Is(err, tc.sentinel) {
				t.Errorf("%v does not match %v", err, tc.sentinel)
			}
			t.Log(err)
		})
	}

	t.Run("signed by another key", func(t *testing.T) {
		_, err := Verify(bytes.NewReader(orig), mustKey(t).Public())
		if ce := asCorrupt(t, err); ce.Record != 8 || !strings.Contains(ce.Reason, "signature does not verify") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("a reader stops at the damage too", func(t *testing.T) {
		_, evs, err := readAll(t, flip(orig, sp[5].start+prefixSize+9))
		if len(evs) != 4 || asCorrupt(t, err).Record != 5 {
			t.Errorf("read %d events then %v", len(evs), err)
		}
	})
}

// renumber fixes sequence numbers and the chain after records were
// removed: only the signed manifest can tell.
func renumber(tb testing.TB, b []byte) []byte {
	b = bytes.Clone(b)
	off := len(magic)
	for i := 0; off < len(b); i++ {
		n := int(binary.BigEndian.Uint32(b[off:]))
		binary.BigEndian.PutUint64(b[off+5:], uint64(i))
		off += prefixSize + n + hashSize
	}
	return rechain(tb, b, 0)
}
