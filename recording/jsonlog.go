package recording

import (
	"encoding/json"
	"sync"
	"time"
)

// LogEvent is one event of a session's structured log stream (the log
// group's stream named by the session ID): one per recorded chunk.
type LogEvent struct {
	EventVersion string    `json:"eventVersion"` // "1.0"
	EventTime    time.Time `json:"eventTime"`    // Started + Elapsed, UTC
	SessionID    string    `json:"sessionId"`
	Target       string    `json:"target"`
	Owner        string    `json:"owner"`
	RunAs        string    `json:"runAsUser,omitempty"`
	Kind         string    `json:"kind,omitempty"`
	Elapsed      float64   `json:"elapsed"`   // seconds since the session started
	Direction    string    `json:"direction"` // input, output, resize or meta
	// Data is the chunk's raw bytes (base64 in JSON), so nothing the
	// terminal got is lost to the text conversion.
	Data []byte `json:"data,omitempty"`
	// Text is Data as StripANSI makes it: what to read and search.
	Text string          `json:"text,omitempty"`
	Cols int             `json:"cols,omitempty"` // resize
	Rows int             `json:"rows,omitempty"` // resize
	Meta json.RawMessage `json:"meta,omitempty"` // meta: the JSON object, e.g. a Conn
}

// LogEncoder makes a session's log events, keeping a Stripper per
// direction so an escape sequence split across chunks does not leak into
// the text. Use one per session; it is safe for concurrent use (the input
// and output paths may share it), though events of one direction must
// come in order.
type LogEncoder struct {
	h       Header
	mu      sync.Mutex
	in, out Stripper
}

// NewLogEncoder returns a LogEncoder for the session h.
func NewLogEncoder(h Header) *LogEncoder { return &LogEncoder{h: h} }

// Event is the LogEvent for ev.
func (e *LogEncoder) Event(ev Event) LogEvent {
	le := LogEvent{
		EventVersion: "1.0",
		EventTime:    e.h.Started.Add(ev.Time).UTC(),
		SessionID:    e.h.SessionID,
		Target:       e.h.Target,
		Owner:        e.h.Owner,
		RunAs:        e.h.RunAs,
		Kind:         e.h.Kind,
		Elapsed:      ev.Time.Seconds(),
		Direction:    ev.Dir.String(),
	}
	switch ev.Dir {
	case Input:
		e.mu.Lock()
		le.Data, le.Text = ev.Data, e.in.Strip(ev.Data)
		e.mu.Unlock()
	case Output:
		e.mu.Lock()
		le.Data, le.Text = ev.Data, e.out.Strip(ev.Data)
		e.mu.Unlock()
	case Resize:
		le.Cols, le.Rows = ev.Cols, ev.Rows
	case Meta:
		if json.Valid(ev.Data) {
			le.Meta = json.RawMessage(ev.Data)
		}
	}
	return le
}

// Encode is the JSON of Event(ev), one line without the newline.
func (e *LogEncoder) Encode(ev Event) ([]byte, error) {
	return json.Marshal(e.Event(ev))
}

// JSONEvent is the structured log event for one event of session h, on its
// own. Its text is stripped as if the chunk stood alone; a stream should
// use a LogEncoder.
func JSONEvent(h Header, ev Event) ([]byte, error) {
	return NewLogEncoder(h).Encode(ev)
}
