package recording

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tetherhq/tether/internal/asciinematest"
)

// checkAsciicast validates an asciicast v2 file line by line and returns
// its output events' data joined, and the number of events.
func checkAsciicast(tb testing.TB, cast []byte) (output string, events int) {
	tb.Helper()
	sc := bufio.NewScanner(bytes.NewReader(cast))
	sc.Buffer(nil, 16<<20)
	if !sc.Scan() {
		tb.Fatal("no header line")
	}
	var hdr map[string]any
	if err := json.Unmarshal(sc.Bytes(), &hdr); err != nil {
		tb.Fatalf("header line %q: %v", sc.Text(), err)
	}
	if hdr["version"] != 2.0 {
		tb.Errorf("version = %v", hdr["version"])
	}
	for _, k := range []string{"width", "height"} {
		if v, ok := hdr[k].(float64); !ok || v <= 0 || v != float64(int(v)) {
			tb.Errorf("%s = %v, want a positive integer", k, hdr[k])
		}
	}
	if env, ok := hdr["env"]; ok {
		m, ok := env.(map[string]any)
		if !ok {
			tb.Errorf("env = %v", env)
		}
		for k, v := range m {
			if _, ok := v.(string); !ok {
				tb.Errorf("env[%s] = %v, want a string", k, v)
			}
		}
	}
	var out strings.Builder
	last := 0.0
	for line := 2; sc.Scan(); line++ {
		if !utf8.Valid(sc.Bytes()) {
			tb.Errorf("line %d is not valid UTF-8", line)
		}
		var ev []any
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			tb.Fatalf("line %d %q: %v", line, sc.Text(), err)
		}
		if len(ev) != 3 {
			tb.Fatalf("line %d has %d elements", line, len(ev))
		}
		t, ok1 := ev[0].(float64)
		code, ok2 := ev[1].(string)
		data, ok3 := ev[2].(string)
		if !ok1 || !ok2 || !ok3 {
			tb.Fatalf("line %d %q is not [float, string, string]", line, sc.Text())
		}
		if t < last {
			tb.Errorf("line %d: time %v goes back from %v", line, t, last)
		}
		last = t
		switch code {
		case "o":
			out.WriteString(data)
		case "i":
		case "r":
			var c, r int
			if n, err := fmt.Sscanf(data, "%dx%d", &c, &r); n != 2 || err != nil {
				tb.Errorf("line %d: resize data %q is not COLSxROWS", line, data)
			}
		default:
			tb.Errorf("line %d: event type %q", line, code)
		}
		events++
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out.String(), events
}

