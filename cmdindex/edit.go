package cmdindex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// key kinds
const (
	kRune    = iota // a printable character typed
	kLiteral        // a character quoted with Ctrl-V
	kCtrl           // a control character (C0 or DEL)
	kMeta           // ESC followed by a byte (Alt-key)
	kFunc           // a function key from an escape sequence
)

type key struct {
	kind uint8
	c    rune // the character, control byte, or byte after ESC
	f    uint8
}

// function keys
const (
	fUp = iota + 1
	fDown
	fLeft
	fRight
	fWordLeft
	fWordRight
	fHome
	fEnd
	fDelete
)

// editor modes
const (
	modeNormal       = iota
	modeSearch       // Ctrl-R incremental history search
	modeNonincSearch // Alt-p/Alt-n: typing a search string, Enter searches
	modeCtrlX        // after Ctrl-X: the next key completes a command
	modeCharFwd      // after Ctrl-]: the next character is a search target
	modeCharBack     // after Alt-Ctrl-]
)

// maxCount bounds a numeric argument.
const maxCount = 1024

// killRingSize is readline's default kill ring size.
const killRingSize = 10

func (r *Reconstructor) fkey(f uint8) { r.key(key{kind: kFunc, f: f}) }
func (r *Reconstructor) meta(b byte)  { r.key(key{kind: kMeta, c: rune(b)}) }

// isMetaControl reports whether ESC followed by control character b is a
// key readline binds (rather than ESC and then b on its own).
func isMetaControl(b byte) bool {
	switch b {
	case 0x7f, 0x08, '\t', 0x07, 0x05, 0x12, 0x19, 0x1d:
		return true
	}
	return false
}

// unknown stands in the line for text the input does not show: what
// completion added, a history entry, a search match. It is not a valid
// rune, so no input can produce it. Each one stands for any text, maybe
// none; the cursor between two adjacent ones is somewhere inside unknown
// text.
const unknown rune = -1

// histUnknown is the history position after a search or Alt-<: some entry,
// not known which. It is as far back as can be, so that Down never brings
// back the new line too early.
const histUnknown = 1 << 30

// key applies one key to the line editor.
func (r *Reconstructor) key(k key) {
	switch r.mode {
	case modeSearch, modeNonincSearch:
		if r.searchKey(k) {
			return
		}
	case modeCtrlX:
		r.mode = modeNormal
		if !(k.kind == kCtrl && (k.c == 0x03 || k.c == '\r' || k.c == '\n')) {
			r.sticky = true // Ctrl-X Ctrl-U undo, Ctrl-X Ctrl-E editor, ...
			return
		}
	case modeCharFwd, modeCharBack:
		fwd := r.mode == modeCharFwd
		r.mode = modeNormal
		switch {
		case k.kind == kRune || k.kind == kLiteral:
			r.charSearch(k.c, fwd)
			return
		case k.kind == kCtrl && (k.c == 0x03 || k.c == '\r' || k.c == '\n'):
		default:
			return
		}
	}

	// Numeric argument: Alt-digit or Alt-- starts one; digits extend it.
	if k.kind == kMeta && (k.c >= '0' && k.c <= '9' || k.c == '-') ||
		r.argOn && k.kind == kRune && (k.c >= '0' && k.c <= '9' || k.c == '-' && !r.argDigits && !r.argNeg) {
		if !r.argOn {
			r.argOn, r.arg, r.argDigits, r.argNeg = true, 0, false, false
		}
		if k.c == '-' {
			r.argNeg = true
		} else if r.arg < maxCount {
			r.arg = r.arg*10 + int(k.c-'0')
			r.argDigits = true
		}
		return
	}
	count := 1
	if r.argOn {
		if r.argDigits {
			count = min(r.arg, maxCount)
		}
		if r.argNeg {
			r.sticky = true // a negative argument reverses direction: not modelled
			count = 1
		}
		r.argOn = false
	}

	wasKill, wasYank := r.lastKill, r.lastYank
	r.lastKill, r.lastYank = false, false

	switch k.kind {
	case kRune, kLiteral:
		r.insertRune(k.c, count)
	case kCtrl:
		r.ctrl(byte(k.c), count, wasKill)
	case kMeta:
		r.metaKey(byte(k.c), count, wasKill, wasYank)
	case kFunc:
		switch k.f {
		case fUp:
			r.historyBack(1)
		case fDown:
			r.historyForward(1)
		case fLeft:
			r.repeat(count, r.left)
		case fRight:
			r.repeat(count, r.right)
		case fWordLeft:
			r.repeat(count, r.wordLeft)
		case fWordRight:
			r.repeat(count, r.wordRight)
		case fHome:
			r.cur = 0
		case fEnd:
			r.cur = len(r.line)
		case fDelete:
			r.repeat(count, r.deleteChar)
		}
	}
}

