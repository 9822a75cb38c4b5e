package identity

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strings"
	"time"

	"github.com/tetherhq/tether"
)

// TokenPrefix marks Tether bearer tokens so that secret scanners and people
// recognise them.
const TokenPrefix = "tth_"

// SignInRequest is one sign-in attempt. DeviceID is a random identifier the
// client keeps, so that MFA prompt "context" can recognise a device.
type SignInRequest struct {
	Username      string
	Password      string
	PermissionSet string // may be empty when the user has exactly one
	SourceIP      string
	DeviceID      string
}

// SignedIn is the outcome of a successful sign-in. Secret is the bearer
// token; it is shown once and only its hash is stored.
type SignedIn struct {
	Secret        string
	Token         tether.Token
	User          tether.User
	PermissionSet tether.PermissionSet
}

// Principal is the caller behind a valid token.
type Principal struct {
	User          tether.User
	PermissionSet tether.PermissionSet
	Token         tether.Token
}

// Name is the signed-in identity as people see it.
func (p Principal) Name() string { return tether.IdentityName(p.PermissionSet, p.User.Username) }

// Sign-in steps, named as in the API.
const (
	StepChangePassword      = "change-password"
	StepMFA                 = "mfa"
	StepEmailCode           = "email-code"
	StepRegisterMFA         = "register-mfa"
	StepChoosePermissionSet = "choose-permission-set"
)

// signInTTL is how long a sign-in may wait for its next step.
const signInTTL = 10 * time.Minute

// maxStepAttempts is how many wrong answers one sign-in may give before it
// must start again with the password.
const maxStepAttempts = 5

// Outcome is where a sign-in stands: signed in, or waiting for a step.
type Outcome struct {
	SignedIn *SignedIn
	Next     *Step
}

// Step is what a sign-in needs next. Ticket names the sign-in in the answer.
type Step struct {
	Ticket         string
	Name           string
	Methods        []tether.MFADeviceKind
	PermissionSets []string
	Email          string // masked, for step email-code
	Message        string
	ExpiresAt      time.Time
}

// signInState is what a sign-in ticket remembers between steps.
type signInState struct {
	PermissionSet   string    `json:"PermissionSet,omitempty"`
	SourceIP        string    `json:"SourceIp,omitempty"`
	DeviceID        string    `json:"DeviceId,omitempty"`
	Step            string    `json:"Step"`
	PasswordChanged bool      `json:"PasswordChanged,omitempty"`
	MFADone         bool      `json:"MFADone,omitempty"`
	MFAAt           time.Time `json:"MFAAt,omitzero"`
	// TrustedDevice: MFAAt is from an earlier sign-in on this device.
	TrustedDevice   bool   `json:"TrustedDevice,omitempty"`
	WebAuthnSession []byte `json:"WebAuthnSession,omitempty"`
	// pendingSecret is the secret of a ticket not yet stored.
	pendingSecret string
}

// SignIn checks the password, then walks the user through whatever the
// directory requires next (a new password, a second factor, a choice of
// permission set) and binds the user to one permission set. Every password
// failure, unknown user and unusable account gets the same answer, and costs
// the same time.
func (s *Service) SignIn(ctx context.Context, req SignInRequest) (Outcome, error) {
	if err := s.checkAttempt(ctx, req.Username, req.SourceIP); err != nil {
		return Outcome{}, err
	}
	user, err := s.Store.User(ctx, req.Username)
	if err != nil && tether.ErrorCode(err) != tether.ENOTFOUND {
		return Outcome{}, err
	}
	hash := user.PasswordHash
	if hash == "" {
		hash = dummyHash
	}
	ok := VerifyPassword(hash, req.Password)
	if err != nil || !ok || user.PasswordHash == "" {
		return Outcome{}, s.failed(ctx, req.Username, req.SourceIP, errBadCredentials)
	}
	if user.Status != tether.UserActive {
		return Outcome{}, errBadCredentials
	}
	st := signInState{PermissionSet: req.PermissionSet, SourceIP: req.SourceIP, DeviceID: req.DeviceID}
	return s.advance(ctx, user, "", &st)
}

// failed counts a failure and returns err, or the lockout error when this
// failure locked the user name.
func (s *Service) failed(ctx context.Context, username, sourceIP string, err error) error {
	locked, ferr := s.recordFailure(ctx, username, sourceIP)
	switch {
	case ferr != nil:
		return ferr
	case locked:
		return lockedError(username)
	}
	return err
}

