// Package api defines the JSON bodies of Tether's HTTP API, shared by the
// server and the Go client so the two cannot drift apart. Field names follow
// the AWS APIs the concepts come from (UserName, GroupName, InlinePolicy...).
package api

import (
	"time"

	"github.com/tetherhq/tether"
)

// Prefix is the path prefix of API version 1.
const Prefix = "/api/v1"

// MaxBodyBytes bounds every request body. The largest legitimate body is a
// permission set with a policy of policy.MaxPolicySize bytes and 50 tags.
const MaxBodyBytes = 64 << 10

// Error is the body of every failed request.
type Error struct {
	Code    string `json:"Code"`
	Message string `json:"Message"`
}

// WhoAmI describes the signed-in identity.
type WhoAmI struct {
	UserName         string    `json:"UserName"`
	UserId           string    `json:"UserId"`
	Identity         string    `json:"Identity"` // TetherReserved_<PermissionSet>_<suffix>/<username>
	Arn              string    `json:"Arn"`
	PermissionSet    string    `json:"PermissionSet"`
	AccountId        string    `json:"AccountId"`
	Region           string    `json:"Region"`
	ExpiresAt        time.Time `json:"ExpiresAt"`
	MFAAuthenticated bool      `json:"MFAAuthenticated"`
}

// CreateGroupRequest creates a group.
type CreateGroupRequest struct {
	GroupName   string `json:"GroupName"`
	Description string `json:"Description,omitempty"`
}

// Groups is a list of groups.
type Groups struct {
	Groups []tether.Group `json:"Groups"`
}

// CreateUserRequest creates a user.
type CreateUserRequest struct {
	UserName    string            `json:"UserName"`
	Email       string            `json:"Email"`
	FirstName   string            `json:"FirstName,omitempty"`
	LastName    string            `json:"LastName,omitempty"`
	DisplayName string            `json:"DisplayName,omitempty"`
	Groups      []string          `json:"Groups,omitempty"`
	Tags        map[string]string `json:"Tags,omitempty"`
	// Invite emails the user a link to set a password; OneTimePassword
	// generates a password shown once that must be changed at first
	// sign-in. At most one; with neither, the user stays invited until an
	// administrator sets a password.
	Invite          bool `json:"Invite,omitempty"`
	OneTimePassword bool `json:"OneTimePassword,omitempty"`
}

// CreateUserResponse is the new user, with the one-time password when one
// was asked for (shown once) and whether an invitation went out.
type CreateUserResponse struct {
	User            tether.User `json:"User"`
	OneTimePassword string      `json:"OneTimePassword,omitempty"`
	InvitationSent  bool        `json:"InvitationSent,omitempty"`
}

// Users is a list of users.
type Users struct {
	Users []tether.User `json:"Users"`
}

// SetPasswordRequest sets a user's password.
type SetPasswordRequest struct {
	Password string `json:"Password"`
}

// TagRequest adds or replaces the tags in Tags and removes the keys in
// RemoveKeys.
type TagRequest struct {
	Tags       map[string]string `json:"Tags,omitempty"`
	RemoveKeys []string          `json:"RemoveKeys,omitempty"`
}

// PermissionSet is a permission set as the API shows it: the session
// duration in ISO 8601 ("PT1H"), as AWS shows it.
type PermissionSet struct {
	tether.PermissionSet
	SessionDuration string `json:"SessionDuration"`
}

// NewPermissionSet wraps ps for the API.
func NewPermissionSet(ps tether.PermissionSet) PermissionSet {
	return PermissionSet{PermissionSet: ps, SessionDuration: FormatDuration(ps.SessionDuration)}
}

// CreatePermissionSetRequest creates a permission set. SessionDuration takes
// ISO 8601 ("PT4H") or Go ("4h") form; empty means 1 hour.
type CreatePermissionSetRequest struct {
	Name            string            `json:"Name"`
	Description     string            `json:"Description,omitempty"`
	SessionDuration string            `json:"SessionDuration,omitempty"`
	RelayState      string            `json:"RelayState,omitempty"`
	InlinePolicy    string            `json:"InlinePolicy"`
	Tags            map[string]string `json:"Tags,omitempty"`
}

// PermissionSets is a list of permission sets.
type PermissionSets struct {
	PermissionSets []PermissionSet `json:"PermissionSets"`
}

// PutInlinePolicyRequest replaces a permission set's policy.
type PutInlinePolicyRequest struct {
	InlinePolicy string `json:"InlinePolicy"`
}

// AssignmentRequest names an assignment: PrincipalType USER or GROUP.
type AssignmentRequest struct {
	PrincipalType     tether.PrincipalType `json:"PrincipalType"`
	PrincipalName     string               `json:"PrincipalName"`
	PermissionSetName string               `json:"PermissionSetName"`
}

// Assignment is one assignment with names resolved.
type Assignment struct {
	PrincipalType     tether.PrincipalType `json:"PrincipalType"`
	PrincipalName     string               `json:"PrincipalName"`
	PrincipalId       string               `json:"PrincipalId"`
	PermissionSetName string               `json:"PermissionSetName"`
	PermissionSetId   string               `json:"PermissionSetId"`
}

// Assignments is a list of assignments.
type Assignments struct {
	Assignments []Assignment `json:"Assignments"`
}
