package console_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
	"github.com/tetherhq/tether/internal/browser"
	"github.com/tetherhq/tether/mail"
	"github.com/tetherhq/tether/mail/smtptest"
	"github.com/tetherhq/tether/mfa"
	"github.com/tetherhq/tether/server"
	"github.com/tetherhq/tether/store/sqlite"
)

// The browser tests run the console in Chromium against the real server:
// server.New over a SQLite file, serving HTTPS at https://localhost:PORT
// (WebAuthn needs a secure context and a host name for its RP ID; Chromium
// runs with ignore-certificate-errors), sending mail through an in-process
// SMTP server (mail/smtptest). Users, permission sets and MFA settings are
// set up with the Go client as an administrator would with the CLI.

const (
	// tabTimeout bounds everything one test does in its tab.
	tabTimeout = 4 * time.Minute
	// stepTimeout bounds one run of actions, so that a failure leaves time
	// to say where the page was.
	stepTimeout = 45 * time.Second
	// mailTimeout bounds the wait for an email.
	mailTimeout = 30 * time.Second
	// adminPassword is the first administrator's password.
	adminPassword = "Granite-lighthouse-42"
)

// site is one running Tether server with its mailbox and an administrator's
// client.
type site struct {
	url     string // https://localhost:PORT
	ca      []byte // PEM of the server's CA, for Go clients
	mailbox *smtptest.Server
	admin   *client.Client
	webmail *webmail
	sets    map[string]api.PermissionSet // created so far, by name
}

// startSite starts a server for one test. It stops when the test ends.
func startSite(t *testing.T) *site {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "tether.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	_, ca, err := server.Init(ctx, st, server.InitOptions{DataDir: dir, Region: "us-east-1", AdminUser: "admin", AdminPassword: adminPassword})
	if err != nil {
		t.Fatal(err)
	}

	mailbox := smtptest.Start(t, smtptest.Options{TLS: true})
	sender, err := mail.NewSMTP(mail.SMTPConfig{
		Host: mailbox.Host(), Port: mailbox.Port(), From: "tether@example.com", RootCAs: mailbox.RootCAs(),
	})
	if err != nil {
		t.Fatal(err)
	}

	// The public URL names the port, so listen first.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "https://localhost:" + strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	logs := &lockedBuffer{}
	srv, err := server.New(ctx, server.Config{
		Store: st, PublicURL: url, Mail: sender,
		Log: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo})),
	})
	if err != nil {
		ln.Close()
		t.Fatal(err)
	}
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(sctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Serve: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Errorf("the server did not shut down")
		}
		if t.Failed() {
			t.Logf("the server's log:\n%s", logs.tail(8000))
		}
	})

	s := &site{url: url, ca: ca.CertPEM, mailbox: mailbox, sets: map[string]api.PermissionSet{}}
	s.admin = s.client(t, "")
	if _, err := s.admin.Login(ctx, api.LoginRequest{UserName: "admin", Password: adminPassword}); err != nil {
		t.Fatalf("admin sign-in: %v", err)
	}
	s.webmail = startWebmail(t)
	return s
}

