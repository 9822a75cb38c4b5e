package cmdindex

import (
	"strings"
	"time"
	"unicode/utf8"
)

// MaxLineRunes bounds the line being edited. Characters typed, pasted or
// yanked beyond it are dropped and the command is marked Incomplete. The
// bound also bounds the work a single input byte can cause (Ctrl-Y inserts
// a whole line, Ctrl-U kills one).
const MaxLineRunes = 16 << 10

// pasteBatch is how many pasted characters are collected before they are
// inserted into the line in one go.
const pasteBatch = 4096

// maxString bounds an OSC, DCS or APC string; one that runs longer is
// abandoned and the rest of it is read as keys.
const maxString = 64 << 10

// Command is one line the user submitted (Enter), as it would have
// appeared on the shell's line.
type Command struct {
	Text string
	// At is the time offset of the input chunk holding the Enter keystroke.
	At time.Duration
	// Incomplete reports that the line was also changed by something the
	// input does not show (completion, history recall, undo...), so Text
	// may differ from what the shell ran. See the package documentation.
	Incomplete bool
}

// parser states
const (
	stGround = iota
	stEsc    // after ESC
	stCSI    // after ESC [
	stSS3    // after ESC O
	stStr    // inside an OSC, DCS or APC string
	stStrEsc // ESC inside such a string: ESC \ ends it
	stSkip   // skipping raw bytes (X10 mouse report, Linux console F-key)
)

// Reconstructor consumes a session's input chunks in order and emits the
// commands submitted. Its zero value is ready to use, like New's result.
// A Reconstructor is not safe for concurrent use.
type Reconstructor struct {
	// byte parser
	state   uint8
	afterCR bool    // the previous byte was an Enter CR: a LF now is its pair
	paste   bool    // inside a bracketed paste
	quote   bool    // Ctrl-V: the next byte is inserted literally
	utf     [4]byte // a UTF-8 sequence in progress
	nutf    int
	params  [32]byte // CSI/SS3 parameter bytes
	np      int
	over    bool   // parameters overflowed params
	inter   bool   // an intermediate byte was seen
	strKind byte   // ']', 'P' or '_'
	strLen  int    // bytes of the string so far
	skip    int    // raw bytes left to skip in stSkip
	pbuf    []rune // pasted characters not yet inserted

	// line editor
	line       []rune // may hold unknown: text that is not in the input
	cur        int    // cursor, an index into line
	sticky     bool   // the line changed in a way that cannot be tracked
	mode       uint8
	hist       int    // history position: 0 is the new line, n the nth entry back
	histLine   []rune // the new line, saved while browsing history
	saved      []rune // the line before a history search
	savedCur   int
	search     []rune // the search string typed
	searchMore bool   // Ctrl-R repeated on an empty string: reuses an unknown one
	arg        int    // numeric argument
	argOn      bool
	argDigits  bool
	argNeg     bool
	kills      [][]rune // kill ring, oldest first
	killIdx    int
	lastKill   bool // the previous command killed text
	lastYank   bool // the previous command yanked text
	yankAt     int  // where the last yank inserted
	yankLen    int

	at  time.Duration
	out []Command
}

// New returns a Reconstructor for one session, at the start of a line.
func New() *Reconstructor {
	return &Reconstructor{}
}

// Feed processes the input chunk received at time offset at and returns the
// commands that it completed, if any.
func (r *Reconstructor) Feed(at time.Duration, input []byte) []Command {
	r.at = at
	r.out = nil
	for i := 0; i < len(input); i++ {
		// Fast paths for the bulk of most input: printable ASCII typed at
		// the end of the line, and printable ASCII pasted.
		if r.state == stGround && r.nutf == 0 && !r.quote && !r.afterCR &&
			r.mode == modeNormal && !r.argOn && r.cur == len(r.line) && !r.paste {
			j := i
			for j < len(input) && input[j] >= 0x20 && input[j] < 0x7f {
				j++
			}
			if j > i {
				r.lastKill, r.lastYank = false, false
				r.appendASCII(input[i:j])
				i = j - 1
				continue
			}
		}
		if r.paste && r.state == stGround && r.nutf == 0 && !r.afterCR && r.mode == modeNormal {
			j := i
			for j < len(input) && input[j] >= 0x20 && input[j] < 0x7f && j-i < pasteBatch {
				r.pbuf = append(r.pbuf, rune(input[j]))
				j++
			}
			if j > i {
				if len(r.pbuf) >= pasteBatch {
					r.flushPaste()
				}
				i = j - 1
				continue
			}
		}
		r.step(input[i])
	}
	out := r.out
	r.out = nil
	return out
}

