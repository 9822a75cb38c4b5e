// Package sessionproto is the contract between the control plane and the
// agent for one session stream: the open request the server puts in the
// stream header, and the small framing that shell and command sessions use
// inside the stream. It exists as its own package so the server, the agent
// and the recorder agree on the bytes without importing one another; it does
// no I/O of its own beyond the io.Reader and io.Writer it is handed.
//
// PROTOCOL.md in this directory is the normative description; keep the two
// in step.
package sessionproto

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tetherhq/tether"
)

// Version is the session protocol version this package speaks. PROTOCOL.md
// records what each version added.
const Version = 1

// Defaults the agent applies to a request that leaves them out.
const (
	DefaultCols = 80
	DefaultRows = 24
	DefaultTerm = "xterm-256color"
	DefaultSSH  = 22 // port of an ssh session without one
)

// Limits on open-request fields. The header travels in one transport frame
// and every field ends up in an argv, an environment or a syscall, so none
// may be large.
const (
	MaxOpenRequest  = 256 << 10 // encoded header
	MaxCommand      = 64 << 10
	MaxShellProfile = 64 << 10
	maxSessionID    = 256
	maxRunAs        = 32 // useradd's limit
	maxPath         = 4096
	maxTerm         = 64
	maxHost         = 253 // longest DNS name
)

// OpenRequest is what the server asks the agent to run on a new stream; it
// travels JSON-encoded as the stream's header. Fields a kind does not use
// must be empty so a misrouted request fails loudly instead of doing
// something else.
type OpenRequest struct {
	Kind      tether.SessionKind `json:"Kind"`
	SessionID string             `json:"SessionId"`
	// RunAs is the local user; empty means the agent's default.
	RunAs string `json:"RunAs,omitempty"`
	// Shell overrides the run-as user's login shell (absolute path).
	Shell string `json:"Shell,omitempty"`
	// ShellProfile is typed into a shell session before the user's input.
	ShellProfile string `json:"ShellProfile,omitempty"`
	// Command is run with Shell -c, for command sessions only.
	Command string `json:"Command,omitempty"`
	// Cols, Rows and Term describe the user's terminal (shell sessions).
	Cols int    `json:"Cols,omitempty"`
	Rows int    `json:"Rows,omitempty"`
	Term string `json:"Term,omitempty"`
	// Host is the target of a remote-port-forward.
	Host string `json:"Host,omitempty"`
	// Port is the target port of port-forward, remote-port-forward and ssh.
	Port int `json:"Port,omitempty"`
}

// Encode returns the header bytes for r. It does not validate: the server
// calls Validate before deciding to open a stream at all.
func (r OpenRequest) Encode() []byte {
	b, err := json.Marshal(r)
	if err != nil {
		panic("sessionproto: encoding OpenRequest: " + err.Error()) // only strings and ints
	}
	return b
}

// DecodeOpenRequest parses a stream header, fills in defaults and validates
// the result. Unknown fields are rejected rather than ignored: a field this
// agent does not know may be a restriction the server expects it to honour,
// so an older agent refuses the session instead of running it unrestricted.
// Errors are *tether.Error with code EINVALID and name the offending field.
func DecodeOpenRequest(b []byte) (OpenRequest, error) {
	var r OpenRequest
	if len(b) > MaxOpenRequest {
		return r, invalid("open request is %d bytes; the limit is %d", len(b), MaxOpenRequest)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return OpenRequest{}, invalid("open request is not valid JSON: %v", err)
	}
	if dec.More() {
		return OpenRequest{}, invalid("open request has data after the JSON object")
	}
	r = r.WithDefaults()
	if err := r.Validate(); err != nil {
		return OpenRequest{}, err
	}
	return r, nil
}

// WithDefaults returns r with the terminal size, terminal type and ssh port
// filled in where left zero.
func (r OpenRequest) WithDefaults() OpenRequest {
	if r.Kind == tether.SessionShell {
		if r.Cols == 0 {
			r.Cols = DefaultCols
		}
		if r.Rows == 0 {
			r.Rows = DefaultRows
		}
		if r.Term == "" {
			r.Term = DefaultTerm
		}
	}
	if r.Kind == tether.SessionSSH && r.Port == 0 {
		r.Port = DefaultSSH
	}
	return r
}

// Validate reports the first problem with r, naming the field. It expects
// defaults to have been applied where the caller wants them.
func (r OpenRequest) Validate() error {
	if err := validateKind(r.Kind); err != nil {
		return err
	}
	if err := checkText("SessionId", r.SessionID, maxSessionID, false); err != nil {
		return err
	}
	if r.SessionID == "" {
		return invalid("SessionId: required")
	}
	if err := validateRunAs(r.RunAs); err != nil {
		return err
	}
	interactive := r.Kind == tether.SessionShell || r.Kind == tether.SessionCommand
	forward := !interactive

	if r.Shell != "" {
		if forward {
			return invalid("Shell: only shell and command sessions run a shell")
		}
		if err := checkText("Shell", r.Shell, maxPath, false); err != nil {
			return err
		}
		if !strings.HasPrefix(r.Shell, "/") {
			return invalid("Shell %q: must be an absolute path", r.Shell)
		}
	}
	if r.ShellProfile != "" && r.Kind != tether.SessionShell {
		return invalid("ShellProfile: only shell sessions run a profile")
	}
	if err := checkText("ShellProfile", r.ShellProfile, MaxShellProfile, true); err != nil {
		return err
	}
	switch {
	case r.Kind == tether.SessionCommand && r.Command == "":
		return invalid("Command: required for a command session")
	case r.Kind != tether.SessionCommand && r.Command != "":
		return invalid("Command: only command sessions take a command")
	}
	if err := checkText("Command", r.Command, MaxCommand, true); err != nil {
		return err
	}
	if err := r.validateTerminal(); err != nil {
		return err
	}
	return r.validateTarget()
}