func TestExportAsciicast(t *testing.T) {
	s := mustSpool(t, Options{})
	h := testHeader("testuser01-0123456789abcdef0")
	w := mustCreate(t, s, h)
	evs := append(sampleEvents(),
		// "✓" (e2 9c 93) split across two output chunks; an invalid byte.
		Event{Time: 3100 * time.Millisecond, Dir: Output, Data: []byte("split \xe2\x9c")},
		Event{Time: 3200 * time.Millisecond, Dir: Input, Data: []byte("\x1b[A")},
		Event{Time: 3300 * time.Millisecond, Dir: Output, Data: []byte("\x93 bad\xff \"q\" \\ \x00\r\n")},
		ConnEvent(3400*time.Millisecond, Conn{ID: 1, State: ConnOpen, Port: 22}),   // not exported
		Event{Time: 3500 * time.Millisecond, Dir: Output, Data: []byte("end\xe2")}, // unfinished
	)
	mustAppend(t, w, evs...)
	mustClose(t, w, EndInfo{})

	r, err := s.Open(h.SessionID)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var cast bytes.Buffer
	if err := ExportAsciicast(r, &cast); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s", cast.Bytes())
	out, n := checkAsciicast(t, cast.Bytes())
	var want strings.Builder
	for _, ev := range evs {
		if ev.Dir == Output {
			want.Write(ev.Data)
		}
	}
	wantOut := strings.ToValidUTF8(want.String(), "\uFFFD")
	if out != wantOut {
		t.Errorf("output = %q\nwant     %q", out, wantOut)
	}
	// The 7 sample events, "split ", the input, the output completing the
	// split character, "end", and the unfinished character's U+FFFD; the
	// connection metadata has no asciicast form.
	if n != 12 {
		t.Errorf("%d events", n)
	}
	first, _, _ := strings.Cut(cast.String(), "\n")
	var hdr asciicastHeader
	if err := json.Unmarshal([]byte(first), &hdr); err != nil {
		t.Fatal(err)
	}
	if hdr.Width != 100 || hdr.Height != 30 || hdr.Timestamp != testStart.Unix() || hdr.Env["TERM"] != "xterm-256color" ||
		hdr.Title != "testuser01-0123456789abcdef0 on mi-0123456789abcdef0 as ssm-user" {
		t.Errorf("header %+v", hdr)
	}
	for _, line := range []string{`[2.000000, "r", "120x40"]`, `[0.100000, "o", "\u001b]0;ssm-user@prod-server01\u0007$ "]`, `[0.900000, "i", "l"]`} {
		if !strings.Contains(cast.String(), line+"\n") {
			t.Errorf("no line %s", line)
		}
	}

	file := filepath.Join(t.TempDir(), "session.cast")
	if err := os.WriteFile(file, cast.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := asciinematest.Cat(t, file); string(got) != wantOut {
		t.Errorf("asciinema cat printed %q\nwant %q", got, wantOut)
	}
}

func TestExportOfAnOpenRecording(t *testing.T) {
	s := mustSpool(t, Options{})
	w := mustCreate(t, s, Header{SessionID: "a-1", Target: "mi-1", Kind: "command"})
	mustAppend(t, w, Event{Time: time.Second, Dir: Output, Data: []byte("partial")})
	if err := w.Sync(); err != nil {
		t.Fatal(err)
	}
	defer w.Close(EndInfo{})
	r, err := s.Open("a-1")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var cast bytes.Buffer
	if err := ExportAsciicast(r, &cast); !errors.Is(err, ErrNotSealed) {
		t.Errorf("err = %v, want ErrNotSealed", err)
	}
	out, _ := checkAsciicast(t, cast.Bytes())
	if out != "partial" || !strings.Contains(cast.String(), `"width":80,"height":24`) {
		t.Errorf("cast = %s", cast.String())
	}
}

func TestPlayerTiming(t *testing.T) {
	s := mustSpool(t, Options{})
	w := mustCreate(t, s, testHeader("a-1"))
	mustAppend(t, w,
		Event{Time: 1 * time.Second, Dir: Output, Data: []byte("a")},
		Event{Time: 2 * time.Second, Dir: Input, Data: []byte("x")}, // not played, no pause of its own
		Event{Time: 3 * time.Second, Dir: Output, Data: []byte("b")},
		Event{Time: 3*time.Second + 300*time.Microsecond, Dir: Output, Data: []byte("c")}, // too short to sleep
		Event{Time: 3*time.Second + 600*time.Microsecond, Dir: Output, Data: []byte("d")},
		Event{Time: 3*time.Second + 2400*time.Microsecond, Dir: Output, Data: []byte("e")},  // owed 2.4 ms
		Event{Time: 63*time.Second + 2400*time.Microsecond, Dir: Output, Data: []byte("f")}, // a minute idle
		Event{Time: 64 * time.Second, Dir: Resize, Cols: 1, Rows: 1},
	)
	mustClose(t, w, EndInfo{})
	ms := time.Millisecond
	for _, tc := range []struct {
		name   string
		player Player
		want   []time.Duration
	}{
		{"real time", Player{}, []time.Duration{1000 * ms, 2000 * ms, 2400 * time.Microsecond, 60000 * ms}},
		{"speed 2 halves the pauses", Player{Speed: 2}, []time.Duration{500 * ms, 1000 * ms, 1200 * time.Microsecond, 30000 * ms}},
		{"idle limit caps them", Player{IdleLimit: 1500 * ms}, []time.Duration{1000 * ms, 1500 * ms, 2400 * time.Microsecond, 1500 * ms}},
		{"both: cap, then speed", Player{Speed: 2, IdleLimit: 2 * time.Second}, []time.Duration{500 * ms, 1000 * ms, 1200 * time.Microsecond, 1000 * ms}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := s.Open("a-1")
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			var slept []time.Duration
			var out bytes.Buffer
			p := tc.player
			p.Sleep = func(d time.Duration) {
				slept = append(slept, d)
				out.WriteString("|")
			}
			if err := p.Play(context.Background(), r, &out); err != nil {
				t.Fatal(err)
			}
			if len(slept) != len(tc.want) {
				t.Fatalf("slept %v, want %v", slept, tc.want)
			}
			for i := range slept {
				if d := slept[i] - tc.want[i]; d < -time.Microsecond || d > time.Microsecond {
					t.Errorf("sleep %d = %v, want %v", i, slept[i], tc.want[i])
				}
			}
			if out.String() != "|a|bcd|e|f" {
				t.Errorf("output %q", out.String())
			}
		})
	}
	t.Run("cancelled", func(t *testing.T) {
		r, err := s.Open("a-1")
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		ctx, cancel := context.WithCancel(context.Background())
		var out bytes.Buffer
		err = Player{Sleep: func(time.Duration) { cancel() }}.Play(ctx, r, &out)
		if !errors.Is(err, context.Canceled) || out.Len() != 0 {
			t.Errorf("Play = %v after writing %q", err, out.String())
		}
	})
	t.Run("real sleeper honours cancellation", func(t *testing.T) {
		r, err := s.Open("a-1")
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		defer cancel()
		start := time.Now()
		err = Player{}.Play(ctx, r, io.Discard)
		if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 900*time.Millisecond {
			t.Errorf("Play = %v after %v", err, time.Since(start))
		}
	})
}