// Flush ends the session at time offset at: it returns the line being
// edited, if it is not empty (it was never submitted, so the shell did not
// run it), and resets r to its initial state.
func (r *Reconstructor) Flush(at time.Duration) []Command {
	r.at = at
	r.out = nil
	r.flushPaste()
	if r.mode == modeSearch || r.mode == modeNonincSearch {
		r.endSearch()
	}
	var out []Command
	if text, inc := r.text(); strings.TrimSpace(text) != "" {
		out = append(out, Command{Text: text, At: at, Incomplete: inc})
	}
	*r = Reconstructor{}
	return out
}

func (r *Reconstructor) step(b byte) {
	if r.afterCR {
		r.afterCR = false
		if b == '\n' {
			return
		}
	}
	switch r.state {
	case stGround:
		r.ground(b)
	case stEsc:
		r.escape(b)
	case stCSI:
		switch {
		case b >= 0x30 && b <= 0x3f:
			r.keepParam(b)
		case b >= 0x20 && b <= 0x2f:
			r.inter = true
		case b >= 0x40 && b <= 0x7e:
			r.state = stGround
			r.csi(b)
		default: // broken off: the byte takes effect on its own
			r.state = stGround
			r.ground(b)
		}
	case stSS3:
		switch {
		case b >= 0x30 && b <= 0x3f:
			r.keepParam(b)
		case b >= 0x20 && b <= 0x7e:
			r.state = stGround
			r.ss3(b)
		default:
			r.state = stGround
			r.ground(b)
		}
	case stStr:
		r.strByte(b)
	case stStrEsc:
		if b == '\\' {
			r.state = stGround
			return
		}
		r.state = stEsc
		r.escape(b)
	case stSkip:
		r.skip--
		if r.skip <= 0 {
			r.state = stGround
		}
	}
}

// ground handles a byte outside any escape sequence.
func (r *Reconstructor) ground(b byte) {
	if r.nutf > 0 {
		r.utf[r.nutf] = b
		r.nutf++
		if !utf8.FullRune(r.utf[:r.nutf]) {
			return
		}
		c, size := utf8.DecodeRune(r.utf[:r.nutf])
		n := r.nutf
		r.nutf = 0
		if size == n {
			r.char(c)
			return
		}
		// b does not continue the sequence: drop the sequence, read b
		// afresh.
	}
	if b >= 0x80 {
		if b >= 0xc2 && b <= 0xf4 { // a lead byte
			r.utf[0] = b
			r.nutf = 1
		}
		return
	}
	if r.quote && !r.paste {
		r.quote = false
		r.key(key{kind: kLiteral, c: rune(b)})
		return
	}
	switch {
	case b == 0x1b:
		r.state = stEsc
	case b == '\r' || b == '\n':
		if b == '\r' {
			r.afterCR = true
		}
		if r.paste {
			r.pasteEnter()
		} else {
			r.key(key{kind: kCtrl, c: rune(b)})
		}
	case b < 0x20 || b == 0x7f:
		if r.paste {
			if b == '\t' {
				r.pasteChar('\t')
			}
			return
		}
		r.key(key{kind: kCtrl, c: rune(b)})
	default:
		r.char(rune(b))
	}
}

// char handles a decoded printable-range character.
func (r *Reconstructor) char(c rune) {
	if r.paste {
		if !isControl(c) {
			r.pasteChar(c)
		}
		return
	}
	if r.quote {
		r.quote = false
		r.key(key{kind: kLiteral, c: c})
		return
	}
	if isControl(c) { // C1 controls encoded in UTF-8
		return
	}
	r.key(key{kind: kRune, c: c})
}

func isControl(c rune) bool {
	return c < 0x20 || (c >= 0x7f && c < 0xa0)
}

// escape handles the byte after ESC.
func (r *Reconstructor) escape(b byte) {
	r.state = stGround
	if r.paste {
		// Inside a paste only ESC [ 201 ~ matters.
		if b == '[' {
			r.startParams(stCSI)
			return
		}
		r.ground(b)
		return
	}
	switch {
	case b == '[':
		r.startParams(stCSI)
	case b == 'O':
		r.startParams(stSS3)
	case b == ']' || b == 'P' || b == '_':
		r.state = stStr
		r.strKind = b
		r.strLen = 0
	case b == 0x1b:
		// ESC ESC is complete in bash; the second ESC may also begin a
		// sequence (ESC ESC [ D is Alt-Left in some terminals).
		r.meta(0x1b)
		r.state = stEsc
	case b == '\r' || b == '\n':
		r.ground(b) // Alt-Enter
	case b < 0x20 || b == 0x7f:
		if isMetaControl(b) {
			r.meta(b)
		} else {
			r.ground(b)
		}
	case b >= 0x80:
		r.ground(b)
	default:
		r.meta(b)
	}
}