func (r OpenRequest) validateTerminal() error {
	if r.Cols < 0 || r.Cols > 0xffff {
		return invalid("Cols %d: must be between 1 and 65535", r.Cols)
	}
	if r.Rows < 0 || r.Rows > 0xffff {
		return invalid("Rows %d: must be between 1 and 65535", r.Rows)
	}
	if len(r.Term) > maxTerm {
		return invalid("Term: longer than %d bytes", maxTerm)
	}
	for _, c := range r.Term {
		if !(c < utf8.RuneSelf && (isAlnum(byte(c)) || strings.ContainsRune("._+-", c))) {
			return invalid("Term %q: only letters, digits and ._+- are allowed", r.Term)
		}
	}
	return nil
}

func (r OpenRequest) validateTarget() error {
	switch r.Kind {
	case tether.SessionShell, tether.SessionCommand:
		if r.Port != 0 {
			return invalid("Port: only forwarding sessions take a port")
		}
		if r.Host != "" {
			return invalid("Host: only remote-port-forward sessions take a host")
		}
		return nil
	case tether.SessionRemoteForward:
		if r.Host == "" {
			return invalid("Host: required for a remote-port-forward session")
		}
		if err := validateHost(r.Host); err != nil {
			return err
		}
	default:
		if r.Host != "" {
			return invalid("Host: only remote-port-forward sessions take a host; %s connects to the instance itself", r.Kind)
		}
	}
	if r.Port < 1 || r.Port > 65535 {
		return invalid("Port %d: must be between 1 and 65535", r.Port)
	}
	return nil
}

func validateKind(k tether.SessionKind) error {
	switch k {
	case tether.SessionShell, tether.SessionCommand, tether.SessionPortForward, tether.SessionRemoteForward, tether.SessionSSH:
		return nil
	case "":
		return invalid("Kind: required")
	}
	return invalid("Kind %q: unknown; want shell, command, port-forward, remote-port-forward or ssh", string(k))
}

// validateRunAs accepts the portable POSIX user-name characters (plus a
// trailing $ for machine accounts). Anything else could be read as an option
// or a path by useradd, or is not a name any instance could have.
func validateRunAs(name string) error {
	if name == "" {
		return nil
	}
	if err := checkText("RunAs", name, maxRunAs, false); err != nil {
		return err
	}
	if name[0] == '-' {
		return invalid("RunAs %q: must not start with '-'", name)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if isAlnum(c) || c == '_' || c == '.' || c == '-' || c == '$' && i == len(name)-1 {
			continue
		}
		return invalid("RunAs %q: only letters, digits and ._- are allowed", name)
	}
	if name == "." || name == ".." {
		return invalid("RunAs %q: not a user name", name)
	}
	return nil
}

func validateHost(h string) error {
	if err := checkText("Host", h, maxHost+2, false); err != nil {
		return err
	}
	if strings.HasPrefix(h, "[") && strings.HasSuffix(h, "]") {
		h = h[1 : len(h)-1]
	}
	if net.ParseIP(h) != nil {
		return nil
	}
	if len(h) > maxHost {
		return invalid("Host: longer than %d bytes", maxHost)
	}
	for i := 0; i < len(h); i++ {
		if c := h[i]; !isAlnum(c) && c != '-' && c != '.' && c != '_' {
			return invalid("Host %q: not a host name or IP address", h)
		}
	}
	return nil
}

// checkText rejects invalid UTF-8, NUL (which no argv or environment can
// carry) and, unless multiline, every control character: a name with an
// escape sequence or newline in it is an attack on whoever reads the logs.
func checkText(field, s string, limit int, multiline bool) error {
	if len(s) > limit {
		return invalid("%s: %d bytes; the limit is %d", field, len(s), limit)
	}
	if !utf8.ValidString(s) {
		return invalid("%s: not valid UTF-8", field)
	}
	for _, c := range s {
		if c == 0 {
			return invalid("%s: contains a NUL byte", field)
		}
		if multiline && (c == '\n' || c == '\t' || c == '\r') {
			continue
		}
		if unicode.IsControl(c) {
			return invalid("%s %q: contains control character %U", field, s, c)
		}
	}
	return nil
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func invalid(format string, args ...any) error {
	return tether.Errorf(tether.EINVALID, "sessionproto: "+format, args...)
}

// String is for logs: the kind and the target or run-as user, never the
// command or profile, which may hold secrets.
func (r OpenRequest) String() string {
	switch r.Kind {
	case tether.SessionShell, tether.SessionCommand:
		return fmt.Sprintf("%s session %s as %q", r.Kind, r.SessionID, r.RunAs)
	case tether.SessionRemoteForward:
		return fmt.Sprintf("%s session %s to %s", r.Kind, r.SessionID, net.JoinHostPort(r.Host, fmt.Sprint(r.Port)))
	}
	return fmt.Sprintf("%s session %s to port %d", r.Kind, r.SessionID, r.Port)
}