// repeat runs op count times, stopping early once it changes nothing.
func (r *Reconstructor) repeat(count int, op func()) {
	for i := 0; i < count; i++ {
		n, c := len(r.line), r.cur
		op()
		if len(r.line) == n && r.cur == c {
			return
		}
	}
}

func (r *Reconstructor) ctrl(b byte, count int, wasKill bool) {
	switch b {
	case 0x01: // Ctrl-A
		r.cur = 0
	case 0x02: // Ctrl-B
		r.repeat(count, r.left)
	case 0x03: // Ctrl-C
		r.discard()
	case 0x04: // Ctrl-D: end of file on an empty line, else delete
		if len(r.line) > 0 {
			r.repeat(count, r.deleteChar)
		}
	case 0x05: // Ctrl-E
		r.cur = len(r.line)
	case 0x06: // Ctrl-F
		r.repeat(count, r.right)
	case 0x08, 0x7f: // Backspace
		r.repeat(count, r.backspace)
	case '\t': // completion: what it adds is not in the input
		r.insertUnknown()
	case '\r', '\n':
		r.submit()
	case 0x0b: // Ctrl-K
		r.kill(r.cur, len(r.line), false, wasKill)
	case 0x0e: // Ctrl-N
		r.historyForward(1)
	case 0x10: // Ctrl-P
		r.historyBack(1)
	case 0x0f: // Ctrl-O: operate-and-get-next
		h := r.hist
		r.submit()
		if h > 0 { // the entry after the one run is fetched
			r.hist = h
			r.line = append(r.line, unknown)
			r.cur = 1
		}
	case 0x12: // Ctrl-R
		r.startSearch(modeSearch)
	case 0x14: // Ctrl-T
		r.repeat(count, r.transpose)
	case 0x15: // Ctrl-U
		r.kill(0, r.cur, true, wasKill)
	case 0x16: // Ctrl-V
		r.quote = true
	case 0x17: // Ctrl-W: unix-word-rubout
		for i := 0; i < count; i++ {
			a, _ := r.unixWordStart(r.cur)
			r.kill(a, r.cur, true, wasKill || i > 0)
		}
	case 0x18: // Ctrl-X prefix
		r.mode = modeCtrlX
	case 0x19: // Ctrl-Y
		r.yank(r.killIdx)
	case 0x1d: // Ctrl-]
		r.mode = modeCharFwd
	case 0x1f: // Ctrl-_: undo
		r.sticky = true
	}
}

