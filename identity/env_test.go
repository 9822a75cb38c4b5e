package identity_test

// Shared fixtures for the behaviour tests of sign-in and MFA: a real SQLite
// store in a temporary directory, a fake clock, a real in-process SMTP
// server reached over STARTTLS, and a recorder of security events.

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
	"github.com/tetherhq/tether/mail"
	"github.com/tetherhq/tether/mail/smtptest"
	"github.com/tetherhq/tether/mfa"
	"github.com/tetherhq/tether/store/sqlite"
)

const (
	adminName     = "admin"
	adminPassword = "Granite-Lantern-42"
	// userPassword is every test user's password; it contains none of the
	// test user names.
	userPassword = "Violet-Harbor-7-Quartz"
	testIP       = "192.0.2.10"
	publicURL    = "https://tether.example"
	// mailWait is generous: the tests must pass on a busy 2-core machine.
	mailWait = 10 * time.Second
)

// baseTime is where every fake clock starts: one second into a TOTP period
// (Unix time divisible by 30, plus 1 s), so steps are easy to reason about.
var baseTime = time.Date(2031, 5, 6, 7, 8, 1, 0, time.UTC)

// clock is a fake time source that only moves when told to.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Advance(d time.Duration) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	return c.now
}

// env is one deployment under test.
type env struct {
	t     *testing.T
	ctx   context.Context
	svc   *identity.Service
	clock *clock
	smtp  *smtptest.Server
	acct  tether.Account

	mu     sync.Mutex
	events []identity.Event
}

// newEnv opens a fresh store, initialises it with an administrator holding
// AdministratorAccess, and stores settings (the baseline when nil).
func newEnv(t *testing.T, set *tether.MFASettings) *env {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tether.db"))
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })

	srv := smtptest.Start(t, smtptest.Options{TLS: true})
	sender, err := mail.NewSMTP(mail.SMTPConfig{
		Host: srv.Host(), Port: srv.Port(), Security: mail.SecurityStartTLS,
		From: "Tether <tether@tether.example>", RootCAs: srv.RootCAs(), Timeout: 30 * time.Second,
	})
	if err != nil {
		t.Fatalf("mail.NewSMTP: %v", err)
	}

	e := &env{t: t, ctx: ctx, clock: &clock{now: baseTime}, smtp: srv}
	e.svc = &identity.Service{Store: st, Now: e.clock.Now, Mail: sender, PublicURL: publicURL}
	e.svc.Events = func(_ context.Context, ev identity.Event) {
		e.mu.Lock()
		defer e.mu.Unlock()
		e.events = append(e.events, ev)
	}
	e.acct, err = e.svc.Init(ctx, identity.Bootstrap{AdminUser: adminName, AdminEmail: "admin@tether.example", AdminPassword: adminPassword})
	if err != nil {
		t.Fatalf("Init: %v", err)
	}
	if set == nil {
		set = settings(nil)
	}
	e.putSettings(*set)
	return e
}

// settings returns the tests' baseline MFA settings changed by fn. The
// baseline is spelled out rather than taken from DefaultMFASettings so that
// the tests do not depend on what a new deployment defaults to: MFA at every
// sign-in with either kind of device, registration for users without one,
// users managing their own devices, lockout after 10 failures.
func settings(fn func(*tether.MFASettings)) *tether.MFASettings {
	set := tether.MFASettings{
		Prompt: tether.MFAAlways, Types: []tether.MFADeviceKind{tether.MFATOTP, tether.MFAWebAuthn},
		NoDevice: tether.NoDeviceRegister, UsersManageDevices: true, LockoutThreshold: 10,
	}
	if fn != nil {
		fn(&set)
	}
	return &set
}

func (e *env) putSettings(set tether.MFASettings) {
	e.t.Helper()
	if _, err := e.svc.PutMFASettings(e.ctx, set); err != nil {
		e.t.Fatalf("PutMFASettings(%+v): %v", set, err)
	}
}

// addPermissionSet creates a permission set with a simple policy.
func (e *env) addPermissionSet(name string) tether.PermissionSet {
	e.t.Helper()
	ps, err := e.svc.CreatePermissionSet(e.ctx, identity.NewPermissionSet{
		Name: name,
		InlinePolicy: `{"Version": "2012-10-17", "Statement": [
			{"Effect": "Allow", "Action": "ssm:StartSession", "Resource": "*"}]}`,
	})
	if err != nil {
		e.t.Fatalf("CreatePermissionSet(%s): %v", name, err)
	}
	return ps
}

