package tunnel

import (
	"context"
	"net"
	"runtime"
	"testing"
)

// heapAndStacks is live heap plus goroutine stacks after a full collection
// (two, so sync.Pool's victim cache is empty too).
func heapAndStacks() int64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc + m.StackInuse)
}

// costOf is the memory f leaves live, per unit.
func costOf(units int, f func()) float64 {
	before := heapAndStacks()
	f()
	return float64(heapAndStacks()-before) / float64(units)
}

// idleSessions starts n session pairs over net.Pipe, beyond the pipes' own
// cost, which the caller measures separately.
func idleSessions(tb testing.TB, n int, conns []net.Conn) []*Session {
	var ss []*Session
	for i := range n {
		c, s := MustPair(tb, conns[2*i], conns[2*i+1], nil, nil)
		ss = append(ss, c, s)
	}
	return ss
}

func pipes(n int) []net.Conn {
	var conns []net.Conn
	for range n {
		a, b := net.Pipe()
		conns = append(conns, a, b)
	}
	return conns
}

// TestIdleMemory logs what an idle session and an idle stream cost. It
// asserts only what must hold exactly: an idle stream holds no receive
// buffer.
func TestIdleMemory(t *testing.T) {
	const nSessions, nStreams = 200, 2000
	var conns []net.Conn
	pipeCost := costOf(2*nSessions, func() { conns = pipes(nSessions) })
	var ss []*Session
	sessionCost := costOf(2*nSessions, func() { ss = idleSessions(t, nSessions, conns) })

	c, s := MustPipePair(t, nil, &Config{MaxStreams: nStreams})
	var streams []*Stream
	ctx := context.Background()
	buf := make([]byte, 1)
	streamCost := costOf(2*nStreams, func() {
		for range nStreams {
			st, err := c.Open(ctx, []byte("ssh i-0123456789abcdef0"))
			if err != nil {
				t.Fatal(err)
			}
			st.Write(buf)
			in, err := s.Accept(ctx)
			if err != nil {
				t.Fatal(err)
			}
			in.Read(buf) // a stream that was used, then went idle
			streams = append(streams, st, in)
		}
	})
	if held := c.held.Load() + s.held.Load(); held != 0 {
		t.Errorf("idle streams hold %d bytes of receive buffers", held)
	}
	t.Logf("idle session: %.0f bytes each end (net.Pipe's own %.0f bytes excluded); idle stream: %.0f bytes each end",
		sessionCost, pipeCost, streamCost)
	runtime.KeepAlive(streams)
	runtime.KeepAlive(ss)
}

func BenchmarkIdleSession(b *testing.B) {
	conns := pipes(b.N)
	b.ReportAllocs()
	b.ResetTimer()
	cost := costOf(2*b.N, func() { idleSessions(b, b.N, conns) })
	b.ReportMetric(cost, "B/session")
}

func BenchmarkIdleStream(b *testing.B) {
	c, s := MustPipePair(b, nil, &Config{MaxStreams: 1 << 30})
	var streams []*Stream
	b.ReportAllocs()
	b.ResetTimer()
	cost := costOf(2*b.N, func() {
		for range b.N {
			st, err := c.Open(context.Background(), nil)
			if err != nil {
				b.Fatal(err)
			}
			in, err := s.Accept(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			streams = append(streams, st, in)
		}
	})
	b.ReportMetric(cost, "B/stream")
	runtime.KeepAlive(streams)
}
