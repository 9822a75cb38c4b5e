package console_test

import (
	"context"
	"encoding/base64"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/identity"
	"github.com/tetherhq/tether/internal/browser"
)

// These tests run the console in Chromium against the real server (see
// browser_site_test.go). TestBrowserSeedSignIn, the seed's sign-in story,
// is in browser_seed_test.go.

const (
	password1 = "Correct-horse-battery-1"
	password2 = "Purple-mountain-view-2"
)

// seedMFA are the seed's MFA settings: always, authenticator apps, an
// emailed code for users without a device.
var seedMFA = tether.MFASettings{
	Prompt: tether.MFAAlways, Types: []tether.MFADeviceKind{tether.MFATOTP},
	NoDevice: tether.NoDeviceEmailOTP, UsersManageDevices: true,
}

// secretGroups is a TOTP secret key (base32) as the console shows it: in
// groups of four.
var secretGroups = regexp.MustCompile(`^[A-Z2-7]{4}( [A-Z2-7]{1,4})*$`)

// registerMFA: MFA always, either kind of device, and a user without one
// registers one while signing in.
var registerMFA = tether.MFASettings{
	Prompt: tether.MFAAlways, Types: []tether.MFADeviceKind{tether.MFATOTP, tether.MFAWebAuthn},
	NoDevice: tether.NoDeviceRegister, UsersManageDevices: true,
}

func TestBrowserSignInPage(t *testing.T) {
	site := startSite(t)
	site.addUser(t, "testuser01", password1, "ProductionPermissionSet")
	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, desktop)

	run(t, ctx, chromedp.Navigate(site.url+"/console/signin"), ready("signin"))
	if got := eval[string](t, ctx, "document.title"); got != "Sign in · Tether" {
		t.Errorf("title %q", got)
	}
	if got := eval[string](t, ctx, "document.activeElement.id"); got != "username" {
		t.Errorf("focus on %q, want the username field", got)
	}
	checkPageErrors(t, ctx)
	shots(t, ctx, "signin")

	// A wrong password, and an unknown user: the server's one answer, in
	// the alert.
	for _, user := range []string{"testuser01", "nobody"} {
		got := alertAfter(t, ctx,
			clearField("#username"),
			chromedp.SendKeys(chromedp.CSS("#username"), user),
			clearField("#password"),
			chromedp.SendKeys(chromedp.CSS("#password"), "wrong password\n"),
		)
		if got != "Invalid username or password." {
			t.Errorf("%s with a wrong password: alert %q", user, got)
		}
	}
	if role := eval[string](t, ctx, "document.getElementById('alert').getAttribute('role')"); role != "alert" {
		t.Errorf("the alert has role %q", role)
	}
	if loc := location(t, ctx); !strings.HasSuffix(loc, "/console/signin") {
		t.Errorf("after a wrong password at %s", loc)
	}
	shots(t, ctx, "signin-error")
	checkPageErrors(t, ctx)
}

