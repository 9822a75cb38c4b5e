package tether

import "time"

// MFAPrompt says when users are asked for a second factor (the seed's
// figure 29).
type MFAPrompt string

const (
	// MFAAlways prompts at every sign-in.
	MFAAlways MFAPrompt = "always"
	// MFAContext prompts only when the sign-in context changes: a device or
	// an address the user has not signed in from with MFA before.
	MFAContext MFAPrompt = "context"
	// MFANever disables MFA: password only.
	MFANever MFAPrompt = "never"
)

// MFADeviceKind is a kind of authenticator.
type MFADeviceKind string

const (
	MFATOTP     MFADeviceKind = "totp"     // authenticator apps (RFC 6238)
	MFAWebAuthn MFADeviceKind = "webauthn" // security keys and built-in authenticators
)

// MFANoDevice is what happens at sign-in to a user with no MFA device.
type MFANoDevice string

const (
	NoDeviceRegister MFANoDevice = "register"  // must register one before going on
	NoDeviceEmailOTP MFANoDevice = "email-otp" // gets a one-time code by email
	NoDeviceBlock    MFANoDevice = "block"     // may not sign in
	NoDeviceAllow    MFANoDevice = "allow"     // signs in with the password only
)

// MFASettings is the directory-wide MFA configuration.
type MFASettings struct {
	Prompt             MFAPrompt       `json:"Prompt"`
	Types              []MFADeviceKind `json:"Types"`
	NoDevice           MFANoDevice     `json:"NoDevice"`
	UsersManageDevices bool            `json:"UsersManageDevices"`
	// LockoutThreshold is how many failed sign-ins in a row lock a user
	// name until an administrator unlocks it; 0 means the default.
	LockoutThreshold int `json:"LockoutThreshold"`
}

// DefaultMFASettings are the settings of a new deployment: users who have
// registered an authenticator (either kind) are asked for it when the
// sign-in context changes, and users without one may still sign in, so a
// fresh deployment is usable before anyone has a device. Administrators
// tighten this (the seed: always, email code for users without a device).
func DefaultMFASettings() MFASettings {
	return MFASettings{
		Prompt: MFAContext, Types: []MFADeviceKind{MFATOTP, MFAWebAuthn},
		NoDevice: NoDeviceAllow, UsersManageDevices: true, LockoutThreshold: 10,
	}
}

// Allows reports whether kind is an allowed type of authenticator.
func (s MFASettings) Allows(kind MFADeviceKind) bool {
	for _, k := range s.Types {
		if k == kind {
			return true
		}
	}
	return false
}

// MFADevice is one registered authenticator of a user. A device is usable
// once Confirmed: TOTP after a first valid code, WebAuthn after a verified
// attestation.
type MFADevice struct {
	ID     string        `json:"DeviceId"`
	UserID string        `json:"UserId"`
	Kind   MFADeviceKind `json:"Type"`
	Name   string        `json:"Name"`
	// Secret is the TOTP key (base32) or the WebAuthn credential (JSON).
	// Never serialised to clients after registration.
	Secret string `json:"-"`
	// CredentialID identifies a WebAuthn credential (base64url).
	CredentialID string `json:"CredentialId,omitempty"`
	Confirmed    bool   `json:"Confirmed"`
	// LastUsedStep is the TOTP time step last accepted, so a code works once.
	LastUsedStep int64     `json:"-"`
	CreatedAt    time.Time `json:"CreatedAt"`
	LastUsedAt   time.Time `json:"LastUsedAt,omitzero"`
}

// TicketKind names what a ticket is for.
type TicketKind string

const (
	TicketInvitation     TicketKind = "invitation"      // accept an invitation and set a password
	TicketSignIn         TicketKind = "sign-in"         // password proven, second factor pending
	TicketEmailCode      TicketKind = "email-code"      // an emailed one-time sign-in code
	TicketDeviceAuth     TicketKind = "device-auth"     // a CLI's device-authorization request
	TicketDeviceUserCode TicketKind = "device-usercode" // the short code a person types for it
	TicketTrustedDevice  TicketKind = "trusted-device"  // a device that passed MFA (prompt "context")
	TicketFailures       TicketKind = "failures"        // failed sign-ins of one user name
)

// Ticket is a short-lived record looked up by the SHA-256 of a secret handed
// to someone (an invitation link, a sign-in step, a device code), or by a
// derived key (failure counters). Data is kind-specific JSON.
type Ticket struct {
	Hash      string     `json:"-"`
	Kind      TicketKind `json:"Kind"`
	UserID    string     `json:"UserId,omitempty"`
	Data      []byte     `json:"-"`
	Attempts  int        `json:"Attempts"`
	CreatedAt time.Time  `json:"CreatedAt"`
	ExpiresAt time.Time  `json:"ExpiresAt"`
}
