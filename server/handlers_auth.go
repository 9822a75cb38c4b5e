package server

import (
	"context"

	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/identity"
)

// login is public: the password is the credential. Its resource is the user
// it signs in as, so the audit trail shows attempts per user.
func (s *Server) login(c *call) (operation, error) {
	var req api.LoginRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return operation{
		Action:   "sso:Login",
		Resource: s.account.UserARN(req.UserName),
		Run: func(ctx context.Context) (any, error) {
			in, err := s.identity.SignIn(ctx, identity.SignInRequest{
				Username: req.UserName, Password: req.Password,
				PermissionSet: req.PermissionSet, SourceIP: c.transport.SourceIP,
			})
			if err != nil {
				return nil, err
			}
			p := identity.Principal{User: in.User, PermissionSet: in.PermissionSet, Token: in.Token}
			return api.LoginResponse{Token: in.Secret, WhoAmI: s.whoAmI(p)}, nil
		},
	}, nil
}

// logout revokes the caller's own token; every signed-in identity may.
func (s *Server) logout(c *call) (operation, error) {
	return s.self(c, "sso:Logout", func(ctx context.Context) (any, error) {
		return struct{}{}, s.identity.SignOut(ctx, c.secret)
	}), nil
}

// whoami describes the caller; every signed-in identity may ask.
func (s *Server) whoami(c *call) (operation, error) {
	return s.self(c, "sts:GetCallerIdentity", func(context.Context) (any, error) {
		return s.whoAmI(c.principal), nil
	}), nil
}

// self is an operation on the caller's own sign-in. Like
// sts:GetCallerIdentity in AWS, no policy can refuse it: a policy that
// could would lock a user out of signing out.
func (s *Server) self(c *call, action string, run func(context.Context) (any, error)) operation {
	return operation{Action: action, Resource: s.account.UserARN(c.principal.User.Username), Run: run, self: true}
}

func (s *Server) whoAmI(p identity.Principal) api.WhoAmI {
	return api.WhoAmI{
		UserName: p.User.Username, UserId: p.User.ID,
		Identity:      p.Name(),
		Arn:           "arn:aws:sts::" + s.account.ID + ":assumed-role/" + p.Name(),
		PermissionSet: p.PermissionSet.Name, AccountId: s.account.ID, Region: s.account.Region,
		ExpiresAt: p.Token.ExpiresAt, MFAAuthenticated: !p.Token.MFAAuthenticatedAt.IsZero(),
	}
}