// addUser creates an active user with userPassword and the given permission
// sets (AdministratorAccess when none is given). Its email address is
// name@example.com.
func (e *env) addUser(name string, sets ...string) tether.User {
	e.t.Helper()
	if _, err := e.svc.CreateUser(e.ctx, identity.NewUser{Username: name, Email: name + "@example.com"}); err != nil {
		e.t.Fatalf("CreateUser(%s): %v", name, err)
	}
	if err := e.svc.SetPassword(e.ctx, name, userPassword, false); err != nil {
		e.t.Fatalf("SetPassword(%s): %v", name, err)
	}
	if len(sets) == 0 {
		sets = []string{identity.AdministratorAccess}
	}
	for _, ps := range sets {
		if err := e.svc.CreateAssignment(e.ctx, identity.AssignmentKey{
			PrincipalType: tether.PrincipalUser, PrincipalName: name, PermissionSet: ps,
		}); err != nil {
			e.t.Fatalf("CreateAssignment(%s, %s): %v", name, ps, err)
		}
	}
	return e.user(name)
}

// user reads a user back from the store.
func (e *env) user(name string) tether.User {
	e.t.Helper()
	u, err := e.svc.User(e.ctx, name)
	if err != nil {
		e.t.Fatalf("User(%s): %v", name, err)
	}
	return u
}

// req is a sign-in of name with userPassword from testIP.
func req(name string) identity.SignInRequest {
	return identity.SignInRequest{Username: name, Password: userPassword, SourceIP: testIP}
}

func (e *env) signIn(r identity.SignInRequest) (identity.Outcome, error) {
	return e.svc.SignIn(e.ctx, r)
}

// registerTOTP registers and confirms an authenticator app for user and
// moves the clock to the next TOTP period, so that the code used to confirm
// it is not the current one. It returns the device and its secret.
func (e *env) registerTOTP(user tether.User, name string) (tether.MFADevice, string) {
	e.t.Helper()
	reg, err := e.svc.BeginTOTP(e.ctx, user, name)
	if err != nil {
		e.t.Fatalf("BeginTOTP(%s): %v", user.Username, err)
	}
	d, err := e.svc.ConfirmTOTP(e.ctx, user, reg.Device.ID, e.code(reg.Secret))
	if err != nil {
		e.t.Fatalf("ConfirmTOTP(%s): %v", user.Username, err)
	}
	e.clock.Advance(30 * time.Second)
	return d, reg.Secret
}

// code is the TOTP code of secret at the fake clock's time plus offset.
func (e *env) code(secret string, offset ...time.Duration) string {
	e.t.Helper()
	at := e.clock.Now()
	for _, o := range offset {
		at = at.Add(o)
	}
	c, err := mfa.TOTPCode(secret, at)
	if err != nil {
		e.t.Fatalf("TOTPCode: %v", err)
	}
	return c
}

// wrongTOTP is a well-formed code that matches none of the steps accepted at
// the fake clock's time.
func (e *env) wrongTOTP(secret string) string {
	e.t.Helper()
	valid := map[string]bool{}
	for _, o := range []time.Duration{-30 * time.Second, 0, 30 * time.Second} {
		valid[e.code(secret, o)] = true
	}
	for i := 0; ; i++ {
		c := fmt.Sprintf("%06d", i*7919%1000000)
		if !valid[c] {
			return c
		}
	}
}

var codeRE = regexp.MustCompile(`verification code is:\s+(\d{6})\s`)

// emailCode waits for the next one-time code mailed to addr and returns it.
func (e *env) emailCode(addr string) string {
	e.t.Helper()
	m := e.smtp.WaitFor(e.t, addr, mailWait)
	if !m.TLS {
		e.t.Errorf("the code mail to %s was sent without TLS", addr)
	}
	if got, want := m.Header.Get("Subject"), "Your Tether verification code"; got != want {
		e.t.Errorf("code mail subject = %q, want %q", got, want)
	}
	sub := codeRE.FindStringSubmatch(m.Text)
	if sub == nil {
		e.t.Fatalf("no code in the mail to %s:\n%s", addr, m.Text)
	}
	return sub[1]
}