// advance moves a sign-in to its next step, or finishes it. secret names
// the sign-in's ticket once there is one.
func (s *Service) advance(ctx context.Context, user tether.User, secret string, st *signInState) (Outcome, error) {
	set, err := s.MFASettings(ctx)
	if err != nil {
		return Outcome{}, err
	}
	if user.PasswordChangeRequired && !st.PasswordChanged {
		return s.pause(ctx, user, secret, st, Step{Name: StepChangePassword,
			Message: "Your password was set by an administrator. Choose a new password to continue."})
	}
	if !st.MFADone {
		step, err := s.mfaStep(ctx, user, secret, st, set)
		if err != nil || step != nil {
			if err != nil {
				return Outcome{}, err
			}
			return s.pause(ctx, user, secret, st, *step)
		}
		st.MFADone = true
	}
	sets, err := s.UserPermissionSets(ctx, s.Store, user)
	if err != nil {
		return Outcome{}, err
	}
	if st.PermissionSet == "" && len(sets) > 1 {
		names := make([]string, len(sets))
		for i, ps := range sets {
			names[i] = ps.Name
		}
		return s.pause(ctx, user, secret, st, Step{Name: StepChoosePermissionSet, PermissionSets: names,
			Message: "Choose the permission set to sign in with."})
	}
	ps, err := choosePermissionSet(user.Username, sets, st.PermissionSet)
	if err != nil {
		return Outcome{}, err
	}
	if secret != "" {
		if err := consume(ctx, s.Store, tether.Ticket{Hash: HashToken(secret)}, "sign-in", "sign in again"); err != nil {
			return Outcome{}, err
		}
	}
	if err := s.clearFailures(ctx, user.Username); err != nil {
		return Outcome{}, err
	}
	if !st.MFAAt.IsZero() && !st.TrustedDevice && set.Prompt == tether.MFAContext {
		if err := s.trustDevice(ctx, user, st); err != nil {
			return Outcome{}, err
		}
	}
	in, err := s.issueToken(ctx, user, ps, st.SourceIP, st.MFAAt)
	return Outcome{SignedIn: &in}, err
}

// mfaStep is the second-factor step the user owes, or nil when none.
func (s *Service) mfaStep(ctx context.Context, user tether.User, secret string, st *signInState, set tether.MFASettings) (*Step, error) {
	if set.Prompt == tether.MFANever {
		return nil, nil
	}
	if set.Prompt == tether.MFAContext {
		since, err := s.trusted(ctx, user, st)
		if err != nil {
			return nil, err
		}
		if !since.IsZero() { // MFA was proven on this device then
			st.MFAAt, st.TrustedDevice = since, true
			return nil, nil
		}
	}
	devices, err := s.usableDevices(ctx, user, set)
	if err != nil {
		return nil, err
	}
	if len(devices) > 0 {
		return &Step{Name: StepMFA, Methods: deviceKinds(devices),
			Message: "Enter the code from your authenticator app, or use your security key."}, nil
	}
	switch set.NoDevice {
	case tether.NoDeviceRegister:
		return &Step{Name: StepRegisterMFA, Methods: s.registrable(set),
			Message: "Your directory requires an MFA device. Register one to continue."}, nil
	case tether.NoDeviceEmailOTP:
		step := &Step{Name: StepEmailCode, Email: maskEmail(user.Email),
			Message: "We sent a one-time code to your email address. Enter it to continue."}
		if st.Step != StepEmailCode { // the first time only; later ones are resends
			if secret == "" {
				st.pendingSecret = newSecret() // the code is bound to the ticket about to be issued
				secret = st.pendingSecret
			}
			if err := s.sendEmailCode(ctx, user, HashToken(secret), st.SourceIP); err != nil {
				return nil, err
			}
		}
		return step, nil
	case tether.NoDeviceBlock:
		return nil, tether.Errorf(tether.EFORBIDDEN,
			"sign-in blocked: user %s has no MFA device and this directory requires one; ask an administrator",
			user.Username)
	}
	return nil, nil // NoDeviceAllow
}

// pause stores the sign-in's state under its ticket (issuing the ticket on
// the first step) and returns the step.
func (s *Service) pause(ctx context.Context, user tether.User, secret string, st *signInState, step Step) (Outcome, error) {
	st.Step = step.Name
	var t tether.Ticket
	var err error
	if secret == "" {
		secret = st.pendingSecret
		if secret == "" {
			secret = newSecret()
		}
		now := s.now()
		t = tether.Ticket{Hash: HashToken(secret), Kind: tether.TicketSignIn, UserID: user.ID,
			Data: mustJSON(st), CreatedAt: now, ExpiresAt: now.Add(signInTTL)}
		err = s.Store.CreateTicket(ctx, t)
	} else {
		t, err = s.Store.UpdateTicket(ctx, HashToken(secret), func(t *tether.Ticket) error {
			t.Data = mustJSON(st)
			return nil
		})
	}
	if err != nil {
		return Outcome{}, err
	}
	step.Ticket, step.ExpiresAt = secret, t.ExpiresAt
	return Outcome{Next: &step}, nil
}