func TestBrowserSignInWithCodeAndPermissionSet(t *testing.T) {
	site := startSite(t)
	site.setMFA(t, registerMFA)
	site.addUser(t, "testuser01", password1, "ProductionPermissionSet", "DevelopmentPermissionSet")
	secret := site.registerTOTP(t, "testuser01", password1, "ProductionPermissionSet")
	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, desktop)

	// Signed out, the portal sends the browser to sign in and back.
	run(t, ctx, chromedp.Navigate(site.url+"/console/"), ready("signin"))
	if loc := location(t, ctx); !strings.HasSuffix(loc, "/console/signin?next=%2Fconsole%2F") {
		t.Errorf("signed out at /console/, now at %s", loc)
	}
	signInPassword(t, ctx, "testuser01", password1, "#mfa-code")
	if got := text(t, ctx, "#heading"); got != "Multi-factor authentication" {
		t.Errorf("heading %q", got)
	}
	if hidden := eval[bool](t, ctx, "document.getElementById('webauthn-actions').hidden"); !hidden {
		t.Errorf("a security key is offered to a user without one")
	}
	if got := text(t, ctx, "#mfa-message"); got != "Enter the code from your authenticator app." {
		t.Errorf("the MFA step says %q", got)
	}
	shots(t, ctx, "mfa-step")
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#mfa-code"), pasted(nextTOTPCode(t, secret))+"\n"),
		chromedp.WaitVisible(chromedp.CSS("#permission-sets button")),
	)
	if got := text(t, ctx, "#heading"); got != "Choose a permission set" {
		t.Errorf("heading %q", got)
	}
	if got := text(t, ctx, "#permission-sets"); !strings.Contains(got, "ProductionPermissionSet") || !strings.Contains(got, "DevelopmentPermissionSet") {
		t.Errorf("permission sets offered: %q", got)
	}
	shots(t, ctx, "choose-permission-set")

	run(t, ctx,
		chromedp.Click(chromedp.Search(`//ul[@id="permission-sets"]//button[normalize-space(.)="ProductionPermissionSet"]`)),
		ready("index"),
		chromedp.WaitVisible(chromedp.CSS("#facts")),
	)
	if loc := location(t, ctx); !strings.HasSuffix(loc, "/console/") {
		t.Errorf("after sign-in at %s, want /console/", loc)
	}
	production := site.identity(t, "ProductionPermissionSet", "testuser01")
	if got := text(t, ctx, "#identity"); got != production {
		t.Errorf("top bar identity %q, want %q", got, production)
	}
	if got := text(t, ctx, "#who-identity"); got != production {
		t.Errorf("portal identity %q, want %q", got, production)
	}
	if got := text(t, ctx, "#who-permission-set"); got != "ProductionPermissionSet" {
		t.Errorf("permission set %q", got)
	}
	if got := text(t, ctx, "#who-mfa"); !strings.HasPrefix(got, "Yes") {
		t.Errorf("MFA %q", got)
	}
	run(t, ctx, chromedp.WaitVisible(chromedp.CSS("#switch-card")))
	shots(t, ctx, "portal")

	// Switch permission set without signing out; a reload shows the
	// server's view, not the page's.
	development := site.identity(t, "DevelopmentPermissionSet", "testuser01")
	run(t, ctx,
		chromedp.SetValue(chromedp.CSS("#switch-select"), "DevelopmentPermissionSet"),
		chromedp.Click(chromedp.CSS("#switch-form button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if got := text(t, ctx, "#notice"); got != "You are now signed in with the permission set DevelopmentPermissionSet." {
		t.Errorf("notice after the switch %q", got)
	}
	if got := text(t, ctx, "#identity"); got != development {
		t.Errorf("identity after the switch %q, want %q", got, development)
	}
	run(t, ctx, chromedp.Reload(), ready("index"), chromedp.WaitVisible(chromedp.CSS("#facts")))
	if got := text(t, ctx, "#who-permission-set"); got != "DevelopmentPermissionSet" {
		t.Errorf("permission set after the switch and a reload %q", got)
	}
	if got := text(t, ctx, "#who-mfa"); !strings.HasPrefix(got, "Yes") {
		t.Errorf("MFA after the switch %q", got)
	}

	// Sign out: the session is gone.
	signOut(t, ctx)
	run(t, ctx, chromedp.Navigate(site.url+"/console/"), ready("signin"))
	checkPageErrors(t, ctx)
}

func TestBrowserSecurityKeyAndMFADevices(t *testing.T) {
	site := startSite(t)
	site.setMFA(t, registerMFA)
	site.addUser(t, "testuser02", password1, "DevelopmentPermissionSet")
	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, desktop)
	if _, err := browser.VirtualAuthenticator(ctx); err != nil {
		t.Fatal(err)
	}

	// A user without a device must register one while signing in.
	run(t, ctx, chromedp.Navigate(site.url+"/console/signin"))
	signInPassword(t, ctx, "testuser02", password1, "#reg-choose")
	if got := text(t, ctx, "#heading"); got != "Register MFA device" {
		t.Errorf("heading %q", got)
	}
	for _, id := range []string{"reg-totp-choice", "reg-webauthn-choice"} {
		if hidden := eval[bool](t, ctx, "document.getElementById('"+id+"').hidden"); hidden {
			t.Errorf("%s is not offered", id)
		}
	}
	shots(t, ctx, "register-mfa")
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#reg-type-webauthn")),
		chromedp.SendKeys(chromedp.CSS("#reg-name"), "Laptop passkey\n"),
		ready("index"),
		chromedp.WaitVisible(chromedp.CSS("#facts")),
	)
	if got := text(t, ctx, "#who-user"); got != "testuser02" {
		t.Errorf("signed in as %q", got)
	}
	if got := text(t, ctx, "#who-mfa"); !strings.HasPrefix(got, "Yes") {
		t.Errorf("MFA %q", got)
	}

	// The MFA devices page lists it; add an authenticator app as on AWS.
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`.topnav a[href="/console/mfa"]`)),
		ready("mfa"),
		chromedp.WaitVisible(chromedp.CSS(`button[aria-label="Remove Laptop passkey"]`)),
		chromedp.Click(chromedp.CSS("#assign-button")),
		chromedp.WaitVisible(chromedp.CSS("#reg-choose")),
		chromedp.Click(chromedp.CSS("#reg-type-totp")),
		chromedp.SendKeys(chromedp.CSS("#reg-name"), "Phone"),
		chromedp.Click(chromedp.CSS("#reg-choose button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#reg-qr")),
	)
	if got := eval[bool](t, ctx, "document.getElementById('reg-qr').complete && document.getElementById('reg-qr').naturalWidth > 0"); !got {
		t.Errorf("the QR code did not load")
	}
	run(t, ctx, chromedp.Click(chromedp.CSS("#reg-secret-toggle")), chromedp.WaitVisible(chromedp.CSS("#reg-secret")))
	shown := text(t, ctx, "#reg-secret")
	if !secretGroups.MatchString(shown) {
		t.Errorf("secret key shown as %q, want groups of four", shown)
	}
	secret := strings.ReplaceAll(shown, " ", "")
	if got := text(t, ctx, "#reg-secret-toggle"); got != "Hide secret key" {
		t.Errorf("toggle says %q", got)
	}
	shots(t, ctx, "register-totp")

	// A wrong code is refused on the page; the registration stays open.
	if got := alertAfter(t, ctx, chromedp.SendKeys(chromedp.CSS("#reg-code"), wrongTOTPCode(t, secret)+"\n")); !strings.Contains(got, "not valid") {
		t.Errorf("a wrong code at registration: alert %q", got)
	}
	if loc := location(t, ctx); !strings.HasSuffix(loc, "/console/mfa") {
		t.Fatalf("a wrong code at registration led to %s", loc)
	}
	run(t, ctx,
		chromedp.WaitVisible(chromedp.CSS("#reg-totp")),
		clearField("#reg-code"),
		chromedp.SendKeys(chromedp.CSS("#reg-code"), " "+pasted(totpCode(t, secret, time.Now()))+"\n"),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
		chromedp.WaitNotVisible(chromedp.CSS("#register-card")),
	)
	if got := text(t, ctx, "#notice"); got != "MFA device Phone assigned." {
		t.Errorf("notice %q", got)
	}
	run(t, ctx, chromedp.WaitVisible(chromedp.CSS(`button[aria-label="Remove Phone"]`)))
	if got := text(t, ctx, "#devices"); !strings.Contains(got, "Laptop passkey") || !strings.Contains(got, "Security key or passkey") ||
		!strings.Contains(got, "Authenticator app") {
		t.Errorf("devices: %q", got)
	}
	shots(t, ctx, "mfa-devices")

	// Remove the app, after confirming.
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`button[aria-label="Remove Phone"]`)),
		chromedp.WaitVisible(chromedp.CSS("#remove-dialog")),
	)
	browser.Screenshot(t, ctx, "remove-dialog")
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`#remove-dialog button[value=remove]`)),
		chromedp.WaitNotPresent(chromedp.CSS(`button[aria-label="Remove Phone"]`)),
	)
	if got := text(t, ctx, "#notice"); got != "MFA device Phone removed." {
		t.Errorf("notice %q", got)
	}
	devices, err := site.admin.UserMFADevices(context.Background(), "testuser02")
	if err != nil {
		t.Fatal(err)
	}
	if len(devices) != 1 || devices[0].Kind != tether.MFAWebAuthn || devices[0].Name != "Laptop passkey" || !devices[0].Confirmed {
		t.Errorf("the server holds the devices %+v, want the passkey only", devices)
	}

	// Sign out, and in again with the passkey.
	signOut(t, ctx)
	signInPassword(t, ctx, "testuser02", password1, "#webauthn-button")
	if hidden := eval[bool](t, ctx, "document.getElementById('totp-form').hidden"); !hidden {
		t.Errorf("a code is asked of a user without an authenticator app")
	}
	if got := text(t, ctx, "#mfa-message"); got != "Use your security key or passkey to continue." {
		t.Errorf("the MFA step says %q", got)
	}
	browser.Screenshot(t, ctx, "mfa-step-security-key")
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#webauthn-button")),
		ready("index"),
		chromedp.WaitVisible(chromedp.CSS("#facts")),
	)
	if got := text(t, ctx, "#who-mfa"); !strings.HasPrefix(got, "Yes") {
		t.Errorf("MFA after the passkey %q", got)
	}
	checkPageErrors(t, ctx)
}

