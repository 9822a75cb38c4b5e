package tunnel

import (
	"errors"
	"fmt"
	"net"
)

// ErrSessionClosed is Session.Err after a local Close or CloseWithError.
var ErrSessionClosed = errors.New("tunnel: session closed")

// ErrKeepAliveTimeout is in Session.Err's chain when the peer stopped
// answering pings: the connection is presumed dead though it never closed.
var ErrKeepAliveTimeout = errors.New("tunnel: keepalive timeout")

// errWriteClosed is what Write returns after CloseWrite or Close.
var errWriteClosed = fmt.Errorf("tunnel: write after CloseWrite or Close: %w", net.ErrClosed)

// errReadClosed is what Read returns after Close.
var errReadClosed = fmt.Errorf("tunnel: read after Close: %w", net.ErrClosed)

// ProtocolError means a peer sent something this side cannot accept. The
// session ends, and the peer is told the same text in a GOAWAY, so both
// ends log the frame at fault.
type ProtocolError struct {
	Frame  string // frame type, e.g. "DATA"
	Stream uint32 // stream the frame named; 0 for session frames
	Msg    string
}

func (e *ProtocolError) Error() string {
	if e.Stream != 0 {
		return fmt.Sprintf("tunnel: protocol error: %s frame for stream %d: %s", e.Frame, e.Stream, e.Msg)
	}
	return fmt.Sprintf("tunnel: protocol error: %s frame: %s", e.Frame, e.Msg)
}

func protoErr(h header, format string, args ...any) *ProtocolError {
	return &ProtocolError{Frame: h.typ.String(), Stream: h.stream, Msg: fmt.Sprintf(format, args...)}
}

// GoAwayError is Session.Err when the peer ended the session with a GOAWAY.
// Err is true when the peer ended it because of an error (its
// CloseWithError, or a protocol error it found in what this side sent).
type GoAwayError struct {
	Reason string
	Err    bool
}

func (e *GoAwayError) Error() string {
	switch {
	case e.Err:
		return "tunnel: peer ended the session with an error: " + e.Reason
	case e.Reason != "":
		return "tunnel: peer closed the session: " + e.Reason
	}
	return "tunnel: peer closed the session"
}

// LocalError is Session.Err after CloseWithError; it wraps ErrSessionClosed.
type LocalError struct{ Reason string }

func (e *LocalError) Error() string { return "tunnel: session closed: " + e.Reason }
func (e *LocalError) Unwrap() error { return ErrSessionClosed }

// VersionError is returned by Client and Server when the two sides share no
// protocol version.
type VersionError struct {
	LocalMin, LocalMax uint16
	PeerMin, PeerMax   uint16
}

func (e *VersionError) Error() string {
	return fmt.Sprintf("tunnel: no common protocol version: this side speaks %s, the peer speaks %s",
		versionRange(e.LocalMin, e.LocalMax), versionRange(e.PeerMin, e.PeerMax))
}

func versionRange(lo, hi uint16) string {
	if lo == hi {
		return fmt.Sprintf("version %d", lo)
	}
	return fmt.Sprintf("versions %d-%d", lo, hi)
}

// StreamError is what a stream's Read and Write return once it was reset, by
// either side, or ended with its session.
type StreamError struct {
	Reason string // the text given to Reset, or the session's error
	Remote bool   // the peer reset the stream
	Err    error  // the session's error when the stream ended with it; nil for resets
}

func (e *StreamError) Error() string {
	switch {
	case e.Err != nil:
		return "tunnel: stream ended with its session: " + e.Reason
	case e.Remote:
		return "tunnel: stream reset by peer: " + e.Reason
	default:
		return "tunnel: stream reset: " + e.Reason
	}
}

func (e *StreamError) Unwrap() error { return e.Err }
