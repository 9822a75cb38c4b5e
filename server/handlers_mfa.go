package server

import (
	"context"
	"net/url"
	"strings"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/identity"
)

// The caller's own account: password, MFA devices, permission sets. Like
// sign-out these are self operations no policy refuses; whether users manage
// their own MFA devices is the MFA settings' call.

func (s *Server) changePassword(c *call) (operation, error) {
	var req api.ChangePasswordRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return s.self(c, "sso:ChangePassword", func(ctx context.Context) (any, error) {
		return struct{}{}, s.identity.ChangePassword(ctx, c.principal.User, c.transport.SourceIP, req.OldPassword, req.NewPassword)
	}), nil
}

// selfDevices builds a self operation on the caller's MFA devices.
func selfDevices[T any](s *Server, action string, run func(ctx context.Context, c *call, req T) (any, error)) func(c *call) (operation, error) {
	return func(c *call) (operation, error) {
		var req T
		if c.r.Method != "GET" && c.r.Method != "DELETE" {
			if err := c.decode(&req); err != nil {
				return operation{}, err
			}
		}
		return s.self(c, action, func(ctx context.Context) (any, error) {
			if err := s.identity.CheckSelfManagement(ctx); err != nil {
				return nil, err
			}
			return run(ctx, c, req)
		}), nil
	}
}

func (s *Server) myDevices(ctx context.Context, c *call, _ struct{}) (any, error) {
	devices, err := s.identity.Devices(ctx, c.principal.User)
	if err != nil {
		return nil, err
	}
	kinds, err := s.identity.RegistrableKinds(ctx)
	out := api.MFADevices{Devices: nonNil(devices)}
	for _, k := range kinds {
		out.AllowedTypes = append(out.AllowedTypes, string(k))
	}
	return out, err
}

func (s *Server) myTOTPBegin(ctx context.Context, c *call, req api.RegisterDeviceRequest) (any, error) {
	reg, err := s.identity.BeginTOTP(ctx, c.principal.User, req.Name)
	return totpRegistration(reg), err
}

func (s *Server) myTOTPVerify(ctx context.Context, c *call, req api.VerifyDeviceRequest) (any, error) {
	d, err := s.identity.ConfirmTOTP(ctx, c.principal.User, req.DeviceId, req.Code)
	return api.MFADeviceResponse{Device: d}, err
}

func (s *Server) myWebAuthnBegin(ctx context.Context, c *call, req api.RegisterDeviceRequest) (any, error) {
	id, options, err := s.identity.BeginWebAuthnRegistration(ctx, c.principal.User, req.Name)
	return api.WebAuthnOptions{DeviceId: id, Options: options}, err
}

func (s *Server) myWebAuthnFinish(ctx context.Context, c *call, req api.WebAuthnFinishRequest) (any, error) {
	d, err := s.identity.FinishWebAuthnRegistration(ctx, c.principal.User, req.DeviceId, req.Credential)
	return api.MFADeviceResponse{Device: d}, err
}

func (s *Server) myDeviceRemove(ctx context.Context, c *call, _ struct{}) (any, error) {
	return struct{}{}, s.identity.RemoveDevice(ctx, c.principal.User, c.r.PathValue("id"))
}

func (s *Server) myPermissionSets(c *call) (operation, error) {
	return s.self(c, "sso:ListAccountsForProvisionedPermissionSet", func(ctx context.Context) (any, error) {
		sets, err := s.identity.UserPermissionSets(ctx, s.store, c.principal.User)
		names := []string{}
		for _, ps := range sets {
			names = append(names, ps.Name)
		}
		return api.PermissionSetNames{PermissionSets: names}, err
	}), nil
}

func (s *Server) switchPermissionSet(c *call) (operation, error) {
	var req api.LoginPermissionSetRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return s.self(c, "sso:Login", func(ctx context.Context) (any, error) {
		in, err := s.identity.SwitchPermissionSet(ctx, c.principal, c.secret, req.PermissionSet)
		if err != nil {
			return nil, err
		}
		return s.loginResponse(c, identity.Outcome{SignedIn: &in}, nil)
	}), nil
}

// Administration of MFA: settings, any user's devices, lockouts.