func TestBrowserDeviceApproval(t *testing.T) {
	site := startSite(t)
	site.setMFA(t, tether.MFASettings{Prompt: tether.MFAAlways, Types: []tether.MFADeviceKind{tether.MFATOTP},
		NoDevice: tether.NoDeviceRegister, UsersManageDevices: true})
	site.addUser(t, "testuser01", password1, "ProductionPermissionSet")
	secret := site.registerTOTP(t, "testuser01", password1, "")
	bg := context.Background()

	// The CLI (tether login --browser) starts a device authorization and
	// polls; the person opens the link it prints.
	cli := site.client(t, "")
	auth, err := cli.StartDeviceAuthorization(bg)
	if err != nil {
		t.Fatal(err)
	}
	if want := site.url + "/console/device?code=" + url.QueryEscape(auth.UserCode); auth.VerificationUriComplete != want {
		t.Errorf("verification URI %q, want %q", auth.VerificationUriComplete, want)
	}
	if _, err := cli.PollDeviceToken(bg, auth.DeviceCode); tether.ErrorCode(err) != api.DeviceAuthorizationPending {
		t.Fatalf("poll before approval: %v, want %s", err, api.DeviceAuthorizationPending)
	}

	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, desktop)
	run(t, ctx, chromedp.Navigate(auth.VerificationUriComplete), ready("signin"))
	if loc := location(t, ctx); !strings.HasSuffix(loc, "/console/signin?next="+url.QueryEscape("/console/device?code="+auth.UserCode)) {
		t.Errorf("signed out at the device page, now at %s", loc)
	}
	signIn(t, ctx, "testuser01", password1, secret)
	run(t, ctx, ready("device"), chromedp.WaitVisible(chromedp.CSS("#device-identity")))
	if loc := location(t, ctx); loc != auth.VerificationUriComplete {
		t.Errorf("after sign-in at %s, want back at %s", loc, auth.VerificationUriComplete)
	}
	if v := value(t, ctx, "#user-code"); v != auth.UserCode {
		t.Errorf("code field %q, want %q", v, auth.UserCode)
	}
	signedInAs := site.identity(t, "ProductionPermissionSet", "testuser01")
	if got := text(t, ctx, "#device-identity"); got != signedInAs {
		t.Errorf("the page says the CLI signs in as %q, want %q", got, signedInAs)
	}
	shots(t, ctx, "device-approval")
	run(t, ctx, chromedp.Click(chromedp.CSS("#approve-button")), chromedp.WaitVisible(chromedp.CSS("#result")))
	if got := text(t, ctx, "#result-text"); !strings.HasPrefix(got, "Sign-in approved.") {
		t.Errorf("result %q", got)
	}
	browser.Screenshot(t, ctx, "device-approved")

	// The CLI's next poll gets a token of the approving identity.
	out, err := cli.PollDeviceToken(bg, auth.DeviceCode)
	if err != nil || out.Token == "" {
		t.Fatalf("poll after approval: %+v, %v", out, err)
	}
	who, err := site.client(t, out.Token).WhoAmI(bg)
	if err != nil {
		t.Fatal(err)
	}
	if who.Identity != signedInAs || !who.MFAAuthenticated {
		t.Errorf("the CLI is signed in as %+v, want %s with MFA", who, signedInAs)
	}

	// Deny another, with the code typed in as people do.
	deny, err := cli.StartDeviceAuthorization(bg)
	if err != nil {
		t.Fatal(err)
	}
	run(t, ctx,
		chromedp.Navigate(site.url+"/console/device"),
		ready("device"),
		chromedp.SendKeys(chromedp.CSS("#user-code"), strings.ToLower(deny.UserCode)),
		chromedp.Click(chromedp.CSS("#deny-button")),
		chromedp.WaitVisible(chromedp.CSS("#result")),
	)
	if got := text(t, ctx, "#result-text"); !strings.HasPrefix(got, "Sign-in denied.") {
		t.Errorf("result %q", got)
	}
	if _, err := cli.PollDeviceToken(bg, deny.DeviceCode); tether.ErrorCode(err) != api.DeviceDenied {
		t.Errorf("poll after denial: %v, want %s", err, api.DeviceDenied)
	}

	// A code that was used already is refused on the page, which stays
	// signed in.
	run(t, ctx, chromedp.Navigate(auth.VerificationUriComplete), ready("device"))
	if got := alertAfter(t, ctx, chromedp.Click(chromedp.CSS("#approve-button"))); !strings.Contains(got, "already used") {
		t.Errorf("approving a used code: alert %q", got)
	}
	if loc := location(t, ctx); loc != auth.VerificationUriComplete {
		t.Errorf("approving a used code led to %s", loc)
	}
	browser.Screenshot(t, ctx, "device-code-used")
	checkPageErrors(t, ctx)
}

