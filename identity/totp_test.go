package identity_test

import (
	"bytes"
	"image/png"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
)

// TestTOTPRegistration covers BeginTOTP and ConfirmTOTP outside sign-in.
func TestTOTPRegistration(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	user := e.addUser("frank")

	reg, err := e.svc.BeginTOTP(e.ctx, user, "")
	if err != nil {
		t.Fatalf("BeginTOTP: %v", err)
	}
	u, err := url.Parse(reg.URI)
	if err != nil {
		t.Fatalf("TOTP URI %q: %v", reg.URI, err)
	}
	issuer := "Tether " + e.acct.ID
	q := u.Query()
	switch {
	case u.Scheme != "otpauth" || u.Host != "totp":
		t.Errorf("TOTP URI %q is not otpauth://totp/", reg.URI)
	case q.Get("secret") != reg.Secret || reg.Secret == "":
		t.Errorf("TOTP URI secret = %q, registration secret = %q", q.Get("secret"), reg.Secret)
	case q.Get("issuer") != issuer:
		t.Errorf("TOTP URI issuer = %q, want %q", q.Get("issuer"), issuer)
	case u.Path != "/"+issuer+":frank":
		t.Errorf("TOTP URI label = %q, want %q", u.Path, "/"+issuer+":frank")
	}
	if cfg, err := png.DecodeConfig(bytes.NewReader(reg.QRCodePNG)); err != nil || cfg.Width < 100 {
		t.Errorf("QR code is not a usable PNG: %v, %+v", err, cfg)
	}
	if reg.Device.Name != "Authenticator app" || reg.Device.Kind != tether.MFATOTP || reg.Device.Confirmed {
		t.Errorf("new device = %+v, want an unconfirmed TOTP device with the default name", reg.Device)
	}

	// Unconfirmed devices are not listed.
	if ds, err := e.svc.Devices(e.ctx, user); err != nil || len(ds) != 0 {
		t.Fatalf("Devices before confirmation = %v, %v; want none", ds, err)
	}

	// A wrong code is refused, a malformed one too; the registration stays.
	_, err = e.svc.ConfirmTOTP(e.ctx, user, reg.Device.ID, e.wrongTOTP(reg.Secret))
	wantErr(t, err, tether.EUNAUTHORIZED, "not valid")
	_, err = e.svc.ConfirmTOTP(e.ctx, user, reg.Device.ID, "12ab56")
	wantErr(t, err, tether.EUNAUTHORIZED, "not valid")

	// Another user cannot confirm it.
	other := e.addUser("grace")
	_, err = e.svc.ConfirmTOTP(e.ctx, other, reg.Device.ID, e.code(reg.Secret))
	wantErr(t, err, tether.ENOTFOUND)

	d, err := e.svc.ConfirmTOTP(e.ctx, user, reg.Device.ID, e.code(reg.Secret))
	if err != nil {
		t.Fatalf("ConfirmTOTP with the current code: %v", err)
	}
	if !d.Confirmed {
		t.Errorf("confirmed device = %+v", d)
	}
	_, err = e.svc.ConfirmTOTP(e.ctx, user, reg.Device.ID, e.code(reg.Secret, 30*time.Second))
	wantErr(t, err, tether.ECONFLICT, "already registered")

	ds, err := e.svc.Devices(e.ctx, user)
	if err != nil || len(ds) != 1 || ds[0].ID != reg.Device.ID {
		t.Fatalf("Devices = %v, %v; want %s", ds, err, reg.Device.ID)
	}
	if ds[0].Secret == "" {
		t.Errorf("the stored device lost its secret")
	}
	if evs := e.eventsNamed(identity.EventMFADeviceAdded); len(evs) != 1 || evs[0].UserName != "frank" ||
		!strings.Contains(evs[0].Detail, reg.Device.ID) {
		t.Errorf("MFADeviceRegistered events = %+v", evs)
	}
}

