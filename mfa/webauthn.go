package mfa

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/go-webauthn/webauthn/protocol"
	"github.com/go-webauthn/webauthn/webauthn"
)

// ceremonyTimeout is how long the browser may take to answer, and how long
// the session state returned by a Begin call stays valid.
const ceremonyTimeout = 5 * time.Minute

// maxResponseSize bounds the browser JSON a Finish call will parse.
const maxResponseSize = 1 << 20

// WebAuthnConfig names the relying party: the site the credentials belong to.
type WebAuthnConfig struct {
	// RPID is the host name credentials are scoped to, e.g. "tether.example.com"
	// or "localhost"; no scheme or port.
	RPID string
	// RPDisplayName is shown by the browser and authenticator, e.g. "Tether".
	RPDisplayName string
	// RPOrigins are the origins the browser pages run at, e.g.
	// "https://localhost:8443". Each host must be RPID or a subdomain of it.
	RPOrigins []string
}

// WebAuthn runs registration and login ceremonies for security keys,
// passkeys and built-in authenticators. It is safe for concurrent use.
type WebAuthn struct {
	wa *webauthn.WebAuthn
}

// NewWebAuthn checks cfg and returns a WebAuthn relying party.
func NewWebAuthn(cfg WebAuthnConfig) (*WebAuthn, error) {
	if cfg.RPID == "" {
		return nil, errors.New("WebAuthn RPID is empty: set it to the host name of the console, e.g. tether.example.com")
	}
	if cfg.RPDisplayName == "" {
		return nil, errors.New("WebAuthn RPDisplayName is empty")
	}
	if len(cfg.RPOrigins) == 0 {
		return nil, errors.New("WebAuthn RPOrigins is empty: list the origins the console is served at, e.g. https://tether.example.com")
	}
	for _, o := range cfg.RPOrigins {
		if err := checkOrigin(o, cfg.RPID); err != nil {
			return nil, err
		}
	}
	wa, err := webauthn.New(&webauthn.Config{
		RPID:                  cfg.RPID,
		RPDisplayName:         cfg.RPDisplayName,
		RPOrigins:             append([]string(nil), cfg.RPOrigins...),
		AttestationPreference: protocol.PreferNoAttestation,
		AuthenticatorSelection: protocol.AuthenticatorSelection{
			ResidentKey:        protocol.ResidentKeyRequirementPreferred,
			RequireResidentKey: protocol.ResidentKeyNotRequired(),
			UserVerification:   protocol.VerificationPreferred,
		},
		// Client extension outputs are unsigned and nothing here acts on
		// them; browsers and password managers that add outputs nobody asked
		// for must not make registration or login fail.
		ExtensionsUnsolicitedOutputPolicy: protocol.UnsolicitedOutputPolicyIgnore,
		Timeouts: webauthn.TimeoutsConfig{
			Login:        webauthn.TimeoutConfig{Enforce: true, Timeout: ceremonyTimeout, TimeoutUVD: ceremonyTimeout},
			Registration: webauthn.TimeoutConfig{Enforce: true, Timeout: ceremonyTimeout, TimeoutUVD: ceremonyTimeout},
		},
	})
	if err != nil {
		return nil, fmt.Errorf("WebAuthn configuration: %w", err)
	}
	return &WebAuthn{wa: wa}, nil
}

// checkOrigin accepts https origins, and http for localhost, whose host is
// rpID or one of its subdomains.
func checkOrigin(origin, rpID string) error {
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" || u.Opaque != "" {
		return fmt.Errorf("WebAuthn origin %q is not a URL like https://host:port", origin)
	}
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return fmt.Errorf("WebAuthn origin %q must be only scheme, host and port", origin)
	}
	host := strings.ToLower(u.Hostname())
	switch {
	case u.Scheme == "https":
	case u.Scheme == "http" && host == "localhost":
	default:
		return fmt.Errorf("WebAuthn origin %q must use https (browsers allow http only for localhost)", origin)
	}
	rp := strings.ToLower(rpID)
	if host != rp && !strings.HasSuffix(host, "."+rp) {
		return fmt.Errorf("WebAuthn origin %q is not on the RPID host %q or a subdomain of it", origin, rpID)
	}
	return nil
}