func (r *Reconstructor) metaKey(b byte, count int, wasKill, wasYank bool) {
	if b >= 'A' && b <= 'Z' {
		b += 'a' - 'A' // readline runs the lowercase version
	}
	switch b {
	case 'b':
		r.repeat(count, r.wordLeft)
	case 'f':
		r.repeat(count, r.wordRight)
	case 'd': // kill-word
		for i := 0; i < count; i++ {
			e, _ := r.forwardWord(r.cur)
			r.kill(r.cur, e, false, wasKill || i > 0)
		}
	case 0x7f, 0x08: // backward-kill-word
		for i := 0; i < count; i++ {
			a, _ := r.backwardWord(r.cur)
			r.kill(a, r.cur, true, wasKill || i > 0)
		}
	case 'u', 'l', 'c':
		r.repeat(count, func() { r.changeCase(b) })
	case 'y': // yank-pop
		if wasYank && len(r.kills) > 0 {
			r.deleteRange(r.yankAt, r.yankAt+r.yankLen)
			r.cur = r.yankAt
			r.yank((r.killIdx + len(r.kills) - 1) % len(r.kills))
		}
	case '\\': // delete-horizontal-space
		a, e := r.cur, r.cur
		for a > 0 && isBlank(r.line[a-1]) {
			a--
		}
		for e < len(r.line) && isBlank(r.line[e]) {
			e++
		}
		r.deleteRange(a, e)
		r.cur = a
	case '\t': // tab-insert
		r.insertRune('\t', count)
	case '#': // insert-comment: comment the line out and submit it
		r.cur = 0
		r.insertRune('#', 1)
		r.submit()
	case 0x1d: // character-search-backward
		r.mode = modeCharBack
	case 'r', 0x12: // revert-line: back to the line as first shown
		r.line = r.line[:0]
		if r.hist > 0 {
			r.line = append(r.line, unknown)
		}
		r.cur = len(r.line)
	case 'p', 'n':
		r.startSearch(modeNonincSearch)
	case '<': // beginning-of-history
		r.historyBack(histUnknown)
	case '>': // end-of-history
		r.historyForward(histUnknown)
	case '.', '_', 0x19, // insert an argument of an earlier command
		0x1b, '!', '$', '/', '@', '~': // completion
		r.insertUnknown()
	case '^', 0x05: // history and shell expansion rewrite the line
		r.line = append(r.line[:0], unknown)
		r.cur = 1
	case '{', '*', 'g', '&': // completions that replace the word
		r.insertUnknown()
		r.sticky = true
	case 't': // transpose-words: not modelled
		r.sticky = true
	}
}

// insertUnknown marks text inserted at the cursor that the input does not
// show.
func (r *Reconstructor) insertUnknown() {
	if r.cur > 0 && r.line[r.cur-1] == unknown {
		return
	}
	r.insertRune(unknown, 1)
}

// historyBack moves n entries back in history (Up, Ctrl-P): the line
// becomes an unknown entry, with the cursor at its end.
func (r *Reconstructor) historyBack(n int) {
	if r.hist == 0 {
		r.histLine = append(r.histLine[:0], r.line...)
	}
	r.hist = min(r.hist+n, histUnknown)
	r.line = append(r.line[:0], unknown)
	r.cur = 1
}

// historyForward moves n entries forward (Down, Ctrl-N). Back at the new
// line, the line is as it was left. The position tracked is never below
// the shell's (Up at the oldest entry does nothing in the shell but counts
// here), so the new line is never restored too early.
func (r *Reconstructor) historyForward(n int) {
	if r.hist == 0 {
		return
	}
	r.hist = max(r.hist-n, 0)
	if r.hist == 0 {
		r.line = append(r.line[:0], r.histLine...)
		r.cur = len(r.line)
		return
	}
	r.line = append(r.line[:0], unknown)
	r.cur = 1
}

func (r *Reconstructor) discard() {
	r.line = r.line[:0]
	r.cur = 0
	r.sticky = false
	r.hist = 0
	r.mode = modeNormal
	r.argOn = false
}

// text returns the line without its unknown parts, and whether it had any.
func (r *Reconstructor) text() (string, bool) {
	inc := r.sticky
	n := 0
	for _, c := range r.line {
		if c == unknown {
			inc = true
		} else {
			n += utf8.RuneLen(c)
		}
	}
	if !inc {
		return string(r.line), false
	}
	b := make([]byte, 0, n)
	for _, c := range r.line {
		if c != unknown {
			b = utf8.AppendRune(b, c)
		}
	}
	return string(b), true
}

func (r *Reconstructor) submit() {
	text, inc := r.text()
	if inc || strings.TrimSpace(text) != "" {
		r.out = append(r.out, Command{Text: text, At: r.at, Incomplete: inc})
	}
	r.discard()
}

// History search.

func (r *Reconstructor) startSearch(mode uint8) {
	r.mode = mode
	r.saved = append(r.saved[:0], r.line...)
	r.savedCur = r.cur
	r.search = r.search[:0]
	r.searchMore = false
}

