package recording

import (
	"encoding/json"
	"strconv"
	"time"
)

// Direction is what an event carries; its value is the record type byte
// and, for the first three, the asciicast v2 event code.
type Direction byte

const (
	Input  Direction = 'i' // bytes from the user to the session
	Output Direction = 'o' // bytes from the session to the user
	Resize Direction = 'r' // the user's terminal changed size: Cols x Rows
	Meta   Direction = 'm' // a JSON object; Conn records for forwarding sessions
)

func (d Direction) String() string {
	switch d {
	case Input:
		return "input"
	case Output:
		return "output"
	case Resize:
		return "resize"
	case Meta:
		return "meta"
	}
	return "Direction(" + strconv.Itoa(int(d)) + ")"
}

// Event is one recorded moment of a session.
type Event struct {
	Time time.Duration // since Header.Started; never decreases within a recording
	Dir  Direction
	Data []byte // Input and Output: raw bytes; Meta: one JSON object
	Cols int    // Resize only
	Rows int    // Resize only
}

// Header opens a recording: who, where, what, when. It is the first record,
// covered by the hash chain like every other.
type Header struct {
	SessionID string            `json:"sessionId"` // <username>-<17 hex>; also the file name
	Target    string            `json:"target"`    // instance ID
	Owner     string            `json:"owner"`     // username
	RunAs     string            `json:"runAs,omitempty"`
	Kind      string            `json:"kind"` // tether.SessionKind: shell, command, port-forward...
	Reason    string            `json:"reason,omitempty"`
	Command   string            `json:"command,omitempty"` // command sessions
	Client    string            `json:"client,omitempty"`  // the user's network address
	Started   time.Time         `json:"started"`           // zero: Create sets it to now
	Cols      int               `json:"cols,omitempty"`    // initial terminal size
	Rows      int               `json:"rows,omitempty"`
	Env       map[string]string `json:"env,omitempty"`  // e.g. TERM, SHELL; exported to asciicast
	Host      string            `json:"host,omitempty"` // forwarding sessions: the remote host
	Port      int               `json:"port,omitempty"` // forwarding sessions: the remote port
}

// EndInfo is what the relay knows when a session ends.
type EndInfo struct {
	Ended    time.Time // zero: now
	ExitCode *int      // shell and command sessions, when the agent reported one
	Reason   string    // why it ended, e.g. the session's Details
}

// Manifest is the last record of a sealed recording: the totals, the end,
// the final chain hash, and a signature by the server's key over all that.
// Verify recomputes every count and checks them against these.
type Manifest struct {
	Version      int       `json:"version"`
	SessionID    string    `json:"sessionId"`
	Started      time.Time `json:"started"`
	Ended        time.Time `json:"ended"`
	Records      int64     `json:"records"` // before the manifest, header included
	InputChunks  int64     `json:"inputChunks"`
	InputBytes   int64     `json:"inputBytes"`
	OutputChunks int64     `json:"outputChunks"`
	OutputBytes  int64     `json:"outputBytes"`
	Resizes      int64     `json:"resizes"`
	Connections  int64     `json:"connections"`  // forwarded connections opened
	ForwardedIn  int64     `json:"forwardedIn"`  // bytes users sent over them
	ForwardedOut int64     `json:"forwardedOut"` // bytes users received
	ExitCode     *int      `json:"exitCode,omitempty"`
	Reason       string    `json:"reason,omitempty"`
	// Interrupted: the server stopped without closing the recording and
	// Recover sealed it; Ended is then the time of the last event.
	Interrupted bool      `json:"interrupted,omitempty"`
	Recovered   time.Time `json:"recovered,omitzero"`
	// TornBytes is how much incomplete tail Recover cut off; the bytes are
	// kept beside the recording in <id>.rec.torn.
	TornBytes int64  `json:"tornBytes,omitempty"`
	FinalHash string `json:"finalHash"` // hex chain hash of record Records-1
	KeyID     string `json:"keyId"`     // hex SHA-256 of the signing key's PKIX encoding
	Algorithm string `json:"alg"`       // Ed25519, ECDSA-SHA256 or RSA-PKCS1v15-SHA256

	// Signature is over the manifest's JSON encoding as stored (which
	// does not contain it); see FORMAT.md.
	Signature []byte `json:"-"`
	// Offset is where the manifest record starts in the file: the size
	// of everything it covers.
	Offset int64 `json:"-"`
}

// Duration is how long the session lasted.
func (m Manifest) Duration() time.Duration { return m.Ended.Sub(m.Started) }

// Connection states in Conn records.
const (
	ConnOpen  = "open"
	ConnClose = "close"
)

// Conn is the metadata of one forwarded connection of a port-forwarding or
// proxy session: recorded once when it opens and once when it closes with
// the bytes each way. Who is the header's Owner; where, its Target.
type Conn struct {
	ID       int64  `json:"id"`    // numbers the session's connections; open and close share it
	State    string `json:"state"` // ConnOpen or ConnClose
	Client   string `json:"client,omitempty"`
	Host     string `json:"host,omitempty"`
	Port     int    `json:"port"`
	BytesIn  int64  `json:"bytesIn,omitempty"`  // close: user to target
	BytesOut int64  `json:"bytesOut,omitempty"` // close: target to user
	Error    string `json:"error,omitempty"`
}

// connJSON tags Conn metadata so other kinds of metadata can share Meta.
type connJSON struct {
	Type string `json:"type"` // "conn"
	Conn
}

// ConnEvent is the Meta event recording c at time t.
func ConnEvent(t time.Duration, c Conn) Event {
	b, err := json.Marshal(connJSON{Type: "conn", Conn: c})
	if err != nil {
		panic(err) // a struct of strings and numbers always encodes
	}
	return Event{Time: t, Dir: Meta, Data: b}
}

// Conn decodes a Meta event made by ConnEvent.
func (ev Event) Conn() (Conn, bool) {
	if ev.Dir != Meta {
		return Conn{}, false
	}
	var c connJSON
	if json.Unmarshal(ev.Data, &c) != nil || c.Type != "conn" {
		return Conn{}, false
	}
	return c.Conn, true
}

func durationNS(n uint64) time.Duration { return time.Duration(int64(n)) }
