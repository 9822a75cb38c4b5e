package api

import (
	"encoding/json"
	"time"

	"github.com/tetherhq/tether"
)

// Sign-in is a conversation: POST /login with the password answers either
// with a token or with the Next step, which names a ticket to send with the
// answer to that step (a code, a new password, a WebAuthn assertion...).

// Sign-in steps.
const (
	StepChangePassword      = "change-password"       // POST /login/password
	StepMFA                 = "mfa"                   // POST /login/code (TOTP) or /login/webauthn/*
	StepEmailCode           = "email-code"            // POST /login/code; /login/email-code resends
	StepRegisterMFA         = "register-mfa"          // POST /login/register/totp[/finish] or /login/register/webauthn/*
	StepChoosePermissionSet = "choose-permission-set" // POST /login/permission-set
)

// ConsoleHeader marks requests from the web console: their sign-in tokens go
// into an HttpOnly cookie instead of the body, and cookie-authenticated
// requests must carry CSRFHeader equal to the CSRFCookie.
const (
	ConsoleHeader      = "X-Tether-Client"
	SessionCookie      = "tether_session"
	CSRFCookie         = "tether_csrf"
	CSRFHeader         = "X-CSRF-Token"
	DeviceCookie       = "tether_device"
	ConsoleClient      = "console"
	ConsolePath        = "/console/"
	DeviceApprovalPath = ConsolePath + "device"
)

// LoginRequest signs in with a username and password. DeviceId is a random
// identifier the client keeps (the CLI in its config directory, the console
// in a cookie) so that MFA prompts "only when the sign-in context changes"
// can recognise the device.
type LoginRequest struct {
	UserName      string `json:"UserName"`
	Password      string `json:"Password"`
	PermissionSet string `json:"PermissionSet,omitempty"`
	DeviceId      string `json:"DeviceId,omitempty"`
}

// LoginResponse carries either the bearer token (shown once) or the next
// step of the sign-in.
type LoginResponse struct {
	Token  string     `json:"Token,omitempty"`
	WhoAmI *WhoAmI    `json:"WhoAmI,omitempty"`
	Next   *LoginStep `json:"Next,omitempty"`
}

// LoginStep is what the sign-in needs next.
type LoginStep struct {
	Ticket string `json:"Ticket"`
	Step   string `json:"Step"`
	// Methods are the kinds of MFA the user may answer with (step mfa) or
	// register (step register-mfa): "totp", "webauthn".
	Methods []string `json:"Methods,omitempty"`
	// PermissionSets to choose from (step choose-permission-set).
	PermissionSets []string `json:"PermissionSets,omitempty"`
	// Email is where an emailed code went, partly masked (step email-code).
	Email     string    `json:"Email,omitempty"`
	Message   string    `json:"Message"`
	ExpiresAt time.Time `json:"ExpiresAt"`
}

// TicketRequest continues a sign-in with no other input.
type TicketRequest struct {
	Ticket string `json:"Ticket"`
}

// LoginCodeRequest answers step mfa (a TOTP code) or email-code.
type LoginCodeRequest struct {
	Ticket string `json:"Ticket"`
	Code   string `json:"Code"`
}

// LoginPasswordRequest answers step change-password.
type LoginPasswordRequest struct {
	Ticket      string `json:"Ticket"`
	NewPassword string `json:"NewPassword"`
}

// LoginPermissionSetRequest answers step choose-permission-set.
type LoginPermissionSetRequest struct {
	Ticket        string `json:"Ticket"`
	PermissionSet string `json:"PermissionSet"`
}

// EmailCodeResponse says where a code was sent.
type EmailCodeResponse struct {
	Email string `json:"Email"`
}

// WebAuthnOptions are the options for navigator.credentials.create or .get,
// as JSON ({"publicKey": {...}}, binary fields in base64url). DeviceId names
// the device being registered.
type WebAuthnOptions struct {
	DeviceId string          `json:"DeviceId,omitempty"`
	Options  json.RawMessage `json:"Options"`
}

