// Package store defines the one interface through which the control plane
// keeps its state, so that the embedded SQLite default and PostgreSQL (for
// deployments that outgrow one machine) are interchangeable.
//
// Backends keep data and enforce integrity (uniqueness, references); they hold
// no business rules. Errors are *tether.Error values: ENOTFOUND when a record
// (or one it references) does not exist, ECONFLICT when a unique key is taken,
// EUNAVAILABLE when the database cannot be reached.
package store

import (
	"context"
	"time"

	"github.com/tetherhq/tether"
)

// Store is everything the control plane keeps. Every backend passes the
// conformance suite in store/storetest.
type Store interface {
	AccountStore
	SettingStore
	UserStore
	GroupStore
	PermissionSetStore
	AssignmentStore
	TokenStore
	ActivationStore
	InstanceStore
	SessionStore
	MFADeviceStore
	TicketStore
	AuditStore
	LogStore
	CommandStore

	// Tx runs fn inside one database transaction: every call on the Store
	// handed to fn belongs to it. If fn returns an error (or panics) the
	// transaction rolls back and Tx returns that error. Calling Tx on the
	// handed Store runs fn in the same transaction.
	Tx(ctx context.Context, fn func(tx Store) error) error

	// Close releases the database.
	Close() error
}

// AccountStore keeps the deployment's single account.
type AccountStore interface {
	// Account returns the account, or ENOTFOUND before initialisation.
	Account(ctx context.Context) (tether.Account, error)
	// CreateAccount stores the account once; a second call is ECONFLICT.
	CreateAccount(ctx context.Context, a tether.Account) error
}

// SettingStore keeps small named documents (the CA, MFA settings, session
// preferences): opaque bytes, usually JSON.
type SettingStore interface {
	// Setting returns the value of key, or ENOTFOUND.
	Setting(ctx context.Context, key string) ([]byte, error)
	// PutSetting creates or replaces key.
	PutSetting(ctx context.Context, key string, value []byte) error
	// DeleteSetting removes key; deleting a missing key is not an error.
	DeleteSetting(ctx context.Context, key string) error
}

// UserStore keeps users. Usernames are unique, compared exactly.
type UserStore interface {
	CreateUser(ctx context.Context, u tether.User) error
	User(ctx context.Context, username string) (tether.User, error)
	UserByID(ctx context.Context, id string) (tether.User, error)
	// UpdateUser reads the user, calls fn on it and writes the result, all in
	// one transaction that holds the record against concurrent updates. An
	// error from fn aborts without writing. ID and Username cannot change.
	UpdateUser(ctx context.Context, username string, fn func(*tether.User) error) (tether.User, error)
	// DeleteUser removes the user with its memberships, assignments and tokens.
	DeleteUser(ctx context.Context, username string) error
	ListUsers(ctx context.Context, f UserFilter) ([]tether.User, error)
}

// UserFilter selects users; zero fields match everything. Results are ordered
// by username.
type UserFilter struct {
	Status  tether.UserStatus
	GroupID string // members of this group only
}

// GroupStore keeps groups and their memberships. Group names are unique.
type GroupStore interface {
	CreateGroup(ctx context.Context, g tether.Group) error
	Group(ctx context.Context, name string) (tether.Group, error)
	GroupByID(ctx context.Context, id string) (tether.Group, error)
	UpdateGroup(ctx context.Context, name string, fn func(*tether.Group) error) (tether.Group, error)
	// DeleteGroup removes the group with its memberships and assignments.
	// Whether a group in use may be deleted is the caller's rule.
	DeleteGroup(ctx context.Context, name string) error
	ListGroups(ctx context.Context, f GroupFilter) ([]tether.Group, error)

	// AddMembership is ECONFLICT if the user is already a member and
	// ENOTFOUND if the group or user does not exist.
	AddMembership(ctx context.Context, m tether.Membership) error
	// RemoveMembership is ENOTFOUND if the user is not a member.
	RemoveMembership(ctx context.Context, groupID, userID string) error
	ListMemberships(ctx context.Context, f MembershipFilter) ([]tether.Membership, error)
}

// GroupFilter selects groups; zero fields match everything. Results are
// ordered by name.
type GroupFilter struct {
	MemberID string // groups this user belongs to
}

// MembershipFilter selects memberships; zero fields match everything.
type MembershipFilter struct {
	GroupID string
	UserID  string
}

