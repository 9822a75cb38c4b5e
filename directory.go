package tether

import "time"

// Account is the one account of a deployment. Its ID and region appear in
// every ARN.
type Account struct {
	ID        string    `json:"AccountId"`
	Region    string    `json:"Region"`
	CreatedAt time.Time `json:"CreatedAt"`
}

// UserStatus is where a user is in its life: invited users have not yet set a
// password; disabled users cannot sign in.
type UserStatus string

const (
	UserInvited  UserStatus = "invited"
	UserActive   UserStatus = "active"
	UserDisabled UserStatus = "disabled"
)

// User is a person in the directory. Tags are the user's principal tags
// (aws:PrincipalTag/<k> in policies).
type User struct {
	ID          string            `json:"UserId"`
	Username    string            `json:"UserName"`
	Email       string            `json:"Email"`
	FirstName   string            `json:"FirstName,omitempty"`
	LastName    string            `json:"LastName,omitempty"`
	DisplayName string            `json:"DisplayName,omitempty"`
	Status      UserStatus        `json:"Status"`
	Tags        map[string]string `json:"Tags,omitempty"`
	// PasswordHash is the PHC-formatted argon2id hash; never serialised.
	PasswordHash string `json:"-"`
	// PasswordChangeRequired is set for administrator-issued one-time passwords.
	PasswordChangeRequired bool      `json:"PasswordChangeRequired,omitempty"`
	CreatedAt              time.Time `json:"CreatedAt"`
	UpdatedAt              time.Time `json:"UpdatedAt"`
}

// Group is a named set of users.
type Group struct {
	ID          string    `json:"GroupId"`
	Name        string    `json:"GroupName"`
	Description string    `json:"Description,omitempty"`
	CreatedAt   time.Time `json:"CreatedAt"`
	UpdatedAt   time.Time `json:"UpdatedAt"`
}

// Membership puts a user in a group.
type Membership struct {
	GroupID   string    `json:"GroupId"`
	UserID    string    `json:"UserId"`
	CreatedAt time.Time `json:"CreatedAt"`
}

// PermissionSet is a named policy that users sign in with. The name is
// immutable; the ID is the random suffix of the signed-in identity's name.
type PermissionSet struct {
	ID              string            `json:"PermissionSetId"`
	Name            string            `json:"Name"`
	Description     string            `json:"Description,omitempty"`
	SessionDuration time.Duration     `json:"-"`
	RelayState      string            `json:"RelayState,omitempty"`
	InlinePolicy    string            `json:"InlinePolicy,omitempty"`
	Tags            map[string]string `json:"Tags,omitempty"`
	CreatedAt       time.Time         `json:"CreatedAt"`
	UpdatedAt       time.Time         `json:"UpdatedAt"`
}

// PrincipalType says whether an assignment is to a user or to a group.
type PrincipalType string

const (
	PrincipalUser  PrincipalType = "USER"
	PrincipalGroup PrincipalType = "GROUP"
)

// Assignment gives a user, or every member of a group, a permission set.
type Assignment struct {
	PrincipalType   PrincipalType `json:"PrincipalType"`
	PrincipalID     string        `json:"PrincipalId"`
	PermissionSetID string        `json:"PermissionSetId"`
	CreatedAt       time.Time     `json:"CreatedAt"`
}

// Token is a signed-in identity: a user bound to one permission set until it
// expires or is revoked. Only the SHA-256 of the bearer secret is kept.
type Token struct {
	Hash            string    `json:"-"`
	UserID          string    `json:"UserId"`
	PermissionSetID string    `json:"PermissionSetId"`
	SourceIP        string    `json:"SourceIp,omitempty"`
	CreatedAt       time.Time `json:"CreatedAt"`
	ExpiresAt       time.Time `json:"ExpiresAt"`
	// MFAAuthenticatedAt is when a second factor was last proven; zero when
	// the sign-in used none. Drives aws:MultiFactorAuthPresent and ...Age.
	MFAAuthenticatedAt time.Time `json:"MFAAuthenticatedAt,omitzero"`
}
