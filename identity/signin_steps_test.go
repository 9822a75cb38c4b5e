package identity_test

import (
	"slices"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
)

// TestChangePasswordAtSignIn: an administrator-issued one-time password
// must be replaced, by a good password, before the sign-in goes on.
func TestChangePasswordAtSignIn(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil) // always, register
	e.addUser("tara")
	otp, err := e.svc.IssueOneTimePassword(e.ctx, "tara")
	if err != nil {
		t.Fatalf("IssueOneTimePassword: %v", err)
	}
	if !e.user("tara").PasswordChangeRequired {
		t.Fatalf("a one-time password does not require a change")
	}

	// The old password is gone.
	_, err = e.signIn(req("tara"))
	wantErr(t, err, tether.EUNAUTHORIZED, "invalid username or password")

	r := req("tara")
	r.Password = otp
	out, err := e.signIn(r)
	step := wantStep(t, out, err, identity.StepChangePassword)

	// Only the password step is open.
	_, err = e.svc.SignInCode(e.ctx, step.Ticket, "123456", testIP)
	wantErr(t, err, tether.EINVALID, "waiting for step change-password")
	_, err = e.svc.SignInPermissionSet(e.ctx, step.Ticket, identity.AdministratorAccess)
	wantErr(t, err, tether.EINVALID, "waiting for step change-password")
	_, err = e.svc.ResendEmailCode(e.ctx, step.Ticket)
	wantErr(t, err, tether.EINVALID, "waiting for step change-password")
	_, err = e.svc.BeginTOTPAtSignIn(e.ctx, step.Ticket, "Phone")
	wantErr(t, err, tether.EINVALID, "waiting for step change-password")

	// The same password, and weak ones, are refused, naming the rule; the
	// sign-in stays open.
	_, err = e.svc.SignInPassword(e.ctx, step.Ticket, otp)
	wantErr(t, err, tether.EINVALID, "must differ")
	for pw, rule := range map[string]string{
		"Sh0rt!":              "at least 10 characters",
		"password123!":        "most common passwords",
		"my-tara-Lighthouse9": "must not contain the username",
	} {
		_, err = e.svc.SignInPassword(e.ctx, step.Ticket, pw)
		wantErr(t, err, tether.EINVALID, "Password", rule)
	}

	// A good one: the sign-in goes on to MFA, on the same ticket.
	const newPassword = "Copper-Meadow-Sixty-1"
	out, err = e.svc.SignInPassword(e.ctx, step.Ticket, newPassword)
	next := wantStep(t, out, err, identity.StepRegisterMFA)
	if next.Ticket != step.Ticket {
		t.Errorf("the sign-in changed tickets between steps")
	}
	if u := e.user("tara"); u.PasswordChangeRequired || u.Status != tether.UserActive {
		t.Errorf("after the change the user is %+v", u)
	}
	// The password step is done: answering it again is refused.
	_, err = e.svc.SignInPassword(e.ctx, step.Ticket, "Another-Good-Pass-77")
	wantErr(t, err, tether.EINVALID, "waiting for step register-mfa")

	reg, err := e.svc.BeginTOTPAtSignIn(e.ctx, next.Ticket, "Phone")
	if err != nil {
		t.Fatalf("BeginTOTPAtSignIn: %v", err)
	}
	_, out, err = e.svc.FinishTOTPAtSignIn(e.ctx, next.Ticket, reg.Device.ID, e.code(reg.Secret))
	wantSignedIn(t, out, err)

	// From now on the new password signs in (to MFA), the one-time one
	// does not.
	_, err = e.signIn(r)
	wantErr(t, err, tether.EUNAUTHORIZED, "invalid username or password")
	r.Password = newPassword
	out, err = e.signIn(r)
	wantStep(t, out, err, identity.StepMFA)
}

