package identity

import (
	"context"
	"slices"

	"github.com/tetherhq/tether"
)

// The steps of a sign-in after the password. Each takes the sign-in's
// ticket secret, checks the sign-in waits for that step, and advances it.

// pending is a sign-in in progress.
type pending struct {
	secret string
	ticket tether.Ticket
	user   tether.User
	state  signInState
}

// resume loads the sign-in named by secret and checks it waits for one of
// steps.
func (s *Service) resume(ctx context.Context, secret string, steps ...string) (*pending, error) {
	t, err := s.ticket(ctx, secret, tether.TicketSignIn, "sign-in", "sign in again with your password")
	if err != nil {
		return nil, err
	}
	p := &pending{secret: secret, ticket: t}
	if err := decodeTicket(t, &p.state); err != nil {
		return nil, err
	}
	if !slices.Contains(steps, p.state.Step) {
		return nil, tether.Errorf(tether.EINVALID, "this sign-in is waiting for step %s, not %s", p.state.Step, steps[0])
	}
	p.user, err = s.Store.UserByID(ctx, t.UserID)
	if err != nil || p.user.Status != tether.UserActive {
		return nil, errBadCredentials
	}
	// A sign-in that got past the password before the name was locked may
	// not finish (finishing would also clear the lock).
	if locked, err := s.Locked(ctx, p.user.Username); err != nil {
		return nil, err
	} else if locked {
		return nil, lockedError(p.user.Username)
	}
	return p, nil
}

// wrongAnswer counts a wrong code against the user name and the sign-in;
// too many and the sign-in must start over.
func (s *Service) wrongAnswer(ctx context.Context, p *pending, err error) error {
	if ferr := s.failed(ctx, p.user.Username, p.state.SourceIP, err); ferr != err {
		_ = s.Store.DeleteTicket(ctx, p.ticket.Hash)
		return ferr
	}
	t, uerr := s.Store.UpdateTicket(ctx, p.ticket.Hash, func(t *tether.Ticket) error { t.Attempts++; return nil })
	if uerr == nil && t.Attempts >= maxStepAttempts {
		_ = s.Store.DeleteTicket(ctx, p.ticket.Hash)
		return tether.Errorf(tether.EUNAUTHORIZED, "%s; too many wrong codes for this sign-in, so sign in again with your password",
			tether.ErrorMessage(err))
	}
	return err
}

// proven records that the second factor was shown and goes on.
func (s *Service) proven(ctx context.Context, p *pending) (Outcome, error) {
	p.state.MFADone, p.state.MFAAt, p.state.WebAuthnSession = true, s.now(), nil
	return s.advance(ctx, p.user, p.secret, &p.state)
}

// SignInCode answers step mfa with a TOTP code or step email-code with the
// emailed code.
func (s *Service) SignInCode(ctx context.Context, secret, code, sourceIP string) (Outcome, error) {
	p, err := s.resume(ctx, secret, StepMFA, StepEmailCode)
	if err != nil {
		return Outcome{}, err
	}
	if err := s.checkAttempt(ctx, p.user.Username, sourceIP); err != nil {
		return Outcome{}, err
	}
	if p.state.Step == StepMFA {
		err = s.verifyTOTP(ctx, p.user, code)
	} else {
		err = s.checkEmailCode(ctx, p.ticket.Hash, code)
	}
	if err != nil {
		if tether.ErrorCode(err) != tether.EUNAUTHORIZED {
			return Outcome{}, err
		}
		return Outcome{}, s.wrongAnswer(ctx, p, err)
	}
	return s.proven(ctx, p)
}

// ResendEmailCode sends a new code for step email-code and returns the
// masked address it went to.
func (s *Service) ResendEmailCode(ctx context.Context, secret string) (string, error) {
	p, err := s.resume(ctx, secret, StepEmailCode)
	if err != nil {
		return "", err
	}
	return maskEmail(p.user.Email), s.sendEmailCode(ctx, p.user, p.ticket.Hash, p.state.SourceIP)
}

// SignInPassword answers step change-password.
func (s *Service) SignInPassword(ctx context.Context, secret, newPassword string) (Outcome, error) {
	p, err := s.resume(ctx, secret, StepChangePassword)
	if err != nil {
		return Outcome{}, err
	}
	if VerifyPassword(p.user.PasswordHash, newPassword) {
		return Outcome{}, invalid("NewPassword", "must differ from the password you were given")
	}
	if err := s.SetPassword(ctx, p.user.Username, newPassword, false); err != nil {
		return Outcome{}, err
	}
	p.state.PasswordChanged = true
	if p.user, err = s.Store.UserByID(ctx, p.user.ID); err != nil {
		return Outcome{}, err
	}
	return s.advance(ctx, p.user, secret, &p.state)
}

// SignInPermissionSet answers step choose-permission-set.
func (s *Service) SignInPermissionSet(ctx context.Context, secret, name string) (Outcome, error) {
	p, err := s.resume(ctx, secret, StepChoosePermissionSet)
	if err != nil {
		return Outcome{}, err
	}
	if name == "" {
		return Outcome{}, invalid("PermissionSet", "is required")
	}
	p.state.PermissionSet = name
	return s.advance(ctx, p.user, secret, &p.state)
}