// client is a Go client of the site with token (none to sign in).
func (s *site) client(t *testing.T, token string) *client.Client {
	t.Helper()
	c, err := client.New(s.url, s.ca, token)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// setMFA replaces the directory's MFA settings.
func (s *site) setMFA(t *testing.T, set tether.MFASettings) tether.MFASettings {
	t.Helper()
	out, err := s.admin.PutMFASettings(context.Background(), set)
	if err != nil {
		t.Fatalf("MFA settings %+v: %v", set, err)
	}
	return out
}

// permissionSet creates (once) the permission set name with the seed's
// policy of that name from examples/policies.
func (s *site) permissionSet(t *testing.T, name string) api.PermissionSet {
	t.Helper()
	if ps, ok := s.sets[name]; ok {
		return ps
	}
	policy, err := os.ReadFile(filepath.Join("..", "examples", "policies", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	ps, err := s.admin.CreatePermissionSet(context.Background(), api.CreatePermissionSetRequest{
		Name: name, InlinePolicy: string(policy), Description: "Permission set " + name,
	})
	if err != nil {
		t.Fatalf("create permission set %s: %v", name, err)
	}
	s.sets[name] = ps
	return ps
}

// assign assigns the permission sets to the user.
func (s *site) assign(t *testing.T, user string, sets ...string) {
	t.Helper()
	for _, name := range sets {
		s.permissionSet(t, name)
		err := s.admin.CreateAssignment(context.Background(), api.AssignmentRequest{
			PrincipalType: tether.PrincipalUser, PrincipalName: user, PermissionSetName: name,
		})
		if err != nil {
			t.Fatalf("assign %s to %s: %v", name, user, err)
		}
	}
}

// identity is the signed-in identity of user with the permission set.
func (s *site) identity(t *testing.T, set, user string) string {
	t.Helper()
	return "TetherReserved_" + set + "_" + s.permissionSet(t, set).ID + "/" + user
}

// addUser creates an active user (email NAME@example.com) with a password
// set by the administrator, assigned the permission sets.
func (s *site) addUser(t *testing.T, name, password string, sets ...string) {
	t.Helper()
	ctx := context.Background()
	if _, err := s.admin.CreateUser(ctx, api.CreateUserRequest{
		UserName: name, Email: name + "@example.com", FirstName: "Test", LastName: name,
	}); err != nil {
		t.Fatalf("create user %s: %v", name, err)
	}
	if err := s.admin.SetPassword(ctx, name, password); err != nil {
		t.Fatalf("set the password of %s: %v", name, err)
	}
	s.assign(t, name, sets...)
}

// registerTOTP registers an authenticator app for user by signing in with
// the Go client, as the CLI does, while the settings make a user without a
// device register one (NoDevice register). It returns the app's secret.
func (s *site) registerTOTP(t *testing.T, user, password, permissionSet string) string {
	t.Helper()
	ctx := context.Background()
	c := s.client(t, "")
	out, err := c.Login(ctx, api.LoginRequest{UserName: user, Password: password, PermissionSet: permissionSet})
	if err != nil {
		t.Fatalf("sign in %s: %v", user, err)
	}
	if out.Next == nil || out.Next.Step != api.StepRegisterMFA {
		t.Fatalf("sign-in of %s without a device: %+v, want step %s", user, out, api.StepRegisterMFA)
	}
	reg, err := c.LoginRegisterTOTP(ctx, out.Next.Ticket, "Phone")
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.LoginRegisterTOTPFinish(ctx, out.Next.Ticket, reg.DeviceId, totpCode(t, reg.Secret, time.Now()))
	if err != nil {
		t.Fatalf("register the authenticator app of %s: %v", user, err)
	}
	if res.Login == nil || res.Login.Token == "" {
		t.Fatalf("registering at sign-in did not sign %s in: %+v", user, res)
	}
	if err := c.Logout(ctx); err != nil {
		t.Fatal(err)
	}
	return reg.Secret
}

// totpCode is the code an authenticator app with secret shows at time at.
func totpCode(t *testing.T, secret string, at time.Time) string {
	t.Helper()
	code, err := mfa.TOTPCode(secret, at)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// nextTOTPCode is a code of the app that the server takes right after a
// code of the current time step was used (to register the app, or to sign
// in): the next step's, within the one step of clock skew it allows.
func nextTOTPCode(t *testing.T, secret string) string {
	return totpCode(t, secret, time.Now().Add(30*time.Second))
}

// wrongTOTPCode is a six-digit code that matches none of the app's codes
// near now.
func wrongTOTPCode(t *testing.T, secret string) string {
	t.Helper()
	near := map[string]bool{}
	for i := -3; i <= 3; i++ {
		near[totpCode(t, secret, time.Now().Add(time.Duration(i)*30*time.Second))] = true
	}
	for i := 1; ; i++ {
		if code := fmt.Sprintf("%06d", (i*271828)%1000000); !near[code] {
			return code
		}
	}
}

// pasted is a code as a person pastes it from an app: "123 456".
func pasted(code string) string { return code[:3] + " " + code[3:] }

var (
	invitationLink = regexp.MustCompile(`https://\S+/console/accept\?token=\S+`)
	emailedCode    = regexp.MustCompile(`(?m)^\s+(\d{6})\s*$`)
)

// invitationURL is the link of an invitation email.
func invitationURL(t *testing.T, m smtptest.Received) string {
	t.Helper()
	link := invitationLink.FindString(m.Text)
	if link == "" {
		t.Fatalf("no invitation link in the email %q:\n%s", m.Header.Get("Subject"), m.Text)
	}
	return link
}

// emailCode is the code of a sign-in code email.
func emailCode(t *testing.T, m smtptest.Received) string {
	t.Helper()
	match := emailedCode.FindStringSubmatch(m.Text)
	if match == nil {
		t.Fatalf("no code in the email %q:\n%s", m.Header.Get("Subject"), m.Text)
	}
	return match[1]
}

// webmail shows emails as a web mail client would: the HTML part as a page
// of another site (http://127.0.0.1:PORT, not localhost), so that following
// a link into the console is a cross-site navigation, as from a real inbox.
type webmail struct {
	url  string
	mu   sync.Mutex
	msgs []smtptest.Received
}

func startWebmail(t *testing.T) *webmail {
	w := &webmail{}
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		n, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/mail/"))
		w.mu.Lock()
		defer w.mu.Unlock()
		if err != nil || n < 0 || n >= len(w.msgs) {
			http.NotFound(rw, r)
			return
		}
		m := w.msgs[n]
		// The mail's own markup, in a page with a title and without a
		// favicon request (whose 404 the page-error check would see).
		head := `<head><meta charset="utf-8"><title>` + m.Header.Get("Subject") + `</title><link rel="icon" href="data:,"></head>`
		page := strings.Replace(m.HTML, "<html>", "<html>"+head, 1)
		rw.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(rw, page)
	}))
	t.Cleanup(srv.Close)
	w.url = srv.URL
	return w
}

// show returns the URL of a page showing m.
func (w *webmail) show(m smtptest.Received) string {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.msgs = append(w.msgs, m)
	return fmt.Sprintf("%s/mail/%d", w.url, len(w.msgs)-1)
}

// lockedBuffer collects the server's log for a failing test.
type lockedBuffer struct {
	mu sync.Mutex
	b  []byte
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b = append(l.b, p...)
	return len(p), nil
}

func (l *lockedBuffer) tail(n int) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.b) > n {
		return "…" + string(l.b[len(l.b)-n:])
	}
	return string(l.b)
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