// TestChoosePermissionSet: a user with several permission sets chooses one,
// before or during sign-in.
func TestChoosePermissionSet(t *testing.T) {
	t.Parallel()
	e := newEnv(t, settings(func(s *tether.MFASettings) { s.Prompt = tether.MFANever }))
	e.addPermissionSet("ReadOnly")
	e.addPermissionSet("Billing") // exists, not assigned
	e.addUser("uma", identity.AdministratorAccess, "ReadOnly")

	out, err := e.signIn(req("uma"))
	step := wantStep(t, out, err, identity.StepChoosePermissionSet)
	if want := []string{identity.AdministratorAccess, "ReadOnly"}; !slices.Equal(step.PermissionSets, want) {
		t.Errorf("choose-permission-set lists %v, want %v", step.PermissionSets, want)
	}

	_, err = e.svc.SignInPermissionSet(e.ctx, step.Ticket, "Billing")
	wantErr(t, err, tether.EFORBIDDEN, `"Billing" is not assigned`, "uma")
	_, err = e.svc.SignInPermissionSet(e.ctx, step.Ticket, "NoSuchSet")
	wantErr(t, err, tether.EFORBIDDEN, "not assigned")
	_, err = e.svc.SignInPermissionSet(e.ctx, step.Ticket, "")
	wantErr(t, err, tether.EINVALID, "PermissionSet")

	// The sign-in survived the wrong choices.
	out, err = e.svc.SignInPermissionSet(e.ctx, step.Ticket, "ReadOnly")
	in := wantSignedIn(t, out, err)
	if in.PermissionSet.Name != "ReadOnly" {
		t.Errorf("signed in with %s, want ReadOnly", in.PermissionSet.Name)
	}
	if p := e.authenticate(in); p.PermissionSet.Name != "ReadOnly" || p.User.Username != "uma" {
		t.Errorf("token is bound to %s/%s, want ReadOnly/uma", p.PermissionSet.Name, p.User.Username)
	}
	_, err = e.svc.SignInPermissionSet(e.ctx, step.Ticket, "ReadOnly")
	wantErr(t, err, tether.EUNAUTHORIZED)

	// Chosen up front: no step.
	r := req("uma")
	r.PermissionSet = identity.AdministratorAccess
	out, err = e.signIn(r)
	if in := wantSignedIn(t, out, err); in.PermissionSet.Name != identity.AdministratorAccess {
		t.Errorf("signed in with %s, want %s", in.PermissionSet.Name, identity.AdministratorAccess)
	}
	r.PermissionSet = "Billing"
	_, err = e.signIn(r)
	wantErr(t, err, tether.EFORBIDDEN, "not assigned")

	// With MFA, the choice comes after the second factor, and the token
	// keeps the time it was proven.
	e.putSettings(*settings(nil))
	_, secret := e.registerTOTP(e.user("uma"), "Phone")
	out, err = e.signIn(req("uma"))
	step = wantStep(t, out, err, identity.StepMFA)
	mfaAt := e.clock.Now()
	out, err = e.svc.SignInCode(e.ctx, step.Ticket, e.code(secret), testIP)
	step = wantStep(t, out, err, identity.StepChoosePermissionSet)
	e.clock.Advance(2 * time.Minute)
	out, err = e.svc.SignInPermissionSet(e.ctx, step.Ticket, identity.AdministratorAccess)
	e.wantMFAAt(wantSignedIn(t, out, err), mfaAt)
}

// TestSignInTickets: unknown, expired and over-used sign-in tickets.
func TestSignInTickets(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	user := e.addUser("vera")
	_, secret := e.registerTOTP(user, "Phone")

	for _, bad := range []string{"", "tth_not-a-real-ticket", "garbage"} {
		_, err := e.svc.SignInCode(e.ctx, bad, e.code(secret), testIP)
		wantErr(t, err, tether.EUNAUTHORIZED, "sign in again")
		_, err = e.svc.SignInPassword(e.ctx, bad, "Copper-Meadow-Sixty-1")
		wantErr(t, err, tether.EUNAUTHORIZED)
		_, err = e.svc.SignInPermissionSet(e.ctx, bad, identity.AdministratorAccess)
		wantErr(t, err, tether.EUNAUTHORIZED)
	}

	// A token is not a sign-in ticket.
	e.putSettings(*settings(func(s *tether.MFASettings) { s.Prompt = tether.MFANever }))
	out, err := e.signIn(req("vera"))
	in := wantSignedIn(t, out, err)
	_, err = e.svc.SignInCode(e.ctx, in.Secret, e.code(secret), testIP)
	wantErr(t, err, tether.EUNAUTHORIZED)
	e.putSettings(*settings(nil))

	// A sign-in waits 10 minutes for its next step.
	out, err = e.signIn(req("vera"))
	step := wantStep(t, out, err, identity.StepMFA)
	e.clock.Advance(10 * time.Minute)
	_, err = e.svc.SignInCode(e.ctx, step.Ticket, e.code(secret), testIP)
	wantErr(t, err, tether.EUNAUTHORIZED, "expired")

	// Five wrong codes end a sign-in: the fifth says so, and then even the
	// right code cannot finish it.
	out, err = e.signIn(req("vera"))
	step = wantStep(t, out, err, identity.StepMFA)
	wrong := e.wrongTOTP(secret)
	for i := 1; i <= 4; i++ {
		_, err = e.svc.SignInCode(e.ctx, step.Ticket, wrong, testIP)
		wantErr(t, err, tether.EUNAUTHORIZED, "not valid")
	}
	_, err = e.svc.SignInCode(e.ctx, step.Ticket, wrong, testIP)
	wantErr(t, err, tether.EUNAUTHORIZED, "too many wrong codes", "sign in again")
	_, err = e.svc.SignInCode(e.ctx, step.Ticket, e.code(secret), testIP)
	wantErr(t, err, tether.EUNAUTHORIZED, "not valid or was already used")

	// A fresh sign-in (after the throttle's second) works.
	e.clock.Advance(time.Second)
	out, err = e.signIn(req("vera"))
	step = wantStep(t, out, err, identity.StepMFA)
	out, err = e.svc.SignInCode(e.ctx, step.Ticket, e.code(secret), testIP)
	wantSignedIn(t, out, err)
}