// The invitation email's link, followed from a mail page of another site:
// that navigation carries none of the browser's SameSite=Strict cookies, and
// the console must not replace the device cookie it set before.
func TestBrowserAcceptInvitation(t *testing.T) {
	site := startSite(t)
	bg := context.Background()
	created, err := site.admin.CreateUser(bg, api.CreateUserRequest{
		UserName: "newuser", Email: "newuser@example.com", DisplayName: "New User", Invite: true,
	})
	if err != nil || !created.InvitationSent {
		t.Fatalf("create newuser with an invitation: %+v, %v", created, err)
	}
	site.assign(t, "newuser", "DevelopmentPermissionSet")
	invitation := site.mailbox.WaitFor(t, "newuser@example.com", mailTimeout)
	if got := invitation.Header.Get("Subject"); got != "Invitation to join Tether" {
		t.Errorf("subject %q", got)
	}
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
	cookies := func() map[string]string {
		t.Helper()
		res, err := chromedp.Call(ctx, network.GetCookies, network.GetCookiesParams{URLs: []string{site.url + "/console/"}})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, c := range res.Cookies {
			m[c.Name] = c.Value
		}
		return m
	}
	run(t, ctx, chromedp.Navigate(site.url+"/console/signin"), ready("signin"))
	before := cookies()
	if before[api.DeviceCookie] == "" || before[api.CSRFCookie] == "" {
		t.Fatalf("cookies after the first visit: %v", before)
	}

	run(t, ctx,
		chromedp.Navigate(site.webmail.show(invitation)),
		chromedp.WaitVisible(chromedp.CSS(`a[href*="/console/accept"]`)),
	)
	browser.Screenshot(t, ctx, "invitation-email")
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`a[href*="/console/accept"]`)),
		ready("accept"),
		chromedp.WaitVisible(chromedp.CSS("#invitation")),
	)
	if loc := location(t, ctx); loc != link {
		t.Errorf("at %s, want %s", loc, link)
	}
	after := cookies()
	for _, name := range []string{api.DeviceCookie, api.CSRFCookie} {
		if after[name] != before[name] {
			t.Errorf("%s changed from %q to %q", name, before[name], after[name])
		}
	}
	if got := text(t, ctx, "#invite-user"); got != "newuser" {
		t.Errorf("invited user %q", got)
	}
	if got := text(t, ctx, "#invite-email"); got != "newuser@example.com" {
		t.Errorf("invited address %q", got)
	}
	checkPasswordRules(t, ctx)
	shots(t, ctx, "accept-invitation")

	if got := alertAfter(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#new-password"), password1),
		chromedp.SendKeys(chromedp.CSS("#confirm-password"), password2+"\n"),
	); got != "The passwords do not match." {
		t.Errorf("alert %q", got)
	}
	// The server's password rules, in its words.
	if got := alertAfter(t, ctx,
		clearField("#new-password"), chromedp.SendKeys(chromedp.CSS("#new-password"), "my-newuser-pw"),
		clearField("#confirm-password"), chromedp.SendKeys(chromedp.CSS("#confirm-password"), "my-newuser-pw\n"),
	); got != "Password: must not contain the username." {
		t.Errorf("alert %q", got)
	}
	browser.Screenshot(t, ctx, "accept-invitation-error")
	run(t, ctx,
		clearField("#new-password"), chromedp.SendKeys(chromedp.CSS("#new-password"), password1),
		clearField("#confirm-password"), chromedp.SendKeys(chromedp.CSS("#confirm-password"), password1+"\n"),
		ready("signin"),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if got := text(t, ctx, "#notice"); got != "Your password is set. Sign in to continue." {
		t.Errorf("notice %q", got)
	}
	if v := value(t, ctx, "#username"); v != "newuser" {
		t.Errorf("username field %q", v)
	}
	if got := eval[string](t, ctx, "document.activeElement.id"); got != "password" {
		t.Errorf("focus on %q, want the password field", got)
	}
	// The password works (MFA settings are the defaults: no device, no MFA).
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#password"), password1+"\n"),
		ready("index"),
		chromedp.WaitVisible(chromedp.CSS("#facts")),
	)
	if got, want := text(t, ctx, "#identity"), site.identity(t, "DevelopmentPermissionSet", "newuser"); got != want {
		t.Errorf("signed in as %q, want %q", got, want)
	}

	// The link works once; a made-up one and one without a token say so.
	for target, want := range map[string]string{
		link:                                    "This invitation is not valid or was already used; ask an administrator to send a new one.",
		site.url + "/console/accept?token=nope": "This invitation is not valid or was already used; ask an administrator to send a new one.",
		site.url + "/console/accept":            "This invitation link is incomplete. Open the link from your invitation email again.",
	} {
		run(t, ctx, chromedp.Navigate(target), ready("accept"), chromedp.WaitVisible(chromedp.CSS("#alert")))
		if got := text(t, ctx, "#alert"); got != want {
			t.Errorf("%s: alert %q, want %q", target, got, want)
		}
		if visible := eval[bool](t, ctx, "!document.getElementById('invitation').hidden"); visible {
			t.Errorf("%s: the password form is shown", target)
		}
	}
	browser.Screenshot(t, ctx, "accept-invitation-used")
	checkPageErrors(t, ctx)
}

