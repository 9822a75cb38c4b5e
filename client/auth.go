package client

import (
	"context"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// Sign-in steps. Login (in directory.go) starts a sign-in; while its answer
// has a Next step, the caller answers that step with one of the methods
// below, passing the step's Ticket. The answer that finishes the sign-in
// carries the token, which the client keeps for later calls.

// loginStep posts one step of a sign-in and keeps the token once signed in.
func (c *Client) loginStep(ctx context.Context, path string, in any) (api.LoginResponse, error) {
	var out api.LoginResponse
	err := c.do(ctx, "POST", path, nil, in, &out)
	c.keep(out)
	return out, err
}

// keep remembers the token of a finished sign-in.
func (c *Client) keep(out api.LoginResponse) {
	if out.Token != "" {
		c.token = out.Token
	}
}

// LoginCode answers step mfa (a code from an authenticator app) or step
// email-code (the code sent by email).
func (c *Client) LoginCode(ctx context.Context, ticket, code string) (api.LoginResponse, error) {
	return c.loginStep(ctx, "/login/code", api.LoginCodeRequest{Ticket: ticket, Code: code})
}

// ResendEmailCode sends a new code for step email-code and returns the
// (masked) address it went to.
func (c *Client) ResendEmailCode(ctx context.Context, ticket string) (string, error) {
	var out api.EmailCodeResponse
	return out.Email, c.do(ctx, "POST", "/login/email-code", nil, api.TicketRequest{Ticket: ticket}, &out)
}

// LoginPassword answers step change-password with the new password.
func (c *Client) LoginPassword(ctx context.Context, ticket, newPassword string) (api.LoginResponse, error) {
	return c.loginStep(ctx, "/login/password", api.LoginPasswordRequest{Ticket: ticket, NewPassword: newPassword})
}

// LoginPermissionSet answers step choose-permission-set.
func (c *Client) LoginPermissionSet(ctx context.Context, ticket, permissionSet string) (api.LoginResponse, error) {
	return c.loginStep(ctx, "/login/permission-set", api.LoginPermissionSetRequest{Ticket: ticket, PermissionSet: permissionSet})
}

// LoginRegisterTOTP begins registering an authenticator app during step
// register-mfa; finish with LoginRegisterTOTPFinish.
func (c *Client) LoginRegisterTOTP(ctx context.Context, ticket, name string) (api.TOTPRegistration, error) {
	var out api.TOTPRegistration
	return out, c.do(ctx, "POST", "/login/register/totp", nil, api.RegisterDeviceRequest{Ticket: ticket, Name: name}, &out)
}

// LoginRegisterTOTPFinish confirms the authenticator app with its first
// code, which also answers the sign-in's second factor. The answer's Login
// is how the sign-in goes on.
func (c *Client) LoginRegisterTOTPFinish(ctx context.Context, ticket, deviceID, code string) (api.MFADeviceResponse, error) {
	var out api.MFADeviceResponse
	err := c.do(ctx, "POST", "/login/register/totp/finish", nil,
		api.VerifyDeviceRequest{Ticket: ticket, DeviceId: deviceID, Code: code}, &out)
	if out.Login != nil {
		c.keep(*out.Login)
	}
	return out, err
}

// StartDeviceAuthorization starts a sign-in to be approved in the console
// (tether login --browser).
func (c *Client) StartDeviceAuthorization(ctx context.Context) (api.DeviceAuthorization, error) {
	var out api.DeviceAuthorization
	return out, c.do(ctx, "POST", "/device/authorize", nil, struct{}{}, &out)
}

// PollDeviceToken asks once whether a device authorization was approved.
// Until then it fails with an error whose tether.ErrorCode is one of RFC
// 8628's: api.DeviceAuthorizationPending (ask again later), api.DeviceSlowDown
// (ask less often), api.DeviceExpired or api.DeviceDenied.
func (c *Client) PollDeviceToken(ctx context.Context, deviceCode string) (api.LoginResponse, error) {
	return c.loginStep(ctx, "/device/token", api.DeviceTokenRequest{DeviceCode: deviceCode})
}

// ApproveDevice approves (or, with deny, refuses) a device authorization
// by the user code the CLI shows, on behalf of the signed-in identity.
func (c *Client) ApproveDevice(ctx context.Context, userCode string, deny bool) error {
	return c.do(ctx, "POST", "/device/approve", nil, api.DeviceApproval{UserCode: userCode, Deny: deny}, nil)
}

// ChangePassword changes the signed-in user's own password.
func (c *Client) ChangePassword(ctx context.Context, oldPassword, newPassword string) error {
	return c.do(ctx, "POST", "/me/password", nil, api.ChangePasswordRequest{OldPassword: oldPassword, NewPassword: newPassword}, nil)
}

// MyPermissionSets lists the permission sets the signed-in user may use.
func (c *Client) MyPermissionSets(ctx context.Context) ([]string, error) {
	var out api.PermissionSetNames
	return out.PermissionSets, c.do(ctx, "GET", "/me/permission-sets", nil, nil, &out)
}

// SwitchPermissionSet signs in again with another of the user's permission
// sets; the old token is revoked and the client keeps the new one.
func (c *Client) SwitchPermissionSet(ctx context.Context, permissionSet string) (api.LoginResponse, error) {
	return c.loginStep(ctx, "/me/switch", api.LoginPermissionSetRequest{PermissionSet: permissionSet})
}

// MFADevices lists the signed-in user's MFA devices.
func (c *Client) MFADevices(ctx context.Context) ([]tether.MFADevice, error) {
	var out api.MFADevices
	return out.Devices, c.do(ctx, "GET", "/me/mfa-devices", nil, nil, &out)
}

// BeginTOTP starts registering an authenticator app for the signed-in
// user; finish with VerifyTOTP.
func (c *Client) BeginTOTP(ctx context.Context, name string) (api.TOTPRegistration, error) {
	var out api.TOTPRegistration
	return out, c.do(ctx, "POST", "/me/mfa-devices/totp", nil, api.RegisterDeviceRequest{Name: name}, &out)
}

// VerifyTOTP completes a TOTP registration with the app's first code.
func (c *Client) VerifyTOTP(ctx context.Context, deviceID, code string) (tether.MFADevice, error) {
	var out api.MFADeviceResponse
	return out.Device, c.do(ctx, "POST", "/me/mfa-devices/verify", nil, api.VerifyDeviceRequest{DeviceId: deviceID, Code: code}, &out)
}

// RemoveMFADevice removes one of the signed-in user's MFA devices.
func (c *Client) RemoveMFADevice(ctx context.Context, deviceID string) error {
	return c.do(ctx, "DELETE", path("/me/mfa-devices/%s", deviceID), nil, nil, nil)
}

// MFASettings returns the directory's MFA settings.
func (c *Client) MFASettings(ctx context.Context) (tether.MFASettings, error) {
	var out tether.MFASettings
	return out, c.do(ctx, "GET", "/settings/mfa", nil, nil, &out)
}

// PutMFASettings replaces the directory's MFA settings and returns them as
// stored (defaults filled in).
func (c *Client) PutMFASettings(ctx context.Context, set tether.MFASettings) (tether.MFASettings, error) {
	var out tether.MFASettings
	return out, c.do(ctx, "PUT", "/settings/mfa", nil, set, &out)
}

// UserMFADevices lists a user's MFA devices (administrators).
func (c *Client) UserMFADevices(ctx context.Context, user string) ([]tether.MFADevice, error) {
	var out api.MFADevices
	return out.Devices, c.do(ctx, "GET", path("/users/%s/mfa-devices", user), nil, nil, &out)
}

// RemoveUserMFADevice removes one of a user's MFA devices (administrators).
func (c *Client) RemoveUserMFADevice(ctx context.Context, user, deviceID string) error {
	return c.do(ctx, "DELETE", path("/users/%s/mfa-devices/%s", user, deviceID), nil, nil, nil)
}

// UnlockUser lifts the lockout of a user after too many failed sign-ins.
func (c *Client) UnlockUser(ctx context.Context, user string) error {
	return c.do(ctx, "POST", path("/users/%s/unlock", user), nil, nil, nil)
}

// InviteUser (re)sends an invited user the email with a link to set a
// password; earlier links stop working.
func (c *Client) InviteUser(ctx context.Context, user string) error {
	return c.do(ctx, "POST", path("/users/%s/invite", user), nil, nil, nil)
}

// InspectInvitation describes the invitation named by the token of its link.
func (c *Client) InspectInvitation(ctx context.Context, token string) (api.Invitation, error) {
	var out api.Invitation
	return out, c.do(ctx, "POST", "/invitations/inspect", nil, api.InvitationRequest{Token: token}, &out)
}

// AcceptInvitation sets the invited user's password, as the console's
// invitation page does.
func (c *Client) AcceptInvitation(ctx context.Context, token, password string) (api.Invitation, error) {
	var out api.Invitation
	return out, c.do(ctx, "POST", "/invitations/accept", nil, api.InvitationRequest{Token: token, Password: password}, &out)
}
