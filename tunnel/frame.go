package tunnel

import (
	"encoding/binary"
	"fmt"
	"io"
)

// Version is the newest protocol version this package speaks; minVersion the
// oldest. PROTOCOL.md says what each adds.
const (
	Version    = 1
	minVersion = 1
)

// Every frame starts with this 9-byte header:
//
//	type (1) | flags (1) | payload length (3, big-endian) | stream ID (4, big-endian)
//
// The type byte comes first and HELLO and GOAWAY keep their numbers in every
// version, so any version can read a peer's hello and refuse it politely.
const headerLen = 9

type frameType uint8

const (
	typeHello  frameType = 0x00 // stream 0: magic, versions, settings; first frame each way
	typeGoAway frameType = 0x01 // stream 0: the sender is ending the session; payload is the reason
	typeOpen   frameType = 0x02 // new stream; payload is the opener's header
	typeData   frameType = 0x03 // stream bytes; FIN ends the sender's direction
	typeWindow frameType = 0x04 // payload: 4-byte credit increment for the stream's sender
	typeReset  frameType = 0x05 // abort the stream, or with STOP ask the peer to stop sending; payload is the reason
	typePing   frameType = 0x06 // stream 0: 8 opaque bytes, echoed with ACK
)

func (t frameType) String() string {
	switch t {
	case typeHello:
		return "HELLO"
	case typeGoAway:
		return "GOAWAY"
	case typeOpen:
		return "OPEN"
	case typeData:
		return "DATA"
	case typeWindow:
		return "WINDOW"
	case typeReset:
		return "RESET"
	case typePing:
		return "PING"
	}
	return fmt.Sprintf("type 0x%02x", uint8(t))
}

// Flags; each is defined for one frame type only.
const (
	flagServer = 0x01 // HELLO: the sender is the server side
	flagError  = 0x01 // GOAWAY: the session ends because of an error
	flagFIN    = 0x01 // DATA: the sender will send no more data on the stream
	flagACK    = 0x01 // PING: this is the answer
	flagStop   = 0x01 // RESET: only the receiver's sending direction ends; data already sent stands
)

const (
	// recordSize is TLS's largest record plaintext. The writer hands the
	// connection at most this much per Write and a full data frame is exactly
	// this long, so each Write is one record: a frame a few bytes longer would
	// cost a second record, AES-GCM call and syscall for those few bytes.
	recordSize = 16384
	// maxDataPayload is the largest DATA payload.
	maxDataPayload = recordSize - headerLen
	// maxReasonLen bounds GOAWAY and RESET reasons: enough for a sentence.
	maxReasonLen = 1024
	// maxHelloLen bounds the hello: magic, versions and a few settings.
	maxHelloLen = 512
	// maxFrameLen is what the 3-byte length field can say.
	maxFrameLen = 1<<24 - 1
	// maxSettingValue keeps settings inside the 31 bits credit arithmetic uses.
	maxSettingValue = 1<<31 - 1
)

type header struct {
	typ    frameType
	flags  uint8
	length uint32
	stream uint32
}

func (h header) put(b []byte) {
	_ = b[headerLen-1]
	b[0] = byte(h.typ)
	b[1] = h.flags
	b[2] = byte(h.length >> 16)
	b[3] = byte(h.length >> 8)
	b[4] = byte(h.length)
	binary.BigEndian.PutUint32(b[5:], h.stream)
}

func parseHeader(b []byte) header {
	_ = b[headerLen-1]
	return header{
		typ:    frameType(b[0]),
		flags:  b[1],
		length: uint32(b[2])<<16 | uint32(b[3])<<8 | uint32(b[4]),
		stream: binary.BigEndian.Uint32(b[5:]),
	}
}

// check validates what a header alone can tell: a known type, defined flags,
// the right kind of stream ID and a length within the limit for the type.
// Checking the length before reading the payload is what keeps a hostile
// peer from making the reader allocate or read more than it allows.
func (h header) check(maxHeader int) error {
	var flags uint8
	var session bool // stream ID must be 0
	var lo, hi uint32
	switch h.typ {
	case typeHello:
		flags, session, hi = flagServer, true, maxHelloLen
	case typeGoAway:
		flags, session, hi = flagError, true, maxReasonLen
	case typeOpen:
		hi = uint32(maxHeader)
	case typeData:
		flags, hi = flagFIN, maxDataPayload
	case typeWindow:
		lo, hi = 4, 4
	case typeReset:
		flags, hi = flagStop, maxReasonLen
	case typePing:
		flags, session, lo, hi = flagACK, true, 8, 8
	default:
		return protoErr(h, "unknown frame type")
	}
	switch {
	case h.flags&^flags != 0:
		return protoErr(h, "undefined flags 0x%02x", h.flags&^flags)
	case session && h.stream != 0:
		return protoErr(h, "stream ID %d on a session frame", h.stream)
	case !session && h.stream == 0:
		return protoErr(h, "stream ID 0")
	case h.length < lo || h.length > hi:
		if lo == hi {
			return protoErr(h, "payload of %d bytes, want %d", h.length, lo)
		}
		return protoErr(h, "payload of %d bytes exceeds the limit of %d", h.length, hi)
	}
	return nil
}

// helloMagic opens every hello, so a peer that is not speaking this protocol
// at all (an HTTP error page, say) gets a clear error instead of a confusing
// protocol error.
const helloMagic = "TTHR"

