package recording

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"io"
	"testing"
)

// checkStream reads a recording to its end and fails on a panic (by
// crashing), an endless stream, or an error that is neither a
// *CorruptError nor io.EOF: hostile bytes must give a clear error saying
// where.
func checkStream(t *testing.T, b []byte, verify bool) {
	r, err := NewReader(bytes.NewReader(b))
	if err == nil {
		n := 0
		for ; ; n++ {
			var ev Event
			ev, err = r.Next()
			if err != nil {
				break
			}
			if len(ev.Data) > MaxChunk || n > len(b) {
				t.Fatalf("event %d has %d bytes, from %d bytes of input", n, len(ev.Data), len(b))
			}
			switch ev.Dir {
			case Input, Output, Resize, Meta:
			default:
				t.Fatalf("event of direction %v", ev.Dir)
			}
		}
		if again, err2 := r.Next(); err2 != err || again.Data != nil {
			t.Fatalf("Next after the end gave %v then %v", err, err2)
		}
	}
	if err == io.EOF {
		if _, ok := r.Manifest(); !ok {
			t.Fatal("io.EOF without a manifest")
		}
	} else {
		var ce *CorruptError
		if !errors.As(err, &ce) || ce.Reason == "" || ce.Offset < 0 || ce.Offset > int64(len(b)) {
			t.Fatalf("error %v (%T) on %d bytes", err, err, len(b))
		}
	}
	if verify {
		if _, err := Verify(bytes.NewReader(b), fuzzKey.Public()); err != nil {
			var ce *CorruptError
			if !errors.As(err, &ce) {
				t.Fatalf("Verify error %v (%T)", err, err)
			}
		}
	}
}

var fuzzKey, _ = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)

// FuzzReader feeds arbitrary bytes to the decoder, seeded with real
// recordings and their damaged variants.
func FuzzReader(f *testing.F) {
	s := mustSpoolDir(f, f.TempDir(), fuzzKey, Options{})
	good := mustRecording(f, s, "a-1")
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte(magic))
	f.Add([]byte{})
	f.Add(append([]byte(magic), 0xff, 0xff, 0xff, 0xff, 'o'))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkStream(t, b, true)
	})
}

// FuzzRecords frames arbitrary bodies with correct lengths, sequence
// numbers and chain hashes, so the fuzzer gets past the chain and reaches
// the parsers of headers, events and manifests. Input: repeated
// (type byte, body length byte, body).
func FuzzRecords(f *testing.F) {
	f.Add([]byte("H\x20{\"version\":1,\"sessionId\":\"a-1\"}  o\x09\x00\x00\x00\x00\x00\x00\x00\x01xr\x10\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x50\x00\x00\x00\x18"))
	f.Add([]byte("H\x1b{\"version\":1,\"sessionId\":\"a\"}m\x0a\x00\x00\x00\x00\x00\x00\x00\x00{}M\x08\x00\x00\x00\x02{}xy"))
	f.Add([]byte("H\x02{}i\x03abc"))
	f.Fuzz(func(t *testing.T, in []byte) {
		enc := newEncoder()
		out := []byte(magic)
		for len(in) >= 2 {
			typ, n := in[0], int(in[1])
			in = in[2:]
			n = min(n, len(in))
			body := bytes.Clone(in[:n])
			in = in[n:]
			if typ == recManifest && len(body) >= 4 {
				// Let the manifest's length prefix be plausible sometimes.
				binary.BigEndian.PutUint32(body, uint32(len(body)-4)/uint32(body[0]|1))
			}
			out = enc.record(out, typ, body)
		}
		checkStream(t, out, true)
	})
}