// BeginWebAuthnSignIn returns the options for navigator.credentials.get.
func (s *Service) BeginWebAuthnSignIn(ctx context.Context, secret string) ([]byte, error) {
	wa, err := s.webauthn()
	if err != nil {
		return nil, err
	}
	p, err := s.resume(ctx, secret, StepMFA)
	if err != nil {
		return nil, err
	}
	u, creds, err := s.webauthnUser(ctx, p.user)
	if err != nil {
		return nil, err
	}
	if len(creds) == 0 {
		return nil, tether.Errorf(tether.EINVALID, "user %s has no security key registered; use the authenticator app code", p.user.Username)
	}
	options, session, err := wa.BeginLogin(u)
	if err != nil {
		return nil, tether.Errorf(tether.EINVALID, "%v", err)
	}
	p.state.WebAuthnSession = session
	_, err = s.Store.UpdateTicket(ctx, p.ticket.Hash, func(t *tether.Ticket) error { t.Data = mustJSON(p.state); return nil })
	return options, err
}

// FinishWebAuthnSignIn verifies the browser's assertion.
func (s *Service) FinishWebAuthnSignIn(ctx context.Context, secret string, response []byte, sourceIP string) (Outcome, error) {
	wa, err := s.webauthn()
	if err != nil {
		return Outcome{}, err
	}
	p, err := s.resume(ctx, secret, StepMFA)
	if err != nil {
		return Outcome{}, err
	}
	if err := s.checkAttempt(ctx, p.user.Username, sourceIP); err != nil {
		return Outcome{}, err
	}
	if len(p.state.WebAuthnSession) == 0 {
		return Outcome{}, tether.Errorf(tether.EINVALID, "no security key challenge is pending for this sign-in; begin again")
	}
	session := p.state.WebAuthnSession
	p.state.WebAuthnSession = nil // a challenge answers once, right or wrong
	if _, err := s.Store.UpdateTicket(ctx, p.ticket.Hash, func(t *tether.Ticket) error { t.Data = mustJSON(p.state); return nil }); err != nil {
		return Outcome{}, err
	}
	u, creds, err := s.webauthnUser(ctx, p.user)
	if err != nil {
		return Outcome{}, err
	}
	updated, credID, err := wa.FinishLogin(u, session, response)
	if err != nil {
		return Outcome{}, s.wrongAnswer(ctx, p, tether.Errorf(tether.EUNAUTHORIZED, "the security key's answer was not accepted: %v", err))
	}
	for _, d := range creds {
		if d.CredentialID == credID {
			now := s.now()
			if _, err := s.Store.UpdateMFADevice(ctx, d.ID, func(d *tether.MFADevice) error {
				d.Secret, d.LastUsedAt = string(updated), now
				return nil
			}); err != nil {
				return Outcome{}, err
			}
		}
	}
	return s.proven(ctx, p)
}

// BeginTOTPAtSignIn registers an authenticator app during step register-mfa.
func (s *Service) BeginTOTPAtSignIn(ctx context.Context, secret, name string) (TOTPRegistration, error) {
	p, err := s.resume(ctx, secret, StepRegisterMFA)
	if err != nil {
		return TOTPRegistration{}, err
	}
	return s.BeginTOTP(ctx, p.user, name)
}

// FinishTOTPAtSignIn confirms the device with its first code, which also
// proves the second factor for this sign-in.
func (s *Service) FinishTOTPAtSignIn(ctx context.Context, secret, id, code string) (tether.MFADevice, Outcome, error) {
	p, err := s.resume(ctx, secret, StepRegisterMFA)
	if err != nil {
		return tether.MFADevice{}, Outcome{}, err
	}
	d, err := s.ConfirmTOTP(ctx, p.user, id, code)
	if err != nil {
		if tether.ErrorCode(err) == tether.EUNAUTHORIZED {
			err = s.wrongAnswer(ctx, p, err)
		}
		return d, Outcome{}, err
	}
	out, err := s.proven(ctx, p)
	return d, out, err
}

// BeginWebAuthnAtSignIn registers a security key during step register-mfa.
func (s *Service) BeginWebAuthnAtSignIn(ctx context.Context, secret, name string) (string, []byte, error) {
	p, err := s.resume(ctx, secret, StepRegisterMFA)
	if err != nil {
		return "", nil, err
	}
	return s.BeginWebAuthnRegistration(ctx, p.user, name)
}

// FinishWebAuthnAtSignIn confirms the security key, which also proves the
// second factor for this sign-in.
func (s *Service) FinishWebAuthnAtSignIn(ctx context.Context, secret, id string, response []byte) (tether.MFADevice, Outcome, error) {
	p, err := s.resume(ctx, secret, StepRegisterMFA)
	if err != nil {
		return tether.MFADevice{}, Outcome{}, err
	}
	d, err := s.FinishWebAuthnRegistration(ctx, p.user, id, response)
	if err != nil {
		return d, Outcome{}, err
	}
	out, err := s.proven(ctx, p)
	return d, out, err
}