// searchKey handles k during a history search and reports whether it was
// consumed; if not, the search has ended and k is to be run normally.
func (r *Reconstructor) searchKey(k key) bool {
	inc := r.mode == modeSearch
	switch k.kind {
	case kRune, kLiteral:
		r.search = append(r.search, k.c)
		return true
	case kCtrl:
		switch k.c {
		case 0x7f, 0x08:
			if len(r.search) > 0 {
				r.search = r.search[:len(r.search)-1]
			} else if !inc {
				r.abortSearch()
			}
			return true
		case 0x12, 0x13: // next match
			if inc && len(r.search) == 0 {
				r.searchMore = true // searches for the previous search string
			}
			return true
		case 0x07: // Ctrl-G: abort, restoring the line
			r.abortSearch()
			return true
		case 0x03:
			r.mode = modeNormal
			return false // Ctrl-C then discards the line
		case '\r', '\n':
			r.endSearch()
			return !inc // a non-incremental search just fetches the line
		}
		if !inc {
			return true
		}
	}
	if !inc {
		return true
	}
	r.endSearch()
	return false
}

func (r *Reconstructor) abortSearch() {
	r.mode = modeNormal
	r.line = append(r.line[:0], r.saved...)
	r.cur = r.savedCur
}

// endSearch leaves the search with the entry found: unknown text around
// the search string, the cursor at the start of the match (where readline
// leaves it, inside the entry).
func (r *Reconstructor) endSearch() {
	if len(r.search) == 0 && !r.searchMore {
		r.abortSearch()
		return
	}
	r.mode = modeNormal
	if r.hist == 0 {
		r.histLine = append(r.histLine[:0], r.saved...)
	}
	r.hist = histUnknown
	r.line = append(r.line[:0], unknown)
	r.cur = 1
	r.insertRunes(r.search)
	r.insertRune(unknown, 1)
	r.cur = 1
}

// Bracketed paste.

func (r *Reconstructor) startPaste() {
	r.paste = true
	if r.mode != modeSearch && r.mode != modeNonincSearch {
		r.mode = modeNormal
	}
	r.argOn = false
	r.quote = false
	r.lastKill, r.lastYank = false, false
}

func (r *Reconstructor) pasteChar(c rune) {
	if r.mode == modeSearch || r.mode == modeNonincSearch {
		r.search = append(r.search, c)
		return
	}
	r.pbuf = append(r.pbuf, c)
	if len(r.pbuf) >= pasteBatch {
		r.flushPaste()
	}
}

// flushPaste inserts the pasted characters collected so far; inserting
// them together is the same as inserting them one by one, only faster.
func (r *Reconstructor) flushPaste() {
	if len(r.pbuf) > 0 {
		r.insertRunes(r.pbuf)
		r.pbuf = r.pbuf[:0]
	}
}

func (r *Reconstructor) pasteEnter() {
	r.flushPaste()
	if r.mode == modeSearch || r.mode == modeNonincSearch {
		r.endSearch()
	}
	r.submit()
}

// Line editing primitives.

// isZeroWidth reports whether c joins the character before it: combining
// marks and the zero-width joiner.
func isZeroWidth(c rune) bool {
	if c < 0x300 {
		return false
	}
	return c == 0x200d || unicode.In(c, unicode.Mn, unicode.Me)
}

func isBlank(c rune) bool { return c == ' ' || c == '\t' }

// isWordChar is readline's notion of a word character: letters and digits.
func isWordChar(c rune) bool {
	if c < 0x80 {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c)
}

// prev returns the start of the character before position i.
func (r *Reconstructor) prev(i int) int {
	if i <= 0 {
		return 0
	}
	i--
	for i > 0 && isZeroWidth(r.line[i]) {
		i--
	}
	return i
}

// next returns the end of the character at position i.
func (r *Reconstructor) next(i int) int {
	if i >= len(r.line) {
		return len(r.line)
	}
	i++
	for i < len(r.line) && isZeroWidth(r.line[i]) {
		i++
	}
	return i
}

// The cursor moves below are exact over known text. Moving into unknown
// text, the cursor lands inside it: between two unknowns.

