package identity_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
)

func lockoutSettings(threshold int) *tether.MFASettings {
	return settings(func(s *tether.MFASettings) { s.Prompt, s.LockoutThreshold = tether.MFANever, threshold })
}

func wrongPassword(name string) identity.SignInRequest {
	r := req(name)
	r.Password = "Not-The-Password-0"
	return r
}

// TestLockout: LockoutThreshold wrong passwords lock a user name, existing
// or not, with answers that do not tell the two apart.
func TestLockout(t *testing.T) {
	t.Parallel()
	e := newEnv(t, lockoutSettings(3))
	e.addUser("wendy")
	const ghost = "ghost" // no such user

	var existing, unknown []string
	for i := 1; i <= 3; i++ {
		_, err := e.signIn(wrongPassword("wendy"))
		existing = append(existing, wantErr(t, err, tether.EUNAUTHORIZED))
		_, err = e.signIn(wrongPassword(ghost))
		unknown = append(unknown, wantErr(t, err, tether.EUNAUTHORIZED))
	}
	for i := range existing {
		if strings.ReplaceAll(existing[i], "wendy", "NAME") != strings.ReplaceAll(unknown[i], ghost, "NAME") {
			t.Errorf("failure %d: existing user gets %q, unknown user %q", i+1, existing[i], unknown[i])
		}
	}
	if existing[0] != "invalid username or password" || existing[1] != existing[0] {
		t.Errorf("wrong password answers: %q", existing[:2])
	}
	for _, msg := range []string{existing[2], unknown[2]} {
		if !strings.Contains(msg, "locked") || !strings.Contains(msg, "unlock") {
			t.Errorf("the failure that locks says %q, want it to mention locked and unlock", msg)
		}
	}

	// Locked: even the right password is refused, the same way for both.
	_, err := e.signIn(req("wendy"))
	msgW := wantErr(t, err, tether.EUNAUTHORIZED, "locked", "unlock", "wendy")
	_, err = e.signIn(req(ghost))
	msgG := wantErr(t, err, tether.EUNAUTHORIZED, "locked", "unlock", ghost)
	if strings.ReplaceAll(msgW, "wendy", "NAME") != strings.ReplaceAll(msgG, ghost, "NAME") {
		t.Errorf("locked answers differ: %q vs %q", msgW, msgG)
	}
	// Time does not unlock.
	e.clock.Advance(72 * time.Hour)
	_, err = e.signIn(req("wendy"))
	wantErr(t, err, tether.EUNAUTHORIZED, "locked")
	for _, name := range []string{"wendy", ghost} {
		if locked, err := e.svc.Locked(e.ctx, name); err != nil || !locked {
			t.Errorf("Locked(%s) = %v, %v; want true", name, locked, err)
		}
	}

	evs := e.eventsNamed(identity.EventUserLockedOut)
	if len(evs) != 2 || evs[0].UserName != "wendy" || evs[1].UserName != ghost || evs[0].SourceIP != testIP {
		t.Errorf("UserLockedOut events = %+v, want wendy then ghost from %s", evs, testIP)
	}

	// An administrator unlocks.
	if err := e.svc.Unlock(e.ctx, "wendy"); err != nil {
		t.Fatalf("Unlock: %v", err)
	}
	if locked, _ := e.svc.Locked(e.ctx, "wendy"); locked {
		t.Errorf("wendy is still locked after Unlock")
	}
	out, err := e.signIn(req("wendy"))
	wantSignedIn(t, out, err)
	wantErr(t, e.svc.Unlock(e.ctx, ghost), tether.ENOTFOUND)
}

// TestSuccessResetsFailures: the count is of failures in a row.
func TestSuccessResetsFailures(t *testing.T) {
	t.Parallel()
	e := newEnv(t, lockoutSettings(3))
	e.addUser("xena")
	for range 2 {
		_, err := e.signIn(wrongPassword("xena"))
		wantErr(t, err, tether.EUNAUTHORIZED, "invalid username or password")
	}
	out, err := e.signIn(req("xena"))
	wantSignedIn(t, out, err)
	for range 2 {
		_, err := e.signIn(wrongPassword("xena"))
		wantErr(t, err, tether.EUNAUTHORIZED, "invalid username or password")
	}
	if locked, _ := e.svc.Locked(e.ctx, "xena"); locked {
		t.Fatalf("locked after 2+2 failures with a success between them")
	}
	_, err = e.signIn(wrongPassword("xena"))
	wantErr(t, err, tether.EUNAUTHORIZED, "locked")
}

