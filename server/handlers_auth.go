package server

import (
	"context"
	"crypto/subtle"
	"encoding/base64"
	"net/http"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/identity"
)

// Sign-in is public: the password (then the sign-in's ticket) is the
// credential. Its resource is the user it signs in as, so the audit trail
// shows attempts per user. The steps after the password name no user in
// their request, so they audit against the identity store.

func (s *Server) login(c *call) (operation, error) {
	var req api.LoginRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return operation{
		Action:   "sso:Login",
		Resource: s.account.UserARN(req.UserName),
		userName: req.UserName,
		Run: func(ctx context.Context) (any, error) {
			out, err := s.identity.SignIn(ctx, identity.SignInRequest{
				Username: req.UserName, Password: req.Password, PermissionSet: req.PermissionSet,
				SourceIP: c.transport.SourceIP, DeviceID: c.deviceID(req.DeviceId),
			})
			return s.loginResponse(c, out, err)
		},
	}, nil
}

// loginStep builds a public operation that continues a sign-in.
func loginStep[T any](s *Server, action string, run func(ctx context.Context, c *call, req T) (any, error)) func(c *call) (operation, error) {
	return func(c *call) (operation, error) {
		var req T
		if err := c.decode(&req); err != nil {
			return operation{}, err
		}
		return operation{Action: action, Resource: s.account.IdentityStoreARN(),
			Run: func(ctx context.Context) (any, error) { return run(ctx, c, req) }}, nil
	}
}

func (s *Server) loginCode(ctx context.Context, c *call, req api.LoginCodeRequest) (any, error) {
	out, err := s.identity.SignInCode(ctx, req.Ticket, req.Code, c.transport.SourceIP)
	return s.loginResponse(c, out, err)
}

func (s *Server) loginEmailCode(ctx context.Context, c *call, req api.TicketRequest) (any, error) {
	email, err := s.identity.ResendEmailCode(ctx, req.Ticket)
	return api.EmailCodeResponse{Email: email}, err
}

func (s *Server) loginPassword(ctx context.Context, c *call, req api.LoginPasswordRequest) (any, error) {
	out, err := s.identity.SignInPassword(ctx, req.Ticket, req.NewPassword)
	return s.loginResponse(c, out, err)
}

func (s *Server) loginPermissionSet(ctx context.Context, c *call, req api.LoginPermissionSetRequest) (any, error) {
	out, err := s.identity.SignInPermissionSet(ctx, req.Ticket, req.PermissionSet)
	return s.loginResponse(c, out, err)
}

func (s *Server) loginWebAuthnBegin(ctx context.Context, c *call, req api.TicketRequest) (any, error) {
	options, err := s.identity.BeginWebAuthnSignIn(ctx, req.Ticket)
	return api.WebAuthnOptions{Options: options}, err
}

func (s *Server) loginWebAuthnFinish(ctx context.Context, c *call, req api.WebAuthnFinishRequest) (any, error) {
	out, err := s.identity.FinishWebAuthnSignIn(ctx, req.Ticket, req.Credential, c.transport.SourceIP)
	return s.loginResponse(c, out, err)
}

func (s *Server) loginRegisterTOTP(ctx context.Context, c *call, req api.RegisterDeviceRequest) (any, error) {
	reg, err := s.identity.BeginTOTPAtSignIn(ctx, req.Ticket, req.Name)
	return totpRegistration(reg), err
}

func (s *Server) loginRegisterTOTPFinish(ctx context.Context, c *call, req api.VerifyDeviceRequest) (any, error) {
	d, out, err := s.identity.FinishTOTPAtSignIn(ctx, req.Ticket, req.DeviceId, req.Code)
	return s.registeredAtSignIn(c, d, out, err)
}

func (s *Server) loginRegisterWebAuthn(ctx context.Context, c *call, req api.RegisterDeviceRequest) (any, error) {
	id, options, err := s.identity.BeginWebAuthnAtSignIn(ctx, req.Ticket, req.Name)
	return api.WebAuthnOptions{DeviceId: id, Options: options}, err
}

