package tunnel

import (
	"errors"
	"net"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// blackholeConn stands for a peer that vanished without closing: once on,
// what it reads is dropped and what it writes goes nowhere (swallowed, or
// stuck as behind a full send buffer).
type blackholeConn struct {
	net.Conn
	on        atomic.Bool
	block     bool // writes block instead of being swallowed
	closed    chan struct{}
	closeOnce sync.Once
}

func newBlackhole(c net.Conn, block bool) *blackholeConn {
	return &blackholeConn{Conn: c, block: block, closed: make(chan struct{})}
}

func (c *blackholeConn) Read(p []byte) (int, error) {
	for {
		n, err := c.Conn.Read(p)
		if err != nil || !c.on.Load() {
			return n, err
		}
	}
}

func (c *blackholeConn) Write(p []byte) (int, error) {
	if !c.on.Load() {
		return c.Conn.Write(p)
	}
	if !c.block {
		return len(p), nil
	}
	<-c.closed
	return 0, net.ErrClosed
}

func (c *blackholeConn) Close() error {
	c.closeOnce.Do(func() { close(c.closed) })
	return c.Conn.Close()
}

func TestKeepAliveDetectsDeadPeer(t *testing.T) {
	for _, tc := range []struct {
		name  string
		block bool
	}{
		{"writes swallowed", false},
		{"writes stuck", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkGoroutines(t)
			cc, sc := MustTCPConns(t)
			bh := newBlackhole(cc, tc.block)
			c, s := MustPair(t, bh, sc, &Config{KeepAlive: 5 * time.Millisecond, KeepAliveTimeout: 50 * time.Millisecond}, &Config{KeepAlive: -1})
			st := mustOpen(t, c, "")
			st.Write([]byte("x"))
			mustAccept(t, s)
			bh.on.Store(true)
			readc := make(chan error, 1)
			go func() { _, err := st.Read(make([]byte, 1)); readc <- err }()
			pingc := make(chan error, 1)
			go func() { _, err := c.Ping(testCtx(t)); pingc <- err }()
			<-c.Done()
			if !errors.Is(c.Err(), ErrKeepAliveTimeout) {
				t.Fatalf("Err = %v, want ErrKeepAliveTimeout", c.Err())
			}
			wantErr(t, c.Err(), "no answer to a ping in")
			err := <-readc
			if se := asStreamError(t, err); !errors.Is(se, ErrKeepAliveTimeout) {
				t.Fatalf("pending Read: %v", err)
			}
			if err := <-pingc; !errors.Is(err, ErrKeepAliveTimeout) {
				t.Fatalf("pending Ping: %v", err)
			}
		})
	}
}

// An idle but healthy session pings and stays up.
func TestKeepAliveKeepsHealthySession(t *testing.T) {
	c, s := MustPipePair(t, &Config{KeepAlive: time.Millisecond, KeepAliveTimeout: testTimeout}, &Config{KeepAlive: -1})
	eventually(t, "several keepalive pings to be answered", func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.pingSeq >= 5 && c.kaPending == 0
	})
	if c.Err() != nil || s.Err() != nil {
		t.Fatalf("session ended: %v / %v", c.Err(), s.Err())
	}
}

// A busy session does not ping: traffic proves the peer is alive.
func TestKeepAliveQuietWhileTrafficFlows(t *testing.T) {
	c, s := MustPipePair(t, &Config{KeepAlive: 20 * time.Millisecond, KeepAliveTimeout: testTimeout}, nil)
	st := mustOpen(t, c, "")
	in := mustAccept(t, s)
	go func() {
		for {
			if _, err := in.Write([]byte("tick")); err != nil {
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	buf := make([]byte, 4)
	for c.framesIn.Load() < 200 {
		if _, err := st.Read(buf); err != nil {
			t.Fatal(err)
		}
	}
	c.mu.Lock()
	pings := c.pingSeq
	c.mu.Unlock()
	// Not a timing assertion: on a machine too busy to deliver a frame in
	// 20 ms a ping would be sent, so only log.
	t.Logf("%d keepalive pings while %d frames arrived", pings, c.framesIn.Load())
}
