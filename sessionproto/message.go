package sessionproto

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"
)

// Type says what a message's payload is.
type Type uint8

// Message types. The values are on the wire: never renumber, only add.
const (
	Input  Type = 1 // client→agent: bytes for the terminal or stdin
	Output Type = 2 // agent→client: terminal output or stdout
	Stderr Type = 3 // agent→client: stderr of a command session
	Resize Type = 4 // client→agent: cols u16, rows u16
	EOF    Type = 5 // client→agent: the client's input has ended
	Exit   Type = 6 // agent→client: int32 exit status; the last message
	Error  Type = 7 // agent→client: UTF-8 text saying why the session failed
	// Resumed is the server's first message on a resumed client stream: the
	// u64 count of Input payload bytes it has received, from which the
	// client sends its input again. Agents never see it.
	Resumed Type = 8
)

var typeNames = [...]string{Input: "Input", Output: "Output", Stderr: "Stderr", Resize: "Resize", EOF: "EOF", Exit: "Exit", Error: "Error", Resumed: "Resumed"}

func (t Type) String() string {
	if int(t) < len(typeNames) && typeNames[t] != "" {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

const (
	// HeaderSize is the bytes before each payload: type and big-endian length.
	HeaderSize = 5
	// MaxPayload bounds one message so a reader needs one fixed buffer and a
	// hostile peer cannot make it allocate more.
	MaxPayload = 32 << 10
)

// ErrTooLarge is wrapped by errors about a payload over MaxPayload.
var ErrTooLarge = errors.New("sessionproto: payload too large")

// Message is one decoded message. The Payload returned by Reader.ReadMessage
// aliases the reader's buffer.
type Message struct {
	Type    Type
	Payload []byte
}

// Writer frames messages onto a stream. It is safe for concurrent use, so a
// session's stdout and stderr pumps can share one.
type Writer struct {
	mu  sync.Mutex
	w   io.Writer
	buf []byte
	err error
}

// NewWriter returns a Writer that frames onto w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// WriteMessage sends one message. Header and payload go out in a single
// Write because the transport turns each Write into frames: a separate
// header write would double the packets of an interactive session. After a
// failed or short write the stream is out of step, so every later call
// returns the same error.
func (w *Writer) WriteMessage(t Type, payload []byte) error {
	if len(payload) > MaxPayload {
		return fmt.Errorf("%w: %s message of %d bytes exceeds the %d-byte limit", ErrTooLarge, t, len(payload), MaxPayload)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	n := HeaderSize + len(payload)
	if cap(w.buf) < n {
		w.buf = make([]byte, n, max(n, min(2*cap(w.buf), HeaderSize+MaxPayload)))
	}
	b := w.buf[:n]
	copy(b[HeaderSize:], payload)
	return w.writeLocked(t, b)
}

// Copy sends what it reads from r as messages of type t until r ends, like
// io.Copy: nil at io.EOF, else the read or write error. It reads straight
// into a buffer with room for the header, so each chunk is copied once on
// its way from r to the stream; the lock is held only while writing, so a
// Copy waiting on r never holds up other writers.
func (w *Writer) Copy(t Type, r io.Reader) (written int64, err error) {
	buf := make([]byte, HeaderSize+MaxPayload)
	for {
		n, rerr := r.Read(buf[HeaderSize:])
		if n > 0 {
			w.mu.Lock()
			werr := w.writeLocked(t, buf[:HeaderSize+n])
			w.mu.Unlock()
			if werr != nil {
				return written, werr
			}
			written += int64(n)
		}
		if rerr == io.EOF {
			return written, nil
		}
		if rerr != nil {
			return written, rerr
		}
	}
}

// writeLocked fills in the header of b, whose payload follows it, and
// writes it whole; w.mu is held.
func (w *Writer) writeLocked(t Type, b []byte) error {
	if w.err != nil {
		return w.err
	}
	b[0] = byte(t)
	binary.BigEndian.PutUint32(b[1:HeaderSize], uint32(len(b)-HeaderSize))
	if _, err := w.w.Write(b); err != nil {
		w.err = err
		return err
	}
	return nil
}

// Err returns the error that stopped the Writer, or nil while it works: the
// way to tell a failed stream from a failed source after Copy.
func (w *Writer) Err() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// Stream returns an io.Writer that sends what is written to it as messages
// of type t, split at MaxPayload; it suits exec.Cmd outputs and io.Copy.
func (w *Writer) Stream(t Type) io.Writer { return streamWriter{w, t} }

type streamWriter struct {
	w *Writer
	t Type
}

func (s streamWriter) Write(p []byte) (int, error) {
	written := 0
	for len(p) > 0 {
		chunk := p[:min(len(p), MaxPayload)]
		if err := s.w.WriteMessage(s.t, chunk); err != nil {
			return written, err
		}
		written += len(chunk)
		p = p[len(chunk):]
	}
	return written, nil
}

// Reader decodes messages from a stream. It is not safe for concurrent use;
// a session has one goroutine reading its client.
type Reader struct {
	r   io.Reader
	hdr [HeaderSize]byte
	buf []byte
}

// NewReader returns a Reader that decodes from r.
func NewReader(r io.Reader) *Reader { return &Reader{r: r} }

// ReadMessage returns the next message. Its Payload is only valid until the
// next call: the reader reuses one buffer, which never grows past
// MaxPayload whatever a peer claims. A stream that ends between messages
// gives io.EOF; one that ends inside a message gives io.ErrUnexpectedEOF.
func (r *Reader) ReadMessage() (Message, error) {
	if _, err := io.ReadFull(r.r, r.hdr[:]); err != nil {
		return Message{}, err
	}
	t := Type(r.hdr[0])
	n := binary.BigEndian.Uint32(r.hdr[1:])
	if n > MaxPayload {
		return Message{}, fmt.Errorf("%w: %s message of %d bytes exceeds the %d-byte limit", ErrTooLarge, t, n, MaxPayload)
	}
	if cap(r.buf) < int(n) {
		// Grow geometrically so a stream of growing messages costs few
		// allocations, but never past MaxPayload.
		r.buf = make([]byte, min(max(int(n), 2*cap(r.buf), 512), MaxPayload))
	}
	p := r.buf[:n]
	if _, err := io.ReadFull(r.r, p); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return Message{}, err
	}
	return Message{Type: t, Payload: p}, nil
}

// EncodeResize returns a Resize payload.
func EncodeResize(cols, rows uint16) []byte {
	var b [4]byte
	binary.BigEndian.PutUint16(b[0:], cols)
	binary.BigEndian.PutUint16(b[2:], rows)
	return b[:]
}

// DecodeResize parses a Resize payload.
func DecodeResize(p []byte) (cols, rows uint16, err error) {
	if len(p) != 4 {
		return 0, 0, fmt.Errorf("sessionproto: Resize payload is %d bytes, want 4", len(p))
	}
	return binary.BigEndian.Uint16(p[0:]), binary.BigEndian.Uint16(p[2:]), nil
}

// EncodeExit returns an Exit payload.
func EncodeExit(status int32) []byte {
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], uint32(status))
	return b[:]
}

