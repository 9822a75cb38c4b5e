package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"unicode/utf8"
)

// The policy grammar needs three things encoding/json's Unmarshal does not
// give: the byte offsets of each statement (for Simulate's positions and for
// error messages), every member of an object in order (to name unknown
// fields in document order), and duplicate keys (which Unmarshal silently
// resolves to the last one, a classic way to smuggle a second Effect past a
// reviewer). So documents are read token by token into this small tree.

type jkind uint8

const (
	jNull jkind = iota
	jBool
	jNumber
	jString
	jArray
	jObject
)

func (k jkind) String() string {
	switch k {
	case jNull:
		return "null"
	case jBool:
		return "a boolean"
	case jNumber:
		return "a number"
	case jString:
		return "a string"
	case jArray:
		return "a list"
	default:
		return "an object"
	}
}

type jnode struct {
	kind    jkind
	text    string // string value, number literal as written, or "true"/"false"
	elems   []*jnode
	members []jmember
	start   int // offset of the first byte of the value
	end     int // offset of the last byte of the value (the closing brace or bracket)
}

type jmember struct {
	key      string
	keyStart int
	val      *jnode
}

// maxJSONDepth bounds nesting. Policies are at most five levels deep
// (document, Statement list, statement, Condition, operator, value list);
// the bound keeps hostile input from turning into deep recursion.
const maxJSONDepth = 32

// jsonError is a syntax problem at a byte offset.
type jsonError struct {
	off int
	msg string
}

type jparser struct {
	dec *json.Decoder
	doc []byte
}

func parseJSON(doc []byte) (*jnode, *jsonError) {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	p := &jparser{dec: dec, doc: doc}
	root, err := p.value(0)
	if err != nil {
		return nil, err
	}
	off := p.next()
	if _, terr := dec.Token(); terr != io.EOF {
		return nil, &jsonError{off: off, msg: "unexpected data after the end of the document"}
	}
	return root, nil
}

// next returns the offset at which the next token starts: the decoder stands
// just after the previous token, before any separator and white space.
func (p *jparser) next() int {
	off := int(p.dec.InputOffset())
	for off < len(p.doc) {
		switch p.doc[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

func (p *jparser) token() (json.Token, int, *jsonError) {
	start := p.next()
	tok, err := p.dec.Token()
	if err != nil {
		return nil, start, p.wrap(err, start)
	}
	return tok, start, nil
}

func (p *jparser) wrap(err error, start int) *jsonError {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		off := int(se.Offset) - 1
		if off < 0 {
			off = 0
		}
		return &jsonError{off: off, msg: se.Error()}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &jsonError{off: len(p.doc), msg: "unexpected end of document"}
	default:
		return &jsonError{off: start, msg: err.Error()}
	}
}

func (p *jparser) value(depth int) (*jnode, *jsonError) {
	tok, start, err := p.token()
	if err != nil {
		return nil, err
	}
	return p.build(tok, start, depth)
}

func (p *jparser) build(tok json.Token, start, depth int) (*jnode, *jsonError) {
	n := &jnode{start: start}
	switch t := tok.(type) {
	case json.Delim:
		if depth >= maxJSONDepth {
			return nil, &jsonError{off: start, msg: fmt.Sprintf("nested more than %d levels deep", maxJSONDepth)}
		}
		if t == '{' {
			return p.object(n, depth)
		}
		return p.array(n, depth)
	case string:
		n.kind, n.text = jString, t
	case json.Number:
		n.kind, n.text = jNumber, string(t)
	case bool:
		n.kind, n.text = jBool, fmt.Sprint(t)
	case nil:
		n.kind = jNull
	}
	n.end = int(p.dec.InputOffset()) - 1
	return n, nil
}

func (p *jparser) object(n *jnode, depth int) (*jnode, *jsonError) {
	n.kind = jObject
	for {
		tok, start, err := p.token()
		if err != nil {
			return nil, err
		}
		if d, ok := tok.(json.Delim); ok && d == '}' {
			n.end = int(p.dec.InputOffset()) - 1
			return n, nil
		}
		key, _ := tok.(string) // the decoder only yields strings in key position
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.members = append(n.members, jmember{key: key, keyStart: start, val: v})
	}
}

func (p *jparser) array(n *jnode, depth int) (*jnode, *jsonError) {
	n.kind = jArray
	for {
		tok, start, err := p.token()
		if err != nil {
			return nil, err
		}
		if d, ok := tok.(json.Delim); ok && d == ']' {
			n.end = int(p.dec.InputOffset()) - 1
			return n, nil
		}
		v, err := p.build(tok, start, depth+1)
		if err != nil {
			return nil, err
		}
		n.elems = append(n.elems, v)
	}
}

// lineIndex turns byte offsets into positions; built once per document so
// each lookup is a binary search rather than a rescan.
type lineIndex struct {
	doc   []byte
	start []int // offset at which each line begins
}

func newLineIndex(doc []byte) lineIndex {
	li := lineIndex{doc: doc, start: []int{0}}
	for i, c := range doc {
		if c == '\n' {
			li.start = append(li.start, i+1)
		}
	}
	return li
}

func (li lineIndex) pos(off int) Position {
	if off > len(li.doc) {
		off = len(li.doc)
	}
	if off < 0 {
		off = 0
	}
	line := sort.Search(len(li.start), func(i int) bool { return li.start[i] > off }) - 1
	col := utf8.RuneCount(li.doc[li.start[line]:off]) + 1
	return Position{Line: line + 1, Column: col}
}
