package tunnel

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"net"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// testTimeout bounds waits that only end if the code under test works: it
// turns a hang into a failure and is never a performance assertion.
const testTimeout = 30 * time.Second

func testCtx(tb testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	tb.Cleanup(cancel)
	return ctx
}

// MustPair starts a client and a server session over the two ends of a
// connection and closes both at the end of the test.
func MustPair(tb testing.TB, cc, sc net.Conn, ccfg, scfg *Config) (client, server *Session) {
	tb.Helper()
	type result struct {
		s   *Session
		err error
	}
	ch := make(chan result, 1)
	go func() {
		s, err := Server(sc, scfg)
		ch <- result{s, err}
	}()
	client, err := Client(cc, ccfg)
	r := <-ch
	if err != nil || r.err != nil {
		tb.Fatalf("handshake: client: %v, server: %v", err, r.err)
	}
	tb.Cleanup(func() { client.Close(); r.s.Close() })
	return client, r.s
}

// MustPipePair is MustPair over net.Pipe.
func MustPipePair(tb testing.TB, ccfg, scfg *Config) (client, server *Session) {
	tb.Helper()
	cc, sc := net.Pipe()
	return MustPair(tb, cc, sc, ccfg, scfg)
}

// MustTCPConns returns the two ends of a loopback TCP connection.
func MustTCPConns(tb testing.TB) (net.Conn, net.Conn) {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer ln.Close()
	ch := make(chan net.Conn, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			c = nil
		}
		ch <- c
	}()
	cc, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		tb.Fatal(err)
	}
	sc := <-ch
	if sc == nil {
		tb.Fatal("accept failed")
	}
	return cc, sc
}

var (
	tlsOnce   sync.Once
	tlsServer *tls.Config
	tlsClient *tls.Config
)

// testTLS returns TLS 1.3 configs around a fresh ECDSA P-256 certificate, as
// the server's would be.
func testTLS(tb testing.TB) (server, client *tls.Config) {
	tlsOnce.Do(func() {
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			panic(err)
		}
		tmpl := &x509.Certificate{
			SerialNumber: big.NewInt(1),
			Subject:      pkix.Name{CommonName: "tunnel test"},
			DNSNames:     []string{"tunnel.test"},
			NotBefore:    time.Now().Add(-time.Hour),
			NotAfter:     time.Now().Add(24 * time.Hour),
			KeyUsage:     x509.KeyUsageDigitalSignature,
			ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
		if err != nil {
			panic(err)
		}
		leaf, _ := x509.ParseCertificate(der)
		pool := x509.NewCertPool()
		pool.AddCert(leaf)
		tlsServer = &tls.Config{MinVersion: tls.VersionTLS13, Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}}}
		tlsClient = &tls.Config{MinVersion: tls.VersionTLS13, RootCAs: pool, ServerName: "tunnel.test"}
	})
	return tlsServer, tlsClient
}

// MustTLSConns returns the two ends of a TLS 1.3 connection over loopback
// TCP, handshake done.
func MustTLSConns(tb testing.TB) (client, server net.Conn) {
	tb.Helper()
	scfg, ccfg := testTLS(tb)
	cc, sc := MustTCPConns(tb)
	tc, ts := tls.Client(cc, ccfg), tls.Server(sc, scfg)
	errc := make(chan error, 1)
	go func() { errc <- ts.Handshake() }()
	if err := tc.Handshake(); err != nil {
		tb.Fatal(err)
	}
	if err := <-errc; err != nil {
		tb.Fatal(err)
	}
	return tc, ts
}

func mustOpen(tb testing.TB, s *Session, hdr string) *Stream {
	tb.Helper()
	st, err := s.Open(testCtx(tb), []byte(hdr))
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	return st
}

func mustAccept(tb testing.TB, s *Session) *Stream {
	tb.Helper()
	st, err := s.Accept(testCtx(tb))
	if err != nil {
		tb.Fatalf("Accept: %v", err)
	}
	return st
}