// enterUnknown puts the cursor inside the unknown text before (fwd false)
// or at (fwd true) the cursor.
func (r *Reconstructor) enterUnknown(fwd bool) {
	if r.cur > 0 && r.cur < len(r.line) && r.line[r.cur-1] == unknown && r.line[r.cur] == unknown {
		return // already inside
	}
	if len(r.line) >= MaxLineRunes {
		r.sticky = true
		return
	}
	if !fwd {
		r.insertRune(unknown, 1) // unknown | unknown
		r.cur--
		return
	}
	r.insertRune(unknown, 1)
}

func (r *Reconstructor) left() {
	if r.cur > 0 && r.line[r.cur-1] == unknown {
		r.enterUnknown(false)
		return
	}
	r.cur = r.prev(r.cur)
}

func (r *Reconstructor) right() {
	if r.cur < len(r.line) && r.line[r.cur] == unknown {
		r.enterUnknown(true)
		return
	}
	r.cur = r.next(r.cur)
}

// backspace deletes the character before the cursor. Unknown text loses a
// character there, but stays unknown.
func (r *Reconstructor) backspace() {
	if r.cur > 0 && r.line[r.cur-1] == unknown {
		return
	}
	p := r.prev(r.cur)
	r.deleteRange(p, r.cur)
	r.cur = p
}

func (r *Reconstructor) deleteChar() {
	if r.cur < len(r.line) && r.line[r.cur] == unknown {
		return
	}
	r.deleteRange(r.cur, r.next(r.cur))
}

// forwardWord returns where readline's forward-word from i ends: past the
// next letters-and-digits word. Where the way runs into unknown text,
// it returns the position before it, and true.
func (r *Reconstructor) forwardWord(i int) (int, bool) {
	for i < len(r.line) && !isWordChar(r.line[i]) {
		if r.line[i] == unknown {
			return i, true
		}
		i++
	}
	for i < len(r.line) && isWordChar(r.line[i]) {
		i++
	}
	return i, i < len(r.line) && r.line[i] == unknown
}

// backwardWord is forwardWord's mirror image.
func (r *Reconstructor) backwardWord(i int) (int, bool) {
	for i > 0 && !isWordChar(r.line[i-1]) {
		if r.line[i-1] == unknown {
			return i, true
		}
		i--
	}
	for i > 0 && isWordChar(r.line[i-1]) {
		i--
	}
	return i, i > 0 && r.line[i-1] == unknown
}

// unixWordStart returns the start of the whitespace-delimited word before
// i, stopping before unknown text.
func (r *Reconstructor) unixWordStart(i int) (int, bool) {
	for i > 0 && isBlank(r.line[i-1]) {
		i--
	}
	for i > 0 && !isBlank(r.line[i-1]) {
		if r.line[i-1] == unknown {
			return i, true
		}
		i--
	}
	return i, false
}

func (r *Reconstructor) wordLeft() {
	p, hit := r.backwardWord(r.cur)
	r.cur = p
	if hit {
		r.enterUnknown(false)
	}
}

func (r *Reconstructor) wordRight() {
	p, hit := r.forwardWord(r.cur)
	r.cur = p
	if hit {
		r.enterUnknown(true)
	}
}

// deleteRange removes line[a:b] without moving the cursor.
func (r *Reconstructor) deleteRange(a, b int) {
	if a >= b {
		return
	}
	r.line = append(r.line[:a], r.line[b:]...)
}

// insertRune inserts count copies of c at the cursor.
func (r *Reconstructor) insertRune(c rune, count int) {
	if room := MaxLineRunes - len(r.line); count > room {
		count = room
		r.sticky = true
	}
	if count <= 0 {
		return
	}
	if r.cur == len(r.line) {
		for i := 0; i < count; i++ {
			r.line = append(r.line, c)
		}
	} else {
		r.line = append(r.line, make([]rune, count)...)
		copy(r.line[r.cur+count:], r.line[r.cur:])
		for i := 0; i < count; i++ {
			r.line[r.cur+i] = c
		}
	}
	r.cur += count
}

// insertRunes inserts s at the cursor and returns how many runes fit.
func (r *Reconstructor) insertRunes(s []rune) int {
	if room := MaxLineRunes - len(r.line); len(s) > room {
		s = s[:room]
		r.sticky = true
	}
	n := len(s)
	if n == 0 {
		return 0
	}
	r.line = append(r.line, s...) // grow by n
	copy(r.line[r.cur+n:], r.line[r.cur:len(r.line)-n])
	copy(r.line[r.cur:], s)
	r.cur += n
	return n
}

