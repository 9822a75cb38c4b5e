package recording

import "unicode/utf8"

// StripANSI returns the text of terminal bytes for people and search: the
// printable characters, tabs and newlines, without escape sequences (CSI
// such as colours, cursor moves and bracketed paste; OSC such as window
// titles; DCS, SOS, PM and APC strings; charset designations and other ESC
// sequences) and without other control characters. CR LF, a lone CR and
// a run of CRs become one newline (a typed Enter is a CR); a backspace or
// DEL erases the character before it on the same line. Invalid UTF-8
// becomes U+FFFD.
//
// For a stream of chunks use a Stripper, which carries sequences and
// characters split across chunks.
func StripANSI(b []byte) string {
	var s Stripper
	return s.Strip(b) + s.Flush()
}

// Stripper is StripANSI over a stream of chunks: an escape sequence or a
// UTF-8 character split across chunks is handled as if it were whole.
// Erasing works within one chunk's text only: earlier text has been
// returned. The zero value is ready; it is not safe for concurrent use.
type Stripper struct {
	state   stripState
	strLen  int  // bytes inside the current OSC/DCS string
	sawCR   bool // the last thing emitted was a CR's newline
	partial []byte
}

type stripState uint8

const (
	stGround    stripState = iota
	stEsc                  // after ESC
	stEscInter             // ESC and intermediates (0x20-0x2F), e.g. ESC ( B
	stCSI                  // ESC [ parameters and intermediates
	stString               // OSC, DCS, SOS, PM or APC payload
	stStringEsc            // ESC inside a string: ST if a backslash follows
)

// maxStringLen bounds how much an unterminated OSC or DCS string may hide:
// past it the Stripper gives up on the sequence and shows text again.
const maxStringLen = 8 << 10

// Strip returns the text of the next chunk.
func (s *Stripper) Strip(b []byte) string {
	out := make([]byte, 0, len(b))
	if len(s.partial) > 0 {
		// Complete the character the last chunk ended inside of.
		b = append(s.partial, b...)
		s.partial = nil
	}
	for i := 0; i < len(b); {
		c := b[i]
		switch s.state {
		case stGround:
			if c >= 0x80 {
				if !utf8.FullRune(b[i:]) {
					s.partial = append([]byte(nil), b[i:]...)
					return string(out)
				}
				r, n := utf8.DecodeRune(b[i:])
				i += n
				if r >= 0x80 && r < 0xa0 {
					continue // C1 controls
				}
				s.sawCR = false
				out = utf8.AppendRune(out, r) // RuneError for invalid bytes: U+FFFD
				continue
			}
			out = s.ground(out, c)
		case stEsc:
			switch {
			case c == '[':
				s.state = stCSI
			case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
				s.state, s.strLen = stString, 0
			case c >= 0x20 && c <= 0x2f:
				s.state = stEscInter
			case c >= 0x30 && c <= 0x7e:
				s.state = stGround // a two-byte sequence: ESC 7, ESC =, ESC M...
			case c == 0x1b:
				// ESC ESC: the second one starts over.
			default:
				s.state = stGround
				continue // not a sequence after all: reprocess c
			}
		case stEscInter:
			switch {
			case c >= 0x20 && c <= 0x2f:
			case c >= 0x30 && c <= 0x7e:
				s.state = stGround
			default:
				s.state = stGround
				continue
			}
		case stCSI:
			switch {
			case c >= 0x20 && c <= 0x3f: // parameters and intermediates
			case c >= 0x40 && c <= 0x7e: // final byte
				s.state = stGround
			case c == 0x1b:
				s.state = stEsc
			case c == 0x18 || c == 0x1a: // CAN, SUB abort it
				s.state = stGround
			case c < 0x20:
				// Terminals execute C0 controls inside CSI; only keep
				// the line structure.
				if c == '\n' || c == '\r' {
					out = s.ground(out, c)
				}
			default:
				s.state = stGround
				continue
			}
		case stString:
			s.strLen++
			switch {
			case c == 0x07: // BEL ends OSC in xterm's dialect
				s.state = stGround
			case c == 0x1b:
				s.state = stStringEsc
			case c == 0x18 || c == 0x1a:
				s.state = stGround
			case s.strLen > maxStringLen:
				s.state = stGround
			}
		case stStringEsc:
			if c == '\\' {
				s.state = stGround // ST
			} else {
				s.state = stEsc
				continue
			}
		}
		i++
	}
	return string(out)
}

// ground handles an ASCII byte outside any sequence.
func (s *Stripper) ground(out []byte, c byte) []byte {
	switch {
	case c == 0x1b:
		s.state = stEsc
		return out
	case c == '\r':
		if !s.sawCR {
			out = append(out, '\n')
		}
		s.sawCR = true
		return out
	case c == '\n':
		if !s.sawCR {
			out = append(out, '\n')
		}
	case c == '\b' || c == 0x7f:
		// Erase the character before, unless that ends a line.
		if len(out) > 0 && out[len(out)-1] != '\n' {
			_, n := utf8.DecodeLastRune(out)
			out = out[:len(out)-n]
		}
	case c == '\t' || c >= 0x20:
		out = append(out, c)
	}
	s.sawCR = false
	return out
}

// Flush returns what a chunk left unfinished (the bytes of a split
// character, as U+FFFD) and resets the Stripper.
func (s *Stripper) Flush() string {
	var t string
	if len(s.partial) > 0 {
		t = "\uFFFD"
	}
	*s = Stripper{}
	return t
}
