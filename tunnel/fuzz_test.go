package tunnel

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"testing"
)

// fuzzSeeds are frame sequences a client might send after its hello: valid
// traffic for the fuzzer to mutate into invalid traffic.
func fuzzSeeds() [][]byte {
	u32 := func(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }
	f := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	open := func(id uint32, hdr string) []byte { return appendFrame(nil, typeOpen, 0, id, []byte(hdr)) }
	data := func(id uint32, flags uint8, p string) []byte { return appendFrame(nil, typeData, flags, id, []byte(p)) }
	return [][]byte{
		nil,
		open(1, "ssh"),
		f(open(1, "a"), data(1, 0, "hello"), data(1, flagFIN, "")),
		f(open(1, ""), open(3, "b"), data(3, 0, "x"), appendFrame(nil, typeReset, 0, 1, []byte("bye")), data(1, 0, "late")),
		f(open(1, ""), appendFrame(nil, typeWindow, 0, 1, u32(100)), appendFrame(nil, typeWindow, 0, 2, u32(1))),
		f(appendFrame(nil, typePing, 0, 0, []byte("12345678")), appendFrame(nil, typePing, flagACK, 0, u32(7))),
		f(open(5, "c"), data(5, 0, string(make([]byte, 2000))), appendFrame(nil, typeGoAway, 0, 0, []byte("done"))),
		f(open(1, ""), open(3, ""), open(5, ""), open(7, ""), open(9, ""), data(9, flagFIN, "z")),
		{byte(typeData), 0, 0xff, 0xff, 0xff, 0, 0, 0, 1},
		[]byte("GET / HTTP/1.1\r\n\r\n"),
	}
}

// FuzzFrameDecoder feeds arbitrary bytes to the frame parser. Whatever it
// accepts must re-encode to the same bytes; whatever it rejects must be a
// *ProtocolError or the input running out; and it must never read or
// allocate more than the limits allow.
func FuzzFrameDecoder(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Add(testHello(1, 1).appendFrame(nil))
	f.Fuzz(func(t *testing.T, in []byte) {
		r := bytes.NewReader(in)
		var hb [headerLen]byte
		for {
			off := len(in) - r.Len()
			fr, err := readFrame(r, hb[:], 64)
			if err != nil {
				var pe *ProtocolError
				if !errors.As(err, &pe) && err != io.EOF && err != io.ErrUnexpectedEOF {
					t.Fatalf("error %T %v", err, err)
				}
				if pe != nil {
					_ = pe.Error()
				}
				return
			}
			if int(fr.length) != len(fr.payload) || len(fr.payload) > recordSize {
				t.Fatalf("frame %+v with a %d-byte payload", fr.header, len(fr.payload))
			}
			consumed := in[off : len(in)-r.Len()]
			if enc := appendFrame(nil, fr.typ, fr.flags, fr.stream, fr.payload); !bytes.Equal(enc, consumed) {
				t.Fatalf("re-encoded %x, read %x", enc, consumed)
			}
		}
	})
}

// FuzzSession feeds arbitrary bytes, after a valid hello, to a Server
// session whose application accepts streams and reads, writes, resets or
// ignores them. The session must not panic, must end once the input does,
// and must never buffer more than its streams' windows allow.
func FuzzSession(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	const window, maxStreams = MinStreamWindow, 4
	cfg := &Config{StreamWindow: window, MaxStreams: maxStreams, MaxHeaderSize: 64, KeepAlive: -1}
	f.Fuzz(func(t *testing.T, in []byte) {
		cc, sc := net.Pipe()
		defer cc.Close()
		ready := make(chan *Session, 1)
		go func() {
			s, _ := Server(sc, cfg)
			ready <- s
		}()
		cc.Write(testHello(1, 1).appendFrame(nil))
		var hb [headerLen]byte
		if _, err := readFrame(cc, hb[:], 0); err != nil {
			t.Fatal(err)
		}
		s := <-ready
		if s == nil {
			t.Fatal("handshake failed")
		}
		defer s.Close()
		go io.Copy(io.Discard, cc) // what the session sends
		go serveFuzz(s)
		cc.Write(in)
		// Everything written has been read: the session's verdict on it is
		// in, so the bounds must hold now.
		if n := s.buffered.Load(); n > window*maxStreams {
			t.Fatalf("%d bytes buffered for at most %d streams of %d", n, maxStreams, window)
		}
		if n := s.held.Load(); n > 2*window*maxStreams+maxStreams*recordSize {
			t.Fatalf("%d bytes of chunks held", n)
		}
		cc.Close()
		<-s.Done()
		if s.Err() == nil {
			t.Fatal("session ended without an error")
		}
	})
}

// serveFuzz plays an application that does a bit of everything.
func serveFuzz(s *Session) {
	for {
		st, err := s.Accept(context.Background())
		if err != nil {
			return
		}
		switch st.ID() % 8 {
		case 1:
			go io.Copy(io.Discard, st)
		case 3:
			go func() { io.Copy(st, st); st.Close() }()
		case 5:
			st.Reset("no")
		case 7:
			// never read: its window must bound what it holds
		}
	}
}