func TestJSONEvent(t *testing.T) {
	h := testHeader("testuser01-0123456789abcdef0")
	b, err := JSONEvent(h, Event{Time: 1500 * time.Millisecond, Dir: Output, Data: []byte("\x1b[01;34mbin\x1b[0m\r\n")})
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	raw, _ := base64.StdEncoding.DecodeString(m["data"].(string))
	want := map[string]any{
		"eventVersion": "1.0", "eventTime": "2026-03-01T12:00:01.5Z", "sessionId": h.SessionID,
		"target": h.Target, "owner": "testuser01", "runAsUser": "ssm-user", "kind": "shell",
		"elapsed": 1.5, "direction": "output", "text": "bin\n",
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("%s = %v, want %v", k, m[k], v)
		}
	}
	if string(raw) != "\x1b[01;34mbin\x1b[0m\r\n" {
		t.Errorf("data = %q", raw)
	}

	// A stream: the escape split across chunks does not leak.
	enc := NewLogEncoder(h)
	var texts []string
	for _, ev := range []Event{
		{Dir: Output, Data: []byte("red: \x1b[3")},
		{Dir: Output, Data: []byte("1mX\x1b[0m")},
		{Dir: Resize, Cols: 80, Rows: 24},
		ConnEvent(0, Conn{ID: 7, State: ConnOpen, Port: 5432}),
	} {
		le := enc.Event(ev)
		texts = append(texts, le.Text)
		if ev.Dir == Resize && (le.Cols != 80 || le.Rows != 24 || le.Direction != "resize") {
			t.Errorf("resize event %+v", le)
		}
		if ev.Dir == Meta && !strings.Contains(string(le.Meta), `"id":7`) {
			t.Errorf("meta event %+v", le)
		}
	}
	if strings.Join(texts, "") != "red: X" {
		t.Errorf("texts %q", texts)
	}
}
