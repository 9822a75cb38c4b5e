package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
	"github.com/tetherhq/tether/mail/smtptest"
	"github.com/tetherhq/tether/mfa"
)

// mailTimeout is how long a test waits for an email: generous, since it
// waits for a state and does not measure speed.
const mailTimeout = 2 * time.Minute

// startMailServer starts a real SMTP server (STARTTLS, its own CA) and
// returns it with the tether server flags that send mail through it.
func startMailServer(t *testing.T) (*smtptest.Server, []string) {
	t.Helper()
	s := smtptest.Start(t, smtptest.Options{TLS: true})
	ca := writeFile(t, "smtp-ca.pem", string(s.CAPEM()))
	return s, []string{"--smtp", "smtp://" + s.Addr() + "?from=tether@example.com&security=starttls", "--smtp-ca-file", ca}
}

var (
	invitationLink = regexp.MustCompile(`https://\S+/console/accept\?token=([^\s"&<]+)`)
	emailedCode    = regexp.MustCompile(`(?m)^\s+(\d{6})\s*$`)
)

// invitationToken extracts the token of the invitation link in an email.
func invitationToken(t *testing.T, m smtptest.Received) string {
	t.Helper()
	match := invitationLink.FindStringSubmatch(m.Text)
	if match == nil {
		t.Fatalf("no invitation link in the email %q:\n%s", m.Header.Get("Subject"), m.Text)
	}
	token, err := url.QueryUnescape(match[1])
	if err != nil {
		t.Fatal(err)
	}
	return token
}

// codeOf extracts the one-time code of a sign-in code email.
func codeOf(t *testing.T, m smtptest.Received) string {
	t.Helper()
	match := emailedCode.FindStringSubmatch(m.Text)
	if match == nil {
		t.Fatalf("no code in the email %q:\n%s", m.Header.Get("Subject"), m.Text)
	}
	return match[1]
}

// apiClient is a Go client of ts with c's sign-in (none for a fresh CLI), as
// the web console's pages would call the API.
func (c *cli) apiClient(ts *testServer) *client.Client {
	c.t.Helper()
	st, _, err := loadState(&env{getenv: func(k string) string {
		if k == configDirEnv {
			return c.configDir
		}
		return ""
	}})
	if err != nil {
		c.t.Fatal(err)
	}
	caPEM, err := os.ReadFile(ts.caFile)
	if err != nil {
		c.t.Fatal(err)
	}
	cl, err := client.New(ts.url, caPEM, st.Token)
	if err != nil {
		c.t.Fatal(err)
	}
	return cl
}

