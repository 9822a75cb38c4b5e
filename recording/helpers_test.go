package recording

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"io"
	"os"
	"testing"
	"time"
)

var testStart = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func mustKey(tb testing.TB) crypto.Signer {
	tb.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

func mustSpool(tb testing.TB, opts Options) *Spool {
	tb.Helper()
	return mustSpoolDir(tb, tb.TempDir(), mustKey(tb), opts)
}

func mustSpoolDir(tb testing.TB, dir string, key crypto.Signer, opts Options) *Spool {
	tb.Helper()
	s, err := OpenSpool(dir, key, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func testHeader(id string) Header {
	return Header{
		SessionID: id, Target: "mi-0123456789abcdef0", Owner: "testuser01", RunAs: "ssm-user",
		Kind: "shell", Started: testStart, Cols: 100, Rows: 30,
		Env: map[string]string{"TERM": "xterm-256color", "SHELL": "/bin/bash"},
	}
}

func mustCreate(tb testing.TB, s *Spool, h Header) *Writer {
	tb.Helper()
	w, err := s.Create(h)
	if err != nil {
		tb.Fatal(err)
	}
	return w
}

func mustAppend(tb testing.TB, w *Writer, evs ...Event) {
	tb.Helper()
	for _, ev := range evs {
		if err := w.Append(ev); err != nil {
			tb.Fatal(err)
		}
	}
}

func mustClose(tb testing.TB, w *Writer, end EndInfo) Manifest {
	tb.Helper()
	m, err := w.Close(end)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// sampleEvents is a short shell session.
func sampleEvents() []Event {
	ms := time.Millisecond
	return []Event{
		{Time: 100 * ms, Dir: Output, Data: []byte("\x1b]0;ssm-user@prod-server01\x07$ ")},
		{Time: 900 * ms, Dir: Input, Data: []byte("l")},
		{Time: 1000 * ms, Dir: Output, Data: []byte("l")},
		{Time: 1100 * ms, Dir: Input, Data: []byte("s\r")},
		{Time: 1150 * ms, Dir: Output, Data: []byte("s\r\n\x1b[01;34mbin\x1b[0m  notes.txt\r\n$ ")},
		{Time: 2 * time.Second, Dir: Resize, Cols: 120, Rows: 40},
		{Time: 3 * time.Second, Dir: Output, Data: []byte("héllo wörld ✓\r\n")},
	}
}

// mustRecording writes sampleEvents as session id and returns the sealed
// file's bytes.
func mustRecording(tb testing.TB, s *Spool, id string) []byte {
	tb.Helper()
	w := mustCreate(tb, s, testHeader(id))
	mustAppend(tb, w, sampleEvents()...)
	code := 0
	mustClose(tb, w, EndInfo{Ended: testStart.Add(4 * time.Second), ExitCode: &code, Reason: "exit"})
	b, err := os.ReadFile(s.Path(id))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// readAll reads every event of a recording; err is what ended the stream
// (nil for a sealed one).
func readAll(tb testing.TB, b []byte) (Header, []Event, error) {
	tb.Helper()
	r, err := NewReader(bytes.NewReader(b))
	if err != nil {
		return Header{}, nil, err
	}
	var evs []Event
	for {
		ev, err := r.Next()
		if err == io.EOF {
			return r.Header(), evs, nil
		}
		if err != nil {
			return r.Header(), evs, err
		}
		evs = append(evs, ev)
	}
}

// recordSpan is where one record is in a file.
type recordSpan struct {
	typ        byte
	start, end int
}

// spans lists a valid recording's records.
func spans(tb testing.TB, b []byte) []recordSpan {
	tb.Helper()
	d, err := newDecoder(bytes.NewReader(b))
	if err != nil {
		tb.Fatal(err)
	}
	var out []recordSpan
	for {
		rec, err := d.next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, recordSpan{rec.typ, int(rec.offset), int(rec.end)})
	}
}

func asCorrupt(tb testing.TB, err error) *CorruptError {
	tb.Helper()
	var ce *CorruptError
	if !errors.As(err, &ce) {
		tb.Fatalf("error %v (%T) is not a *CorruptError", err, err)
	}
	if !errors.Is(err, ErrCorrupt) {
		tb.Fatalf("error %v does not match ErrCorrupt", err)
	}
	return ce
}