// eventually polls cond until it holds, failing after testTimeout. It waits
// for asynchronous effects; it never asserts how long they take.
func eventually(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(testTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// checkGoroutines fails if goroutines started during the test outlive it.
func checkGoroutines(tb testing.TB) {
	before := runtime.NumGoroutine()
	tb.Cleanup(func() {
		deadline := time.Now().Add(testTimeout)
		for runtime.NumGoroutine() > before {
			if time.Now().After(deadline) {
				buf := make([]byte, 1<<20)
				tb.Fatalf("%d goroutines before, %d after:\n%s", before, runtime.NumGoroutine(), buf[:runtime.Stack(buf, true)])
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
}

// wantErr checks err against a table test's expectation: a substring of
// its text ("" for none).
func wantErr(tb testing.TB, err error, want string) {
	tb.Helper()
	switch {
	case want == "" && err != nil:
		tb.Fatalf("unexpected error: %v", err)
	case want != "" && err == nil:
		tb.Fatalf("no error, want one containing %q", want)
	case want != "" && !strings.Contains(err.Error(), want):
		tb.Fatalf("error %q does not contain %q", err, want)
	}
}

func asStreamError(tb testing.TB, err error) *StreamError {
	tb.Helper()
	var se *StreamError
	if !errors.As(err, &se) {
		tb.Fatalf("error %v (%T) is not a *StreamError", err, err)
	}
	return se
}

// rawPeer is the far end of a Server session driven byte by byte, for
// feeding it frames no real client would send.
type rawPeer struct {
	tb   testing.TB
	conn net.Conn
	s    *Session
	out  chan frame // frames the session sent
}

func newRawPeer(tb testing.TB, cfg *Config) *rawPeer {
	tb.Helper()
	cc, sc := net.Pipe()
	ch := make(chan *Session, 1)
	go func() {
		s, err := Server(sc, cfg)
		if err != nil {
			tb.Error(err)
		}
		ch <- s
	}()
	h := hello{minVersion: 1, maxVersion: 1, window: DefaultStreamWindow, maxStreams: DefaultMaxStreams, maxHeader: DefaultMaxHeaderSize}
	if _, err := cc.Write(h.appendFrame(nil)); err != nil {
		tb.Fatal(err)
	}
	var hb [headerLen]byte
	if f, err := readFrame(cc, hb[:], 0); err != nil || f.typ != typeHello {
		tb.Fatalf("server hello: %v %v", f.typ, err)
	}
	p := &rawPeer{tb: tb, conn: cc, s: <-ch, out: make(chan frame, 1024)}
	go func() {
		defer close(p.out)
		var hb [headerLen]byte
		for {
			f, err := readFrame(cc, hb[:], maxFrameLen)
			if err != nil {
				return
			}
			p.out <- f
		}
	}()
	tb.Cleanup(func() { cc.Close(); p.s.Close() })
	return p
}

func (p *rawPeer) send(typ frameType, flags uint8, stream uint32, payload []byte) {
	_, _ = p.conn.Write(appendFrame(nil, typ, flags, stream, payload))
}

// next returns the next frame the session sent of one of the given types.
func (p *rawPeer) next(types ...frameType) frame {
	p.tb.Helper()
	timeout := time.After(testTimeout)
	for {
		select {
		case f, ok := <-p.out:
			if !ok {
				p.tb.Fatalf("connection ended while waiting for %v", types)
			}
			for _, t := range types {
				if f.typ == t {
					return f
				}
			}
		case <-timeout:
			p.tb.Fatalf("no %v frame", types)
		}
	}
}

func readAll(tb testing.TB, r io.Reader) []byte {
	tb.Helper()
	b, err := io.ReadAll(r)
	if err != nil {
		tb.Fatalf("read: %v", err)
	}
	return b
}

// relay is the server's job in Tether: copy both ways between a stream
// accepted from the client and one opened to the agent, ending each
// direction the way its source ended.
func relay(a, b *Stream) {
	done := make(chan struct{})
	go func() { pipe(b, a); close(done) }()
	pipe(a, b)
	<-done
	a.Close()
	b.Close()
}

func pipe(dst, src *Stream) {
	_, err := io.Copy(dst, src) // src.WriteTo(dst): no intermediate buffer
	if err == nil {
		dst.CloseWrite()
		return
	}
	reason := err.Error()
	var se *StreamError
	if errors.As(err, &se) {
		reason = se.Reason
	}
	dst.Reset(reason)
	src.Reset(reason)
}
