package tunnel

import (
	"context"
	"net"
	"runtime"
	"sync"
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

// idleStreamCost is the memory an idle stream costs each end: opened,
// used for a byte, then left open.
func idleStreamCost(tb testing.TB, n int) float64 {
	c, s := MustPipePair(tb, nil, &Config{MaxStreams: n})
	var streams []*Stream
	ctx := context.Background()
	buf := make([]byte, 1)
	cost := costOf(2*n, func() {
		for range n {
			st, err := c.Open(ctx, []byte("ssh i-0123456789abcdef0"))
			if err != nil {
				tb.Fatal(err)
			}
			st.Write(buf)
			in, err := s.Accept(ctx)
			if err != nil {
				tb.Fatal(err)
			}
			in.Read(buf)
			streams = append(streams, st, in)
		}
	})
	if held := c.held.Load() + s.held.Load(); held != 0 {
		tb.Errorf("idle streams hold %d bytes of receive buffers", held)
	}
	runtime.KeepAlive(streams)
	return cost
}

// idleSessionCost is the memory an idle session costs each end, beyond its
// connection (net.Pipe here, whose own cost is returned too).
func idleSessionCost(tb testing.TB, n int) (session, pipe float64) {
	var conns []net.Conn
	pipe = costOf(2*n, func() { conns = pipes(n) })
	var ss []*Session
	session = costOf(2*n, func() { ss = idleSessions(tb, n, conns) })
	runtime.KeepAlive(ss)
	return session, pipe
}

// TestIdleMemory logs what an idle session and an idle stream cost. It
// asserts only what must hold exactly: an idle stream holds no receive
// buffer.
func TestIdleMemory(t *testing.T) {
	session, pipe := idleSessionCost(t, 200)
	stream := idleStreamCost(t, 2000)
	t.Logf("idle session: %.0f bytes each end (net.Pipe's own %.0f bytes excluded); idle stream: %.0f bytes each end",
		session, pipe, stream)
}

// The memory metrics come from fixed-size batches, so they do not depend on
// b.N; ns/op and allocs/op are for starting one session pair or stream.
// Measured once, before either benchmark's timed work: later runs start
// while earlier runs' sessions are still being torn down.
var (
	idleOnce                          sync.Once
	idleSessionBytes, idleStreamBytes float64
)

func measureIdle(b *testing.B) {
	idleOnce.Do(func() {
		idleSessionBytes, _ = idleSessionCost(b, 200)
		idleStreamBytes = idleStreamCost(b, 1000)
	})
}

func BenchmarkIdleSession(b *testing.B) {
	measureIdle(b)
	cost := idleSessionBytes
	conns := pipes(b.N)
	b.ReportAllocs()
	b.ResetTimer()
	idleSessions(b, b.N, conns)
	b.ReportMetric(cost, "B/session")
}

func BenchmarkIdleStream(b *testing.B) {
	measureIdle(b)
	cost := idleStreamBytes
	c, s := MustPipePair(b, nil, &Config{MaxStreams: 1 << 30})
	var streams []*Stream
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		st, err := c.Open(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		in, err := s.Accept(ctx)
		if err != nil {
			b.Fatal(err)
		}
		streams = append(streams, st, in)
	}
	runtime.KeepAlive(streams)
	b.ReportMetric(cost, "B/stream")
}
