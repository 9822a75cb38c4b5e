package recording

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// The benchmarks, run as
//
//	go test -run '^$' -bench 'Append|Committer|Concurrent500' -benchtime 2s ./recording
//	go test -run '^$' -bench CatThroughSession -benchtime 2x ./recording
//
// Append: recording cost alone (encode, hash chain, buffered write).
// AppendSync: Append and Sync per chunk, in series: fsync latency bound.
// Committer: the relay's pipelined record-sync-forward (group commit).
// Concurrent500: 500 sessions recording at once, each its own stream.
// CatThroughSession: 200 MB through a two-hop TLS relay on loopback, the
// shape of `cat bigfile` in a session, with and without recording.

func modes() []struct {
	name string
	mode SyncMode
} {
	return []struct {
		name string
		mode SyncMode
	}{{"fsync", SyncFsync}, {"write", SyncWrite}}
}

func benchCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds CPU time per byte, all threads and the kernel included.
func reportCPU(b *testing.B, cpu0 time.Duration, bytes int64) {
	b.ReportMetric(float64(benchCPU()-cpu0)/float64(bytes), "cpu-ns/B")
}

func BenchmarkAppend(b *testing.B) {
	for _, size := range []int{64, 4 << 10, 32 << 10} {
		b.Run(fmt.Sprintf("chunk=%d", size), func(b *testing.B) {
			s := mustSpool(b, Options{Sync: SyncWrite})
			w := mustCreate(b, s, testHeader("bench-1"))
			data := make([]byte, size)
			b.SetBytes(int64(size))
			b.ResetTimer()
			cpu0 := benchCPU()
			for i := range b.N {
				if err := w.Append(Event{Time: time.Duration(i), Dir: Output, Data: data}); err != nil {
					b.Fatal(err)
				}
			}
			if err := w.Sync(); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			reportCPU(b, cpu0, int64(b.N*size))
			mustClose(b, w, EndInfo{})
		})
	}
}