// PermissionSetStore keeps permission sets. Names are unique.
type PermissionSetStore interface {
	CreatePermissionSet(ctx context.Context, ps tether.PermissionSet) error
	PermissionSet(ctx context.Context, name string) (tether.PermissionSet, error)
	PermissionSetByID(ctx context.Context, id string) (tether.PermissionSet, error)
	UpdatePermissionSet(ctx context.Context, name string, fn func(*tether.PermissionSet) error) (tether.PermissionSet, error)
	// DeletePermissionSet removes the set with its assignments and tokens.
	DeletePermissionSet(ctx context.Context, name string) error
	ListPermissionSets(ctx context.Context) ([]tether.PermissionSet, error)
}

// AssignmentStore keeps assignments of users and groups to permission sets.
type AssignmentStore interface {
	// CreateAssignment is ECONFLICT if it exists and ENOTFOUND if the
	// principal or permission set does not.
	CreateAssignment(ctx context.Context, a tether.Assignment) error
	// DeleteAssignment is ENOTFOUND if it does not exist.
	DeleteAssignment(ctx context.Context, a tether.Assignment) error
	ListAssignments(ctx context.Context, f AssignmentFilter) ([]tether.Assignment, error)
}

// AssignmentFilter selects assignments; zero fields match everything.
type AssignmentFilter struct {
	PrincipalType   tether.PrincipalType
	PrincipalID     string
	PermissionSetID string
}

// TokenStore keeps signed-in identities by the hash of their secret.
type TokenStore interface {
	CreateToken(ctx context.Context, t tether.Token) error
	Token(ctx context.Context, hash string) (tether.Token, error)
	// DeleteToken is ENOTFOUND if the token does not exist.
	DeleteToken(ctx context.Context, hash string) error
	// DeleteExpiredTokens removes tokens that expired before t and returns
	// how many it removed.
	DeleteExpiredTokens(ctx context.Context, t time.Time) (int, error)
}

// ActivationStore keeps activations by ID.
type ActivationStore interface {
	CreateActivation(ctx context.Context, a tether.Activation) error
	Activation(ctx context.Context, id string) (tether.Activation, error)
	// UpdateActivation is read-lock-modify-write, like UpdateUser; the ID
	// cannot change.
	UpdateActivation(ctx context.Context, id string, fn func(*tether.Activation) error) (tether.Activation, error)
	// DeleteActivation removes the activation; instances registered with it
	// stay.
	DeleteActivation(ctx context.Context, id string) error
	// ListActivations returns all activations, newest first.
	ListActivations(ctx context.Context) ([]tether.Activation, error)
}

// InstanceStore keeps managed instances by ID.
type InstanceStore interface {
	CreateInstance(ctx context.Context, in tether.Instance) error
	Instance(ctx context.Context, id string) (tether.Instance, error)
	UpdateInstance(ctx context.Context, id string, fn func(*tether.Instance) error) (tether.Instance, error)
	// ListInstances returns instances ordered by ID.
	ListInstances(ctx context.Context, f InstanceFilter) ([]tether.Instance, error)
}

// InstanceFilter selects instances; zero fields match everything.
type InstanceFilter struct {
	PingStatus tether.PingStatus
	// Tags keeps instances that have every one of these tags with exactly
	// these values.
	Tags map[string]string
}

// SessionStore keeps sessions by ID.
type SessionStore interface {
	CreateSession(ctx context.Context, s tether.Session) error
	Session(ctx context.Context, id string) (tether.Session, error)
	UpdateSession(ctx context.Context, id string, fn func(*tether.Session) error) (tether.Session, error)
	// ListSessions returns sessions newest first.
	ListSessions(ctx context.Context, f SessionFilter) ([]tether.Session, error)
}

// SessionFilter selects sessions; zero fields match everything.
type SessionFilter struct {
	Owner  string
	Target string
	// Active keeps sessions that have not ended (see SessionStatus.Active);
	// Ended keeps those that have. Setting both matches nothing.
	Active, Ended bool
	Since         time.Time // started at or after
	Limit         int       // at most this many; 0 means no limit
}

// MFADeviceStore keeps users' authenticators by ID. Deleting a user deletes
// its devices.
type MFADeviceStore interface {
	// CreateMFADevice is ENOTFOUND if the user does not exist.
	CreateMFADevice(ctx context.Context, d tether.MFADevice) error
	MFADevice(ctx context.Context, id string) (tether.MFADevice, error)
	// UpdateMFADevice is read-lock-modify-write, like UpdateUser; ID and
	// UserID cannot change.
	UpdateMFADevice(ctx context.Context, id string, fn func(*tether.MFADevice) error) (tether.MFADevice, error)
	DeleteMFADevice(ctx context.Context, id string) error
	// ListMFADevices returns a user's devices, oldest first.
	ListMFADevices(ctx context.Context, userID string) ([]tether.MFADevice, error)
}

