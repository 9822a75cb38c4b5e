package tether

import "time"

// Activation lets agents register: an ID and a secret code (only its hash is
// kept) that together prove a server may join, up to InstanceLimit times
// before ExpiresAt.
type Activation struct {
	ID                  string            `json:"ActivationId"`
	CodeHash            string            `json:"-"`
	Description         string            `json:"Description,omitempty"`
	InstanceLimit       int               `json:"RegistrationLimit"`
	RegistrationsCount  int               `json:"RegistrationsCount"`
	ExpiresAt           time.Time         `json:"ExpirationDate"`
	DefaultInstanceName string            `json:"DefaultInstanceName,omitempty"`
	Tags                map[string]string `json:"Tags,omitempty"`
	CreatedAt           time.Time         `json:"CreatedDate"`
}

// PingStatus is whether an instance's agent is connected.
type PingStatus string

const (
	PingOnline         PingStatus = "Online"
	PingConnectionLost PingStatus = "ConnectionLost"
	PingInactive       PingStatus = "Inactive" // deregistered
)

// Instance is a managed server: the agent's identity and what it reports.
// Its name is its Name tag.
type Instance struct {
	ID           string            `json:"InstanceId"` // mi- and 17 hex digits
	Tags         map[string]string `json:"Tags,omitempty"`
	ActivationID string            `json:"ActivationId"`
	// CertFingerprint identifies the agent's client certificate; a
	// reconnecting agent must present the same key.
	CertFingerprint  string     `json:"-"`
	Hostname         string     `json:"ComputerName,omitempty"`
	IPAddresses      []string   `json:"IPAddresses,omitempty"`
	Platform         string     `json:"PlatformName,omitempty"`
	PlatformVersion  string     `json:"PlatformVersion,omitempty"`
	AgentVersion     string     `json:"AgentVersion,omitempty"`
	PingStatus       PingStatus `json:"PingStatus"`
	LastPingAt       time.Time  `json:"LastPingDateTime,omitzero"`
	RegisteredAt     time.Time  `json:"RegistrationDate"`
	DeregisteredAt   time.Time  `json:"DeregistrationDate,omitzero"`
	ConnectedReplica string     `json:"-"` // which server replica holds the agent's connection
}

// Name is the instance's Name tag.
func (i Instance) Name() string { return i.Tags["Name"] }

// SessionStatus is where a session is in its life.
type SessionStatus string

const (
	SessionConnecting   SessionStatus = "Connecting"
	SessionConnected    SessionStatus = "Connected"
	SessionDisconnected SessionStatus = "Disconnected" // the client went away; it may resume
	SessionTerminating  SessionStatus = "Terminating"
	SessionTerminated   SessionStatus = "Terminated"
	SessionFailed       SessionStatus = "Failed"
)

// Active reports whether a session in status s has not ended.
func (s SessionStatus) Active() bool {
	return s == SessionConnecting || s == SessionConnected || s == SessionDisconnected || s == SessionTerminating
}

// SessionKind is what a session carries.
type SessionKind string

const (
	SessionShell         SessionKind = "shell"
	SessionCommand       SessionKind = "command"
	SessionPortForward   SessionKind = "port-forward"        // to a port of the instance
	SessionRemoteForward SessionKind = "remote-port-forward" // to a host reachable from it
	SessionSSH           SessionKind = "ssh"                 // tether proxy, usually under ssh
)

// Interactive reports whether sessions of kind k carry a terminal or a
// command (as opposed to forwarded connections).
func (k SessionKind) Interactive() bool { return k == SessionShell || k == SessionCommand }

// Session is one shell, command or forwarding session on one instance.
type Session struct {
	ID        string        `json:"SessionId"` // <username>-<17 hex>
	Target    string        `json:"Target"`    // instance ID
	Owner     string        `json:"Owner"`     // username
	Reason    string        `json:"Reason,omitempty"`
	Kind      SessionKind   `json:"Kind"`
	Status    SessionStatus `json:"Status"`
	Details   string        `json:"Details,omitempty"` // why it ended, for Failed and Terminated
	Command   string        `json:"Command,omitempty"`
	RunAs     string        `json:"RunAs,omitempty"`
	Host      string        `json:"Host,omitempty"` // remote host of a forward
	Port      int           `json:"Port,omitempty"`
	ExitCode  *int          `json:"ExitCode,omitempty"`
	StartedAt time.Time     `json:"StartDate"`
	EndedAt   time.Time     `json:"EndDate,omitzero"`
	// Recording is where the session's recording lives (filled by logging).
	Recording string `json:"OutputUrl,omitempty"`
}

// Inventory is what an agent reports about its host when it registers and
// connects.
type Inventory struct {
	Hostname        string   `json:"Hostname,omitempty"`
	IPAddresses     []string `json:"IPAddresses,omitempty"`
	Platform        string   `json:"Platform,omitempty"`
	PlatformVersion string   `json:"PlatformVersion,omitempty"`
	AgentVersion    string   `json:"AgentVersion,omitempty"`
}
