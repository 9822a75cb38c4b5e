package identity_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
)

// TestMFASettingsMatrix signs in under every combination of prompt and
// no-device rule, for a user with a confirmed authenticator app, with only an
// unfinished registration, and with no device at all, and completes whatever
// step is asked.
func TestMFASettingsMatrix(t *testing.T) {
	t.Parallel()
	prompts := []tether.MFAPrompt{tether.MFAAlways, tether.MFAContext, tether.MFANever}
	noDevices := []tether.MFANoDevice{tether.NoDeviceRegister, tether.NoDeviceEmailOTP, tether.NoDeviceBlock, tether.NoDeviceAllow}
	devices := []string{"device", "pending", "none"}
	for _, prompt := range prompts {
		for _, noDevice := range noDevices {
			for _, device := range devices {
				t.Run(fmt.Sprintf("%s/%s/%s", prompt, noDevice, device), func(t *testing.T) {
					t.Parallel()
					testMFACombination(t, prompt, noDevice, device)
				})
			}
		}
	}
}

func testMFACombination(t *testing.T, prompt tether.MFAPrompt, noDevice tether.MFANoDevice, device string) {
	e := newEnv(t, settings(func(s *tether.MFASettings) {
		s.Prompt, s.NoDevice, s.Types = prompt, noDevice, []tether.MFADeviceKind{tether.MFATOTP}
	}))
	user := e.addUser("carol")
	var secret string
	switch device {
	case "device":
		_, secret = e.registerTOTP(user, "Phone")
	case "pending": // registration begun, never confirmed: not a device
		if _, err := e.svc.BeginTOTP(e.ctx, user, "Phone"); err != nil {
			t.Fatalf("BeginTOTP: %v", err)
		}
	}
	r := req("carol")
	r.DeviceID = "device-1"
	out, err := e.signIn(r)

	// want is the step SignIn must stop at: "" for signed in, "blocked" for
	// refused.
	want := ""
	switch {
	case prompt == tether.MFANever:
	case device == "device":
		want = identity.StepMFA
	case noDevice == tether.NoDeviceRegister:
		want = identity.StepRegisterMFA
	case noDevice == tether.NoDeviceEmailOTP:
		want = identity.StepEmailCode
	case noDevice == tether.NoDeviceBlock:
		want = "blocked"
	}

	var in *identity.SignedIn
	var mfaAt time.Time
	switch want {
	case "":
		in = wantSignedIn(t, out, err)
	case "blocked":
		wantErr(t, err, tether.EFORBIDDEN, "carol", "no MFA device")
		if ds, _ := e.svc.Devices(e.ctx, user); len(ds) != 0 {
			t.Errorf("a blocked sign-in left devices %v", ds)
		}
		return
	case identity.StepMFA:
		step := wantStep(t, out, err, want)
		if !slices.Equal(step.Methods, []tether.MFADeviceKind{tether.MFATOTP}) {
			t.Errorf("mfa step methods = %v, want [totp]", step.Methods)
		}
		mfaAt = e.clock.Advance(5 * time.Second)
		out, err = e.svc.SignInCode(e.ctx, step.Ticket, e.code(secret), testIP)
		in = wantSignedIn(t, out, err)
	case identity.StepRegisterMFA:
		step := wantStep(t, out, err, want)
		if !slices.Equal(step.Methods, []tether.MFADeviceKind{tether.MFATOTP}) {
			t.Errorf("register-mfa step methods = %v, want [totp]", step.Methods)
		}
		reg, err := e.svc.BeginTOTPAtSignIn(e.ctx, step.Ticket, "Phone")
		if err != nil {
			t.Fatalf("BeginTOTPAtSignIn: %v", err)
		}
		mfaAt = e.clock.Advance(5 * time.Second)
		_, out, err = e.svc.FinishTOTPAtSignIn(e.ctx, step.Ticket, reg.Device.ID, e.code(reg.Secret))
		in = wantSignedIn(t, out, err)
	case identity.StepEmailCode:
		step := wantStep(t, out, err, want)
		if step.Email != "c***@example.com" {
			t.Errorf("email-code step shows address %q, want c***@example.com", step.Email)
		}
		code := e.emailCode("carol@example.com")
		mfaAt = e.clock.Advance(5 * time.Second)
		out, err = e.svc.SignInCode(e.ctx, step.Ticket, code, testIP)
		in = wantSignedIn(t, out, err)
	}

	if in.User.Username != "carol" || in.PermissionSet.Name != identity.AdministratorAccess {
		t.Errorf("signed in as %s with %s, want carol with %s", in.User.Username, in.PermissionSet.Name, identity.AdministratorAccess)
	}
	if in.Token.SourceIP != testIP {
		t.Errorf("token source IP = %q, want %q", in.Token.SourceIP, testIP)
	}
	if got, want := in.Token.ExpiresAt, e.clock.Now().Add(identity.DefaultSessionDuration); !got.Equal(want) {
		t.Errorf("token expires at %v, want %v", got, want)
	}
	e.wantMFAAt(in, mfaAt)
}

