package identity

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strings"

	"github.com/tetherhq/tether"
)

// TokenPrefix marks Tether bearer tokens so that secret scanners and people
// recognise them.
const TokenPrefix = "tth_"

// SignInRequest is one sign-in attempt.
type SignInRequest struct {
	Username      string
	Password      string
	PermissionSet string // may be empty when the user has exactly one
	SourceIP      string
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

// SignIn checks the password and binds the user to one of the permission sets
// assigned to them. Every password failure, unknown user and unusable account
// gets the same answer, and costs the same time.
//
// A second factor slots in between the password check and token issue: the
// token records when MFA was proven (Token.MFAAuthenticatedAt).
func (s *Service) SignIn(ctx context.Context, req SignInRequest) (SignedIn, error) {
	user, err := s.Store.User(ctx, req.Username)
	if err != nil && tether.ErrorCode(err) != tether.ENOTFOUND {
		return SignedIn{}, err
	}
	hash := user.PasswordHash
	if hash == "" {
		hash = dummyHash
	}
	ok := VerifyPassword(hash, req.Password)
	if err != nil || !ok || user.PasswordHash == "" || user.Status != tether.UserActive {
		return SignedIn{}, errBadCredentials
	}
	sets, err := s.UserPermissionSets(ctx, s.Store, user)
	if err != nil {
		return SignedIn{}, err
	}
	ps, err := choosePermissionSet(user.Username, sets, req.PermissionSet)
	if err != nil {
		return SignedIn{}, err
	}
	now := s.now()
	secret := newSecret()
	tok := tether.Token{
		Hash: HashToken(secret), UserID: user.ID, PermissionSetID: ps.ID, SourceIP: req.SourceIP,
		CreatedAt: now, ExpiresAt: now.Add(ps.SessionDuration),
	}
	if err := s.Store.CreateToken(ctx, tok); err != nil {
		return SignedIn{}, err
	}
	return SignedIn{Secret: secret, Token: tok, User: user, PermissionSet: ps}, nil
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