func (s *Server) getMFASettings(c *call) (operation, error) {
	return operation{Action: "sso:GetMfaDeviceManagementForDirectory", Resource: s.account.SSOInstanceARN(),
		Run: func(ctx context.Context) (any, error) { return s.identity.MFASettings(ctx) }}, nil
}

func (s *Server) putMFASettings(c *call) (operation, error) {
	var req tether.MFASettings
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return operation{Action: "sso:PutMfaDeviceManagementForDirectory", Resource: s.account.SSOInstanceARN(),
		Run: func(ctx context.Context) (any, error) { return s.identity.PutMFASettings(ctx, req) }}, nil
}

func (s *Server) userDevices(c *call) (operation, error) {
	name := c.r.PathValue("name")
	return operation{Action: "sso:ListMfaDevicesForUser", Resource: s.account.UserARN(name),
		Run: func(ctx context.Context) (any, error) {
			u, err := s.identity.User(ctx, name)
			if err != nil {
				return nil, err
			}
			devices, err := s.identity.Devices(ctx, u)
			return api.MFADevices{Devices: nonNil(devices)}, err
		}}, nil
}

func (s *Server) removeUserDevice(c *call) (operation, error) {
	name, id := c.r.PathValue("name"), c.r.PathValue("id")
	return operation{Action: "sso:DeleteMfaDeviceForUser", Resource: s.account.UserARN(name),
		Run: func(ctx context.Context) (any, error) {
			u, err := s.identity.User(ctx, name)
			if err != nil {
				return nil, err
			}
			return struct{}{}, s.identity.RemoveDevice(ctx, u, id)
		}}, nil
}

func (s *Server) unlockUser(c *call) (operation, error) {
	name := c.r.PathValue("name")
	return operation{Action: "identitystore:UpdateUser", Resource: s.account.UserARN(name),
		Run: func(ctx context.Context) (any, error) { return struct{}{}, s.identity.Unlock(ctx, name) }}, nil
}

func (s *Server) inviteUser(c *call) (operation, error) {
	name := c.r.PathValue("name")
	return operation{Action: "identitystore:UpdateUser", Resource: s.account.UserARN(name),
		Run: func(ctx context.Context) (any, error) { return struct{}{}, s.identity.Invite(ctx, name) }}, nil
}

// Invitations are public: the link's token is the credential.

func (s *Server) inspectInvitation(ctx context.Context, c *call, req api.InvitationRequest) (any, error) {
	u, t, err := s.identity.Invitation(ctx, req.Token)
	return api.Invitation{UserName: u.Username, Email: u.Email, ExpiresAt: t.ExpiresAt}, err
}

func (s *Server) acceptInvitation(ctx context.Context, c *call, req api.InvitationRequest) (any, error) {
	u, err := s.identity.AcceptInvitation(ctx, req.Token, req.Password)
	return api.Invitation{UserName: u.Username, Email: u.Email}, err
}

// Device authorization: the CLI starts and polls (public); a signed-in
// console user approves.

func (s *Server) startDeviceAuth(ctx context.Context, c *call, _ struct{}) (any, error) {
	d, err := s.identity.StartDeviceAuthorization(ctx, c.transport.SourceIP)
	if err != nil {
		return nil, err
	}
	page := strings.TrimRight(s.publicURL, "/") + api.DeviceApprovalPath
	return api.DeviceAuthorization{
		DeviceCode: d.DeviceCode, UserCode: d.UserCode,
		VerificationUri: page, VerificationUriComplete: page + "?code=" + url.QueryEscape(d.UserCode),
		ExpiresIn: int(identity.DeviceAuthTTL.Seconds()), Interval: int(identity.DevicePollInterval.Seconds()),
	}, nil
}

func (s *Server) pollDeviceAuth(ctx context.Context, c *call, req api.DeviceTokenRequest) (any, error) {
	in, err := s.identity.PollDevice(ctx, req.DeviceCode)
	if err != nil {
		return nil, err
	}
	return s.loginResponse(c, identity.Outcome{SignedIn: &in}, nil)
}

func (s *Server) approveDevice(c *call) (operation, error) {
	var req api.DeviceApproval
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return s.self(c, "sso:ApproveDeviceAuthorization", func(ctx context.Context) (any, error) {
		return struct{}{}, s.identity.ApproveDevice(ctx, c.principal, req.UserCode, req.Deny)
	}), nil
}
