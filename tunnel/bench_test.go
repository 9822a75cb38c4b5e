package tunnel

import (
	"context"
	"crypto/tls"
	"io"
	"net"
	"syscall"
	"testing"
	"time"
)

// The throughput benchmarks run over loopback TCP with TLS 1.3 and an ECDSA
// certificate, as Tether's hops do; the Raw ones are the same shapes
// without this package, the yardstick the tunnel is measured against.
//
//	go test -run '^$' -bench 'Throughput|Relay|Latency' -benchtime 2s ./tunnel

const benchChunk = 64 << 10

// pump writes b.N chunks to w and then calls end; the bytes are counted per
// operation so the result prints MB/s.
func pump(b *testing.B, w io.Writer, end func()) {
	buf := make([]byte, benchChunk)
	b.SetBytes(benchChunk)
	b.ResetTimer()
	cpu0 := cpuTime()
	for range b.N {
		if _, err := w.Write(buf); err != nil {
			b.Fatal(err)
		}
	}
	end()
	// CPU per byte, all goroutines and the kernel's share included: the
	// cost that throughput on a busy machine hides.
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N*benchChunk), "cpu-ns/B")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// sink reads r to the end in a goroutine; wait returns when it has.
func sink(r io.Reader) (wait func()) {
	done := make(chan struct{})
	go func() { io.Copy(io.Discard, r); close(done) }()
	return func() { <-done }
}

func BenchmarkThroughput(b *testing.B) {
	cc, sc := MustTLSConns(b)
	c, s := MustPair(b, cc, sc, nil, nil)
	st := mustOpen(b, c, "")
	in := mustAccept(b, s)
	wait := sink(in)
	pump(b, st, func() { st.CloseWrite(); wait() })
}

func BenchmarkRawTLS(b *testing.B) {
	cc, sc := MustTLSConns(b)
	defer cc.Close()
	defer sc.Close()
	wait := sink(sc)
	pump(b, cc, func() { cc.(*tls.Conn).CloseWrite(); wait() })
}

// relayPair is Tether's topology: the client's session and the agent's
// session both end at the relay, which copies between a stream accepted on
// one and a stream it opens on the other.
func relayPair(b *testing.B) (client, agent *Session) {
	c1, r1c := MustTLSConns(b)
	a2, r2c := MustTLSConns(b) // the agent dials out to the relay
	client, r1 := MustPair(b, c1, r1c, nil, nil)
	agent, r2 := MustPair(b, a2, r2c, nil, nil)
	go func() {
		for {
			in, err := r1.Accept(context.Background())
			if err != nil {
				return
			}
			out, err := r2.Open(context.Background(), in.Header())
			if err != nil {
				in.Reset(err.Error())
				continue
			}
			go relay(in, out)
		}
	}()
	return client, agent
}

func BenchmarkRelayThroughput(b *testing.B) {
	client, agent := relayPair(b)
	st := mustOpen(b, client, "bench")
	in := mustAccept(b, agent)
	wait := sink(in)
	pump(b, st, func() { st.CloseWrite(); wait() })
}

func BenchmarkRawTLSRelay(b *testing.B) {
	c1, r1 := MustTLSConns(b)
	r2, a2 := MustTLSConns(b)
	defer func() {
		for _, c := range []net.Conn{c1, r1, r2, a2} {
			c.Close()
		}
	}()
	go func() { io.Copy(r2, r1); r2.(*tls.Conn).CloseWrite() }()
	wait := sink(a2)
	pump(b, c1, func() { c1.(*tls.Conn).CloseWrite(); wait() })
}

// BenchmarkSmallWriteLatency is a keystroke's round trip: one byte out
// through the relay to the agent, echoed back.
func BenchmarkSmallWriteLatency(b *testing.B) {
	for _, tc := range []struct {
		name string
		open func(b *testing.B) (local, remote net.Conn)
	}{
		{"direct", func(b *testing.B) (net.Conn, net.Conn) {
			cc, sc := MustTLSConns(b)
			c, s := MustPair(b, cc, sc, nil, nil)
			return mustOpen(b, c, ""), mustAccept(b, s)
		}},
		{"relay", func(b *testing.B) (net.Conn, net.Conn) {
			c, a := relayPair(b)
			st := mustOpen(b, c, "")
			st.Write(nil)
			return st, mustAccept(b, a)
		}},
		{"rawTLS", func(b *testing.B) (net.Conn, net.Conn) {
			cc, sc := MustTLSConns(b)
			b.Cleanup(func() { cc.Close(); sc.Close() })
			return cc, sc
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			local, remote := tc.open(b)
			go io.Copy(remote, remote)
			buf := []byte{'k'}
			b.ResetTimer()
			for range b.N {
				if _, err := local.Write(buf); err != nil {
					b.Fatal(err)
				}
				if _, err := io.ReadFull(local, buf); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