// TicketStore keeps short-lived tickets by hash. Deleting a user deletes the
// tickets that carry its ID.
type TicketStore interface {
	// CreateTicket is ECONFLICT if the hash exists.
	CreateTicket(ctx context.Context, t tether.Ticket) error
	Ticket(ctx context.Context, hash string) (tether.Ticket, error)
	// UpdateTicket is read-lock-modify-write, like UpdateUser; the hash
	// cannot change.
	UpdateTicket(ctx context.Context, hash string, fn func(*tether.Ticket) error) (tether.Ticket, error)
	// DeleteTicket is ENOTFOUND if the ticket does not exist, so that of
	// two callers consuming one ticket exactly one succeeds.
	DeleteTicket(ctx context.Context, hash string) error
	// ListTickets returns tickets oldest first.
	ListTickets(ctx context.Context, f TicketFilter) ([]tether.Ticket, error)
	// DeleteExpiredTickets removes tickets that expired before t and
	// returns how many it removed.
	DeleteExpiredTickets(ctx context.Context, t time.Time) (int, error)
}

// TicketFilter selects tickets; zero fields match everything.
type TicketFilter struct {
	UserID string
	Kind   tether.TicketKind
	Since  time.Time // created at or after
}

// AuditStore keeps the audit trail, append-only.
type AuditStore interface {
	// AppendAuditRecords appends records in order, in one transaction that
	// holds the trail's head: each gets the next sequence number, then
	// chain sets its PrevHash and Hash from the previous record's hash (""
	// before the first). The chaining rule is the caller's.
	AppendAuditRecords(ctx context.Context, recs []tether.AuditRecord, chain func(prevHash string, r *tether.AuditRecord)) error
	// ListAuditRecords returns records newest first, or oldest first with
	// Ascending.
	ListAuditRecords(ctx context.Context, f AuditFilter) ([]tether.AuditRecord, error)
}

// AuditFilter selects audit records; zero fields match everything.
type AuditFilter struct {
	UserName  string
	EventName string
	Since     time.Time // at or after
	Until     time.Time // before
	AfterSeq  int64     // sequence numbers above this (paging, verification)
	Ascending bool
	Limit     int // 0: no limit
}

// LogStore keeps log groups, streams and events.
type LogStore interface {
	// CreateLogGroup is ECONFLICT if the group exists.
	CreateLogGroup(ctx context.Context, g tether.LogGroup) error
	LogGroup(ctx context.Context, name string) (tether.LogGroup, error)
	// ListLogGroups returns groups by name, with their stored bytes.
	ListLogGroups(ctx context.Context) ([]tether.LogGroup, error)
	// PutRetention sets a group's retention in days (0: forever).
	PutRetention(ctx context.Context, group string, days int) error
	DeleteLogGroup(ctx context.Context, name string) error
	// LogStream returns one stream of a group, ENOTFOUND if it has none yet.
	LogStream(ctx context.Context, group, name string) (tether.LogStream, error)
	// ListLogStreams returns a group's streams, most recent event first.
	ListLogStreams(ctx context.Context, group string) ([]tether.LogStream, error)
	// PutLogEvents appends events to a stream, creating the stream if
	// needed, numbering them after the stream's last; ENOTFOUND if the
	// group does not exist.
	PutLogEvents(ctx context.Context, group, stream string, events []tether.LogEvent) error
	// LogEvents returns events matching f, oldest first.
	LogEvents(ctx context.Context, f LogFilter) ([]tether.LogEvent, error)
	// DeleteLogEventsBefore removes a group's events older than t (retention).
	DeleteLogEventsBefore(ctx context.Context, group string, t time.Time) (int, error)
}

// LogFilter selects events of one group; zero fields match everything.
type LogFilter struct {
	Group    string
	Stream   string // one stream, or all the group's
	Contains string // message contains this text (case-sensitive)
	Since    time.Time
	Until    time.Time
	AfterSeq int64 // with Stream: events after this sequence number
	Limit    int
}

// CommandStore keeps the commands typed in sessions, for search.
type CommandStore interface {
	// PutSessionCommands stores commands (their Seq unique per session);
	// storing a command again replaces it, so indexing can be retried.
	PutSessionCommands(ctx context.Context, cmds []tether.TypedCommand) error
	// SearchCommands returns matching commands, newest first.
	SearchCommands(ctx context.Context, f CommandFilter) ([]tether.TypedCommand, error)
}

// CommandFilter selects commands; zero fields match everything.
type CommandFilter struct {
	Text      string // contained in the command, ignoring case
	Owner     string
	Target    string
	SessionID string
	Since     time.Time
	Until     time.Time
	Limit     int
}