// checkPasswordRules checks that the page's new-password field asks for
// what the server requires.
func checkPasswordRules(t *testing.T, ctx context.Context) {
	t.Helper()
	if got := eval[int](t, ctx, "document.getElementById('new-password').minLength"); got != identity.MinPasswordLen {
		t.Errorf("the new password field wants %d characters, the server %d", got, identity.MinPasswordLen)
	}
	want := "At least " + strconv.Itoa(identity.MinPasswordLen) + " characters"
	if got := text(t, ctx, "#new-password-hint"); !strings.HasPrefix(got, want) {
		t.Errorf("password hint %q, want it to start %q", got, want)
	}
}

func TestBrowserNewPasswordAndEmailCode(t *testing.T) {
	site := startSite(t)
	site.setMFA(t, seedMFA)
	bg := context.Background()
	created, err := site.admin.CreateUser(bg, api.CreateUserRequest{UserName: "testuser01", Email: "testuser01@example.com", OneTimePassword: true})
	if err != nil || created.OneTimePassword == "" {
		t.Fatalf("create testuser01 with a one-time password: %+v, %v", created, err)
	}
	site.assign(t, "testuser01", "ProductionPermissionSet")
	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, desktop)

	run(t, ctx, chromedp.Navigate(site.url+"/console/signin?next=%2Fconsole%2Fpassword"))
	signInPassword(t, ctx, "testuser01", created.OneTimePassword, "#new-password")
	if got := text(t, ctx, "#heading"); got != "Set a new password" {
		t.Errorf("heading %q", got)
	}
	checkPasswordRules(t, ctx)
	if got := alertAfter(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#new-password"), password1),
		chromedp.SendKeys(chromedp.CSS("#confirm-password"), password1+"x\n"),
	); got != "The passwords do not match." {
		t.Errorf("alert %q", got)
	}
	shots(t, ctx, "change-password")
	if got := alertAfter(t, ctx,
		clearField("#new-password"), chromedp.SendKeys(chromedp.CSS("#new-password"), created.OneTimePassword),
		clearField("#confirm-password"), chromedp.SendKeys(chromedp.CSS("#confirm-password"), created.OneTimePassword+"\n"),
	); !strings.Contains(got, "must differ from the password you were given") {
		t.Errorf("the one-time password again: alert %q", got)
	}

	// The new password; then, without an MFA device, a code by email.
	run(t, ctx,
		clearField("#new-password"), chromedp.SendKeys(chromedp.CSS("#new-password"), password1),
		clearField("#confirm-password"), chromedp.SendKeys(chromedp.CSS("#confirm-password"), password1+"\n"),
		chromedp.WaitVisible(chromedp.CSS("#email-code")),
	)
	if got := text(t, ctx, "#heading"); got != "Check your email" {
		t.Errorf("heading %q", got)
	}
	if got := text(t, ctx, "#email-address"); got != "t***@example.com" {
		t.Errorf("email %q", got)
	}
	first := site.mailbox.WaitFor(t, "testuser01@example.com", mailTimeout)
	if got := first.Header.Get("Subject"); got != "Your Tether verification code" {
		t.Errorf("subject %q", got)
	}
	firstCode := emailCode(t, first)
	mailed := time.Now() // the server made the code before it sent it

	// Asking for another code at once is refused: one per 30 seconds.
	if got := alertAfter(t, ctx, chromedp.Click(chromedp.CSS("#email-resend"))); !strings.Contains(got, "A code was sent moments ago") {
		t.Errorf("a new code at once: alert %q", got)
	}
	// After the 30 seconds the server asks for, a new code comes, and
	// the first one no longer works.
	time.Sleep(time.Until(mailed.Add(31 * time.Second)))
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#email-resend")),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if got := text(t, ctx, "#notice"); got != "We sent a new code to t***@example.com." {
		t.Errorf("notice %q", got)
	}
	secondCode := emailCode(t, site.mailbox.WaitFor(t, "testuser01@example.com", mailTimeout))
	if got := alertAfter(t, ctx, chromedp.SendKeys(chromedp.CSS("#email-code"), firstCode+"\n")); !strings.Contains(got, "no longer valid") {
		t.Errorf("the replaced code: alert %q", got)
	}
	shots(t, ctx, "email-code")
	run(t, ctx,
		clearField("#email-code"),
		chromedp.SendKeys(chromedp.CSS("#email-code"), pasted(secondCode)+"\n"),
		ready("password"),
	)
	if loc := location(t, ctx); !strings.HasSuffix(loc, "/console/password") {
		t.Errorf("after sign-in at %s, want ?next=", loc)
	}

	// Change it again on the password page: the server's refusal, shown
	// on the page (the session is fine), then success.
	if got := alertAfter(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#old-password"), "wrong password"),
		chromedp.SendKeys(chromedp.CSS("#new-password"), password2),
		chromedp.SendKeys(chromedp.CSS("#confirm-password"), password2+"\n"),
	); got != "The current password is not correct." {
		t.Errorf("alert %q", got)
	}
	if loc := location(t, ctx); !strings.HasSuffix(loc, "/console/password") {
		t.Fatalf("a wrong current password led to %s", loc)
	}
	checkPasswordRules(t, ctx)
	run(t, ctx,
		clearField("#old-password"),
		chromedp.SendKeys(chromedp.CSS("#old-password"), password1+"\n"),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if got := text(t, ctx, "#notice"); got != "Your password has been changed." {
		t.Errorf("notice %q", got)
	}
	if hidden := eval[bool](t, ctx, "document.getElementById('alert').hidden"); !hidden {
		t.Errorf("the old error is still shown")
	}
	shots(t, ctx, "password-changed")

	// The server took it: the old password is refused, the new one gets
	// past the password (to the emailed code, which the server does not
	// send again so soon).
	cli := site.client(t, "")
	if _, err := cli.Login(bg, api.LoginRequest{UserName: "testuser01", Password: password1}); tether.ErrorCode(err) != tether.EUNAUTHORIZED {
		t.Errorf("sign-in with the old password: %v", err)
	}
	out, err := cli.Login(bg, api.LoginRequest{UserName: "testuser01", Password: password2})
	if !(err == nil && out.Next != nil && out.Next.Step == api.StepEmailCode) && tether.ErrorCode(err) != tether.ETHROTTLED {
		t.Errorf("sign-in with the changed password: %+v, %v", out, err)
	}
	checkPageErrors(t, ctx)
}

