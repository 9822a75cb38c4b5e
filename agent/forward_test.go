package agent

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/sessionproto"
)

// startEchoServer echoes each connection and passes the end of its input
// on as a half-close, as a well-behaved TCP service does.
func startEchoServer(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				if _, err := io.Copy(c, c); err == nil {
					c.(*net.TCPConn).CloseWrite()
				}
			}()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port
}

func serveAsync(t *testing.T, req sessionproto.OpenRequest, opts Options) (*net.TCPConn, chan error) {
	t.Helper()
	req.SessionID = "test-" + t.Name()
	agentEnd, clientEnd := MustTCPPair(t)
	served := make(chan error, 1)
	go func() { served <- ServeStream(context.Background(), agentEnd, req, opts) }()
	return clientEnd, served
}

// 10 MiB go through and come back intact; the client's half-close reaches
// the echo server, whose half-close comes back as the end of the stream.
func TestPortForwardMovesDataWithHalfClose(t *testing.T) {
	t.Parallel()
	port := startEchoServer(t)
	for _, req := range []sessionproto.OpenRequest{
		{Kind: tether.SessionPortForward, Port: port},
		{Kind: tether.SessionRemoteForward, Host: "127.0.0.1", Port: port},
		{Kind: tether.SessionRemoteForward, Host: "[::1]", Port: port}, // nothing listens there
		{Kind: tether.SessionSSH, Port: port},
	} {
		t.Run(string(req.Kind)+"-"+req.Host, func(t *testing.T) {
			conn, served := serveAsync(t, req, Options{})
			if req.Host == "[::1]" {
				err := <-served
				var de *DialError
				if !errors.As(err, &de) || !strings.HasPrefix(err.Error(), "connect to [::1]:"+strconv.Itoa(port)+": ") {
					t.Fatalf("err = %v", err)
				}
				return
			}
			data := make([]byte, 10<<20)
			rand.Read(data)
			go func() {
				conn.Write(data)
				conn.CloseWrite()
			}()
			got, err := io.ReadAll(conn)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(data) || sha256.Sum256(got) != sha256.Sum256(data) {
				t.Fatalf("got %d bytes back, want %d identical", len(got), len(data))
			}
			if err := <-served; err != nil {
				t.Fatalf("ServeStream: %v", err)
			}
		})
	}
}

// The target finishing first ends only that direction: the client can
// still send, and the target still reads.
func TestPortForwardTargetHalfCloseFirst(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	received := make(chan []byte, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		c.Write([]byte("banner"))
		c.(*net.TCPConn).CloseWrite()
		b, _ := io.ReadAll(c)
		received <- b
	}()
	conn, served := serveAsync(t, sessionproto.OpenRequest{Kind: tether.SessionPortForward, Port: ln.Addr().(*net.TCPAddr).Port}, Options{})
	got, err := io.ReadAll(conn)
	if err != nil || string(got) != "banner" {
		t.Fatalf("read %q, %v", got, err)
	}
	conn.Write([]byte("after the target's end"))
	conn.CloseWrite()
	if b := <-received; string(b) != "after the target's end" {
		t.Fatalf("target received %q", b)
	}
	if err := <-served; err != nil {
		t.Fatalf("ServeStream: %v", err)
	}
}

func TestPortForwardConnectionRefused(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close() // nothing listens there now
	agentEnd, clientEnd := MustTCPPair(t)
	req := sessionproto.OpenRequest{Kind: tether.SessionPortForward, SessionID: "refused", Port: port}
	err = ServeStream(context.Background(), agentEnd, req, Options{})
	want := "connect to 127.0.0.1:" + strconv.Itoa(port) + ": connection refused"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v, want %q", err, want)
	}
	if !errors.Is(err, syscall.ECONNREFUSED) {
		t.Fatalf("%v does not wrap ECONNREFUSED", err)
	}
	// The stream is left for the caller to reset: still open, nothing written.
	agentEnd.Write([]byte("!"))
	b := make([]byte, 1)
	if _, err := io.ReadFull(clientEnd, b); err != nil || b[0] != '!' {
		t.Fatalf("read %q, %v; want only what the test wrote after ServeStream", b, err)
	}
}

func TestDialErrorTexts(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{&net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "db.internal", IsNotFound: true}}, "connect to db.internal:5432: cannot resolve db.internal: no such host"},
		{&net.OpError{Op: "dial", Net: "tcp", Err: &timeoutError{}}, "connect to db.internal:5432: timed out after 10s"},
		{&net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.EHOSTUNREACH)}, "connect to db.internal:5432: no route to host"},
		{context.Canceled, "connect to db.internal:5432: cancelled"},
	} {
		if got := dialError("db.internal:5432", tc.err, 10*time.Second).Error(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

type timeoutError struct{}

func (timeoutError) Error() string   { return "i/o timeout" }
func (timeoutError) Timeout() bool   { return true }
func (timeoutError) Temporary() bool { return true }

// A target that resets its end aborts the forward: ServeStream returns an
// error so the caller resets the stream too.
func TestPortForwardTargetResetAborts(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		io.ReadFull(c, make([]byte, 4))
		c.(*net.TCPConn).SetLinger(0)
		c.Close() // RST
	}()
	conn, served := serveAsync(t, sessionproto.OpenRequest{Kind: tether.SessionPortForward, Port: ln.Addr().(*net.TCPAddr).Port}, Options{})
	conn.Write([]byte("ping"))
	err = <-served
	if err == nil || !strings.Contains(err.Error(), "forward to 127.0.0.1:") {
		t.Fatalf("err = %v", err)
	}
}