func (r *Reconstructor) startParams(state uint8) {
	r.state = state
	r.np = 0
	r.over = false
	r.inter = false
}

// strByte handles a byte of an OSC, DCS or APC string.
func (r *Reconstructor) strByte(b byte) {
	if r.strLen == 0 && !strStarts(r.strKind, b) {
		// Not a string after all but Alt-], Alt-P or Alt-_ followed by b.
		r.state = stGround
		r.meta(r.strKind)
		r.ground(b)
		return
	}
	r.strLen++
	switch {
	case b == 0x07:
		r.state = stGround
	case b == 0x1b:
		r.state = stStrEsc
	case b < 0x20 || r.strLen > maxString:
		// Terminal replies hold no other control characters: this string
		// was cut short, and b (say Enter) takes effect.
		r.state = stGround
		r.ground(b)
	}
}

func strStarts(kind, b byte) bool {
	switch kind {
	case ']':
		return b >= '0' && b <= '9'
	case 'P':
		return (b >= '0' && b <= '9') || strings.IndexByte(";><=?!$+|", b) >= 0
	default: // '_'
		return b == 'G'
	}
}

// param returns the numeric value of sub-parameter sub of parameter field
// of the sequence being dispatched (fields are separated by ';',
// sub-parameters by ':'), and whether it was present.
func (r *Reconstructor) param(field, sub int) (int, bool) {
	f, s := 0, 0
	n, present := 0, false
	for _, b := range r.params[:r.np] {
		switch {
		case b == ';':
			if f == field && s == sub {
				return n, present
			}
			f++
			s = 0
			n, present = 0, false
		case b == ':':
			if f == field && s == sub {
				return n, present
			}
			s++
			n, present = 0, false
		case b >= '0' && b <= '9':
			if n < 1<<24 {
				n = n*10 + int(b-'0')
			}
			present = true
		}
	}
	if f == field && s == sub {
		return n, present
	}
	return 0, false
}

func (r *Reconstructor) nfields() int {
	if r.np == 0 {
		return 0
	}
	n := 1
	for _, b := range r.params[:r.np] {
		if b == ';' {
			n++
		}
	}
	return n
}

// modifiers returns xterm's modifier bits (1 Shift, 2 Alt, 4 Ctrl, 8
// Meta/Super...) from a parameter holding 1 + bits; lock keys are ignored.
func modifiers(p int) int {
	if p <= 1 {
		return 0
	}
	return (p - 1) &^ (64 | 128) // Caps Lock, Num Lock
}

// csi dispatches a complete CSI sequence with final byte b.
func (r *Reconstructor) csi(b byte) {
	if r.over || r.inter {
		return
	}
	if r.paste {
		if b == '~' && string(r.params[:r.np]) == "201" {
			r.flushPaste()
			r.paste = false
		}
		return
	}
	if r.np > 0 && r.params[0] >= '<' { // private: < = > ?
		return
	}
	p0, _ := r.param(0, 0)
	p1, _ := r.param(1, 0)
	mods := modifiers(p1)
	if r.nfields() == 1 && p0 == 5 && (b == 'C' || b == 'D') {
		mods = 4 // ESC [ 5 C: an old form of Ctrl-Right
	}
	switch b {
	case 'A':
		r.fkey(fUp)
	case 'B':
		r.fkey(fDown)
	case 'C':
		if mods&(2|4) != 0 {
			r.fkey(fWordRight)
		} else {
			r.fkey(fRight)
		}
	case 'D':
		if mods&(2|4) != 0 {
			r.fkey(fWordLeft)
		} else {
			r.fkey(fLeft)
		}
	case 'H':
		r.fkey(fHome)
	case 'F':
		r.fkey(fEnd)
	case '~':
		switch p0 {
		case 1, 7:
			r.fkey(fHome)
		case 4, 8:
			r.fkey(fEnd)
		case 3:
			if mods == 0 {
				r.fkey(fDelete)
			}
		case 200:
			r.startPaste()
		case 27: // xterm modifyOtherKeys: ESC [ 27 ; mods ; code ~
			code, _ := r.param(2, 0)
			r.keyEvent(code, 0, modifiers(p1), nil)
		}
	case 'u': // kitty keyboard protocol: ESC [ code:shifted ; mods:event ; text u
		if ev, _ := r.param(1, 1); ev == 3 { // key release
			return
		}
		shifted, _ := r.param(0, 1)
		var text []rune
		for i := 0; i < 8; i++ {
			c, ok := r.param(2, i)
			if !ok {
				break
			}
			text = append(text, rune(c))
		}
		r.keyEvent(p0, shifted, mods, text)
	case 'M':
		if r.np == 0 { // X10 mouse report: three raw bytes follow
			r.state = stSkip
			r.skip = 3
		}
	case '[':
		if r.np == 0 { // Linux console F1-F5: ESC [ [ A..E
			r.state = stSkip
			r.skip = 1
		}
	}
}