// TestLockoutByWrongMFACodes: wrong second-factor codes count like wrong
// passwords.
func TestLockoutByWrongMFACodes(t *testing.T) {
	t.Parallel()
	e := newEnv(t, settings(func(s *tether.MFASettings) { s.LockoutThreshold = 3 }))
	user := e.addUser("yara")
	_, secret := e.registerTOTP(user, "Phone")

	out, err := e.signIn(req("yara"))
	step := wantStep(t, out, err, identity.StepMFA)
	wrong := e.wrongTOTP(secret)
	for range 2 {
		_, err = e.svc.SignInCode(e.ctx, step.Ticket, wrong, testIP)
		wantErr(t, err, tether.EUNAUTHORIZED, "not valid")
	}
	_, err = e.svc.SignInCode(e.ctx, step.Ticket, wrong, testIP)
	wantErr(t, err, tether.EUNAUTHORIZED, "locked", "unlock")

	// The sign-in is over, and a new one is refused despite the password.
	_, err = e.svc.SignInCode(e.ctx, step.Ticket, e.code(secret), testIP)
	wantErr(t, err, tether.EUNAUTHORIZED)
	_, err = e.signIn(req("yara"))
	wantErr(t, err, tether.EUNAUTHORIZED, "locked")
	if evs := e.eventsNamed(identity.EventUserLockedOut); len(evs) != 1 || evs[0].UserName != "yara" {
		t.Errorf("UserLockedOut events = %+v", evs)
	}

	// A sign-in that had got past the password before the lock cannot
	// finish with a code either.
	if err := e.svc.Unlock(e.ctx, "yara"); err != nil {
		t.Fatalf("Unlock: %v", err)
	}
	out, err = e.signIn(req("yara"))
	step = wantStep(t, out, err, identity.StepMFA)
	for range 3 {
		_, err = e.signIn(wrongPassword("yara"))
	}
	wantErr(t, err, tether.EUNAUTHORIZED, "locked")
	_, err = e.svc.SignInCode(e.ctx, step.Ticket, e.code(secret), testIP)
	wantErr(t, err, tether.EUNAUTHORIZED, "locked")
}

// TestThrottle: from the fifth failure in a row, each attempt must wait
// twice as long as the last (1 s, 2 s, ...), existing name or not.
func TestThrottle(t *testing.T) {
	t.Parallel()
	e := newEnv(t, lockoutSettings(20))
	e.addUser("zoe")
	for _, name := range []string{"zoe", "nobody"} {
		for range 5 {
			_, err := e.signIn(wrongPassword(name))
			wantErr(t, err, tether.EUNAUTHORIZED, "invalid username or password")
		}
	}
	// Within the second: refused before the password is looked at.
	_, err := e.signIn(req("zoe"))
	msgZ := wantErr(t, err, tether.ETHROTTLED, "too many failed sign-ins", "zoe")
	_, err = e.signIn(wrongPassword("nobody"))
	msgN := wantErr(t, err, tether.ETHROTTLED, "too many failed sign-ins", "nobody")
	if strings.ReplaceAll(msgZ, "zoe", "NAME") != strings.ReplaceAll(msgN, "nobody", "NAME") {
		t.Errorf("throttle answers differ: %q vs %q", msgZ, msgN)
	}

	// After the second: one more wrong password is counted...
	e.clock.Advance(time.Second)
	_, err = e.signIn(wrongPassword("zoe"))
	wantErr(t, err, tether.EUNAUTHORIZED, "invalid username or password")
	// ...and now the wait is 2 s.
	e.clock.Advance(time.Second)
	_, err = e.signIn(req("zoe"))
	wantErr(t, err, tether.ETHROTTLED)
	e.clock.Advance(time.Second)
	out, err := e.signIn(req("zoe"))
	wantSignedIn(t, out, err)

	// The success reset the count: a failure now is not followed by a wait.
	_, err = e.signIn(wrongPassword("zoe"))
	wantErr(t, err, tether.EUNAUTHORIZED, "invalid username or password")
	out, err = e.signIn(req("zoe"))
	wantSignedIn(t, out, err)
}