// issueToken creates the bearer token of a signed-in identity.
func (s *Service) issueToken(ctx context.Context, user tether.User, ps tether.PermissionSet, sourceIP string, mfaAt time.Time) (SignedIn, error) {
	now := s.now()
	secret := newSecret()
	tok := tether.Token{
		Hash: HashToken(secret), UserID: user.ID, PermissionSetID: ps.ID, SourceIP: sourceIP,
		CreatedAt: now, ExpiresAt: now.Add(ps.SessionDuration), MFAAuthenticatedAt: mfaAt,
	}
	if err := s.Store.CreateToken(ctx, tok); err != nil {
		return SignedIn{}, err
	}
	return SignedIn{Secret: secret, Token: tok, User: user, PermissionSet: ps}, nil
}

// SwitchPermissionSet signs the caller in again with another of its
// permission sets, keeping when MFA was proven, and revokes the old token.
func (s *Service) SwitchPermissionSet(ctx context.Context, p Principal, oldSecret, name string) (SignedIn, error) {
	sets, err := s.UserPermissionSets(ctx, s.Store, p.User)
	if err != nil {
		return SignedIn{}, err
	}
	ps, err := choosePermissionSet(p.User.Username, sets, name)
	if err != nil {
		return SignedIn{}, err
	}
	in, err := s.issueToken(ctx, p.User, ps, p.Token.SourceIP, p.Token.MFAAuthenticatedAt)
	if err != nil {
		return SignedIn{}, err
	}
	return in, s.SignOut(ctx, oldSecret)
}

func choosePermissionSet(username string, sets []tether.PermissionSet, want string) (tether.PermissionSet, error) {
	if len(sets) == 0 {
		return tether.PermissionSet{}, tether.Errorf(tether.EFORBIDDEN,
			"user %s has no permission set assigned; ask an administrator for an assignment", username)
	}
	names := make([]string, len(sets))
	for i, ps := range sets {
		if ps.Name == want {
			return ps, nil
		}
		names[i] = ps.Name
	}
	if want == "" && len(sets) == 1 {
		return sets[0], nil
	}
	if want == "" {
		return tether.PermissionSet{}, invalid("PermissionSet",
			"user %s has several permission sets; choose one of: %s", username, strings.Join(names, ", "))
	}
	return tether.PermissionSet{}, tether.Errorf(tether.EFORBIDDEN,
		"permission set %q is not assigned to user %s; assigned: %s", want, username, strings.Join(names, ", "))
}

// Authenticate returns the principal behind a bearer token. Expired, revoked
// and forged tokens, tokens of disabled users, and tokens whose permission set
// is no longer assigned are all EUNAUTHORIZED.
func (s *Service) Authenticate(ctx context.Context, secret string) (Principal, error) {
	if !strings.HasPrefix(secret, TokenPrefix) {
		return Principal{}, tether.Errorf(tether.EUNAUTHORIZED, "invalid token; sign in with tether login")
	}
	tok, err := s.Store.Token(ctx, HashToken(secret))
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		return Principal{}, tether.Errorf(tether.EUNAUTHORIZED, "invalid or revoked token; sign in with tether login")
	} else if err != nil {
		return Principal{}, err
	}
	if !s.now().Before(tok.ExpiresAt) {
		return Principal{}, tether.Errorf(tether.EUNAUTHORIZED, "session expired at %s; sign in again with tether login",
			tok.ExpiresAt.UTC().Format("2006-01-02T15:04:05Z"))
	}
	user, err := s.Store.UserByID(ctx, tok.UserID)
	if err != nil {
		return Principal{}, unauthorizedIfMissing(err)
	}
	if user.Status != tether.UserActive {
		return Principal{}, tether.Errorf(tether.EUNAUTHORIZED, "user %s is %s", user.Username, user.Status)
	}
	sets, err := s.UserPermissionSets(ctx, s.Store, user)
	if err != nil {
		return Principal{}, err
	}
	for _, ps := range sets {
		if ps.ID == tok.PermissionSetID {
			return Principal{User: user, PermissionSet: ps, Token: tok}, nil
		}
	}
	return Principal{}, tether.Errorf(tether.EUNAUTHORIZED,
		"the permission set of this sign-in is no longer assigned to %s; sign in again", user.Username)
}

// SignOut revokes a token.
func (s *Service) SignOut(ctx context.Context, secret string) error {
	return unauthorizedIfMissing(s.Store.DeleteToken(ctx, HashToken(secret)))
}

// HashToken is how a bearer secret is stored and looked up.
func HashToken(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

func newSecret() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return TokenPrefix + base64.RawURLEncoding.EncodeToString(b)
}

func unauthorizedIfMissing(err error) error {
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		return tether.Errorf(tether.EUNAUTHORIZED, "invalid or revoked token; sign in with tether login")
	}
	return err
}
