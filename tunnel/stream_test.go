package tunnel

import (
	"bytes"
	"crypto/rand"
	"errors"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

type transport struct {
	name  string
	conns func(testing.TB) (net.Conn, net.Conn)
}

var transports = []transport{
	{"pipe", func(testing.TB) (net.Conn, net.Conn) { return net.Pipe() }},
	{"tcp", MustTCPConns},
	{"tls", MustTLSConns},
}

// Data arrives intact in both directions at once, whatever the write sizes.
func TestStreamTransfer(t *testing.T) {
	const size = 3 << 20
	want := make([]byte, size)
	rand.Read(want)
	for _, tr := range transports {
		for _, chunk := range []int{1 << 20, 16375, 1000} {
			t.Run(tr.name+"/"+strconv.Itoa(chunk), func(t *testing.T) {
				cc, sc := tr.conns(t)
				c, s := MustPair(t, cc, sc, nil, nil)
				st := mustOpen(t, c, "")
				var wg sync.WaitGroup
				send := func(st *Stream) {
					defer wg.Done()
					for p := want; len(p) > 0; {
						n := min(chunk, len(p))
						if _, err := st.Write(p[:n]); err != nil {
							t.Error(err)
							return
						}
						p = p[n:]
					}
					st.CloseWrite()
				}
				wg.Add(2)
				go send(st)
				in := mustAccept(t, s)
				go send(in)
				for _, r := range []*Stream{in, st} {
					if got := readAll(t, r); !bytes.Equal(got, want) {
						t.Fatalf("received %d bytes, not what was sent", len(got))
					}
				}
				wg.Wait()
				if n := s.buffered.Load() + c.buffered.Load(); n != 0 {
					t.Errorf("%d bytes still counted as buffered", n)
				}
				if n := s.held.Load() + c.held.Load(); n != 0 {
					t.Errorf("%d bytes of chunks still held after everything was read", n)
				}
			})
		}
	}
}

func TestCloseWrite(t *testing.T) {
	c, s := MustPipePair(t, nil, nil)
	st := mustOpen(t, c, "")
	st.Write([]byte("request"))
	st.CloseWrite()
	if _, err := st.Write([]byte("more")); !errors.Is(err, net.ErrClosed) {
		t.Fatalf("Write after CloseWrite: %v", err)
	}
	in := mustAccept(t, s)
	if got := readAll(t, in); string(got) != "request" {
		t.Fatalf("read %q", got)
	}
	// The other direction still works.
	go func() { in.Write([]byte("response")); in.CloseWrite() }()
	if got := readAll(t, st); string(got) != "response" {
		t.Fatalf("read back %q", got)
	}
	eventually(t, "both ends to forget the stream", func() bool { return c.NumStreams() == 0 && s.NumStreams() == 0 })
}

// Close is TCP's close: written data and EOF still arrive; a peer that
// keeps writing is told the stream is gone.
func TestClose(t *testing.T) {
	c, s := MustPipePair(t, nil, &Config{StreamWindow: MinStreamWindow})
	st := mustOpen(t, c, "")
	st.Write([]byte("hello"))
	in := mustAccept(t, s)
	in.Write([]byte("bye"))
	in.Close()
	if _, err := in.Read(make([]byte, 1)); !errors.Is(err, net.ErrClosed) {
		t.Fatalf("Read after Close: %v", err)
	}
	// The STOP that follows the data does not drop it.
	eventually(t, "the STOP to arrive", func() bool { st.mu.Lock(); defer st.mu.Unlock(); return st.stopped != nil })
	if got := readAll(t, st); string(got) != "bye" {
		t.Fatalf("read %q", got)
	}
	_, err := st.Write(make([]byte, 4096))
	if se := asStreamError(t, err); !se.Remote || se.Reason != "stream closed" {
		t.Fatalf("Write to a closed stream: %+v", se)
	}
	if err := in.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
}

func TestReset(t *testing.T) {
	for _, tc := range []struct {
		name  string
		byOpp bool // the accepting side resets; else the opener
	}{
		{"acceptor resets", true},
		{"opener resets", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, s := MustPipePair(t, &Config{StreamWindow: MinStreamWindow}, &Config{StreamWindow: MinStreamWindow})
			a := mustOpen(t, c, "")
			a.Write([]byte("before"))
			b := mustAccept(t, s)
			b.Write([]byte("before"))
			resetter, peer := a, b
			if tc.byOpp {
				resetter, peer = b, a
			}
			// A Write blocked for credit and a Read waiting for data both wake.
			blocked := make(chan error, 1)
			go func() {
				_, err := peer.Write(make([]byte, 1<<20))
				blocked <- err
			}()
			eventually(t, "the write to block for credit", func() bool {
				peer.mu.Lock()
				defer peer.mu.Unlock()
				return peer.sendWindow == 0
			})
			reason := "connection refused by 10.0.0.5:22"
			resetter.Reset(reason)
			if se := asStreamError(t, <-blocked); !se.Remote || se.Reason != reason {
				t.Fatalf("blocked Write: %+v", se)
			}
			// Like TCP's reset, an abort drops what the peer had not read.
			buf := make([]byte, 100)
			n, err := peer.Read(buf)
			if se := asStreamError(t, err); n != 0 || !se.Remote || se.Reason != reason {
				t.Fatalf("Read after the reset: %d bytes, %+v", n, se)
			}
			if !strings.Contains(err.Error(), "reset by peer: "+reason) {
				t.Fatalf("error text %q", err)
			}
			for _, err := range []error{
				func() error { _, err := resetter.Read(buf); return err }(),
				func() error { _, err := resetter.Write(buf); return err }(),
			} {
				if se := asStreamError(t, err); se.Remote || se.Reason != reason {
					t.Fatalf("local call after Reset: %+v", se)
				}
			}
			eventually(t, "both ends to forget the stream", func() bool { return c.NumStreams() == 0 && s.NumStreams() == 0 })
			if n := c.buffered.Load() + s.buffered.Load() + c.held.Load() + s.held.Load(); n != 0 {
				t.Fatalf("%d bytes still buffered after the reset", n)
			}
		})
	}
}