// WebAuthnFinishRequest carries the browser's PublicKeyCredential as JSON
// (id, rawId, type, response.* in base64url). Ticket is set during sign-in;
// DeviceId when registering.
type WebAuthnFinishRequest struct {
	Ticket     string          `json:"Ticket,omitempty"`
	DeviceId   string          `json:"DeviceId,omitempty"`
	Name       string          `json:"Name,omitempty"`
	Credential json.RawMessage `json:"Credential"`
}

// RegisterDeviceRequest begins registering an MFA device. Ticket is set when
// registering during sign-in (step register-mfa).
type RegisterDeviceRequest struct {
	Ticket string `json:"Ticket,omitempty"`
	Name   string `json:"Name,omitempty"`
}

// TOTPRegistration is a TOTP device awaiting its first code: the otpauth URI,
// its secret key, and a QR code of the URI as a data: URL (PNG).
type TOTPRegistration struct {
	DeviceId  string `json:"DeviceId"`
	URI       string `json:"URI"`
	Secret    string `json:"Secret"`
	QRCodePNG string `json:"QRCodePNG"`
}

// VerifyDeviceRequest completes a TOTP registration with a first code.
type VerifyDeviceRequest struct {
	Ticket   string `json:"Ticket,omitempty"`
	DeviceId string `json:"DeviceId"`
	Code     string `json:"Code"`
}

// MFADevices lists MFA devices; for the caller's own, AllowedTypes are the
// kinds the directory lets them register ("totp", "webauthn").
type MFADevices struct {
	Devices      []tether.MFADevice `json:"Devices"`
	AllowedTypes []string           `json:"AllowedTypes,omitempty"`
}

// MFADeviceResponse is one device, with the sign-in outcome when the device
// was registered during sign-in.
type MFADeviceResponse struct {
	Device tether.MFADevice `json:"Device"`
	Login  *LoginResponse   `json:"Login,omitempty"`
}

// ChangePasswordRequest changes the caller's own password.
type ChangePasswordRequest struct {
	OldPassword string `json:"OldPassword"`
	NewPassword string `json:"NewPassword"`
}

// InvitationRequest names an invitation by the token from its link.
type InvitationRequest struct {
	Token    string `json:"Token"`
	Password string `json:"Password,omitempty"` // to accept it
}

// Invitation describes a pending invitation.
type Invitation struct {
	UserName  string    `json:"UserName"`
	Email     string    `json:"Email"`
	ExpiresAt time.Time `json:"ExpiresAt"`
}

// DeviceAuthorization starts a CLI sign-in approved in the console (RFC 8628
// in spirit): the CLI shows UserCode and VerificationUri and polls with
// DeviceCode every Interval seconds.
type DeviceAuthorization struct {
	DeviceCode              string `json:"DeviceCode"`
	UserCode                string `json:"UserCode"`
	VerificationUri         string `json:"VerificationUri"`
	VerificationUriComplete string `json:"VerificationUriComplete"`
	ExpiresIn               int    `json:"ExpiresIn"`
	Interval                int    `json:"Interval"`
}

// DeviceTokenRequest polls for the outcome of a device authorization.
type DeviceTokenRequest struct {
	DeviceCode string `json:"DeviceCode"`
}

// Device-authorization poll errors (the Code of an Error), as in RFC 8628.
const (
	DeviceAuthorizationPending = "authorization_pending"
	DeviceSlowDown             = "slow_down"
	DeviceExpired              = "expired_token"
	DeviceDenied               = "access_denied"
)

// DeviceApproval approves (or denies) a device authorization by its user code.
type DeviceApproval struct {
	UserCode string `json:"UserCode"`
	Deny     bool   `json:"Deny,omitempty"`
}

// PermissionSetNames lists the permission sets the caller may sign in with.
type PermissionSetNames struct {
	PermissionSets []string `json:"PermissionSets"`
}