func value(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("value of %s: %v", sel, err)
	}
	return s
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

// clearField empties a field.
func clearField(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](`document.querySelector(` + strconv.Quote(sel) + `).value = ''`)
}

// alertAfter runs actions that end in a request the page answers in its
// alert, and returns the alert's text. The alert is emptied first, so that
// an earlier message is not taken for the answer.
func alertAfter(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) string {
	t.Helper()
	run(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => {
		const a = document.getElementById('alert');
		a.textContent = '';
		a.hidden = true;
	})()`))
	run(t, ctx, actions...)
	run(t, ctx, chromedp.WaitVisible(chromedp.CSS("#alert")))
	return text(t, ctx, "#alert")
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

// shots saves a screenshot at the desktop size and one at the phone size,
// and checks that the phone need not scroll sideways.
func shots(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	browser.Screenshot(t, ctx, name+"-1280x800")
	run(t, ctx, phone)
	browser.Screenshot(t, ctx, name+"-390x844")
	checkNoSideScroll(t, ctx, name+" at 390x844")
	run(t, ctx, desktop)
}

// ready waits until the named page's module has set it up (see run in
// assets/js/lib/page.js): before that, typing Enter would submit a form the
// page does not handle yet.
func ready(page string) chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(`body[data-page="` + page + `"][data-ready]`))
}

// signInPassword types the user name and password on the sign-in page and
// waits for the step that follows, named by the element waitFor.
func signInPassword(t *testing.T, ctx context.Context, user, password, waitFor string) {
	t.Helper()
	run(t, ctx,
		ready("signin"),
		clearField("#username"),
		chromedp.SendKeys(chromedp.CSS("#username"), user),
		clearField("#password"),
		chromedp.SendKeys(chromedp.CSS("#password"), password+"\n"),
		chromedp.WaitVisible(chromedp.CSS(waitFor)),
	)
}

// signIn signs in with a password and the authenticator app's next code,
// typed as a person pasting "123 456" and pressing Enter. It returns the
// code. The page that follows depends on the sign-in.
func signIn(t *testing.T, ctx context.Context, user, password, secret string) string {
	t.Helper()
	signInPassword(t, ctx, user, password, "#mfa-code")
	code := nextTOTPCode(t, secret)
	run(t, ctx, chromedp.SendKeys(chromedp.CSS("#mfa-code"), pasted(code)+"\n"))
	return code
}

// signOut signs out with the top bar's button and waits for the sign-in
// page to say so.
func signOut(t *testing.T, ctx context.Context) {
	t.Helper()
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#signout")),
		ready("signin"),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if got := text(t, ctx, "#notice"); got != "You have signed out." {
		t.Errorf("after sign-out: %q", got)
	}
}
