package recording

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// asciicastHeader is the first line of an asciicast v2 file.
type asciicastHeader struct {
	Version   int               `json:"version"`
	Width     int               `json:"width"`
	Height    int               `json:"height"`
	Timestamp int64             `json:"timestamp,omitempty"`
	Title     string            `json:"title,omitempty"`
	Command   string            `json:"command,omitempty"`
	Env       map[string]string `json:"env,omitempty"`
}

// ExportAsciicast writes the recording as asciicast v2, the format of
// asciinema and asciinema-player: a header line, then one
// [time, code, data] line per input ("i"), output ("o") and resize ("r",
// data "COLSxROWS") event. Meta events have no asciicast form and are
// left out. Terminal bytes become UTF-8 strings as asciinema's recorder
// makes them: a character split across chunks is joined, invalid bytes
// become U+FFFD. A terminal size of zero exports as 80x24.
//
// Everything valid is written before an error from the Reader (such as
// ErrNotSealed for a recording still open) is returned.
func ExportAsciicast(r *Reader, w io.Writer) error {
	h := r.Header()
	hdr := asciicastHeader{Version: 2, Width: h.Cols, Height: h.Rows, Command: h.Command, Env: h.Env}
	if hdr.Width <= 0 || hdr.Height <= 0 {
		hdr.Width, hdr.Height = 80, 24
	}
	if !h.Started.IsZero() {
		hdr.Timestamp = h.Started.Unix()
	}
	hdr.Title = h.SessionID + " on " + h.Target
	if h.RunAs != "" {
		hdr.Title += " as " + h.RunAs
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(hdr); err != nil {
		return err
	}
	var in, out utf8Joiner
	var line []byte
	emit := func(t float64, code string, data string) error {
		line = append(line[:0], '[')
		line = strconv.AppendFloat(line, t, 'f', 6, 64)
		line = append(line, ", \""...)
		line = append(line, code...)
		line = append(line, "\", "...)
		line = appendJSONString(line, data)
		line = append(line, "]\n"...)
		_, err := bw.Write(line)
		return err
	}
	var last float64
	var err error
	for {
		var ev Event
		ev, err = r.Next()
		if err != nil {
			break
		}
		last = ev.Time.Seconds()
		var werr error
		switch ev.Dir {
		case Output:
			if s := out.join(ev.Data); s != "" {
				werr = emit(last, "o", s)
			}
		case Input:
			if s := in.join(ev.Data); s != "" {
				werr = emit(last, "i", s)
			}
		case Resize:
			werr = emit(last, "r", strconv.Itoa(ev.Cols)+"x"+strconv.Itoa(ev.Rows))
		}
		if werr != nil {
			return werr
		}
	}
	// Bytes of a character the recording never finished.
	for _, x := range []struct {
		j    *utf8Joiner
		code string
	}{{&in, "i"}, {&out, "o"}} {
		if s := x.j.flush(); s != "" {
			if werr := emit(last, x.code, s); werr != nil {
				return werr
			}
		}
	}
	if ferr := bw.Flush(); ferr != nil {
		return ferr
	}
	if err == io.EOF {
		return nil
	}
	return err
}

// utf8Joiner turns a stream of byte chunks into valid UTF-8 strings,
// holding back the start of a character whose rest is in the next chunk.
type utf8Joiner struct {
	carry []byte
}

func (j *utf8Joiner) join(b []byte) string {
	if len(j.carry) > 0 {
		b = append(j.carry, b...)
		j.carry = nil
	}
	// Hold back an incomplete sequence at the end (at most 3 bytes).
	cut := len(b)
	for i := len(b) - 1; i >= 0 && i >= len(b)-3; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				cut = i
			}
			break
		}
	}
	if cut < len(b) {
		j.carry = bytes.Clone(b[cut:])
		b = b[:cut]
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

func (j *utf8Joiner) flush() string {
	s := strings.ToValidUTF8(string(j.carry), "\uFFFD")
	j.carry = nil
	return s
}

// appendJSONString appends s, valid UTF-8, as a JSON string. Controls are
// escaped (terminal output is full of ESC); everything else is kept as is,
// which is what asciinema writes and keeps the file readable.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c != 0x7f {
			continue
		}
		dst = append(dst, s[start:i]...)
		switch c {
		case '"':
			dst = append(dst, '\\', '"')
		case '\\':
			dst = append(dst, '\\', '\\')
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