// WebAuthnUser is the account a ceremony is for.
type WebAuthnUser struct {
	// ID is the stable user handle (1 to 64 bytes), e.g. the user ID. It is
	// stored on the authenticator; do not use an e-mail address.
	ID []byte
	// Name is the account name shown when choosing a credential; DisplayName
	// defaults to it.
	Name, DisplayName string
	// Credentials are the user's stored credential blobs, as returned by
	// FinishRegistration and FinishLogin.
	Credentials [][]byte
}

// user adapts a WebAuthnUser to go-webauthn's User interface.
type user struct {
	WebAuthnUser
	creds []webauthn.Credential
}

func (u *user) WebAuthnID() []byte                         { return u.ID }
func (u *user) WebAuthnName() string                       { return u.Name }
func (u *user) WebAuthnDisplayName() string                { return u.DisplayName }
func (u *user) WebAuthnCredentials() []webauthn.Credential { return u.creds }

func newUser(u WebAuthnUser) (*user, error) {
	if n := len(u.ID); n == 0 || n > protocol.MaximumUserHandleLength {
		return nil, fmt.Errorf("WebAuthn user ID is %d bytes; it must be 1 to %d", n, protocol.MaximumUserHandleLength)
	}
	if u.Name == "" {
		return nil, errors.New("WebAuthn user name is empty")
	}
	if u.DisplayName == "" {
		u.DisplayName = u.Name
	}
	out := &user{WebAuthnUser: u}
	for i, blob := range u.Credentials {
		c, err := decodeCredential(blob)
		if err != nil {
			return nil, fmt.Errorf("stored WebAuthn credential %d of user %q: %w", i, u.Name, err)
		}
		out.creds = append(out.creds, c)
	}
	return out, nil
}

func decodeCredential(blob []byte) (webauthn.Credential, error) {
	var c webauthn.Credential
	if err := json.Unmarshal(blob, &c); err != nil {
		return c, fmt.Errorf("not valid credential JSON: %w", err)
	}
	if len(c.ID) == 0 || len(c.PublicKey) == 0 {
		return c, errors.New("credential JSON has no id or publicKey")
	}
	// A stored credential never carries a clone warning (FinishLogin refuses
	// those), so a warning after verification was raised by this login.
	c.Authenticator.CloneWarning = false
	return c, nil
}

// BeginRegistration starts adding a credential for u. It returns the
// options for navigator.credentials.create as JSON ({"publicKey":{...}},
// binary fields in base64url), and session state the caller keeps
// server-side until FinishRegistration. The user's existing credentials are
// excluded so the same authenticator is not registered twice.
func (w *WebAuthn) BeginRegistration(u WebAuthnUser) (options []byte, session []byte, err error) {
	usr, err := newUser(u)
	if err != nil {
		return nil, nil, err
	}
	creation, sd, err := w.wa.BeginRegistration(usr,
		webauthn.WithExclusions(webauthn.Credentials(usr.creds).CredentialDescriptors()),
		webauthn.WithResidentKeyRequirement(protocol.ResidentKeyRequirementPreferred),
		// credProps tells whether the credential is discoverable (a passkey).
		webauthn.WithExtensions(webauthn.WithExtensionCredProps()),
	)
	if err != nil {
		return nil, nil, describe("begin WebAuthn registration", err)
	}
	return encodeCeremony(creation, ceremonyRegister, sd)
}

