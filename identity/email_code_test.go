package identity_test

import (
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
)

func emailOTPSettings() *tether.MFASettings {
	return settings(func(s *tether.MFASettings) { s.NoDevice = tether.NoDeviceEmailOTP })
}

// otherCode is a six-digit code that differs from code.
func otherCode(code string) string {
	return string('0'+(code[0]-'0'+1)%10) + code[1:]
}

// TestEmailCodeSignIn: a user without a device gets a code by email, which
// signs in once.
func TestEmailCodeSignIn(t *testing.T) {
	t.Parallel()
	e := newEnv(t, emailOTPSettings())
	e.addUser("nina")

	out, err := e.signIn(req("nina"))
	step := wantStep(t, out, err, identity.StepEmailCode)
	if step.Email != "n***@example.com" {
		t.Errorf("step email = %q, want the masked n***@example.com", step.Email)
	}
	code := e.emailCode("nina@example.com")

	_, err = e.svc.SignInCode(e.ctx, step.Ticket, otherCode(code), testIP)
	wantErr(t, err, tether.EUNAUTHORIZED, "not valid")

	// The right code, typed with a space in the middle, signs in.
	mfaAt := e.clock.Advance(20 * time.Second)
	out, err = e.svc.SignInCode(e.ctx, step.Ticket, code[:3]+" "+code[3:], testIP)
	e.wantMFAAt(wantSignedIn(t, out, err), mfaAt)

	// Using it again is refused.
	_, err = e.svc.SignInCode(e.ctx, step.Ticket, code, testIP)
	wantErr(t, err, tether.EUNAUTHORIZED)

	// A new sign-in within 30 s of the last code cannot have another
	// mailed yet.
	_, err = e.signIn(req("nina"))
	wantErr(t, err, tether.ETHROTTLED, "wait")

	// Later it can; the old code does not work for the new sign-in.
	e.clock.Advance(30 * time.Second)
	out, err = e.signIn(req("nina"))
	step = wantStep(t, out, err, identity.StepEmailCode)
	code2 := e.emailCode("nina@example.com")
	if code2 != code {
		_, err = e.svc.SignInCode(e.ctx, step.Ticket, code, testIP)
		wantErr(t, err, tether.EUNAUTHORIZED)
	}
	out, err = e.svc.SignInCode(e.ctx, step.Ticket, code2, testIP)
	wantSignedIn(t, out, err)

	if evs := e.eventsNamed(identity.EventEmailCodeSent); len(evs) != 2 || evs[0].UserName != "nina" || evs[0].SourceIP != testIP {
		t.Errorf("EmailCodeSent events = %+v, want 2 for nina from %s", evs, testIP)
	}
	if n := len(e.smtp.Messages()); n != 2 {
		t.Errorf("the SMTP server received %d messages, want 2", n)
	}
}

// TestEmailCodeResend: a resend is throttled for 30 s, and a new code
// replaces the old one.
func TestEmailCodeResend(t *testing.T) {
	t.Parallel()
	e := newEnv(t, emailOTPSettings())
	e.addUser("olga")
	out, err := e.signIn(req("olga"))
	step := wantStep(t, out, err, identity.StepEmailCode)
	code1 := e.emailCode("olga@example.com")

	_, err = e.svc.ResendEmailCode(e.ctx, step.Ticket)
	wantErr(t, err, tether.ETHROTTLED, "wait")
	e.clock.Advance(29 * time.Second)
	_, err = e.svc.ResendEmailCode(e.ctx, step.Ticket)
	wantErr(t, err, tether.ETHROTTLED, "wait")

	e.clock.Advance(time.Second)
	masked, err := e.svc.ResendEmailCode(e.ctx, step.Ticket)
	if err != nil {
		t.Fatalf("ResendEmailCode after 30 s: %v", err)
	}
	if masked != "o***@example.com" {
		t.Errorf("ResendEmailCode = %q, want o***@example.com", masked)
	}
	code2 := e.emailCode("olga@example.com")
	if code1 != code2 { // one chance in a million that they are equal
		_, err = e.svc.SignInCode(e.ctx, step.Ticket, code1, testIP)
		wantErr(t, err, tether.EUNAUTHORIZED, "no longer valid")
	}
	out, err = e.svc.SignInCode(e.ctx, step.Ticket, code2, testIP)
	wantSignedIn(t, out, err)
}