// A stream still counts against MaxStreams while data it received is
// unread, even after both sides ended it: otherwise a peer could make this
// side hold any number of windows.
func TestUnreadStreamsCountAgainstMaxStreams(t *testing.T) {
	c, s := MustPipePair(t, nil, &Config{MaxStreams: 1})
	st := mustOpen(t, c, "")
	st.Write([]byte("unread"))
	st.CloseWrite()
	in := mustAccept(t, s)
	in.CloseWrite()
	readAll(t, st) // the client is done with it
	refused := mustOpen(t, c, "")
	if _, err := refused.Read(make([]byte, 1)); err == nil || !strings.Contains(err.Error(), "too many streams") {
		t.Fatalf("second stream: %v", err)
	}
	if got := readAll(t, in); string(got) != "unread" {
		t.Fatalf("read %q", got)
	}
	mustOpen(t, c, "third")
	if in := mustAccept(t, s); string(in.Header()) != "third" {
		t.Fatalf("accepted %q", in.Header())
	}
}

func TestDeadlines(t *testing.T) {
	past := time.Now().Add(-time.Second)
	for _, tc := range []struct {
		name string
		run  func(t *testing.T, st, peer *Stream)
	}{
		{"read deadline in the past", func(t *testing.T, st, peer *Stream) {
			peer.Write([]byte("x"))
			st.SetReadDeadline(past)
			wantTimeout(t, readErr(st))
			st.SetReadDeadline(time.Time{})
			if n, err := st.Read(make([]byte, 1)); n != 1 || err != nil {
				t.Fatalf("Read after clearing the deadline: %d %v", n, err)
			}
		}},
		{"blocked read times out", func(t *testing.T, st, peer *Stream) {
			st.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
			wantTimeout(t, readErr(st))
		}},
		{"deadline set while blocked", func(t *testing.T, st, peer *Stream) {
			errc := make(chan error)
			go func() { errc <- readErr(st) }()
			eventually(t, "Read to block", func() bool { st.mu.Lock(); defer st.mu.Unlock(); return st.rwait != nil })
			st.SetDeadline(past)
			wantTimeout(t, <-errc)
		}},
		{"extended deadline lets data through", func(t *testing.T, st, peer *Stream) {
			st.SetReadDeadline(past)
			st.SetReadDeadline(time.Now().Add(time.Hour))
			peer.Write([]byte("x"))
			if err := readErr(st); err != nil {
				t.Fatal(err)
			}
		}},
		{"write deadline while waiting for credit", func(t *testing.T, st, peer *Stream) {
			st.SetWriteDeadline(time.Now().Add(20 * time.Millisecond))
			n, err := st.Write(make([]byte, 1<<20))
			wantTimeout(t, err)
			if n != MinStreamWindow {
				t.Fatalf("wrote %d bytes, want the window of %d", n, MinStreamWindow)
			}
			st.SetWriteDeadline(time.Time{})
			go io.Copy(io.Discard, peer)
			if _, err := st.Write(make([]byte, 1<<16)); err != nil {
				t.Fatal(err)
			}
		}},
		{"WriteTo honours the read deadline", func(t *testing.T, st, peer *Stream) {
			peer.Write([]byte("abc"))
			st.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
			var buf bytes.Buffer
			n, err := st.WriteTo(&buf)
			wantTimeout(t, err)
			if n != 3 || buf.String() != "abc" {
				t.Fatalf("WriteTo copied %d %q", n, buf.String())
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, s := MustPipePair(t, &Config{StreamWindow: MinStreamWindow}, &Config{StreamWindow: MinStreamWindow})
			st := mustOpen(t, c, "")
			st.Write(nil)
			peer := mustAccept(t, s)
			tc.run(t, st, peer)
		})
	}
}

func readErr(st *Stream) error {
	_, err := st.Read(make([]byte, 10))
	return err
}

func wantTimeout(t *testing.T, err error) {
	t.Helper()
	var ne net.Error
	if !errors.Is(err, os.ErrDeadlineExceeded) || !errors.As(err, &ne) || !ne.Timeout() {
		t.Fatalf("err = %v, want a timeout", err)
	}
}

// One stream whose reader stops must neither make the session buffer more
// than its window nor slow the others.
func TestSlowReaderDoesNotStallOthers(t *testing.T) {
	const window = 64 << 10
	cc, sc := MustTCPConns(t)
	c, s := MustPair(t, cc, sc, nil, &Config{StreamWindow: window})
	stalled, busy := mustOpen(t, c, "stalled"), mustOpen(t, c, "busy")
	go stalled.Write(make([]byte, 16<<20)) // never read: blocks once the window is full
	slow := mustAccept(t, s)
	fast := mustAccept(t, s)
	// The sender stops with all its credit spent, or with a sliver too
	// small to be worth a frame.
	var held int
	eventually(t, "the stalled stream to fill its window", func() bool {
		stalled.mu.Lock()
		credit, waiting := int(stalled.sendWindow), stalled.wwait != nil
		stalled.mu.Unlock()
		slow.mu.Lock()
		held = slow.buffered
		slow.mu.Unlock()
		return waiting && held+credit == window && credit < maxDataPayload
	})
	// Frames cut at odd sizes, as a hostile peer might, still keep the
	// memory near the window.
	go func() {
		buf := make([]byte, 8<<20)
		for p := buf; len(p) > 0; {
			n := min(len(p), 1+len(p)%3000)
			busy.Write(p[:n])
			p = p[n:]
		}
		busy.CloseWrite()
	}()
	var peak int64
	n, err := io.Copy(io.Discard, readerFunc(func(p []byte) (int, error) {
		peak = max(peak, s.held.Load())
		return fast.Read(p)
	}))
	if err != nil || n != 8<<20 {
		t.Fatalf("busy stream moved %d bytes: %v", n, err)
	}
	if got := s.buffered.Load(); got != int64(held) || got > window {
		t.Errorf("session buffers %d bytes, want the stalled stream's %d, within its window of %d", got, held, window)
	}
	if limit := int64(2*(2*window) + 2*recordSize); peak > limit {
		t.Errorf("chunks held peaked at %d bytes, above %d for two windows of %d", peak, limit, window)
	}
	t.Logf("peak chunk memory %d bytes for a %d-byte window", peak, window)
}

type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

func TestManyConcurrentStreams(t *testing.T) {
	c, s := MustPipePair(t, nil, nil)
	go func() {
		for {
			st, err := s.Accept(testCtx(t))
			if err != nil {
				return
			}
			go func() { io.Copy(st, st); st.CloseWrite() }() // echo through WriteTo
		}
	}()
	var wg sync.WaitGroup
	for i := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := c.Open(testCtx(t), nil)
			if err != nil {
				t.Error(err)
				return
			}
			want := bytes.Repeat([]byte{byte(i)}, 100<<10+i)
			go func() { st.Write(want); st.CloseWrite() }()
			got, err := io.ReadAll(st)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("stream %d: %d bytes back, %v", st.ID(), len(got), err)
			}
			st.Close()
		}()
	}
	wg.Wait()
	eventually(t, "streams to be forgotten", func() bool { return c.NumStreams() == 0 && s.NumStreams() == 0 })
}
