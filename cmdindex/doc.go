// Package cmdindex reconstructs the commands a person typed in an
// interactive shell from the raw input of a session — the bytes the
// terminal sent: keystrokes, control characters and escape sequences — so
// that recordings can be searched by command ("tether recordings search").
//
// A Reconstructor models a readline (bash, emacs mode) line editor with
// default key bindings as driven by an xterm-like terminal. It is a pure
// state machine over bytes: escape sequences, UTF-8 characters and CRLF
// pairs split across Feed calls are handled, and the commands produced do
// not depend on how the input was chunked (only Command.At does, since it
// is the offset of the chunk holding the Enter keystroke).
//
// # Keys
//
// Editing (applied at the cursor, which is tracked):
//
//   - printable UTF-8: inserted. Backspace (DEL 0x7f, BS 0x08) deletes the
//     character before the cursor; a character is a rune plus any combining
//     marks (and zero-width joiners) after it, as readline treats it.
//   - Ctrl-A, Home (ESC[H, ESCOH, ESC[1~, ESC[7~): start of line. Ctrl-E,
//     End (ESC[F, ESCOF, ESC[4~, ESC[8~): end of line.
//   - Ctrl-B/Ctrl-F, Left/Right (ESC[D/ESC[C, ESCOD/ESCOC): one character.
//     Alt-b/Alt-f (ESC b / ESC f), Ctrl- or Alt-Left/Right (ESC[1;5D,
//     ESC[1;3C, ...; rxvt ESCOd/ESCOc): one word (letters and digits).
//   - Delete (ESC[3~), Ctrl-D on a non-empty line: delete at the cursor.
//     Ctrl-D on an empty line is end-of-file: nothing is submitted.
//   - Ctrl-U kills to the start of the line, Ctrl-K to the end, Ctrl-W the
//     whitespace-delimited word before the cursor, Alt-d the word after
//     it, Alt-Backspace the word before it. Killed text goes to a kill ring
//     (consecutive kills accumulate, as in readline); Ctrl-Y yanks it back
//     and Alt-y cycles through older kills right after a yank.
//   - Ctrl-T transposes characters; Alt-u, Alt-l, Alt-c change the case of
//     the next word; Alt-\ deletes spaces around the cursor; Alt-Tab
//     inserts a tab; Ctrl-] c and Alt-Ctrl-] c jump to the next/previous c;
//     Ctrl-V inserts the next byte literally; Alt-# comments the line out
//     and submits it, as bash does.
//   - Numeric arguments (Alt-3 Backspace, Alt-4 Alt-0 -) repeat the next
//     editing command or character; a negative argument is not modelled
//     and marks the command Incomplete.
//
// Submitting and discarding:
//
//   - Enter is CR or LF; a CR immediately followed by LF counts once.
//     Keypad Enter (ESC O M) and Alt-Enter (ESC CR) are Enter too. A line
//     that is empty or only whitespace is not reported unless it is
//     Incomplete.
//   - Ctrl-O submits the line like Enter (see below for the line after).
//   - Ctrl-C discards the line. Ctrl-G (abort), Ctrl-L (clear screen),
//     Ctrl-S and Ctrl-Q (taken by the terminal's flow control before the
//     shell sees them), Ctrl-Z, Ctrl-\ and other unbound keys do nothing.
//
// Bracketed paste (ESC[200~ ... ESC[201~) inserts the pasted text
// literally at the cursor: tabs are kept, other control characters and
// escape sequences inside the paste are dropped, and each newline (CR, LF
// or CRLF) inside the paste submits the line, so a pasted script yields one
// command per line (bash would run them all at the next Enter; they are
// reported as the paste is read). Text after the last newline stays on the
// line for further editing. A pasted Ctrl-C is dropped, not an interrupt.
//
// Other escape sequences are recognised and ignored without disturbing the
// line: CSI sequences with any parameters (function keys, modified keys,
// focus events, terminal replies such as cursor position reports, SGR and
// X10 mouse reports), SS3 sequences, and OSC, DCS and APC strings as sent
// by terminals answering queries (ended by BEL or ESC \, or cut short by
// a control character such as Enter). To keep Alt-] and Alt-P usable, ESC ]
// starts an OSC string only when a digit follows, ESC P a DCS string only
// when one of 0-9 ; > < = ? ! $ + | follows, and ESC _ an APC string only
// when G follows (kitty's replies). An escape sequence broken off by a
// control character (such as Enter) ends, and the control character takes
// effect. Keys sent with xterm's modifyOtherKeys (ESC[27;m;c~) or the kitty
// keyboard protocol (ESC[c;mu) are decoded to the same keys.
//
// # Incomplete commands
//
// What the shell ran cannot always be known from the input alone: some
// keys put text on the line that only the shell's output shows. The
// Reconstructor keeps a place-holder for such unknown text in the line and
// edits around it, and marks a Command Incomplete if unknown text is still
// on the line when it is submitted. Text is then the known part of the
// line: what was typed, in place, without what the shell added. Unknown
// text comes from:
//
//   - Tab and the other completion keys (ESC ESC, Alt-/, Alt-!, Alt-$,
//     Alt-@, Alt-~; Alt-{, Alt-*, Alt-g and Alt-& also rewrite the word).
//   - History: Up/Down, Ctrl-P/Ctrl-N, Alt-< replace the line with an
//     unknown entry (so Text holds only what was typed afterwards, and an
//     Incomplete command with empty Text means some command from history
//     was run). The history position is tracked: Down or Alt-> back to the
//     line being typed restores it, known again. Ctrl-O runs the line and
//     fetches the next entry when the line came from history.
//   - Alt-. and Alt-_ (last argument), Alt-Ctrl-y, and the expansions
//     Alt-^ and Alt-Ctrl-e.
//   - Ctrl-R reverse search: the line becomes the search string typed
//     (which the command run contains) inside unknown text, with the cursor
//     at the start of the match as readline leaves it. Ctrl-G in the search
//     restores the line as it was. Alt-p/Alt-n (non-incremental search)
//     likewise, except that Enter ends the search without running it.
//
// Editing is exact over known text. Deleting from unknown text leaves it
// unknown; moving into it leaves the cursor somewhere inside it; only
// killing all of it (Ctrl-U or Ctrl-K reaching it, Ctrl-C) makes the line
// known again, so "Up, Ctrl-U, ls, Enter" gives the command "ls", not an
// Incomplete one. A command is also Incomplete, with its Text as typed, after
// edits that are not tracked: undo (Ctrl-_, Ctrl-X Ctrl-U) and any other
// Ctrl-X key, Alt-t (transpose words), Ctrl-T on unknown text, negative
// numeric arguments, and lines longer than MaxLineRunes (the excess is
// dropped).
//
// # Known limits
//
// Only the input is seen, so the Reconstructor cannot tell when the shell
// is not reading a command line. Everything typed while a program runs is
// reconstructed the same way: lines typed into cat, an editor's ":wq",
// answers to prompts — and passwords typed at sudo, ssh or su prompts,
// which the terminal does not echo but which are in the input. Callers
// indexing commands should treat the index as being as sensitive as the
// recording itself.
//
// Cost: typing and pasting cost tens of nanoseconds a byte, but a single key
// can cost time proportional to the line (up to MaxLineRunes): Ctrl-Y
// inserts a whole killed line, Ctrl-U kills one, a character typed at the
// start of a long line moves it. Output can also be far larger than input:
// Ctrl-Y Enter, repeated, submits the same long line over and over, as the
// shell would run it. Callers indexing untrusted recordings should bound
// what they keep per recording.
//
// The model is bash's default emacs mode. vi mode (set -o vi), custom
// inputrc bindings, and other shells' differences (zsh's Ctrl-U kills the
// whole line; fish and zsh autosuggestions accepted with Right/End) are not
// modelled. 8-bit meta (Alt sending a byte with the high bit set) is not
// supported: such bytes are read as UTF-8. Invalid UTF-8 is dropped, so
// Text is always valid UTF-8. Text may contain a tab or, after Ctrl-V, a
// control character.
//
// # Search
//
// Match reports whether a command matches a query: a case-insensitive
// substring match, or, when the query contains *, a case-insensitive glob
// matched against the whole command (see Match).
package cmdindex