// ss3 dispatches ESC O followed by b (keypad application mode and
// cursor keys in application mode).
func (r *Reconstructor) ss3(b byte) {
	if r.over {
		return
	}
	switch b {
	case 'A':
		r.fkey(fUp)
	case 'B':
		r.fkey(fDown)
	case 'C':
		r.fkey(fRight)
	case 'D':
		r.fkey(fLeft)
	case 'c': // rxvt Ctrl-Right
		r.fkey(fWordRight)
	case 'd':
		r.fkey(fWordLeft)
	case 'H':
		r.fkey(fHome)
	case 'F':
		r.fkey(fEnd)
	case 'M':
		r.key(key{kind: kCtrl, c: '\r'})
	case 'I':
		r.key(key{kind: kCtrl, c: '\t'})
	case ' ':
		r.key(key{kind: kRune, c: ' '})
	case 'X':
		r.key(key{kind: kRune, c: '='})
	default:
		if b >= 'j' && b <= 'y' { // keypad * + , - . / 0-9
			r.key(key{kind: kRune, c: rune("*+,-./0123456789"[b-'j'])})
		}
	}
}

// kitty keyboard protocol keypad keys, in the Unicode private use area.
const (
	kittyKP0     = 57399
	kittyKPEqual = 57415
)

// keyEvent handles a key reported by code point with modifiers (kitty
// protocol, modifyOtherKeys) by mapping it to the legacy key it stands for.
func (r *Reconstructor) keyEvent(code, shifted, mods int, text []rune) {
	if mods&^7 != 0 { // Super, Hyper, Meta: not the shell's keys
		return
	}
	if code >= kittyKP0 && code <= kittyKPEqual {
		code = int("0123456789./*-+\r="[code-kittyKP0])
	} else if code >= 0xe000 && code <= 0xf8ff || code > utf8.MaxRune || code < 0 {
		return // other functional keys (modifiers alone, media keys...)
	}
	shift, alt, ctrl := mods&1 != 0, mods&2 != 0, mods&4 != 0
	c := rune(code)
	if ctrl {
		switch {
		case c >= 'a' && c <= 'z':
			c -= 'a' - 1
		case c >= '@' && c <= '_':
			c -= '@'
		case c == ' ':
			c = 0
		case c == '?':
			c = 0x7f
		case c == '\r' || c == '\t' || c == 0x7f || c == 0x1b || c == 0x08:
		default:
			return // Ctrl with a key that has no control character
		}
	} else if shift {
		switch {
		case shifted > 0 && shifted <= utf8.MaxRune:
			c = rune(shifted)
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		}
	}
	switch {
	case alt:
		if c < 0x80 && (c >= 0x20 && c < 0x7f || isMetaControl(byte(c))) {
			r.meta(byte(c))
		} else if c == '\r' || c == '\n' {
			r.key(key{kind: kCtrl, c: c})
		}
	case c == 0x1b:
		r.state = stEsc // the Escape key, a meta prefix as in the legacy encoding
	case c < 0x20 || c == 0x7f:
		r.key(key{kind: kCtrl, c: c})
	case len(text) > 0 && !ctrl:
		for _, t := range text {
			if utf8.ValidRune(t) && !isControl(t) {
				r.key(key{kind: kRune, c: t})
			}
		}
	case utf8.ValidRune(c) && !isControl(c):
		r.key(key{kind: kRune, c: c})
	}
}

// keepParam keeps one parameter byte of a CSI or SS3 sequence; beyond the
// buffer the sequence is marked overlong.
func (r *Reconstructor) keepParam(b byte) {
	if r.np < len(r.params) {
		r.params[r.np] = b
		r.np++
	} else {
		r.over = true
	}
}