// waitOutput waits until a background command has printed want, failing
// at once if the command exits first.
func (b *background) waitOutput(t *testing.T, want string) string {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		out := b.out.String()
		if strings.Contains(out, want) {
			return out
		}
		select {
		case code := <-b.done:
			b.done <- code
			t.Fatalf("the command exited with %d before printing %q:\n%s", code, want, b.out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %q in:\n%s", want, out)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// wait waits for a background command to exit by itself and returns its
// exit status.
func (b *background) wait(t *testing.T) int {
	t.Helper()
	select {
	case code := <-b.done:
		b.done <- code
		return code
	case <-time.After(2 * time.Minute):
		t.Fatalf("the command did not finish:\n%s", b.out.String())
		return -1
	}
}

// feed writes one line to a command's standard input, failing if the
// command does not read it.
func feed(t *testing.T, w io.Writer, line string) {
	t.Helper()
	done := make(chan error, 1)
	go func() { _, err := io.WriteString(w, line+"\n"); done <- err }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("writing to the command's standard input: %v", err)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("the command did not read its standard input")
	}
}

// totpStep is the TOTP time step of t (30-second steps).
func totpStep(t time.Time) int64 { return t.Unix() / 30 }

// totpAt returns secret's code for time step step.
func totpAt(t *testing.T, secret string, step int64) string {
	t.Helper()
	code, err := mfa.TOTPCode(secret, time.Unix(step*30, 0))
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// freshTOTP returns a code the server accepts now and that no earlier code
// used: the one of the step after the current step (the server accepts one
// step either way for clock skew), once that step is after used. It waits
// for the clock when used is the current or the next step.
func freshTOTP(t *testing.T, secret string, used int64) (string, int64) {
	t.Helper()
	eventually(t, "a TOTP step after the last one used", func() bool { return totpStep(time.Now())+1 > used })
	step := totpStep(time.Now()) + 1
	return totpAt(t, secret, step), step
}

// wrongTOTP returns a six-digit code that is none of secret's codes near now.
func wrongTOTP(t *testing.T, secret string) string {
	t.Helper()
	now := totpStep(time.Now())
	near := map[string]bool{}
	for s := now - 3; s <= now+3; s++ {
		near[totpAt(t, secret, s)] = true
	}
	for i := 0; ; i++ {
		code := fmt.Sprintf("%06d", (i*137035)%1000000)
		if !near[code] {
			return code
		}
	}
}

// The seed's sign-in story end to end (its steps 3, 5 and 6): an invitation
// by real email, accepted as the console's page does; the seed's MFA
// settings; a first sign-in with a code sent by email; an authenticator app
// registered from the CLI; sign-in with password and six-digit code; and
// the protections around it: a used code, a wrong code, and the lockout.
func TestSeedSignInWithMFA(t *testing.T) {
	ctx := context.Background()
	mailbox, flags := startMailServer(t)
	ts := startServer(t, "", flags...)
	admin := newCLI(t)
	admin.login(ts, "admin", adminPassword)
	const email = "testuser01@example.com"
	password := userPassword("testuser01")

	// Step 3: create testuser01 and invite them by email.
	var created api.CreateUserResponse
	admin.okJSON(&created, "admin", "users", "create", "testuser01", "--email", email,
		"--first", "Test", "--last", "User01", "--display", "Test User01", "--invite")
	if !created.InvitationSent || created.OneTimePassword != "" || created.User.Username != "testuser01" ||
		created.User.Status != tether.UserInvited {
		t.Fatalf("create --invite answered %+v", created)
	}
	invitation := mailbox.WaitFor(t, email, mailTimeout)
	if !invitation.TLS {
		t.Error("the invitation went over an unencrypted SMTP session")
	}
	token := invitationToken(t, invitation)
	console := newCLI(t).apiClient(ts) // the invitation page is public
	inv, err := console.InspectInvitation(ctx, token)
	if err != nil || inv.UserName != "testuser01" || inv.Email != email {
		t.Fatalf("inspect invitation: %+v, %v", inv, err)
	}
	if _, err := console.AcceptInvitation(ctx, token, password); err != nil {
		t.Fatalf("accept invitation: %v", err)
	}
	if _, err := console.AcceptInvitation(ctx, token, password); err == nil {
		t.Error("an invitation link worked twice")
	}
	var u tether.User
	admin.okJSON(&u, "admin", "users", "get", "testuser01")
	if u.Status != tether.UserActive {
		t.Fatalf("after accepting the invitation testuser01 is %s", u.Status)
	}
	admin.ok("", "admin", "permission-sets", "create", "ProductionPermissionSet",
		"--policy-file", "../../examples/policies/ProductionPermissionSet.json")
	admin.ok("", "admin", "assignments", "create", "--user", "testuser01", "--permission-set", "ProductionPermissionSet")

	// Step 5: MFA always, authenticator apps, an emailed code for users
	// without a device.
	var set tether.MFASettings
	admin.okJSON(&set, "admin", "mfa-settings", "set", "--prompt", "always", "--types", "totp", "--no-device", "email-otp")
	if set.Prompt != tether.MFAAlways || len(set.Types) != 1 || set.Types[0] != tether.MFATOTP || set.NoDevice != tether.NoDeviceEmailOTP {
		t.Fatalf("MFA settings = %+v", set)
	}

	// Step 6, first sign-in: no device yet, so a code comes by email. The
	// script writes the password, waits for the email, then writes the code.
	user := newCLI(t)
	stdin, w := io.Pipe()
	t.Cleanup(func() { stdin.Close() })
	login := user.startWithInput(stdin, "login", "--server", ts.url, "--ca-file", ts.caFile, "--user", "testuser01", "--password-stdin")
	feed(t, w, password)
	login.waitOutput(t, "A one-time code was sent to t***@example.com")
	feed(t, w, codeOf(t, mailbox.WaitFor(t, email, mailTimeout)))
	if code := login.wait(t); code != 0 {
		t.Fatalf("login with the emailed code exited %d:\n%s", code, login.out.String())
	}
	var who api.WhoAmI
	user.okJSON(&who, "whoami")
	if !who.MFAAuthenticated || who.UserName != "testuser01" {
		t.Fatalf("after the emailed code: %+v", who)
	}

	// Step 6, register an authenticator app: begin, compute the code as the
	// app would, finish.
	var begun struct{ DeviceId, URI, Secret string }
	user.okJSON(&begun, "mfa", "register", "totp", "--begin", "--name", "Phone")
	if !strings.HasPrefix(begun.URI, "otpauth://totp/") || begun.Secret == "" || begun.DeviceId == "" {
		t.Fatalf("register --begin printed %+v", begun)
	}
	registeredAt := totpStep(time.Now())
	var device tether.MFADevice
	user.okJSON(&device, "mfa", "register", "totp", "--finish", begun.DeviceId, "--code", totpAt(t, begun.Secret, registeredAt))
	if device.ID != begun.DeviceId || !device.Confirmed || device.Name != "Phone" {
		t.Fatalf("register --finish printed %+v", device)
	}
	list := user.ok("", "mfa", "list")
	mustContain(t, list, "ID", "TYPE", "NAME", "REGISTERED", "LAST USED", begun.DeviceId, "totp", "Phone")
	var devices api.MFADevices
	admin.okJSON(&devices, "admin", "users", "mfa-devices", "testuser01")
	if len(devices.Devices) != 1 || devices.Devices[0].ID != begun.DeviceId {
		t.Fatalf("the administrator sees devices %+v", devices.Devices)
	}

	// Sign out, and in again with the password and the six-digit code.
	user.ok("", "logout")
	user.fails(exitFailure, "", "whoami")
	code, used := freshTOTP(t, begun.Secret, registeredAt)
	user.login(ts, "testuser01", password, "--mfa-code", code)
	user.okJSON(&who, "whoami")
	if !who.MFAAuthenticated || !strings.HasPrefix(who.Identity, "TetherReserved_ProductionPermissionSet_") ||
		!strings.HasSuffix(who.Identity, "/testuser01") {
		t.Fatalf("after password and code: %+v", who)
	}
	if len(mailbox.Messages()) != 2 { // the invitation and the one emailed code
		t.Errorf("%d emails were sent; a user with a device got another emailed code", len(mailbox.Messages()))
	}

	// A code works once, and a wrong code is refused; neither signs in.
	intruder := newCLI(t)
	loginArgs := []string{"login", "--server", ts.url, "--ca-file", ts.caFile, "--user", "testuser01", "--password-stdin"}
	stderr := intruder.fails(exitFailure, password+"\n", append(loginArgs, "--mfa-code", code)...)
	mustContain(t, stderr, "already used")
	stderr = intruder.fails(exitFailure, password+"\n", append(loginArgs, "--mfa-code", wrongTOTP(t, begun.Secret))...)
	mustContain(t, stderr, "not valid")
	intruder.fails(exitFailure, "", "whoami")

	// Lockout: with a threshold of 3, three wrong passwords in a row lock the
	// user name; then even the right password is refused, until an
	// administrator unlocks it. (The two wrong codes above counted as
	// failures too; unlocking first starts the count from zero.)
	admin.okJSON(&set, "admin", "mfa-settings", "set", "--lockout-threshold", "3")
	if set.LockoutThreshold != 3 || set.Prompt != tether.MFAAlways || set.NoDevice != tether.NoDeviceEmailOTP {
		t.Fatalf("after --lockout-threshold 3 the settings are %+v", set)
	}
	admin.ok("", "admin", "users", "unlock", "testuser01")
	for i := 1; i <= 2; i++ {
		mustContain(t, intruder.fails(exitFailure, "wrong-password\n", loginArgs...), "invalid username or password")
	}
	mustContain(t, intruder.fails(exitFailure, "wrong-password\n", loginArgs...), "locked")
	code, _ = freshTOTP(t, begun.Secret, used)
	mustContain(t, intruder.fails(exitFailure, password+"\n", append(loginArgs, "--mfa-code", code)...), "locked", "tether admin users unlock")
	admin.ok("", "admin", "users", "unlock", "testuser01")
	intruder.login(ts, "testuser01", password, "--mfa-code", code)
	intruder.okJSON(&who, "whoami")
	if !who.MFAAuthenticated || who.UserName != "testuser01" {
		t.Fatalf("after the unlock: %+v", who)
	}
}