// The shared modules' pure functions, run in the page as the pages run them.
func TestBrowserModules(t *testing.T) {
	site := startSite(t)
	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, chromedp.Navigate(site.url+"/console/signin"), ready("signin"))

	lib := `document.querySelector('script[type=module]').src.replace(/js\/pages\/.*$/, 'js/lib/')`
	next, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`import(`+lib+` + 'nav.js').then((m) => [
		'/console/mfa?x=1#y', '//evil.example/console/', 'https://evil.example/console/', '/console/../api/v1/whoami',
		'/consolex', '/console/signin?next=/console/mfa', '/console/\\evil.example', 'javascript:alert(1)', '', null,
	].map(m.safeNext))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"/console/mfa?x=1#y", "/console/", "/console/", "/console/", "/console/", "/console/", "/console/", "/console/", "/console/", "/console/"}
	if strings.Join(next, " ") != strings.Join(want, " ") {
		t.Errorf("safeNext = %q, want %q", next, want)
	}

	b64, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`import(`+lib+` + 'b64url.js').then((m) => {
		const bytes = new Uint8Array(256).map((_, i) => i);
		const all = m.encode(bytes.buffer);
		const back = new Uint8Array(m.decode(all));
		return [all.slice(-8), String(back.length === 256 && back.every((b, i) => b === i)),
			m.encode(m.decode('-_8')), m.encode(m.decode('+/8=')), m.encode(new Uint8Array([251, 255]))];
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	tail := base64.RawURLEncoding.EncodeToString(all)
	tail = tail[len(tail)-8:]
	if want := []string{tail, "true", "-_8", "-_8", "-_8"}; strings.Join(b64, " ") != strings.Join(want, " ") {
		t.Errorf("b64url = %q, want %q", b64, want)
	}

	// Server messages as sentences.
	sentences, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`import(`+lib+` + 'forms.js').then((m) => [
		'invalid username or password', 'Password: must not contain the username', 'done.',
		'user x is locked (tether admin users unlock x)', ' spaced ', '', '"quoted" first',
	].map(m.sentence))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	wantSentences := []string{"Invalid username or password.", "Password: must not contain the username.", "Done.",
		"User x is locked (tether admin users unlock x)", "Spaced.", "", `"quoted" first.`}
	if strings.Join(sentences, "|") != strings.Join(wantSentences, "|") {
		t.Errorf("sentence = %q, want %q", sentences, wantSentences)
	}
	checkPageErrors(t, ctx)
}