var linkRE = regexp.MustCompile(`https://tether\.example/console/accept\?token=\S+`)

// invitationToken waits for the next invitation mailed to addr and returns
// the token of its link.
func (e *env) invitationToken(addr string) string {
	e.t.Helper()
	m := e.smtp.WaitFor(e.t, addr, mailWait)
	link := linkRE.FindString(m.Text)
	if link == "" {
		e.t.Fatalf("no /console/accept?token= link in the invitation to %s:\n%s", addr, m.Text)
	}
	if !strings.Contains(m.HTML, link) {
		e.t.Errorf("the HTML part of the invitation lacks the link %s", link)
	}
	u, err := url.Parse(link)
	if err != nil {
		e.t.Fatalf("invitation link %q: %v", link, err)
	}
	tok := u.Query().Get("token")
	if tok == "" {
		e.t.Fatalf("invitation link %q has no token", link)
	}
	return tok
}

// eventsNamed returns the recorded events called name.
func (e *env) eventsNamed(name string) []identity.Event {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []identity.Event
	for _, ev := range e.events {
		if ev.Name == name {
			out = append(out, ev)
		}
	}
	return out
}

// authenticate checks a signed-in identity's bearer token works and
// returns its principal.
func (e *env) authenticate(in *identity.SignedIn) identity.Principal {
	e.t.Helper()
	p, err := e.svc.Authenticate(e.ctx, in.Secret)
	if err != nil {
		e.t.Fatalf("Authenticate: %v", err)
	}
	return p
}

// wantStep fails unless out is the step name.
func wantStep(t *testing.T, out identity.Outcome, err error, name string) *identity.Step {
	t.Helper()
	if err != nil {
		t.Fatalf("want step %s, got error %v (%s)", name, err, tether.ErrorCode(err))
	}
	if out.SignedIn != nil {
		t.Fatalf("want step %s, got signed in", name)
	}
	if out.Next == nil {
		t.Fatalf("want step %s, got an empty outcome", name)
	}
	if out.Next.Name != name {
		t.Fatalf("step = %s, want %s", out.Next.Name, name)
	}
	if !strings.HasPrefix(out.Next.Ticket, identity.TokenPrefix) {
		t.Fatalf("step %s has ticket %q", name, out.Next.Ticket)
	}
	return out.Next
}

// wantSignedIn fails unless out is a finished sign-in.
func wantSignedIn(t *testing.T, out identity.Outcome, err error) *identity.SignedIn {
	t.Helper()
	if err != nil {
		t.Fatalf("want signed in, got error %v (%s)", err, tether.ErrorCode(err))
	}
	if out.Next != nil {
		t.Fatalf("want signed in, got step %s", out.Next.Name)
	}
	if out.SignedIn == nil {
		t.Fatalf("want signed in, got an empty outcome")
	}
	if !strings.HasPrefix(out.SignedIn.Secret, identity.TokenPrefix) {
		t.Fatalf("token secret %q lacks the prefix %s", out.SignedIn.Secret, identity.TokenPrefix)
	}
	return out.SignedIn
}

// wantErr fails unless err has code and its message contains every one of
// substrs; it returns the message.
func wantErr(t *testing.T, err error, code string, substrs ...string) string {
	t.Helper()
	if err == nil {
		t.Fatalf("want error %s %q, got none", code, substrs)
	}
	if got := tether.ErrorCode(err); got != code {
		t.Fatalf("error code = %s, want %s (message %q)", got, code, err)
	}
	msg := tether.ErrorMessage(err)
	for _, s := range substrs {
		if !strings.Contains(msg, s) {
			t.Fatalf("error %q does not mention %q", msg, s)
		}
	}
	return msg
}

// wantMFAAt fails unless the token (as issued and as stored) records MFA at
// want; the zero time means no MFA.
func (e *env) wantMFAAt(in *identity.SignedIn, want time.Time) {
	e.t.Helper()
	if !in.Token.MFAAuthenticatedAt.Equal(want) {
		e.t.Errorf("issued token MFAAuthenticatedAt = %v, want %v", in.Token.MFAAuthenticatedAt, want)
	}
	if p := e.authenticate(in); !p.Token.MFAAuthenticatedAt.Equal(want) {
		e.t.Errorf("stored token MFAAuthenticatedAt = %v, want %v", p.Token.MFAAuthenticatedAt, want)
	}
}
