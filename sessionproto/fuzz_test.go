package sessionproto

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/tetherhq/tether"
)

// FuzzReader feeds hostile streams to the Reader. It must never panic, never
// hold a buffer larger than MaxPayload, and what it decodes must re-encode to
// the bytes it consumed.
func FuzzReader(f *testing.F) {
	var seed bytes.Buffer
	w := NewWriter(&seed)
	_ = w.WriteMessage(Input, []byte("echo hi\r"))
	_ = w.WriteMessage(Resize, EncodeResize(80, 24))
	_ = w.WriteMessage(EOF, nil)
	f.Add(seed.Bytes())
	f.Add([]byte{})
	f.Add([]byte{byte(Output), 0xff, 0xff, 0xff, 0xff})
	f.Add([]byte{byte(Output), 0, 0, 0x80, 0x00})
	f.Add([]byte{byte(Output), 0, 0, 0x80, 0x01})
	f.Add([]byte{byte(Exit), 0, 0, 0, 4, 0, 0, 0})
	f.Fuzz(func(t *testing.T, in []byte) {
		r := NewReader(bytes.NewReader(in))
		var again bytes.Buffer
		rw := NewWriter(&again)
		for {
			m, err := r.ReadMessage()
			if cap(r.buf) > MaxPayload {
				t.Fatalf("reader buffer grew to %d bytes", cap(r.buf))
			}
			if err != nil {
				if err != io.EOF && err != io.ErrUnexpectedEOF && !errors.Is(err, ErrTooLarge) {
					t.Fatalf("unexpected error %v", err)
				}
				break
			}
			if len(m.Payload) > MaxPayload {
				t.Fatalf("payload of %d bytes", len(m.Payload))
			}
			switch m.Type {
			case Resize:
				_, _, _ = DecodeResize(m.Payload)
			case Exit:
				_, _ = DecodeExit(m.Payload)
			}
			if err := rw.WriteMessage(m.Type, m.Payload); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.HasPrefix(in, again.Bytes()) {
			t.Fatal("re-encoding the decoded messages does not give back the input")
		}
	})
}

// FuzzDecodeOpenRequest checks the header parser never panics, rejects only
// with EINVALID, and that what it accepts survives a round trip unchanged.
func FuzzDecodeOpenRequest(f *testing.F) {
	for _, s := range []string{
		`{"Kind": "shell", "SessionId": "a-1", "RunAs": "ssm-user", "ShellProfile": "cd /tmp\n", "Cols": 100}`,
		`{"Kind": "command", "SessionId": "a-2", "Command": "id -un"}`,
		`{"Kind": "remote-port-forward", "SessionId": "a-3", "Host": "[::1]", "Port": 5432}`,
		`{"Kind": "ssh", "SessionId": "a-4"}`,
		`{"Kind": "port-forward", "SessionId": "a-5", "Port": 1e3}`,
		`{"Kind": "shell", "SessionId": "a", "RunAs": "bob$"}`,
		`{"kind": "shell", "sessionid": "a", "KIND": "command"}`,
		`null`, `[]`, `{}`, `"x"`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeOpenRequest(b)
		if err != nil {
			if tether.ErrorCode(err) != tether.EINVALID {
				t.Fatalf("error %v has code %q", err, tether.ErrorCode(err))
			}
			return
		}
		again, err := DecodeOpenRequest(r.Encode())
		if err != nil {
			t.Fatalf("re-decoding %s: %v", r.Encode(), err)
		}
		if again != r {
			t.Fatalf("round trip changed %+v into %+v", r, again)
		}
	})
}