// TestMFAPromptContext checks that prompt "context" asks for MFA once per
// device and address, and always when the client sends no device ID.
func TestMFAPromptContext(t *testing.T) {
	t.Parallel()
	e := newEnv(t, settings(func(s *tether.MFASettings) { s.Prompt = tether.MFAContext }))
	user := e.addUser("dana")
	_, secret := e.registerTOTP(user, "Phone")
	const ipA, ipB = "198.51.100.1", "198.51.100.2"
	signIn := func(device, ip string) (identity.Outcome, error) {
		return e.signIn(identity.SignInRequest{Username: "dana", Password: userPassword, SourceIP: ip, DeviceID: device})
	}
	// passMFA answers the mfa step with a fresh code.
	passMFA := func(step *identity.Step, ip string) *identity.SignedIn {
		t.Helper()
		mfaAt := e.clock.Advance(30 * time.Second)
		out, err := e.svc.SignInCode(e.ctx, step.Ticket, e.code(secret), ip)
		in := wantSignedIn(t, out, err)
		e.wantMFAAt(in, mfaAt)
		return in
	}

	// First sign-in from device X at address A: prompted.
	out, err := signIn("device-X", ipA)
	first := passMFA(wantStep(t, out, err, identity.StepMFA), ipA)

	// Same device and address: not prompted, and the token records when MFA
	// was proven on this device (aws:MultiFactorAuthAge grows from there).
	e.clock.Advance(time.Minute)
	out, err = signIn("device-X", ipA)
	e.wantMFAAt(wantSignedIn(t, out, err), first.Token.MFAAuthenticatedAt)

	// A new device, or a new address: prompted.
	out, err = signIn("device-Y", ipA)
	wantStep(t, out, err, identity.StepMFA)
	out, err = signIn("device-X", ipB)
	wantStep(t, out, err, identity.StepMFA)

	// Without a device ID: prompted, even right after passing MFA that way.
	out, err = signIn("", ipA)
	passMFA(wantStep(t, out, err, identity.StepMFA), ipA)
	out, err = signIn("", ipA)
	wantStep(t, out, err, identity.StepMFA)

	// The trusted device is still trusted a while later...
	e.clock.Advance(29 * 24 * time.Hour)
	out, err = signIn("device-X", ipA)
	wantSignedIn(t, out, err)

	// ...but prompt "always" ignores it.
	e.putSettings(*settings(nil))
	out, err = signIn("device-X", ipA)
	wantStep(t, out, err, identity.StepMFA)

	// Trust lasts 30 days from the MFA.
	e.putSettings(*settings(func(s *tether.MFASettings) { s.Prompt = tether.MFAContext }))
	e.clock.Advance(24 * time.Hour)
	out, err = signIn("device-X", ipA)
	wantStep(t, out, err, identity.StepMFA)
}

// TestRegisterMFAAtSignIn registers an authenticator app in the middle of a
// sign-in (no-device rule "register"), which also proves the second factor.
func TestRegisterMFAAtSignIn(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil) // baseline: always, register, totp+webauthn
	user := e.addUser("erin")

	out, err := e.signIn(req("erin"))
	step := wantStep(t, out, err, identity.StepRegisterMFA)
	if !slices.Contains(step.Methods, tether.MFATOTP) {
		t.Errorf("register-mfa methods = %v, want totp among them", step.Methods)
	}
	if want := e.clock.Now().Add(10 * time.Minute); !step.ExpiresAt.Equal(want) {
		t.Errorf("step expires at %v, want %v", step.ExpiresAt, want)
	}

	// The step is register-mfa: codes are not what it waits for.
	_, err = e.svc.SignInCode(e.ctx, step.Ticket, "123456", testIP)
	wantErr(t, err, tether.EINVALID, "waiting for step register-mfa")

	reg, err := e.svc.BeginTOTPAtSignIn(e.ctx, step.Ticket, "Work phone")
	if err != nil {
		t.Fatalf("BeginTOTPAtSignIn: %v", err)
	}
	if reg.Device.Confirmed || reg.Device.Name != "Work phone" || reg.Device.UserID != user.ID {
		t.Errorf("registration device = %+v", reg.Device)
	}

	// A wrong first code is refused and the sign-in may try again.
	_, _, err = e.svc.FinishTOTPAtSignIn(e.ctx, step.Ticket, reg.Device.ID, e.wrongTOTP(reg.Secret))
	wantErr(t, err, tether.EUNAUTHORIZED, "not valid")

	mfaAt := e.clock.Advance(10 * time.Second)
	d, out, err := e.svc.FinishTOTPAtSignIn(e.ctx, step.Ticket, reg.Device.ID, e.code(reg.Secret))
	in := wantSignedIn(t, out, err)
	if !d.Confirmed || d.ID != reg.Device.ID {
		t.Errorf("registered device = %+v, want confirmed %s", d, reg.Device.ID)
	}
	e.wantMFAAt(in, mfaAt)

	// The ticket is used up.
	_, _, err = e.svc.FinishTOTPAtSignIn(e.ctx, step.Ticket, reg.Device.ID, e.code(reg.Secret))
	wantErr(t, err, tether.EUNAUTHORIZED)

	// The device is the user's now: the next sign-in asks for a code.
	if ds, err := e.svc.Devices(e.ctx, user); err != nil || len(ds) != 1 || ds[0].Name != "Work phone" {
		t.Fatalf("Devices = %v, %v; want the work phone", ds, err)
	}
	if evs := e.eventsNamed(identity.EventMFADeviceAdded); len(evs) != 1 || evs[0].UserName != "erin" {
		t.Errorf("MFADeviceRegistered events = %+v", evs)
	}
	e.clock.Advance(30 * time.Second)
	out, err = e.signIn(req("erin"))
	step = wantStep(t, out, err, identity.StepMFA)
	out, err = e.svc.SignInCode(e.ctx, step.Ticket, e.code(reg.Secret), testIP)
	wantSignedIn(t, out, err)
}
