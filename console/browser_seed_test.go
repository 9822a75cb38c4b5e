package console_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/internal/browser"
)

// TestBrowserSeedSignIn is the seed's sign-in story in the browser, against
// the real server and real email, with the seed's MFA choices (prompt
// always, authenticator apps only, an emailed code for users without a
// device): the administrator creates testuser01 with an invitation; the
// user opens the link from the email, sets a password, signs in with a code
// that arrives by email, registers an authenticator app on the MFA devices
// page (QR code, "Show secret key", a code, "Assign MFA"), signs out, and
// signs in with the password and a six-digit code. Then the protections: a
// used code, a wrong code, and the lockout, each with a clear message. A
// screenshot is kept at each step.
func TestBrowserSeedSignIn(t *testing.T) {
	site := startSite(t)
	bg := context.Background()
	const (
		user     = "testuser01"
		email    = "testuser01@example.com"
		password = "Seed-user-password-1"
	)

	// The seed's MFA settings (its step 5).
	set := site.setMFA(t, seedMFA)
	if set.Prompt != tether.MFAAlways || len(set.Types) != 1 || set.Types[0] != tether.MFATOTP || set.NoDevice != tether.NoDeviceEmailOTP {
		t.Fatalf("MFA settings %+v", set)
	}

	// The administrator creates testuser01 and invites them (step 3).
	created, err := site.admin.CreateUser(bg, api.CreateUserRequest{
		UserName: user, Email: email, FirstName: "Test", LastName: "User01", DisplayName: "Test User01", Invite: true,
	})
	if err != nil || !created.InvitationSent || created.User.Status != tether.UserInvited {
		t.Fatalf("create %s with an invitation: %+v, %v", user, created, err)
	}
	site.assign(t, user, "ProductionPermissionSet")
	identity := site.identity(t, "ProductionPermissionSet", user)
	if !regexp.MustCompile(`^TetherReserved_ProductionPermissionSet_[^/]+/testuser01$`).MatchString(identity) {
		t.Fatalf("identity %q", identity)
	}
	invitation := site.mailbox.WaitFor(t, email, mailTimeout)
	if !invitation.TLS {
		t.Errorf("the invitation went over an unencrypted SMTP session")
	}
	link := invitationURL(t, invitation)
	if !strings.HasPrefix(link, site.url+"/console/accept?token=") {
		t.Fatalf("invitation link %s, want one to %s", link, site.url)
	}

	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, desktop)
	step := 0
	snap := func(name string) {
		t.Helper()
		step++
		browser.Screenshot(t, ctx, fmt.Sprintf("%02d-%s", step, name))
	}

	// The link in the email, opened from the inbox by a browser that has
	// never seen the console.
	run(t, ctx,
		chromedp.Navigate(site.webmail.show(invitation)),
		chromedp.WaitVisible(chromedp.CSS(`a[href*="/console/accept"]`)),
	)
	snap("invitation-email")
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`a[href*="/console/accept"]`)),
		ready("accept"),
		chromedp.WaitVisible(chromedp.CSS("#invitation")),
	)
	if loc := location(t, ctx); loc != link {
		t.Errorf("at %s, want the link %s", loc, link)
	}
	if got := text(t, ctx, "#invite-user"); got != user {
		t.Errorf("invited user %q", got)
	}
	snap("accept-invitation")
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#new-password"), password),
		chromedp.SendKeys(chromedp.CSS("#confirm-password"), password+"\n"),
		ready("signin"),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if got := text(t, ctx, "#notice"); got != "Your password is set. Sign in to continue." {
		t.Errorf("notice %q", got)
	}
	if u, err := site.admin.User(bg, user); err != nil || u.Status != tether.UserActive {
		t.Errorf("after accepting the invitation %s is %+v (%v)", user, u, err)
	}
	snap("invitation-accepted")

	// First sign-in: no device yet, so a code by email.
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#password"), password+"\n"),
		chromedp.WaitVisible(chromedp.CSS("#email-code")),
	)
	if got := text(t, ctx, "#heading"); got != "Check your email" {
		t.Errorf("heading %q", got)
	}
	if got := text(t, ctx, "#email-address"); got != "t***@example.com" {
		t.Errorf("the code went to %q", got)
	}
	snap("email-code-step")
	mailed := site.mailbox.WaitFor(t, email, mailTimeout)
	if !mailed.TLS {
		t.Errorf("the code went over an unencrypted SMTP session")
	}
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#email-code"), emailCode(t, mailed)+"\n"),
		ready("index"),
		chromedp.WaitVisible(chromedp.CSS("#facts")),
	)
	checkSignedIn(t, ctx, identity)
	snap("portal-after-email-code")

	// The MFA devices page: assign an authenticator app.
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`.topnav a[href="/console/mfa"]`)),
		ready("mfa"),
		chromedp.WaitVisible(chromedp.CSS("#no-devices")),
	)
	snap("mfa-devices-none")
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#assign-button")),
		chromedp.WaitVisible(chromedp.CSS("#reg-choose")),
	)
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#reg-type-totp")),
		chromedp.SendKeys(chromedp.CSS("#reg-name"), "Phone"),
		chromedp.Click(chromedp.CSS("#reg-choose button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#reg-qr")),
	)
	if got := eval[bool](t, ctx, "document.getElementById('reg-qr').complete && document.getElementById('reg-qr').naturalWidth > 0"); !got {
		t.Errorf("the QR code did not load")
	}
	snap("register-qr-code")
	run(t, ctx,
		chromedp.Click(chromedp.Search(`//button[@id="reg-secret-toggle" and normalize-space(.)="Show secret key"]`)),
		chromedp.WaitVisible(chromedp.CSS("#reg-secret")),
	)
	shown := text(t, ctx, "#reg-secret")
	if !secretGroups.MatchString(shown) {
		t.Fatalf("secret key shown as %q", shown)
	}
	secret := strings.ReplaceAll(shown, " ", "")
	snap("register-secret-key")
	run(t, ctx, chromedp.SendKeys(chromedp.CSS("#reg-code"), totpCode(t, secret, time.Now())))
	run(t, ctx,
		chromedp.Click(chromedp.Search(`//form[@id="reg-totp"]//button[normalize-space(.)="Assign MFA"]`)),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
		chromedp.WaitVisible(chromedp.CSS(`button[aria-label="Remove Phone"]`)),
	)
	if got := text(t, ctx, "#notice"); got != "MFA device Phone assigned." {
		t.Errorf("notice %q", got)
	}
	snap("mfa-device-assigned")

	// Sign out, and in again with the password and a six-digit code.
	signOut(t, ctx)
	snap("signed-out")
	signInPassword(t, ctx, user, password, "#mfa-code")
	if got := text(t, ctx, "#heading"); got != "Multi-factor authentication" {
		t.Errorf("heading %q", got)
	}
	if hidden := eval[bool](t, ctx, "document.getElementById('webauthn-actions').hidden"); !hidden {
		t.Errorf("a security key is offered, but the settings allow authenticator apps only")
	}
	if got := text(t, ctx, "#mfa-message"); got != "Enter the code from your authenticator app." {
		t.Errorf("the MFA step says %q", got)
	}
	snap("mfa-code-step")
	code := nextTOTPCode(t, secret)
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#mfa-code"), code+"\n"),
		ready("index"),
		chromedp.WaitVisible(chromedp.CSS("#facts")),
	)
	checkSignedIn(t, ctx, identity)
	snap("portal-after-totp")
	if n := len(site.mailbox.Messages()); n != 2 {
		t.Errorf("%d emails were sent, want the invitation and one code", n)
	}

	// The same code again is refused, and so is a wrong one.
	signOut(t, ctx)
	signInPassword(t, ctx, user, password, "#mfa-code")
	if got := alertAfter(t, ctx, chromedp.SendKeys(chromedp.CSS("#mfa-code"), code+"\n")); !strings.Contains(got, "already used") {
		t.Errorf("a used code: alert %q", got)
	}
	snap("code-already-used")
	if got := alertAfter(t, ctx,
		clearField("#mfa-code"),
		chromedp.SendKeys(chromedp.CSS("#mfa-code"), wrongTOTPCode(t, secret)+"\n"),
	); !strings.Contains(got, "not valid") {
		t.Errorf("a wrong code: alert %q", got)
	}
	if loc := location(t, ctx); !strings.Contains(loc, "/console/signin") {
		t.Errorf("after refused codes at %s", loc)
	}
	snap("code-not-valid")

	// Lockout: with a threshold of 3, three wrong passwords in a row lock
	// the user name, and then the right one is refused too. (The two
	// refused codes counted as failures; the administrator's unlock starts
	// the count from zero.)
	set.LockoutThreshold = 3
	if got := site.setMFA(t, set); got.LockoutThreshold != 3 || got.Prompt != tether.MFAAlways || got.NoDevice != tether.NoDeviceEmailOTP {
		t.Fatalf("MFA settings %+v", got)
	}
	if err := site.admin.UnlockUser(bg, user); err != nil {
		t.Fatal(err)
	}
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#restart-button")),
		chromedp.WaitVisible(chromedp.CSS("#password-form")),
	)
	for i := 1; i <= 3; i++ {
		got := alertAfter(t, ctx,
			clearField("#password"),
			chromedp.SendKeys(chromedp.CSS("#password"), fmt.Sprintf("wrong password %d\n", i)),
		)
		switch {
		case i < 3 && got != "Invalid username or password.":
			t.Errorf("wrong password %d: alert %q", i, got)
		case i == 3 && !strings.Contains(got, "locked"):
			t.Errorf("wrong password %d, with a threshold of 3: alert %q", i, got)
		}
	}
	snap("locked-out")
	if got := alertAfter(t, ctx,
		clearField("#password"),
		chromedp.SendKeys(chromedp.CSS("#password"), password+"\n"),
	); !strings.Contains(got, "locked") {
		t.Errorf("the right password while locked: alert %q", got)
	}
	snap("locked-out-right-password")
	checkPageErrors(t, ctx)
}

// checkSignedIn checks the portal of a sign-in with MFA as identity.
func checkSignedIn(t *testing.T, ctx context.Context, identity string) {
	t.Helper()
	if got := text(t, ctx, "#identity"); got != identity {
		t.Errorf("top bar identity %q, want %q", got, identity)
	}
	if got := text(t, ctx, "#who-identity"); got != identity {
		t.Errorf("portal identity %q, want %q", got, identity)
	}
	if got := text(t, ctx, "#who-mfa"); !strings.HasPrefix(got, "Yes") {
		t.Errorf("MFA %q", got)
	}
}