// TestTOTPSignInCodes covers which codes a sign-in accepts: the current one,
// one period either side (clock skew), each at most once.
func TestTOTPSignInCodes(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	user := e.addUser("heidi")
	reg, err := e.svc.BeginTOTP(e.ctx, user, "Phone")
	if err != nil {
		t.Fatalf("BeginTOTP: %v", err)
	}
	confirmCode := e.code(reg.Secret)
	if _, err := e.svc.ConfirmTOTP(e.ctx, user, reg.Device.ID, confirmCode); err != nil {
		t.Fatalf("ConfirmTOTP: %v", err)
	}
	secret := reg.Secret
	mfaStep := func() *identity.Step {
		t.Helper()
		out, err := e.signIn(req("heidi"))
		return wantStep(t, out, err, identity.StepMFA)
	}
	submit := func(step *identity.Step, code string) (identity.Outcome, error) {
		return e.svc.SignInCode(e.ctx, step.Ticket, code, testIP)
	}

	// The code that confirmed the device cannot sign in: it was used.
	step := mfaStep()
	_, err = submit(step, confirmCode)
	wantErr(t, err, tether.EUNAUTHORIZED, "already used")

	// The next period's code works (on the same sign-in, which survived the
	// wrong answer), and records the time.
	at := e.clock.Advance(30 * time.Second)
	code := e.code(secret)
	out, err := submit(step, code)
	e.wantMFAAt(wantSignedIn(t, out, err), at)

	// Replaying it in a new sign-in is refused.
	step = mfaStep()
	_, err = submit(step, code)
	wantErr(t, err, tether.EUNAUTHORIZED, "already used")

	// Two periods later, the code from 30 s earlier (not yet used) is
	// accepted for clock skew, once.
	e.clock.Advance(60 * time.Second)
	earlier := e.code(secret, -30*time.Second)
	out, err = submit(step, earlier)
	wantSignedIn(t, out, err)
	step = mfaStep()
	_, err = submit(step, earlier)
	wantErr(t, err, tether.EUNAUTHORIZED, "already used")

	// The current code is still good (it is later than the one just used).
	out, err = submit(step, e.code(secret))
	wantSignedIn(t, out, err)

	// Next period: its code works; the code from two periods back is simply
	// invalid now.
	e.clock.Advance(30 * time.Second)
	step = mfaStep()
	_, err = submit(step, e.code(secret, -60*time.Second))
	wantErr(t, err, tether.EUNAUTHORIZED, "not valid")
	out, err = submit(step, e.code(secret))
	wantSignedIn(t, out, err)

	// A code from 30 s ahead is accepted for skew too; once it is used,
	// the current one (an earlier step) counts as used.
	step = mfaStep()
	out, err = submit(step, e.code(secret, 30*time.Second))
	wantSignedIn(t, out, err)
	step = mfaStep()
	_, err = submit(step, e.code(secret))
	wantErr(t, err, tether.EUNAUTHORIZED, "already used")

	// Malformed codes are refused as invalid.
	for _, bad := range []string{"", "1234567", "abcdef"} {
		_, err = submit(step, bad)
		wantErr(t, err, tether.EUNAUTHORIZED, "not valid")
	}
}

// TestTOTPTwoDevicesAndRemoval: a code from any confirmed device works;
// a removed device's codes stop working.
func TestTOTPTwoDevicesAndRemoval(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil) // no-device rule: register
	user := e.addUser("ivan")
	devA, secretA := e.registerTOTP(user, "Phone A")
	devB, secretB := e.registerTOTP(user, "Phone B")
	// An unfinished third registration is not listed.
	if _, err := e.svc.BeginTOTP(e.ctx, user, "Phone C"); err != nil {
		t.Fatalf("BeginTOTP: %v", err)
	}
	ds, err := e.svc.Devices(e.ctx, user)
	if err != nil || len(ds) != 2 || ds[0].ID != devA.ID || ds[1].ID != devB.ID {
		t.Fatalf("Devices = %+v, %v; want A and B", ds, err)
	}

	signInWith := func(code string) (identity.Outcome, error) {
		t.Helper()
		out, err := e.signIn(req("ivan"))
		step := wantStep(t, out, err, identity.StepMFA)
		return e.svc.SignInCode(e.ctx, step.Ticket, code, testIP)
	}
	// In the same period, one code from each device: each device keeps its
	// own record of used codes.
	e.clock.Advance(30 * time.Second)
	out, err := signInWith(e.code(secretA))
	wantSignedIn(t, out, err)
	out, err = signInWith(e.code(secretB))
	wantSignedIn(t, out, err)

	// Another user cannot remove ivan's device.
	other := e.addUser("judy")
	err = e.svc.RemoveDevice(e.ctx, other, devA.ID)
	wantErr(t, err, tether.ENOTFOUND)

	if err := e.svc.RemoveDevice(e.ctx, user, devA.ID); err != nil {
		t.Fatalf("RemoveDevice(A): %v", err)
	}
	err = e.svc.RemoveDevice(e.ctx, user, devA.ID)
	wantErr(t, err, tether.ENOTFOUND)
	e.clock.Advance(30 * time.Second)
	_, err = signInWith(e.code(secretA))
	wantErr(t, err, tether.EUNAUTHORIZED, "not valid")
	out, err = signInWith(e.code(secretB))
	wantSignedIn(t, out, err)

	if err := e.svc.RemoveDevice(e.ctx, user, devB.ID); err != nil {
		t.Fatalf("RemoveDevice(B): %v", err)
	}
	if evs := e.eventsNamed(identity.EventMFADeviceRemoved); len(evs) != 2 {
		t.Errorf("MFADeviceRemoved events = %+v, want 2", evs)
	}
	// No device left: the user must register one again.
	out, err = e.signIn(req("ivan"))
	wantStep(t, out, err, identity.StepRegisterMFA)
}