// TestAddressThrottle: 50 failures from one address within 15 minutes,
// whatever the user names, refuse that address, not others.
func TestAddressThrottle(t *testing.T) {
	t.Parallel()
	e := newEnv(t, lockoutSettings(0))
	e.addUser("abby")
	const ipA, ipB = "203.0.113.1", "203.0.113.2"

	// Two workers: the failures are independent and argon2 dominates.
	var wg sync.WaitGroup
	errs := make(chan error, 50)
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < 50; i += 2 {
				r := wrongPassword(fmt.Sprintf("stranger%02d", i))
				r.SourceIP = ipA
				_, err := e.signIn(r)
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		wantErr(t, err, tether.EUNAUTHORIZED, "invalid username or password")
	}

	// The 51st attempt from A is refused, even with the right password.
	r := req("abby")
	r.SourceIP = ipA
	_, err := e.signIn(r)
	wantErr(t, err, tether.ETHROTTLED, "from your address")
	// Another address is fine.
	r.SourceIP = ipB
	out, err := e.signIn(r)
	wantSignedIn(t, out, err)
	// A success elsewhere does not lift it; the window passing does.
	r.SourceIP = ipA
	e.clock.Advance(14 * time.Minute)
	_, err = e.signIn(r)
	wantErr(t, err, tether.ETHROTTLED, "from your address")
	e.clock.Advance(time.Minute + time.Second)
	out, err = e.signIn(r)
	wantSignedIn(t, out, err)
}

// TestLockStopsPendingSignIns: a sign-in that got past the password before
// the name was locked cannot finish by any step, and trying does not lift
// the lock (only an administrator does).
func TestLockStopsPendingSignIns(t *testing.T) {
	t.Parallel()
	e := newEnv(t, settings(func(s *tether.MFASettings) { s.LockoutThreshold = 3 }))
	e.addPermissionSet("ReadOnly")
	e.addUser("lena", identity.AdministratorAccess, "ReadOnly")

	// One sign-in waits to register a device...
	out, err := e.signIn(req("lena"))
	register := wantStep(t, out, err, identity.StepRegisterMFA)
	reg, err := e.svc.BeginTOTPAtSignIn(e.ctx, register.Ticket, "Phone")
	if err != nil {
		t.Fatalf("BeginTOTPAtSignIn: %v", err)
	}
	// ...another, with MFA off, to choose a permission set.
	e.putSettings(*settings(func(s *tether.MFASettings) { s.Prompt, s.LockoutThreshold = tether.MFANever, 3 }))
	out, err = e.signIn(req("lena"))
	choose := wantStep(t, out, err, identity.StepChoosePermissionSet)
	e.putSettings(*settings(func(s *tether.MFASettings) { s.LockoutThreshold = 3 }))

	for range 3 {
		_, err = e.signIn(wrongPassword("lena"))
	}
	wantErr(t, err, tether.EUNAUTHORIZED, "locked")

	_, _, err = e.svc.FinishTOTPAtSignIn(e.ctx, register.Ticket, reg.Device.ID, e.code(reg.Secret))
	wantErr(t, err, tether.EUNAUTHORIZED, "locked")
	_, err = e.svc.SignInPermissionSet(e.ctx, choose.Ticket, "ReadOnly")
	wantErr(t, err, tether.EUNAUTHORIZED, "locked")
	if locked, err := e.svc.Locked(e.ctx, "lena"); err != nil || !locked {
		t.Fatalf("Locked = %v, %v after the pending sign-ins tried to finish; want still locked", locked, err)
	}

	// Unlocked, the pending sign-ins may go on.
	if err := e.svc.Unlock(e.ctx, "lena"); err != nil {
		t.Fatalf("Unlock: %v", err)
	}
	out, err = e.svc.SignInPermissionSet(e.ctx, choose.Ticket, "ReadOnly")
	wantSignedIn(t, out, err)
	_, out, err = e.svc.FinishTOTPAtSignIn(e.ctx, register.Ticket, reg.Device.ID, e.code(reg.Secret))
	wantStep(t, out, err, identity.StepChoosePermissionSet)
}