// appendASCII appends printable ASCII at the end of the line (the cursor
// is there).
func (r *Reconstructor) appendASCII(s []byte) {
	if room := MaxLineRunes - len(r.line); len(s) > room {
		s = s[:room]
		r.sticky = true
	}
	for _, b := range s {
		r.line = append(r.line, rune(b))
	}
	r.cur = len(r.line)
}

// kill removes line[a:b] into the kill ring. A kill right after another
// adds to the same ring entry: at its start if backward, else at its end.
func (r *Reconstructor) kill(a, b int, backward, wasKill bool) {
	r.lastKill = true
	if a >= b {
		return
	}
	text := r.line[a:b]
	if wasKill && len(r.kills) > 0 {
		top := r.kills[len(r.kills)-1]
		if backward {
			top = append(append([]rune(nil), text...), top...)
		} else {
			top = append(top, text...)
		}
		if len(top) > MaxLineRunes {
			top = top[:MaxLineRunes]
		}
		r.kills[len(r.kills)-1] = top
	} else {
		var buf []rune
		if len(r.kills) == killRingSize { // reuse the oldest entry's memory
			buf = r.kills[0][:0]
			copy(r.kills, r.kills[1:])
			r.kills = r.kills[:killRingSize-1]
		}
		r.kills = append(r.kills, append(buf, text...))
	}
	r.killIdx = len(r.kills) - 1
	r.deleteRange(a, b)
	r.cur = a
}

// yank inserts kill ring entry i at the cursor.
func (r *Reconstructor) yank(i int) {
	if i < 0 || i >= len(r.kills) {
		return
	}
	r.killIdx = i
	r.yankAt = r.cur
	r.yankLen = r.insertRunes(r.kills[i])
	r.lastYank = true
}

// transpose is Ctrl-T: swap the characters before and at the cursor (the
// last two at the end of the line) and move past them.
func (r *Reconstructor) transpose() {
	if r.cur == 0 || len(r.line) < 2 {
		return
	}
	cur := r.cur
	if cur == len(r.line) {
		cur = r.prev(cur)
	}
	a := r.prev(cur)
	if a == cur {
		return // a single character
	}
	r.cur = cur
	e := r.next(r.cur)
	if r.line[a] == unknown || r.line[r.cur] == unknown {
		r.sticky = true // swaps a character of unknown text
		r.cur = e
		return
	}
	first := append([]rune(nil), r.line[a:r.cur]...)
	n := copy(r.line[a:], r.line[r.cur:e])
	copy(r.line[a+n:], first)
	r.cur = e
}

// changeCase is Alt-u, Alt-l, Alt-c: change the case of the text up to the
// end of the next word and move there.
func (r *Reconstructor) changeCase(op byte) {
	end, hit := r.forwardWord(r.cur)
	inWord := false
	for i := r.cur; i < end; i++ {
		c := r.line[i]
		switch op {
		case 'u':
			c = unicode.ToUpper(c)
		case 'l':
			c = unicode.ToLower(c)
		case 'c':
			if isWordChar(c) && !inWord {
				c = unicode.ToUpper(c)
			} else {
				c = unicode.ToLower(c)
			}
			inWord = isWordChar(c)
		}
		r.line[i] = c
	}
	r.cur = end
	if hit {
		r.enterUnknown(true)
	}
}

// charSearch moves the cursor to the next (or previous) occurrence of c,
// or into unknown text on the way.
func (r *Reconstructor) charSearch(c rune, fwd bool) {
	if fwd {
		for i := r.cur; i < len(r.line); i++ {
			if r.line[i] == unknown {
				r.cur = i
				r.enterUnknown(true)
				return
			}
			if i > r.cur && r.line[i] == c {
				r.cur = i
				return
			}
		}
		return
	}
	for i := r.cur - 1; i >= 0; i-- {
		if r.line[i] == unknown {
			r.cur = i + 1
			r.enterUnknown(false)
			return
		}
		if r.line[i] == c {
			r.cur = i
			return
		}
	}
}