func BenchmarkAppendSync(b *testing.B) {
	for _, m := range modes() {
		for _, size := range []int{64, 32 << 10} {
			b.Run(fmt.Sprintf("%s/chunk=%d", m.name, size), func(b *testing.B) {
				s := mustSpool(b, Options{Sync: m.mode})
				w := mustCreate(b, s, testHeader("bench-1"))
				data := make([]byte, size)
				b.SetBytes(int64(size))
				b.ResetTimer()
				for i := range b.N {
					if err := w.Append(Event{Time: time.Duration(i), Dir: Output, Data: data}); err != nil {
						b.Fatal(err)
					}
					if err := w.Sync(); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				mustClose(b, w, EndInfo{})
			})
		}
	}
}

func BenchmarkCommitter(b *testing.B) {
	for _, m := range modes() {
		b.Run(fmt.Sprintf("%s/chunk=%d", m.name, 32<<10), func(b *testing.B) {
			s := mustSpool(b, Options{Sync: m.mode})
			w := mustCreate(b, s, testHeader("bench-1"))
			data := make([]byte, 32<<10)
			var delivered int64
			c := w.Committer(0, func(ev Event) { delivered += int64(len(ev.Data)) })
			b.SetBytes(int64(len(data)))
			b.ResetTimer()
			cpu0 := benchCPU()
			for i := range b.N {
				if err := c.Append(Event{Time: time.Duration(i), Dir: Output, Data: data}); err != nil {
					b.Fatal(err)
				}
			}
			if err := c.Close(); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			reportCPU(b, cpu0, int64(b.N*len(data)))
			b.ReportMetric(float64(w.Fsyncs())/float64(b.N), "fsyncs/op")
			mustClose(b, w, EndInfo{})
		})
	}
}

// BenchmarkConcurrent500 records 500 sessions at once. bulk: each pushes
// 32 KiB chunks through a Committer, as `cat` output would. interactive:
// each appends 128-byte chunks and Syncs every one, as typing and prompt
// output would. An op is one chunk of one session.
func BenchmarkConcurrent500(b *testing.B) {
	const sessions = 500
	for _, m := range modes() {
		for _, tc := range []struct {
			name      string
			size      int
			committer bool
		}{{"bulk", 32 << 10, true}, {"interactive", 128, false}} {
			b.Run(m.name+"/"+tc.name, func(b *testing.B) {
				s := mustSpool(b, Options{Sync: m.mode})
				ws := make([]*Writer, sessions)
				for i := range ws {
					ws[i] = mustCreate(b, s, testHeader(fmt.Sprintf("bench-%d", i)))
				}
				data := make([]byte, tc.size)
				b.SetBytes(int64(tc.size))
				b.ResetTimer()
				cpu0 := benchCPU()
				var wg sync.WaitGroup
				for i, w := range ws {
					n := b.N / sessions
					if i < b.N%sessions {
						n++
					}
					wg.Add(1)
					go func() {
						defer wg.Done()
						var c *Committer
						if tc.committer {
							c = w.Committer(0, func(Event) {})
						}
						for j := range n {
							ev := Event{Time: time.Duration(j), Dir: Output, Data: data}
							var err error
							if c != nil {
								err = c.Append(ev)
							} else if err = w.Append(ev); err == nil {
								err = w.Sync()
							}
							if err != nil {
								b.Error(err)
								return
							}
						}
						if c != nil {
							if err := c.Close(); err != nil {
								b.Error(err)
							}
						}
					}()
				}
				wg.Wait()
				b.StopTimer()
				reportCPU(b, cpu0, int64(b.N*tc.size))
				var fsyncs int64
				for _, w := range ws {
					fsyncs += w.Fsyncs()
					mustClose(b, w, EndInfo{})
				}
				b.ReportMetric(float64(fsyncs)/float64(b.N), "fsyncs/op")
			})
		}
	}
}

// BenchmarkCatThroughSession moves 200 MB (one op) of `cat` output from
// an "agent" through a relay to a "client", over loopback TLS 1.3 on both
// hops as Tether's are, in 32 KiB reads. Sources: pty runs `cat FILE` in
// a pseudo-terminal as the agent's shell would (the realistic case, bound
// by the terminal); memory writes the bytes straight to the agent's
// connection (the relay's own ceiling). The recorded variants record each
// chunk at the relay and forward it only once Sync covers it (through a
// Committer). Compare MB/s within one run: the difference is the
// recording overhead.
func BenchmarkCatThroughSession(b *testing.B) {
	const total = 200 << 20
	file := filepath.Join(b.TempDir(), "big.txt")
	line := []byte(strings.Repeat("0123456789abcdef", 5)[:79] + "\n") // 80-column lines
	if err := os.WriteFile(file, bytes.Repeat(line, total/len(line)+1)[:total], 0o600); err != nil {
		b.Fatal(err)
	}
	for _, source := range []string{"pty", "memory"} {
		for _, tc := range []struct {
			name   string
			record bool
			mode   SyncMode
		}{{"plain", false, 0}, {"recorded-fsync", true, SyncFsync}, {"recorded-write", true, SyncWrite}} {
			b.Run(source+"/"+tc.name, func(b *testing.B) {
				b.SetBytes(total)
				var cpu time.Duration
				var fsyncs, chunks int64
				for i := range b.N {
					b.StopTimer()
					agentSide, relayIn := tlsPair(b)
					relayOut, clientSide := tlsPair(b)
					var w *Writer
					if tc.record {
						s := mustSpool(b, Options{Sync: tc.mode})
						w = mustCreate(b, s, testHeader(fmt.Sprintf("cat-%d", i)))
					}
					done := make(chan int64)
					go func() { n, _ := io.Copy(io.Discard, clientSide); done <- n }()
					b.StartTimer()
					cpu0 := benchCPU()
					if source == "pty" {
						go catPTY(b, file, agentSide)
					} else {
						go catMemory(total, agentSide)
					}
					relayChunks(b, relayIn, relayOut, w)
					relayOut.(*tls.Conn).CloseWrite()
					if n := <-done; n < total {
						b.Fatalf("the client got %d bytes", n)
					}
					cpu += benchCPU() - cpu0
					b.StopTimer()
					if w != nil {
						fsyncs += w.Fsyncs()
						m := mustClose(b, w, EndInfo{})
						chunks += m.OutputChunks
					}
					for _, c := range []net.Conn{agentSide, relayIn, relayOut, clientSide} {
						c.Close()
					}
					b.StartTimer()
				}
				b.ReportMetric(float64(cpu)/float64(int64(b.N)*total), "cpu-ns/B")
				if chunks > 0 {
					b.ReportMetric(float64(chunks)/float64(b.N), "chunks/op")
					b.ReportMetric(float64(fsyncs)/float64(b.N), "fsyncs/op")
				}
			})
		}
	}
}

// catPTY is the agent: `cat file` in a pseudo-terminal, its output sent
// to the relay.
func catPTY(b *testing.B, file string, to net.Conn) {
	defer to.Close()
	cmd := exec.Command("cat", file)
	ptmx, err := pty.Start(cmd)
	if err != nil {
		b.Error(err)
		return
	}
	defer ptmx.Close()
	buf := make([]byte, 32<<10)
	for {
		n, err := ptmx.Read(buf)
		if n > 0 {
			if _, err := to.Write(buf[:n]); err != nil {
				break
			}
		}
		if err != nil {
			break // EIO once cat exits
		}
	}
	cmd.Wait()
}

func catMemory(total int, to net.Conn) {
	defer to.Close()
	buf := make([]byte, 32<<10)
	for sent := 0; sent < total; sent += len(buf) {
		if _, err := to.Write(buf); err != nil {
			return
		}
	}
}

// relayChunks copies in to out in chunks; with a Writer, each chunk is
// recorded and forwarded only once durable.
func relayChunks(b *testing.B, in, out net.Conn, w *Writer) {
	if w == nil {
		buf := make([]byte, 32<<10)
		for {
			n, err := in.Read(buf)
			if n > 0 {
				if _, err := out.Write(buf[:n]); err != nil {
					b.Fatal(err)
				}
			}
			if err != nil {
				return
			}
		}
	}
	var werr error
	c := w.Committer(0, func(ev Event) {
		if _, err := out.Write(ev.Data); err != nil && werr == nil {
			werr = err
		}
	})
	buf := make([]byte, 32<<10)
	for {
		n, err := in.Read(buf)
		if n > 0 {
			// The Committer holds the data until delivered: a copy of
			// the message's size, as a relay's message reader allocates.
			data := bytes.Clone(buf[:n])
			if err := c.Append(Event{Time: w.Elapsed(), Dir: Output, Data: data}); err != nil {
				b.Fatal(err)
			}
		}
		if err != nil {
			break
		}
	}
	if err := c.Close(); err != nil || werr != nil {
		b.Fatal(err, werr)
	}
}

var benchTLS struct {
	once sync.Once
	cert tls.Certificate
	pool *x509.CertPool
}

// tlsPair is a loopback TCP connection with TLS 1.3 and an ECDSA P-256
// certificate, as Tether's hops use.
func tlsPair(b *testing.B) (client, server net.Conn) {
	b.Helper()
	benchTLS.once.Do(func() {
		key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), DNSNames: []string{"relay"},
			NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
		if err != nil {
			panic(err)
		}
		cert, _ := x509.ParseCertificate(der)
		benchTLS.cert = tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
		benchTLS.pool = x509.NewCertPool()
		benchTLS.pool.AddCert(cert)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	accepted := make(chan net.Conn, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			accepted <- nil
			return
		}
		accepted <- c
	}()
	cc, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		b.Fatal(err)
	}
	sc := <-accepted
	if sc == nil {
		b.Fatal("accept failed")
	}
	tc := tls.Client(cc, &tls.Config{ServerName: "relay", RootCAs: benchTLS.pool, MinVersion: tls.VersionTLS13})
	ts := tls.Server(sc, &tls.Config{Certificates: []tls.Certificate{benchTLS.cert}, MinVersion: tls.VersionTLS13})
	errc := make(chan error, 1)
	go func() { errc <- ts.Handshake() }()
	if err := tc.Handshake(); err != nil {
		b.Fatal(err)
	}
	if err := <-errc; err != nil {
		b.Fatal(err)
	}
	return tc, ts
}