// Hello settings: each is a 2-byte ID and a 4-byte value. Unknown IDs are
// skipped so a later version can add settings an older peer ignores; a
// missing setting takes its default.
const (
	settingStreamWindow  = 1
	settingMaxStreams    = 2
	settingMaxHeaderSize = 3
)

// hello is what each side tells the other before anything else.
type hello struct {
	server     bool
	minVersion uint16
	maxVersion uint16
	window     uint32 // the sender's receive window per stream
	maxStreams uint32 // how many streams the sender lets the receiver open
	maxHeader  uint32 // the largest OPEN header the sender accepts
}

func (h hello) appendFrame(b []byte) []byte {
	const n = len(helloMagic) + 4 + 3*6
	var flags uint8
	if h.server {
		flags = flagServer
	}
	b = append(b, make([]byte, headerLen)...)
	header{typ: typeHello, flags: flags, length: uint32(n)}.put(b[len(b)-headerLen:])
	b = append(b, helloMagic...)
	b = binary.BigEndian.AppendUint16(b, h.minVersion)
	b = binary.BigEndian.AppendUint16(b, h.maxVersion)
	for _, s := range [...]struct {
		id uint16
		v  uint32
	}{{settingStreamWindow, h.window}, {settingMaxStreams, h.maxStreams}, {settingMaxHeaderSize, h.maxHeader}} {
		b = binary.BigEndian.AppendUint16(b, s.id)
		b = binary.BigEndian.AppendUint32(b, s.v)
	}
	return b
}

// parseHello decodes a HELLO payload; errors are *ProtocolError.
func parseHello(h header, p []byte) (hello, error) {
	if len(p) < len(helloMagic)+4 || string(p[:len(helloMagic)]) != helloMagic {
		return hello{}, protoErr(h, "missing the %q magic", helloMagic)
	}
	p = p[len(helloMagic):]
	v := hello{
		server:     h.flags&flagServer != 0,
		minVersion: binary.BigEndian.Uint16(p),
		maxVersion: binary.BigEndian.Uint16(p[2:]),
		window:     DefaultStreamWindow,
		maxStreams: DefaultMaxStreams,
		maxHeader:  DefaultMaxHeaderSize,
	}
	if v.minVersion == 0 || v.minVersion > v.maxVersion {
		return hello{}, protoErr(h, "bad version range %d-%d", v.minVersion, v.maxVersion)
	}
	p = p[4:]
	if len(p)%6 != 0 {
		return hello{}, protoErr(h, "settings of %d bytes are not whole 6-byte entries", len(p))
	}
	for ; len(p) > 0; p = p[6:] {
		id, val := binary.BigEndian.Uint16(p), binary.BigEndian.Uint32(p[2:])
		switch id {
		case settingStreamWindow:
			if val < MinStreamWindow || val > MaxStreamWindow {
				return hello{}, protoErr(h, "stream window %d is outside [%d, %d]", val, MinStreamWindow, MaxStreamWindow)
			}
			v.window = val
		case settingMaxStreams:
			if val > maxSettingValue {
				return hello{}, protoErr(h, "max streams %d exceeds %d", val, maxSettingValue)
			}
			v.maxStreams = val
		case settingMaxHeaderSize:
			if val > maxFrameLen {
				return hello{}, protoErr(h, "max header size %d exceeds %d", val, maxFrameLen)
			}
			v.maxHeader = val
		}
	}
	return v, nil
}

// negotiate picks the newest version both ranges contain.
func negotiate(a, b hello) (uint16, bool) {
	v := min(a.maxVersion, b.maxVersion)
	return v, v >= max(a.minVersion, b.minVersion)
}

// appendFrame appends a complete frame with the given payload.
func appendFrame(b []byte, typ frameType, flags uint8, stream uint32, payload []byte) []byte {
	b = append(b, make([]byte, headerLen)...)
	header{typ: typ, flags: flags, length: uint32(len(payload)), stream: stream}.put(b[len(b)-headerLen:])
	return append(b, payload...)
}

// truncateReason keeps a reason within maxReasonLen bytes.
func truncateReason(s string) string {
	if len(s) > maxReasonLen {
		return s[:maxReasonLen]
	}
	return s
}

// frame is a decoded frame, for the handshake and for tests and fuzzing of
// the decoder; the session's reader handles payloads without building one.
type frame struct {
	header
	payload []byte
}

// readFrame reads and validates one frame. maxHeader is the OPEN limit.
func readFrame(r io.Reader, hb []byte, maxHeader int) (frame, error) {
	if _, err := io.ReadFull(r, hb[:headerLen]); err != nil {
		return frame{}, err
	}
	h := parseHeader(hb)
	if err := h.check(maxHeader); err != nil {
		return frame{header: h}, err
	}
	p := make([]byte, h.length)
	if _, err := io.ReadFull(r, p); err != nil {
		return frame{header: h}, err
	}
	f := frame{header: h, payload: p}
	return f, f.validate()
}

// validate checks what the payload of a control frame must satisfy beyond
// its length.
func (f frame) validate() error {
	switch f.typ {
	case typeHello:
		_, err := parseHello(f.header, f.payload)
		return err
	case typeWindow:
		if inc := binary.BigEndian.Uint32(f.payload); inc == 0 || inc > MaxStreamWindow {
			return protoErr(f.header, "increment %d is outside [1, %d]", inc, uint32(MaxStreamWindow))
		}
	}
	return nil
}