func (s *Server) loginRegisterWebAuthnFinish(ctx context.Context, c *call, req api.WebAuthnFinishRequest) (any, error) {
	d, out, err := s.identity.FinishWebAuthnAtSignIn(ctx, req.Ticket, req.DeviceId, req.Credential)
	return s.registeredAtSignIn(c, d, out, err)
}

func (s *Server) registeredAtSignIn(c *call, d tether.MFADevice, out identity.Outcome, err error) (any, error) {
	if err != nil {
		return nil, err
	}
	resp, err := s.loginResponse(c, out, nil)
	if err != nil {
		return nil, err
	}
	login := resp.(api.LoginResponse)
	return api.MFADeviceResponse{Device: d, Login: &login}, nil
}

// loginResponse turns a sign-in outcome into the API's answer. Console
// sign-ins get their token as an HttpOnly cookie, never in the body.
func (s *Server) loginResponse(c *call, out identity.Outcome, err error) (any, error) {
	if err != nil {
		return nil, err
	}
	if n := out.Next; n != nil {
		methods := make([]string, len(n.Methods))
		for i, m := range n.Methods {
			methods[i] = string(m)
		}
		return api.LoginResponse{Next: &api.LoginStep{
			Ticket: n.Ticket, Step: n.Name, Methods: methods, PermissionSets: n.PermissionSets,
			Email: n.Email, Message: n.Message, ExpiresAt: n.ExpiresAt,
		}}, nil
	}
	in := out.SignedIn
	who := s.whoAmI(identity.Principal{User: in.User, PermissionSet: in.PermissionSet, Token: in.Token})
	resp := api.LoginResponse{Token: in.Secret, WhoAmI: &who}
	if c.console() {
		http.SetCookie(c.w, &http.Cookie{
			Name: api.SessionCookie, Value: in.Secret, Path: "/", Expires: in.Token.ExpiresAt,
			HttpOnly: true, Secure: c.r.TLS != nil, SameSite: http.SameSiteStrictMode,
		})
		resp.Token = ""
	}
	return resp, nil
}

// logout revokes the caller's own token; every signed-in identity may.
func (s *Server) logout(c *call) (operation, error) {
	return s.self(c, "sso:Logout", func(ctx context.Context) (any, error) {
		if c.console() {
			http.SetCookie(c.w, &http.Cookie{Name: api.SessionCookie, Path: "/", MaxAge: -1,
				HttpOnly: true, Secure: c.r.TLS != nil, SameSite: http.SameSiteStrictMode})
		}
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

func totpRegistration(reg identity.TOTPRegistration) api.TOTPRegistration {
	if reg.Device.ID == "" {
		return api.TOTPRegistration{}
	}
	return api.TOTPRegistration{DeviceId: reg.Device.ID, URI: reg.URI, Secret: reg.Secret,
		QRCodePNG: "data:image/png;base64," + base64.StdEncoding.EncodeToString(reg.QRCodePNG)}
}

// console reports whether the request comes from the web console.
func (c *call) console() bool { return c.r.Header.Get(api.ConsoleHeader) == api.ConsoleClient }

// deviceID is the console's device cookie, or the ID the CLI sent.
func (c *call) deviceID(sent string) string {
	if c.console() {
		if ck, err := c.r.Cookie(api.DeviceCookie); err == nil {
			return ck.Value
		}
		return ""
	}
	return sent
}

// checkCSRF requires console requests that change state, and every request
// authenticated by cookie, to echo the CSRF cookie in a header: a page of
// another site can make the browser send cookies, but not set headers.
func checkCSRF(r *http.Request, byCookie bool) error {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return nil
	}
	if !byCookie && r.Header.Get(api.ConsoleHeader) == "" {
		return nil
	}
	ck, err := r.Cookie(api.CSRFCookie)
	h := r.Header.Get(api.CSRFHeader)
	if err != nil || ck.Value == "" || subtle.ConstantTimeCompare([]byte(ck.Value), []byte(h)) != 1 {
		return tether.Errorf(tether.EFORBIDDEN, "missing or wrong CSRF token; reload the page and try again")
	}
	return nil
}