// TestTOTPTypeNotAllowed: a directory that allows only security keys
// refuses authenticator apps, at registration and at sign-in.
func TestTOTPTypeNotAllowed(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	user := e.addUser("kim")
	_, secret := e.registerTOTP(user, "Phone") // registered while allowed
	e.putSettings(*settings(func(s *tether.MFASettings) {
		s.Types, s.NoDevice = []tether.MFADeviceKind{tether.MFAWebAuthn}, tether.NoDeviceBlock
	}))

	_, err := e.svc.BeginTOTP(e.ctx, user, "Another phone")
	wantErr(t, err, tether.EFORBIDDEN, "does not allow totp")

	// The existing app no longer counts as a device: the sign-in is
	// blocked rather than asking for its code.
	_, err = e.signIn(req("kim"))
	wantErr(t, err, tether.EFORBIDDEN, "no MFA device")

	// With "register", the step offers only security keys, and starting an
	// app registration in it is refused too.
	e.putSettings(*settings(func(s *tether.MFASettings) {
		s.Types, s.NoDevice = []tether.MFADeviceKind{tether.MFAWebAuthn}, tether.NoDeviceRegister
	}))
	out, err := e.signIn(req("kim"))
	step := wantStep(t, out, err, identity.StepRegisterMFA)
	if slices.Contains(step.Methods, tether.MFATOTP) {
		t.Errorf("register-mfa methods = %v offer totp, which is not allowed", step.Methods)
	}
	_, err = e.svc.BeginTOTPAtSignIn(e.ctx, step.Ticket, "Phone")
	wantErr(t, err, tether.EFORBIDDEN, "does not allow totp")

	// Allowed again, the old app works again.
	e.putSettings(*settings(nil))
	out, err = e.signIn(req("kim"))
	step = wantStep(t, out, err, identity.StepMFA)
	out, err = e.svc.SignInCode(e.ctx, step.Ticket, e.code(secret), testIP)
	wantSignedIn(t, out, err)
}

// TestCheckSelfManagement honours UsersManageDevices.
func TestCheckSelfManagement(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	if err := e.svc.CheckSelfManagement(e.ctx); err != nil {
		t.Fatalf("CheckSelfManagement with defaults: %v", err)
	}
	e.putSettings(*settings(func(s *tether.MFASettings) { s.UsersManageDevices = false }))
	wantErr(t, e.svc.CheckSelfManagement(e.ctx), tether.EFORBIDDEN, "only administrators")
	e.putSettings(*settings(func(s *tether.MFASettings) { s.UsersManageDevices = true }))
	if err := e.svc.CheckSelfManagement(e.ctx); err != nil {
		t.Fatalf("CheckSelfManagement re-enabled: %v", err)
	}
}

// TestWebAuthnUnavailable: without a relying party, every security-key
// call says so.
func TestWebAuthnUnavailable(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	user := e.addUser("liam")
	out, err := e.signIn(req("liam"))
	step := wantStep(t, out, err, identity.StepRegisterMFA)

	_, err = e.svc.BeginWebAuthnSignIn(e.ctx, step.Ticket)
	wantErr(t, err, tether.EUNAVAILABLE, "WebAuthn")
	_, err = e.svc.FinishWebAuthnSignIn(e.ctx, step.Ticket, []byte("{}"), testIP)
	wantErr(t, err, tether.EUNAVAILABLE)
	_, _, err = e.svc.BeginWebAuthnAtSignIn(e.ctx, step.Ticket, "Key")
	wantErr(t, err, tether.EUNAVAILABLE)
	_, _, err = e.svc.BeginWebAuthnRegistration(e.ctx, user, "Key")
	wantErr(t, err, tether.EUNAVAILABLE)
}

// TestConcurrentTOTPCode submits one valid code to two sign-ins at once:
// exactly one may succeed.
func TestConcurrentTOTPCode(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	user := e.addUser("mia")
	_, secret := e.registerTOTP(user, "Phone")
	for round := range 3 {
		e.clock.Advance(30 * time.Second)
		code := e.code(secret)
		var tickets [2]string
		for i := range tickets {
			out, err := e.signIn(req("mia"))
			tickets[i] = wantStep(t, out, err, identity.StepMFA).Ticket
		}
		var wg sync.WaitGroup
		start := make(chan struct{})
		var errs [2]error
		var outs [2]identity.Outcome
		for i := range tickets {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				outs[i], errs[i] = e.svc.SignInCode(e.ctx, tickets[i], code, testIP)
			}()
		}
		close(start)
		wg.Wait()
		ok := 0
		for i := range errs {
			switch {
			case errs[i] == nil && outs[i].SignedIn != nil:
				ok++
			case tether.ErrorCode(errs[i]) == tether.EUNAUTHORIZED && strings.Contains(tether.ErrorMessage(errs[i]), "already used"):
			default:
				t.Errorf("round %d sign-in %d: outcome %+v, error %v", round, i, outs[i], errs[i])
			}
		}
		if ok != 1 {
			t.Fatalf("round %d: %d sign-ins succeeded with one code, want exactly 1 (errors %v)", round, ok, errs)
		}
	}
}
