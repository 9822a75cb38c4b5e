package agent

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"sync/atomic"
	"time"
)

// forwardBuffer is the copy buffer per direction: the transport's largest
// useful write, and what io.Copy would pick anyway.
const forwardBuffer = 32 << 10

// DialError is a forward whose target could not be reached. Its text is
// the reason the stream is reset with, so it names the target and says
// what failed in the words a person would use.
type DialError struct {
	Addr   string
	Reason string // "connection refused", "timed out after 10s", ...
	Err    error
}

func (e *DialError) Error() string { return "connect to " + e.Addr + ": " + e.Reason }
func (e *DialError) Unwrap() error { return e.Err }

// forward connects to addr and copies both ways until both directions have
// ended. The end of one direction is passed on as a half-close, so
// protocols that finish sending before they finish reading keep working.
func forward(ctx context.Context, conn io.ReadWriteCloser, addr string, opts Options, log *slog.Logger) error {
	d := net.Dialer{Timeout: opts.DialTimeout}
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		err = dialError(addr, err, opts.DialTimeout)
		log.Warn("forward failed", "err", err)
		return err
	}
	target := c.(*net.TCPConn)
	log.Info("forward connected", "target", addr)

	// Without half-close on the stream, the end of the target's data can
	// only be passed on by closing the stream whole; the read error that
	// then ends the other direction is the agent's own doing.
	var closedConn atomic.Bool
	errc := make(chan error, 2)
	go func() { // client → target
		err := copyBuffer(target, conn)
		if err == nil {
			err = target.CloseWrite()
		}
		if err != nil && closedConn.Load() {
			err = nil
		}
		errc <- err
	}()
	go func() { // target → client
		err := copyBuffer(conn, target)
		if err == nil {
			if cw, ok := conn.(closeWriter); ok {
				err = cw.CloseWrite()
			} else {
				closedConn.Store(true)
				err = conn.Close()
			}
		}
		errc <- err
	}()

	var failed error
	for range 2 {
		select {
		case err = <-errc:
		case <-ctx.Done():
			err = ctx.Err()
		}
		if err != nil {
			failed = err
			break
		}
	}
	if failed != nil {
		// Reset rather than end the target's connection, so it sees an
		// abort as the client will.
		_ = target.SetLinger(0)
		_ = target.Close()
		log.Warn("forward aborted", "target", addr, "err", failed)
		return fmt.Errorf("forward to %s: %w", addr, failed)
	}
	_ = target.Close()
	_ = conn.Close()
	log.Info("forward ended", "target", addr)
	return nil
}

// copyBuffer copies src to dst until src ends. A source that can write
// itself out (a tunnel stream hands over its receive buffers) does so, which
// saves a copy. A TCP connection's WriteTo and ReadFrom only pay off between
// two sockets (splice); with a stream on the other side they would copy
// through a buffer of their own, so they are hidden and the copy goes
// through one 32 KiB buffer.
func copyBuffer(dst io.Writer, src io.Reader) error {
	if wt, ok := src.(io.WriterTo); ok {
		if _, isTCP := src.(*net.TCPConn); !isTCP {
			_, err := wt.WriteTo(dst)
			return err
		}
	}
	buf := make([]byte, forwardBuffer)
	_, err := io.CopyBuffer(struct{ io.Writer }{dst}, struct{ io.Reader }{src}, buf)
	return err
}

func dialError(addr string, err error, timeout time.Duration) error {
	reason := err.Error()
	var dnsErr *net.DNSError
	var sysErr *os.SyscallError
	var netErr net.Error
	switch {
	case errors.As(err, &dnsErr):
		reason = "cannot resolve " + dnsErr.Name + ": " + dnsErr.Err
	case errors.Is(err, context.Canceled):
		reason = "cancelled"
	case errors.As(err, &netErr) && netErr.Timeout():
		reason = fmt.Sprintf("timed out after %s", timeout)
	case errors.As(err, &sysErr):
		reason = sysErr.Err.Error() // "connection refused", "no route to host"
	}
	return &DialError{Addr: addr, Reason: reason, Err: err}
}