// FinishRegistration verifies the browser's answer to BeginRegistration's
// options and returns the new credential blob to store with the user, and
// its credential ID in base64url.
func (w *WebAuthn) FinishRegistration(u WebAuthnUser, session []byte, response []byte) (credential []byte, credentialID string, err error) {
	defer recoverInto(&err, "finish WebAuthn registration")
	usr, err := newUser(u)
	if err != nil {
		return nil, "", err
	}
	sd, err := decodeSession(session, ceremonyRegister)
	if err != nil {
		return nil, "", err
	}
	if err := checkResponseSize(response); err != nil {
		return nil, "", err
	}
	parsed, err := protocol.ParseCredentialCreationResponseBytes(response)
	if err != nil {
		return nil, "", describe("WebAuthn registration response", attestationDetail(response, err))
	}
	cred, err := w.wa.CreateCredential(usr, sd, parsed)
	if err != nil {
		return nil, "", describe("WebAuthn registration refused", err)
	}
	for _, c := range usr.creds {
		if bytes.Equal(c.ID, cred.ID) {
			return nil, "", errors.New("WebAuthn registration refused: this authenticator is already registered for the user")
		}
	}
	return encodeCredential(cred)
}

// BeginLogin starts a login for u with one of the user's credentials. It
// returns the options for navigator.credentials.get as JSON
// ({"publicKey":{...}}) and session state the caller keeps server-side until
// FinishLogin. It fails if the user has no credentials.
func (w *WebAuthn) BeginLogin(u WebAuthnUser) (options []byte, session []byte, err error) {
	usr, err := newUser(u)
	if err != nil {
		return nil, nil, err
	}
	if len(usr.creds) == 0 {
		return nil, nil, fmt.Errorf("WebAuthn login: user %q has no registered security keys or passkeys", u.Name)
	}
	assertion, sd, err := w.wa.BeginLogin(usr)
	if err != nil {
		return nil, nil, describe("begin WebAuthn login", err)
	}
	return encodeCeremony(assertion, ceremonyLogin, sd)
}

// FinishLogin verifies the browser's answer to BeginLogin's options. It
// returns the used credential's updated blob (sign count, flags), which the
// caller stores in place of the old one, and its credential ID in
// base64url. A sign count that did not increase, the sign of a cloned
// authenticator, is an error.
func (w *WebAuthn) FinishLogin(u WebAuthnUser, session []byte, response []byte) (updated []byte, credentialID string, err error) {
	defer recoverInto(&err, "finish WebAuthn login")
	usr, err := newUser(u)
	if err != nil {
		return nil, "", err
	}
	sd, err := decodeSession(session, ceremonyLogin)
	if err != nil {
		return nil, "", err
	}
	if err := checkResponseSize(response); err != nil {
		return nil, "", err
	}
	parsed, err := protocol.ParseCredentialRequestResponseBytes(response)
	if err != nil {
		return nil, "", describe("WebAuthn login response", err)
	}
	cred, err := w.wa.ValidateLogin(usr, sd, parsed)
	if err != nil {
		return nil, "", describe("WebAuthn login refused", err)
	}
	if cred.Authenticator.CloneWarning {
		return nil, "", fmt.Errorf("WebAuthn login refused: the sign count of credential %s did not increase (stored %d, got %d), so the authenticator may have been cloned",
			base64.RawURLEncoding.EncodeToString(cred.ID), cred.Authenticator.SignCount, parsed.Response.AuthenticatorData.Counter)
	}
	return encodeCredential(cred)
}

func encodeCredential(c *webauthn.Credential) ([]byte, string, error) {
	blob, err := json.Marshal(c)
	if err != nil {
		return nil, "", fmt.Errorf("encode WebAuthn credential: %w", err)
	}
	return blob, base64.RawURLEncoding.EncodeToString(c.ID), nil
}

func checkResponseSize(response []byte) error {
	if len(response) > maxResponseSize {
		return fmt.Errorf("WebAuthn response is %d bytes; at most %d are accepted", len(response), maxResponseSize)
	}
	return nil
}

// recoverInto turns a panic while handling browser input into an error, so
// that no request can crash the server.
func recoverInto(err *error, op string) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: the response could not be processed (internal error: %v)", op, r)
	}
}
