package api

import "github.com/tetherhq/tether"

// SessionProtocol is the Upgrade token of a client's session connection.
// Over it runs the tunnel protocol: for shells and commands one stream of
// sessionproto messages; for port forwards one raw stream per TCP
// connection.
const SessionProtocol = "tether-session/1"

// StartSessionRequest asks for a session. Target is an instance ID or Name
// tag.
type StartSessionRequest struct {
	Target  string             `json:"Target"`
	Kind    tether.SessionKind `json:"Kind,omitempty"` // default shell
	Command string             `json:"Command,omitempty"`
	Reason  string             `json:"Reason,omitempty"`
	Host    string             `json:"Host,omitempty"`
	Port    int                `json:"Port,omitempty"`
}

// StartSessionResponse is the new session and where to connect its stream.
type StartSessionResponse struct {
	tether.Session
	StreamUrl string `json:"StreamUrl"`
}

// StreamHeader opens the shell or command stream of a session: the client's
// terminal.
type StreamHeader struct {
	Cols uint16 `json:"Cols,omitempty"`
	Rows uint16 `json:"Rows,omitempty"`
	Term string `json:"Term,omitempty"`
	// Resume reconnects to a session after the client's connection broke;
	// Received counts the bytes of messages the client has received (see
	// sessionproto's PROTOCOL.md).
	Resume   bool   `json:"Resume,omitempty"`
	Received uint64 `json:"Received,omitempty"`
}

// Sessions is a list of sessions.
type Sessions struct {
	Sessions []tether.Session `json:"Sessions"`
}