// DecodeExit parses an Exit payload.
func DecodeExit(p []byte) (int32, error) {
	if len(p) != 4 {
		return 0, fmt.Errorf("sessionproto: Exit payload is %d bytes, want 4", len(p))
	}
	return int32(binary.BigEndian.Uint32(p)), nil
}

// EncodeError returns an Error payload: msg made valid UTF-8 and cut to
// MaxPayload bytes on a rune boundary, so a long or mangled failure text
// never makes the report itself fail.
func EncodeError(msg string) []byte {
	msg = strings.ToValidUTF8(msg, "\uFFFD")
	if len(msg) > MaxPayload {
		msg = msg[:MaxPayload]
		for !utf8.ValidString(msg) {
			msg = msg[:len(msg)-1]
		}
	}
	return []byte(msg)
}

// EncodeResumed encodes the payload of a Resumed message.
func EncodeResumed(inputReceived uint64) []byte {
	return binary.BigEndian.AppendUint64(nil, inputReceived)
}

// DecodeResumed decodes the payload of a Resumed message.
func DecodeResumed(p []byte) (uint64, error) {
	if len(p) != 8 {
		return 0, fmt.Errorf("sessionproto: Resumed payload is %d bytes, want 8", len(p))
	}
	return binary.BigEndian.Uint64(p), nil
}
