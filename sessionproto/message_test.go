package sessionproto

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

// writeCounter records each Write separately, to check framing happens in
// one call per message.
type writeCounter struct {
	mu     sync.Mutex
	writes [][]byte
}

func (w *writeCounter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes = append(w.writes, bytes.Clone(p))
	return len(p), nil
}

func (w *writeCounter) bytes() []byte { return bytes.Join(w.writes, nil) }

func TestMessagesRoundTrip(t *testing.T) {
	msgs := []Message{
		{Input, []byte("ls -l\r")},
		{Output, []byte{}},
		{Output, bytes.Repeat([]byte{0xff}, MaxPayload)},
		{Stderr, []byte("oops\n")},
		{Resize, EncodeResize(132, 43)},
		{EOF, nil},
		{Error, EncodeError("user bob does not exist on this instance")},
		{Exit, EncodeExit(-1)},
		{Type(200), []byte("from the future")},
	}
	var out writeCounter
	w := NewWriter(&out)
	for _, m := range msgs {
		if err := w.WriteMessage(m.Type, m.Payload); err != nil {
			t.Fatal(err)
		}
	}
	if len(out.writes) != len(msgs) {
		t.Fatalf("%d messages took %d writes; want one write each", len(msgs), len(out.writes))
	}
	r := NewReader(bytes.NewReader(out.bytes()))
	for i, want := range msgs {
		got, err := r.ReadMessage()
		if err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
		if got.Type != want.Type || !bytes.Equal(got.Payload, want.Payload) {
			t.Fatalf("message %d: got %s %d bytes, want %s %d bytes", i, got.Type, len(got.Payload), want.Type, len(want.Payload))
		}
	}
	if _, err := r.ReadMessage(); err != io.EOF {
		t.Fatalf("after the last message: %v, want io.EOF", err)
	}
}

func TestWriterRejectsOversizedPayload(t *testing.T) {
	var out writeCounter
	err := NewWriter(&out).WriteMessage(Output, make([]byte, MaxPayload+1))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "32769 bytes") {
		t.Fatalf("err = %v", err)
	}
	if len(out.writes) != 0 {
		t.Fatal("wrote something for a rejected message")
	}
}

func TestWriterErrorIsSticky(t *testing.T) {
	pr, pw := io.Pipe()
	pr.CloseWithError(errors.New("gone"))
	w := NewWriter(pw)
	if err := w.WriteMessage(Output, []byte("a")); err == nil {
		t.Fatal("write to a closed pipe succeeded")
	}
	if err := w.WriteMessage(Output, []byte("b")); err == nil || err.Error() != "gone" {
		t.Fatalf("second write: %v, want the first error again", err)
	}
}

// Concurrent writers must never interleave inside a message.
func TestWriterConcurrentUse(t *testing.T) {
	var out writeCounter
	w := NewWriter(&out)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := bytes.Repeat([]byte{byte('a' + g)}, 1000+g)
			for range 50 {
				if err := w.WriteMessage(Type(g+1), p); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	r := NewReader(bytes.NewReader(out.bytes()))
	for range 200 {
		m, err := r.ReadMessage()
		if err != nil {
			t.Fatal(err)
		}
		g := int(m.Type) - 1
		if !bytes.Equal(m.Payload, bytes.Repeat([]byte{byte('a' + g)}, 1000+g)) {
			t.Fatalf("message of type %s is mangled", m.Type)
		}
	}
}

func TestStreamSplitsAtMaxPayload(t *testing.T) {
	var out writeCounter
	data := bytes.Repeat([]byte("0123456789"), MaxPayload/4) // 2.5 messages
	n, err := NewWriter(&out).Stream(Stderr).Write(data)
	if err != nil || n != len(data) {
		t.Fatalf("Write = %d, %v", n, err)
	}
	r := NewReader(bytes.NewReader(out.bytes()))
	var got []byte
	for {
		m, err := r.ReadMessage()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if m.Type != Stderr || len(m.Payload) > MaxPayload {
			t.Fatalf("got %s of %d bytes", m.Type, len(m.Payload))
		}
		got = append(got, m.Payload...)
	}
	if !bytes.Equal(got, data) || len(out.writes) != 3 {
		t.Fatalf("%d bytes in %d messages, want %d in 3", len(got), len(out.writes), len(data))
	}
}

func TestReaderRejectsOversizedLengthWithoutAllocating(t *testing.T) {
	hostile := []byte{byte(Output), 0xff, 0xff, 0xff, 0xff}
	allocs := testing.AllocsPerRun(20, func() {
		_, err := NewReader(bytes.NewReader(hostile)).ReadMessage()
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "4294967295 bytes") {
			t.Fatalf("err = %v", err)
		}
	})
	if allocs > 8 {
		t.Fatalf("%v allocations to reject a 4 GiB claim", allocs)
	}
}