// TestEmailCodeRateLimit: at most five codes per user in 15 minutes,
// however the sign-ins and resends are spread, even across a sweep of
// expired tickets.
func TestEmailCodeRateLimit(t *testing.T) {
	t.Parallel()
	e := newEnv(t, emailOTPSettings())
	e.addUser("pete")
	t0 := e.clock.Now()
	out, err := e.signIn(req("pete"))
	step := wantStep(t, out, err, identity.StepEmailCode)
	e.emailCode("pete@example.com")
	for range 4 {
		e.clock.Advance(30 * time.Second)
		if _, err := e.svc.ResendEmailCode(e.ctx, step.Ticket); err != nil {
			t.Fatalf("ResendEmailCode at %v: %v", e.clock.Now().Sub(t0), err)
		}
		e.emailCode("pete@example.com")
	}
	e.clock.Advance(30 * time.Second)
	_, err = e.svc.ResendEmailCode(e.ctx, step.Ticket)
	wantErr(t, err, tether.ETHROTTLED, "5 codes were sent in the last 15m0s")

	// Sweeping expired tickets (the replaced codes are expired) must not
	// reset the count.
	if _, err := e.svc.SweepTickets(e.ctx); err != nil {
		t.Fatalf("SweepTickets: %v", err)
	}
	_, err = e.svc.ResendEmailCode(e.ctx, step.Ticket)
	wantErr(t, err, tether.ETHROTTLED, "codes were sent in the last 15m0s")

	// Nor does a new sign-in.
	e.clock.Advance(5 * time.Minute)
	_, err = e.signIn(req("pete"))
	wantErr(t, err, tether.ETHROTTLED, "codes were sent")

	// Once the first code leaves the 15-minute window, a new sign-in gets
	// a code again (the first sign-in has expired by now).
	e.clock.Advance(t0.Add(15*time.Minute + time.Second).Sub(e.clock.Now()))
	_, err = e.svc.ResendEmailCode(e.ctx, step.Ticket)
	wantErr(t, err, tether.EUNAUTHORIZED, "expired")
	out, err = e.signIn(req("pete"))
	step = wantStep(t, out, err, identity.StepEmailCode)
	out, err = e.svc.SignInCode(e.ctx, step.Ticket, e.emailCode("pete@example.com"), testIP)
	wantSignedIn(t, out, err)
	if n := len(e.smtp.Messages()); n != 6 {
		t.Errorf("the SMTP server received %d messages, want 6", n)
	}

	// Sweeping still removes what is long expired.
	e.clock.Advance(48 * time.Hour)
	if n, err := e.svc.SweepTickets(e.ctx); err != nil || n == 0 {
		t.Errorf("SweepTickets two days later = %d, %v; want some tickets removed", n, err)
	}
}

// TestEmailCodeExpiry: a code works for 10 minutes.
func TestEmailCodeExpiry(t *testing.T) {
	t.Parallel()
	e := newEnv(t, emailOTPSettings())
	e.addUser("quinn")
	e.addUser("rosa")
	out, err := e.signIn(req("quinn"))
	stepQ := wantStep(t, out, err, identity.StepEmailCode)
	out, err = e.signIn(req("rosa"))
	stepR := wantStep(t, out, err, identity.StepEmailCode)
	codeQ, codeR := e.emailCode("quinn@example.com"), e.emailCode("rosa@example.com")

	e.clock.Advance(10*time.Minute - time.Second)
	out, err = e.svc.SignInCode(e.ctx, stepQ.Ticket, codeQ, testIP)
	wantSignedIn(t, out, err)

	e.clock.Advance(time.Second)
	_, err = e.svc.SignInCode(e.ctx, stepR.Ticket, codeR, testIP)
	wantErr(t, err, tether.EUNAUTHORIZED, "expired")
}

// TestEmailCodeWithoutMail: with no mail server, a user who would get an
// emailed code cannot sign in, and is told why.
func TestEmailCodeWithoutMail(t *testing.T) {
	t.Parallel()
	e := newEnv(t, emailOTPSettings())
	e.svc.Mail = nil
	e.addUser("sam")
	_, err := e.signIn(req("sam"))
	wantErr(t, err, tether.EUNAVAILABLE, "email is not configured")
}
