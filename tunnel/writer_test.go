package tunnel

import (
	"io"
	"net"
	"sync"
	"sync/atomic"
	"testing"
)

// tapConn parses the frames written through it and records how they were
// grouped into Writes. With a gate, Writes wait until it is opened.
type tapConn struct {
	net.Conn
	mu      sync.Mutex
	writes  []int    // bytes per Write
	frames  []header // every frame written
	perW    []int    // frames completed per Write
	split   int      // Writes that ended inside a frame
	pending []byte
	gate    chan struct{}
	waiting atomic.Int32 // Writes held at the gate
}

func (c *tapConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	gate := c.gate
	c.mu.Unlock()
	if gate != nil {
		c.waiting.Add(1)
		<-gate
		c.waiting.Add(-1)
	}
	c.mu.Lock()
	c.writes = append(c.writes, len(p))
	c.pending = append(c.pending, p...)
	n := 0
	for len(c.pending) >= headerLen {
		h := parseHeader(c.pending)
		if len(c.pending) < headerLen+int(h.length) {
			break
		}
		c.frames = append(c.frames, h)
		c.pending = c.pending[headerLen+h.length:]
		n++
	}
	c.perW = append(c.perW, n)
	if len(c.pending) > 0 {
		c.split++
	}
	c.mu.Unlock()
	return c.Conn.Write(p)
}

func (c *tapConn) count(typ frameType) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, h := range c.frames {
		if h.typ == typ {
			n++
		}
	}
	return n
}

// Every Write is whole frames within one TLS record's worth of bytes, so
// TLS never cuts a frame into an extra small record.
func TestWritesAreWholeFramesWithinARecord(t *testing.T) {
	cc, sc := net.Pipe()
	tap := &tapConn{Conn: cc}
	c, s := MustPair(t, tap, sc, nil, nil)
	st := mustOpen(t, c, "")
	go func() {
		in := mustAccept(t, s)
		io.Copy(io.Discard, in)
	}()
	st.Write(make([]byte, 3<<20))
	for i := range 1000 {
		st.Write(make([]byte, i))
	}
	st.Close()
	eventually(t, "the peer to read everything", func() bool { return s.NumStreams() == 0 })
	tap.mu.Lock()
	defer tap.mu.Unlock()
	if tap.split != 0 {
		t.Errorf("%d of %d Writes ended inside a frame", tap.split, len(tap.writes))
	}
	var total, full int
	for _, n := range tap.writes {
		if n > recordSize {
			t.Fatalf("a Write of %d bytes exceeds one record", n)
		}
		total += n
		if n == recordSize {
			full++
		}
	}
	t.Logf("%d bytes in %d Writes (%d of them full records, %d frames)", total, len(tap.writes), full, len(tap.frames))
}

// Frames queued while the connection is busy leave together in one Write;
// a lone frame leaves at once.
func TestSmallFramesCoalesce(t *testing.T) {
	cc, sc := net.Pipe()
	tap := &tapConn{Conn: cc}
	c, s := MustPair(t, tap, sc, nil, nil)
	st := mustOpen(t, c, "")
	in := mustAccept(t, s)
	st.Write([]byte("k"))
	if n, err := in.Read(make([]byte, 10)); n != 1 || err != nil {
		t.Fatalf("lone keystroke: %d %v", n, err)
	}

	gate := make(chan struct{})
	tap.mu.Lock()
	tap.gate = gate
	before := len(tap.writes)
	tap.mu.Unlock()
	go st.Write([]byte("0")) // this Write writes to the connection itself, and waits at the gate
	eventually(t, "the writer to block", func() bool { return tap.waiting.Load() == 1 })
	for range 20 {
		st.Write([]byte("x"))
	}
	tap.mu.Lock()
	tap.gate = nil
	tap.mu.Unlock()
	close(gate)
	buf := make([]byte, 21)
	if _, err := io.ReadFull(in, buf); err != nil {
		t.Fatal(err)
	}
	tap.mu.Lock()
	defer tap.mu.Unlock()
	if got := tap.perW[before:]; len(got) != 2 || got[0] != 1 || got[1] != 20 {
		t.Fatalf("frames per Write after the gate: %v, want [1 20]", got)
	}
}

// The receiver returns credit in batches of half a window, not per read.
func TestWindowUpdatesBatched(t *testing.T) {
	const window, total = 64 << 10, 4 << 20
	cc, sc := net.Pipe()
	tap := &tapConn{Conn: sc}
	c, s := MustPair(t, cc, tap, nil, &Config{StreamWindow: window})
	st := mustOpen(t, c, "")
	go func() { st.Write(make([]byte, total)); st.CloseWrite() }()
	in := mustAccept(t, s)
	buf := make([]byte, 1000) // small reads
	n := 0
	for {
		k, err := in.Read(buf)
		n += k
		if err == io.EOF {
			break
		}
	}
	if n != total {
		t.Fatalf("read %d bytes", n)
	}
	got, limit := tap.count(typeWindow), total/(window/2)
	if got > limit {
		t.Fatalf("%d WINDOW frames for %d bytes, want at most %d", got, total, limit)
	}
	t.Logf("%d WINDOW frames for %d bytes through a %d-byte window", got, total, window)
}