func TestReaderTruncatedStream(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, io.EOF},
		{"inside the header", []byte{byte(Input), 0, 0}, io.ErrUnexpectedEOF},
		{"inside the payload", []byte{byte(Input), 0, 0, 0, 5, 'a', 'b'}, io.ErrUnexpectedEOF},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := NewReader(bytes.NewReader(tc.in)).ReadMessage(); err != tc.want {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestResizeAndExitPayloads(t *testing.T) {
	cols, rows, err := DecodeResize(EncodeResize(65535, 1))
	if err != nil || cols != 65535 || rows != 1 {
		t.Fatalf("DecodeResize = %d, %d, %v", cols, rows, err)
	}
	if _, _, err := DecodeResize([]byte{1, 2, 3}); err == nil {
		t.Fatal("3-byte resize accepted")
	}
	for _, status := range []int32{0, 1, 130, 255, -1} {
		got, err := DecodeExit(EncodeExit(status))
		if err != nil || got != status {
			t.Fatalf("DecodeExit(EncodeExit(%d)) = %d, %v", status, got, err)
		}
	}
	if _, err := DecodeExit(nil); err == nil {
		t.Fatal("empty exit accepted")
	}
}

func TestEncodeErrorKeepsValidUTF8(t *testing.T) {
	long := strings.Repeat("é", MaxPayload) // 2 bytes each
	p := EncodeError("x" + long)
	if len(p) > MaxPayload || !utf8.Valid(p) {
		t.Fatalf("%d bytes, valid UTF-8: %v", len(p), utf8.Valid(p))
	}
	if p := EncodeError("bad \xff byte"); !utf8.Valid(p) {
		t.Fatalf("%q is not valid UTF-8", p)
	}
}

func TestTypeString(t *testing.T) {
	if Exit.String() != "Exit" || Type(99).String() != "Type(99)" || Type(0).String() != "Type(0)" {
		t.Fatal(Exit.String(), Type(99).String(), Type(0).String())
	}
}

func TestCopyFramesEachReadInOneWrite(t *testing.T) {
	var out writeCounter
	w := NewWriter(&out)
	data := bytes.Repeat([]byte("abcdefgh"), MaxPayload/3) // 2.67 buffers
	n, err := w.Copy(Output, bytes.NewReader(data))
	if err != nil || n != int64(len(data)) {
		t.Fatalf("Copy = %d, %v", n, err)
	}
	r := NewReader(bytes.NewReader(out.bytes()))
	var got []byte
	for range out.writes {
		m, err := r.ReadMessage()
		if err != nil || m.Type != Output {
			t.Fatalf("%v %v", m.Type, err)
		}
		got = append(got, m.Payload...)
	}
	if !bytes.Equal(got, data) || len(out.writes) != 3 {
		t.Fatalf("%d bytes in %d writes", len(got), len(out.writes))
	}
}

func TestCopyReportsWhichSideFailed(t *testing.T) {
	w := NewWriter(&writeCounter{})
	readErr := errors.New("source broke")
	if _, err := w.Copy(Output, io.MultiReader(strings.NewReader("x"), iotest.ErrReader(readErr))); err != readErr || w.Err() != nil {
		t.Fatalf("Copy = %v, Err = %v; want the read error and a working Writer", err, w.Err())
	}
	pr, pw := io.Pipe()
	pr.CloseWithError(errors.New("stream broke"))
	w = NewWriter(pw)
	if _, err := w.Copy(Output, strings.NewReader("x")); err == nil || w.Err() != err {
		t.Fatalf("Copy = %v, Err = %v; want the write error from both", err, w.Err())
	}
}
