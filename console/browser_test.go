package console

import (
	"context"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/internal/browser"
)

// These tests run the console in Chromium against fakeAPI, over HTTPS on the
// host name localhost (WebAuthn needs a secure context and its RP ID).

const tabTimeout = 3 * time.Minute

type consoleSite struct {
	url string
	api *fakeAPI
}

func startConsole(t *testing.T) *consoleSite {
	t.Helper()
	fake := newFakeAPI()
	mux := http.NewServeMux()
	mux.Handle(api.ConsolePath, Handler(Config{Secure: true}))
	mux.Handle(api.Prefix+"/", fake)
	// A page of "another site" (the same server as 127.0.0.1, which is a
	// different site from localhost), linking into the console as an
	// invitation email would.
	mux.HandleFunc("GET /elsewhere", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><title>mail</title><link rel="icon" href="data:,"><a id="invite" href="` + r.URL.Query().Get("to") + `">Accept</a>`))
	})
	srv := httptest.NewTLSServer(mux)
	t.Cleanup(srv.Close)
	t.Cleanup(func() {
		for _, v := range fake.violations() {
			t.Errorf("the console broke the API contract: %s", v)
		}
	})
	return &consoleSite{url: strings.Replace(srv.URL, "127.0.0.1", "localhost", 1), api: fake}
}

// expectedAPIError is the browser's log line for an API error answer, which
// the pages show and which is no fault of theirs.
var expectedAPIError = regexp.MustCompile(`^network error: Failed to load resource: the server responded with a status of 4\d\d .*\(https://localhost:\d+/api/v1/`)

// checkPageErrors fails on anything the tab logged as an error: uncaught
// exceptions, console.error, CSP violations, failed loads.
func checkPageErrors(t *testing.T, ctx context.Context) {
	t.Helper()
	for _, e := range browser.PageErrors(ctx) {
		if !expectedAPIError.MatchString(e) {
			t.Errorf("page error: %s", e)
		}
	}
}

// stepTimeout bounds one run of actions, so that a failure leaves time to
// say where the page was.
const stepTimeout = 45 * time.Second

func run(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	step, cancel := context.WithTimeout(ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(step, actions...); err != nil {
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		alert, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.getElementById('alert') || {}).textContent || ''`))
		t.Fatalf("%v (at %s; alert %q; page errors %q)", err, loc, alert, browser.PageErrors(ctx))
	}
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

func location(t *testing.T, ctx context.Context) string {
	t.Helper()
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// phone and desktop set the viewport: an iPhone-sized phone, and the
// browser's 1280x800 window.
var (
	phone   = chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(1))
	desktop = chromedp.EmulateViewport(1280, 800)
)

// checkNoSideScroll fails when the page is wider than the viewport.
func checkNoSideScroll(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	if w := eval[int](t, ctx, "document.documentElement.scrollWidth - window.innerWidth"); w > 0 {
		t.Errorf("%s: the page is %dpx wider than the viewport", where, w)
	}
}

// ready waits until the named page's module has set it up (see run in
// assets/js/lib/page.js): before that, typing Enter would submit a form the
// page does not handle yet.
func ready(page string) chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(`body[data-page="` + page + `"][data-ready]`))
}

// signIn signs in with a password and the fake's TOTP code, typed as a person
// pasting "123 456" and pressing Enter.
func signIn(t *testing.T, ctx context.Context, user, password string) {
	t.Helper()
	run(t, ctx,
		ready("signin"),
		chromedp.SendKeys(chromedp.CSS("#username"), user),
		chromedp.SendKeys(chromedp.CSS("#password"), password+"\n"),
		chromedp.WaitVisible(chromedp.CSS("#mfa-code")),
		chromedp.SendKeys(chromedp.CSS("#mfa-code"), "123 456\n"),
	)
}

func TestBrowserSignInPage(t *testing.T) {
	site := startConsole(t)
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
	browser.Screenshot(t, ctx, "signin-1280x800")
	checkNoSideScroll(t, ctx, "sign-in at 1280x800")

	run(t, ctx, phone)
	browser.Screenshot(t, ctx, "signin-390x844")
	checkNoSideScroll(t, ctx, "sign-in at 390x844")
	run(t, ctx, desktop)

	// A wrong password: the server's message, verbatim, in the alert.
	site.api.addUser("testuser01", "correct horse battery staple", "ProductionPermissionSet")
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#username"), "testuser01"),
		chromedp.SendKeys(chromedp.CSS("#password"), "wrong password\n"),
		chromedp.WaitVisible(chromedp.CSS("#alert")),
	)
	if got := text(t, ctx, "#alert"); got != "Incorrect username or password." {
		t.Errorf("alert %q", got)
	}
	if role := eval[string](t, ctx, "document.getElementById('alert').getAttribute('role')"); role != "alert" {
		t.Errorf("the alert has role %q", role)
	}
	browser.Screenshot(t, ctx, "signin-error")
	checkPageErrors(t, ctx)
}

func TestBrowserSignInWithCodeAndPermissionSet(t *testing.T) {
	site := startConsole(t)
	u := site.api.addUser("testuser01", "correct horse battery staple", "ProductionPermissionSet", "DevelopmentPermissionSet")
	site.api.beginTOTP(u, "Phone")
	site.api.finishTOTP(u, "mfa-1", fakeTOTPCode)
	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, desktop)

	// Signed out, the portal sends the browser to sign in and back.
	run(t, ctx, chromedp.Navigate(site.url+"/console/"), ready("signin"))
	if loc := location(t, ctx); !strings.HasSuffix(loc, "/console/signin?next=%2Fconsole%2F") {
		t.Errorf("signed out at /console/, now at %s", loc)
	}
	signIn(t, ctx, "testuser01", "correct horse battery staple")
	run(t, ctx, chromedp.WaitVisible(chromedp.CSS("#permission-sets button")))
	if hidden := eval[bool](t, ctx, "document.getElementById('webauthn-actions').hidden"); !hidden {
		t.Errorf("a security key is offered to a user without one")
	}
	if got := text(t, ctx, "#heading"); got != "Choose a permission set" {
		t.Errorf("heading %q", got)
	}
	browser.Screenshot(t, ctx, "choose-permission-set")

	run(t, ctx,
		chromedp.Click(chromedp.CSS("#permission-sets li:first-child button")),
		ready("index"),
	)
	if loc := location(t, ctx); !strings.HasSuffix(loc, "/console/") {
		t.Errorf("after sign-in at %s, want /console/", loc)
	}
	want := "TetherReserved_ProductionPermissionSet_0a1b2c3d4e5f6a7b/testuser01"
	if got := text(t, ctx, "#identity"); got != want {
		t.Errorf("top bar identity %q, want %q", got, want)
	}
	if got := text(t, ctx, "#who-permission-set"); got != "ProductionPermissionSet" {
		t.Errorf("permission set %q", got)
	}
	if got := text(t, ctx, "#who-mfa"); !strings.HasPrefix(got, "Yes") {
		t.Errorf("MFA %q", got)
	}
	run(t, ctx, chromedp.WaitVisible(chromedp.CSS("#switch-card")))
	browser.Screenshot(t, ctx, "portal-1280x800")
	run(t, ctx, phone)
	browser.Screenshot(t, ctx, "portal-390x844")
	checkNoSideScroll(t, ctx, "portal at 390x844")
	run(t, ctx, desktop)

	// Switch permission set without signing out.
	run(t, ctx,
		chromedp.SetValue(chromedp.CSS("#switch-select"), "DevelopmentPermissionSet"),
		chromedp.Click(chromedp.CSS("#switch-form button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if got := text(t, ctx, "#identity"); got != "TetherReserved_DevelopmentPermissionSet_0a1b2c3d4e5f6a7b/testuser01" {
		t.Errorf("identity after the switch %q", got)
	}
	if got := text(t, ctx, "#who-permission-set"); got != "DevelopmentPermissionSet" {
		t.Errorf("permission set after the switch %q", got)
	}

	// Sign out.
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#signout")),
		ready("signin"),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if got := text(t, ctx, "#notice"); got != "You have signed out." {
		t.Errorf("after sign-out: %q", got)
	}
	checkPageErrors(t, ctx)
}

func TestBrowserSecurityKeyAndMFADevices(t *testing.T) {
	site := startConsole(t)
	site.api.addUser("testuser02", "correct horse battery staple", "DevelopmentPermissionSet")
	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, desktop)
	if _, err := browser.VirtualAuthenticator(ctx); err != nil {
		t.Fatal(err)
	}

	// A user without a device must register one while signing in.
	run(t, ctx,
		chromedp.Navigate(site.url+"/console/signin"),
		ready("signin"),
		chromedp.SendKeys(chromedp.CSS("#username"), "testuser02"),
		chromedp.SendKeys(chromedp.CSS("#password"), "correct horse battery staple\n"),
		chromedp.WaitVisible(chromedp.CSS("#reg-choose")),
	)
	if got := text(t, ctx, "#heading"); got != "Register MFA device" {
		t.Errorf("heading %q", got)
	}
	browser.Screenshot(t, ctx, "register-mfa-1280x800")
	run(t, ctx, phone)
	browser.Screenshot(t, ctx, "register-mfa-390x844")
	checkNoSideScroll(t, ctx, "register-mfa at 390x844")
	run(t, ctx, desktop,
		chromedp.Click(chromedp.CSS("#reg-type-webauthn")),
		chromedp.SendKeys(chromedp.CSS("#reg-name"), "Laptop passkey\n"),
		chromedp.WaitVisible(chromedp.CSS("#facts")),
	)
	if got := text(t, ctx, "#who-user"); got != "testuser02" {
		t.Errorf("signed in as %q", got)
	}

	// The MFA devices page lists it; add an authenticator app as on AWS.
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`.topnav a[href="/console/mfa"]`)),
		ready("mfa"),
		chromedp.Click(chromedp.CSS("#assign-button")),
		chromedp.WaitVisible(chromedp.CSS("#reg-choose")),
		chromedp.Click(chromedp.CSS("#reg-type-totp")),
		chromedp.SendKeys(chromedp.CSS("#reg-name"), "Phone"),
		chromedp.Click(chromedp.CSS("#reg-choose button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#reg-qr")),
	)
	if got := eval[bool](t, ctx, "document.getElementById('reg-qr').naturalWidth > 0"); !got {
		t.Errorf("the QR code did not load")
	}
	run(t, ctx, chromedp.Click(chromedp.CSS("#reg-secret-toggle")), chromedp.WaitVisible(chromedp.CSS("#reg-secret")))
	if got := text(t, ctx, "#reg-secret"); got != "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP" {
		t.Errorf("secret key shown as %q", got)
	}
	if got := text(t, ctx, "#reg-secret-toggle"); got != "Hide secret key" {
		t.Errorf("toggle says %q", got)
	}
	browser.Screenshot(t, ctx, "register-totp-1280x800")
	run(t, ctx, phone)
	browser.Screenshot(t, ctx, "register-totp-390x844")
	checkNoSideScroll(t, ctx, "TOTP registration at 390x844")
	run(t, ctx, desktop,
		chromedp.SendKeys(chromedp.CSS("#reg-code"), " 123 456\n"),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
		chromedp.WaitNotVisible(chromedp.CSS("#register-card")),
	)
	if got := text(t, ctx, "#notice"); got != "MFA device Phone assigned." {
		t.Errorf("notice %q", got)
	}
	run(t, ctx, chromedp.WaitVisible(chromedp.CSS(`button[aria-label="Remove Phone"]`)))
	if got := text(t, ctx, "#devices"); !strings.Contains(got, "Laptop passkey") || !strings.Contains(got, "Security key or passkey") || !strings.Contains(got, "Authenticator app") {
		t.Errorf("devices: %q", got)
	}
	browser.Screenshot(t, ctx, "mfa-devices-1280x800")
	run(t, ctx, phone)
	browser.Screenshot(t, ctx, "mfa-devices-390x844")
	checkNoSideScroll(t, ctx, "MFA devices at 390x844")
	run(t, ctx, desktop)

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

	// Sign out, and in again with the passkey.
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#signout")),
		ready("signin"),
		chromedp.SendKeys(chromedp.CSS("#username"), "testuser02"),
		chromedp.SendKeys(chromedp.CSS("#password"), "correct horse battery staple\n"),
		chromedp.WaitVisible(chromedp.CSS("#webauthn-button")),
	)
	browser.Screenshot(t, ctx, "mfa-step")
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#webauthn-button")),
		chromedp.WaitVisible(chromedp.CSS("#facts")),
	)
	checkPageErrors(t, ctx)
}

func TestBrowserDeviceApproval(t *testing.T) {
	site := startConsole(t)
	u := site.api.addUser("testuser01", "correct horse battery staple", "ProductionPermissionSet")
	site.api.beginTOTP(u, "Phone")
	site.api.finishTOTP(u, "mfa-1", fakeTOTPCode)
	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, desktop)

	run(t, ctx, chromedp.Navigate(site.url+"/console/device?code=WDJB-MJHT"))
	signIn(t, ctx, "testuser01", "correct horse battery staple")
	run(t, ctx, ready("device"))
	if loc := location(t, ctx); !strings.HasSuffix(loc, "/console/device?code=WDJB-MJHT") {
		t.Errorf("after sign-in at %s, want back at the device page", loc)
	}
	if v, _ := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#user-code"))); v != "WDJB-MJHT" {
		t.Errorf("code field %q", v)
	}
	browser.Screenshot(t, ctx, "device-approval")
	run(t, ctx, chromedp.Click(chromedp.CSS("#approve-button")), chromedp.WaitVisible(chromedp.CSS("#result")))
	if got := text(t, ctx, "#result-text"); !strings.HasPrefix(got, "Sign-in approved.") {
		t.Errorf("result %q", got)
	}
	site.api.mu.Lock()
	approved := site.api.approved
	site.api.mu.Unlock()
	if len(approved) != 1 || approved[0] != (api.DeviceApproval{UserCode: "WDJB-MJHT"}) {
		t.Errorf("approvals %+v", approved)
	}

	// Deny, with a code typed in.
	run(t, ctx,
		chromedp.Navigate(site.url+"/console/device"),
		ready("device"),
		chromedp.SendKeys(chromedp.CSS("#user-code"), "WDJB-MJHT"),
		chromedp.Click(chromedp.CSS("#deny-button")),
		chromedp.WaitVisible(chromedp.CSS("#result")),
	)
	site.api.mu.Lock()
	approved = site.api.approved
	site.api.mu.Unlock()
	if len(approved) != 2 || !approved[1].Deny {
		t.Errorf("approvals %+v", approved)
	}
	checkPageErrors(t, ctx)
}

func TestBrowserAcceptInvitation(t *testing.T) {
	site := startConsole(t)
	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, desktop)

	run(t, ctx, chromedp.Navigate(site.url+"/console/accept?token=invite-token"), ready("accept"))
	if got := text(t, ctx, "#invite-user"); got != "newuser" {
		t.Errorf("invited user %q", got)
	}
	browser.Screenshot(t, ctx, "accept-invitation")
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#new-password"), "long enough 1"),
		chromedp.SendKeys(chromedp.CSS("#confirm-password"), "long enough 2\n"),
		chromedp.WaitVisible(chromedp.CSS("#alert")),
	)
	if got := text(t, ctx, "#alert"); got != "The passwords do not match." {
		t.Errorf("alert %q", got)
	}
	run(t, ctx,
		chromedp.Evaluate[chromedp.Void](`document.getElementById('confirm-password').value = ''`),
		chromedp.SendKeys(chromedp.CSS("#confirm-password"), "long enough 1\n"),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if got := text(t, ctx, "#notice"); got != "Your password is set. Sign in to continue." {
		t.Errorf("notice %q", got)
	}
	if v, _ := chromedp.Run(ctx, chromedp.Value(chromedp.CSS("#username"))); v != "newuser" {
		t.Errorf("username field %q", v)
	}

	// A bad link says so.
	run(t, ctx, chromedp.Navigate(site.url+"/console/accept?token=nope"), chromedp.WaitVisible(chromedp.CSS("#alert")))
	if got := text(t, ctx, "#alert"); got != "This invitation has expired or was already used." {
		t.Errorf("alert %q", got)
	}
	checkPageErrors(t, ctx)
}

func TestBrowserNewPasswordAndEmailCode(t *testing.T) {
	site := startConsole(t)
	u := site.api.addUser("testuser01", "one-time password", "ProductionPermissionSet")
	u.mustChange, u.emailCode = true, true
	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, desktop)

	run(t, ctx,
		chromedp.Navigate(site.url+"/console/signin?next=%2Fconsole%2Fpassword"),
		ready("signin"),
		chromedp.SendKeys(chromedp.CSS("#username"), "testuser01"),
		chromedp.SendKeys(chromedp.CSS("#password"), "one-time password\n"),
		chromedp.WaitVisible(chromedp.CSS("#new-password")),
		chromedp.SendKeys(chromedp.CSS("#new-password"), "a new password"),
		chromedp.SendKeys(chromedp.CSS("#confirm-password"), "a new passwort\n"),
		chromedp.WaitVisible(chromedp.CSS("#alert")),
	)
	if got := text(t, ctx, "#alert"); got != "The passwords do not match." {
		t.Errorf("alert %q", got)
	}
	browser.Screenshot(t, ctx, "change-password")
	run(t, ctx,
		chromedp.Evaluate[chromedp.Void](`document.getElementById('confirm-password').value = ''`),
		chromedp.SendKeys(chromedp.CSS("#confirm-password"), "a new password\n"),
		chromedp.WaitVisible(chromedp.CSS("#email-code")),
	)
	if got := text(t, ctx, "#email-address"); got != "t*****1@example.com" {
		t.Errorf("email %q", got)
	}
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#email-resend")),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if got := text(t, ctx, "#notice"); got != "We sent a new code to t*****1@example.com." {
		t.Errorf("notice %q", got)
	}
	browser.Screenshot(t, ctx, "email-code")
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#email-code"), "654 321\n"),
		ready("password"),
	)
	if loc := location(t, ctx); !strings.HasSuffix(loc, "/console/password") {
		t.Errorf("after sign-in at %s, want ?next=", loc)
	}

	// Change it again on the password page: the server's refusal, then success.
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#old-password"), "wrong"),
		chromedp.SendKeys(chromedp.CSS("#new-password"), "another password"),
		chromedp.SendKeys(chromedp.CSS("#confirm-password"), "another password\n"),
		chromedp.WaitVisible(chromedp.CSS("#alert")),
	)
	if got := text(t, ctx, "#alert"); got != "The current password is wrong." {
		t.Errorf("alert %q", got)
	}
	run(t, ctx,
		chromedp.Evaluate[chromedp.Void](`document.getElementById('old-password').value = ''`),
		chromedp.SendKeys(chromedp.CSS("#old-password"), "a new password\n"),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if got := text(t, ctx, "#notice"); got != "Your password has been changed." {
		t.Errorf("notice %q", got)
	}
	if hidden := eval[bool](t, ctx, "document.getElementById('alert').hidden"); !hidden {
		t.Errorf("the old error is still shown")
	}
	browser.Screenshot(t, ctx, "password-changed")
	checkPageErrors(t, ctx)
}

// The shared modules' pure functions, run in the page as the pages run them.
func TestBrowserModules(t *testing.T) {
	site := startConsole(t)
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
	checkPageErrors(t, ctx)
}

// A link from another site arrives without the browser's SameSite=Strict
// cookies; the console must not replace the device cookie it already set.
func TestBrowserLinkFromAnotherSiteKeepsCookies(t *testing.T) {
	site := startConsole(t)
	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
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
	other := strings.Replace(site.url, "localhost", "127.0.0.1", 1)
	target := site.url + "/console/accept?token=invite-token"
	run(t, ctx,
		chromedp.Navigate(other+"/elsewhere?to="+url.QueryEscape(target)),
		chromedp.Click(chromedp.CSS("#invite")),
		ready("accept"),
		chromedp.WaitVisible(chromedp.CSS("#invitation")),
	)
	if loc := location(t, ctx); loc != target {
		t.Errorf("at %s, want %s", loc, target)
	}
	after := cookies()
	for _, name := range []string{api.DeviceCookie, api.CSRFCookie} {
		if after[name] != before[name] {
			t.Errorf("%s changed from %q to %q", name, before[name], after[name])
		}
	}
	checkPageErrors(t, ctx)
}
