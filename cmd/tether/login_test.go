package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// A user created with a one-time password must choose a new one at the first
// sign-in; scripts give it on the line after the one-time password.
func TestLoginOneTimePasswordMustBeChanged(t *testing.T) {
	ts := startServer(t, "")
	admin := newCLI(t)
	admin.login(ts, "admin", adminPassword)
	admin.ok("", "admin", "permission-sets", "create", "DevelopmentPermissionSet",
		"--policy-file", "../../examples/policies/DevelopmentPermissionSet.json")

	mustContain(t, admin.fails(exitUsage, "", "admin", "users", "create", "olga", "--email", "olga@example.com", "--invite", "--one-time-password"),
		"--invite", "--one-time-password")
	admin.fails(exitFailure, "", "admin", "users", "get", "olga")

	out := admin.ok("", "admin", "users", "create", "olga", "--email", "olga@example.com", "--one-time-password")
	match := regexp.MustCompile(`One-time password \(shown only now; olga must change it at the first sign-in\): (\S+)`).FindStringSubmatch(out)
	if match == nil {
		t.Fatalf("create --one-time-password printed:\n%s", out)
	}
	otp := match[1]
	var created api.CreateUserResponse
	admin.okJSON(&created, "admin", "users", "create", "oscar", "--email", "oscar@example.com", "--one-time-password")
	if created.OneTimePassword == "" || created.InvitationSent || created.User.Username != "oscar" {
		t.Fatalf("create --one-time-password -o json printed %+v", created)
	}
	admin.ok("", "admin", "assignments", "create", "--user", "olga", "--permission-set", "DevelopmentPermissionSet")

	olga := newCLI(t)
	args := []string{"login", "--server", ts.url, "--ca-file", ts.caFile, "--user", "olga", "--password-stdin"}
	stderr := olga.fails(exitUsage, otp+"\n", args...)
	mustContain(t, stderr, "password of olga must be changed", "line after")
	stderr = olga.fails(exitUsage, otp+"\n"+otp+"\n", args...)
	mustContain(t, stderr, "NewPassword", "differ")
	stderr = olga.fails(exitUsage, otp+"\nshort\n", args...)
	mustContain(t, stderr, "Password")
	newPassword := "Chosen-at-first-1"
	olga.ok(otp+"\n"+newPassword+"\n", args...)
	var who api.WhoAmI
	olga.okJSON(&who, "whoami")
	if who.UserName != "olga" || who.PermissionSet != "DevelopmentPermissionSet" {
		t.Fatalf("olga signed in as %+v", who)
	}
	mustContain(t, newCLI(t).fails(exitFailure, otp+"\n", args...), "invalid username or password")
	olga.login(ts, "olga", newPassword) // no change asked any more

	// tether password: the current password, then the new one.
	mustContain(t, olga.fails(exitFailure, "not-my-password\nChanged-again-2\n", "password", "--password-stdin"), "current password is not correct")
	mustContain(t, olga.fails(exitUsage, newPassword+"\n", "password", "--password-stdin"), "new password")
	mustContain(t, olga.fails(exitUsage, "", "password"), "--password-stdin")
	olga.ok(newPassword+"\nChanged-again-2\n", "password", "--password-stdin")
	mustContain(t, newCLI(t).fails(exitFailure, newPassword+"\n", args...), "invalid username or password")
	newCLI(t).login(ts, "olga", "Changed-again-2")
}

var userCode = regexp.MustCompile(`enter the code ([A-Z]{4}-[A-Z]{4})`)

// tether login --browser: the CLI shows a code, a signed-in user approves
// it in the console, and the CLI is signed in as that identity. A denial
// ends it with exit 3; Ctrl-C ends the wait.
func TestLoginBrowser(t *testing.T) {
	ctx := context.Background()
	ts := startServer(t, "")
	admin := newCLI(t)
	admin.login(ts, "admin", adminPassword)
	console := admin.apiClient(ts)

	mustContain(t, newCLI(t).fails(exitUsage, "", "login", "--browser", "--server", ts.url, "--ca-file", ts.caFile, "--user", "admin"), "--browser")

	// Approved, and denied, side by side.
	approved, denied := newCLI(t), newCLI(t)
	args := []string{"login", "--browser", "--server", ts.url, "--ca-file", ts.caFile}
	a := approved.start(args...)
	d := denied.start(append(args, "-o", "json")...)
	codeOf := func(b *background) string {
		out := b.waitOutput(t, "Waiting for the approval")
		m := userCode.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no user code in:\n%s", out)
		}
		mustContain(t, out, ts.url+api.DeviceApprovalPath, "?code="+m[1])
		return m[1]
	}
	if err := console.ApproveDevice(ctx, strings.ToLower(codeOf(a)), false); err != nil {
		t.Fatalf("approve: %v", err)
	}
	if err := console.ApproveDevice(ctx, codeOf(d), true); err != nil {
		t.Fatalf("deny: %v", err)
	}
	if code := a.wait(t); code != 0 {
		t.Fatalf("approved login --browser exited %d:\n%s", code, a.out.String())
	}
	mustContain(t, a.out.String(), "Signed in as TetherReserved_AdministratorAccess_")
	var who api.WhoAmI
	approved.okJSON(&who, "whoami")
	if who.UserName != "admin" || who.PermissionSet != "AdministratorAccess" {
		t.Fatalf("signed in by the console as %+v", who)
	}
	approved.ok("", "admin", "users", "list") // the token works for everything
	if code := d.wait(t); code != exitDenied {
		t.Fatalf("denied login --browser exited %d, want %d:\n%s", code, exitDenied, d.out.String())
	}
	mustContain(t, d.out.String(), "denied")
	denied.fails(exitFailure, "", "whoami")

	// Ctrl-C while waiting.
	waiting := newCLI(t)
	w := waiting.start(args...)
	w.waitOutput(t, "Waiting for the approval")
	if code := w.stop(); code != exitFailure {
		t.Fatalf("cancelled login --browser exited %d:\n%s", code, w.out.String())
	}
	mustContain(t, w.out.String(), "cancelled")
}

// screen collects what a terminal shows.
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *screen) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.buf.String() }

// terminalSession runs one tether command in-process with a pseudo-terminal
// as its standard input and error, as a person at a terminal would.
type terminalSession struct {
	t      *testing.T
	tty    *os.File // what the command reads and writes
	ptmx   *os.File // the person's side
	screen *screen
	stdout *syncBuffer
	done   chan int
	seen   int // how much of the screen earlier expectations consumed
}

func (c *cli) startInTerminal(args ...string) *terminalSession {
	t := c.t.(*testing.T)
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	s := &terminalSession{t: t, tty: tty, ptmx: ptmx, screen: &screen{}, stdout: &syncBuffer{}, done: make(chan int, 1)}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			s.screen.Write(buf[:n])
			if err != nil {
				return
			}
		}
	}()
	ctx, cancel := context.WithCancel(context.Background())
	e := env{stdin: tty, stdout: s.stdout, stderr: tty, getenv: func(k string) string {
		if k == configDirEnv {
			return c.configDir
		}
		return ""
	}}
	go func() { s.done <- run(ctx, args, e) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-s.done:
		case <-time.After(time.Minute):
		}
		tty.Close()
		ptmx.Close()
	})
	return s
}

// expect waits until the terminal shows want after what earlier
// expectations consumed, and returns the text up to and including it.
func (s *terminalSession) expect(want string) string {
	s.t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		all := s.screen.String()
		if i := strings.Index(all[s.seen:], want); i >= 0 {
			text := all[s.seen : s.seen+i+len(want)]
			s.seen += i + len(want)
			return text
		}
		select {
		case code := <-s.done:
			s.done <- code
			s.t.Fatalf("the command exited with %d before showing %q; the terminal shows:\n%s\nstdout:\n%s", code, want, all, s.stdout.String())
		default:
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the terminal never showed %q; it shows:\n%s", want, all)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// answer types a line.
func (s *terminalSession) answer(line string) {
	s.t.Helper()
	if _, err := s.ptmx.WriteString(line + "\r"); err != nil {
		s.t.Fatal(err)
	}
}

func (s *terminalSession) wait() int {
	s.t.Helper()
	select {
	case code := <-s.done:
		s.done <- code
		return code
	case <-time.After(2 * time.Minute):
		s.t.Fatalf("the command did not finish; the terminal shows:\n%s", s.screen.String())
		return -1
	}
}

// tether login at a terminal walks through every step: the username and
// password, a new password (typed twice), registering an authenticator app
// from its QR code and secret (with a wrong code first), and choosing one
// of two permission sets; the next sign-in asks for the app's code.
func TestLoginInteractive(t *testing.T) {
	ts := startServer(t, "")
	admin := newCLI(t)
	admin.login(ts, "admin", adminPassword)
	var created api.CreateUserResponse
	admin.okJSON(&created, "admin", "users", "create", "ivan", "--email", "ivan@example.com", "--one-time-password")
	for _, env := range []string{"Development", "Production"} {
		admin.ok("", "admin", "permission-sets", "create", env+"PermissionSet",
			"--policy-file", "../../examples/policies/"+env+"PermissionSet.json")
		admin.ok("", "admin", "assignments", "create", "--user", "ivan", "--permission-set", env+"PermissionSet")
	}
	admin.ok("", "admin", "mfa-settings", "set", "--prompt", "always", "--types", "totp", "--no-device", "register")
	newPassword := "Typed-at-the-terminal-1"

	ivan := newCLI(t)
	term := ivan.startInTerminal("login", "--server", ts.url, "--ca-file", ts.caFile)
	term.expect("Username: ")
	term.answer("ivan")
	term.expect("Password: ")
	term.answer(created.OneTimePassword)
	term.expect("Choose a new password")
	term.expect("New password: ")
	term.answer(newPassword)
	term.expect("Repeat the new password: ")
	term.answer(newPassword + "-typo")
	term.expect("differ")
	term.expect("New password: ")
	term.answer(newPassword)
	term.expect("Repeat the new password: ")
	term.answer(newPassword)
	term.expect("Register one")
	qr := term.expect("secret key into it: ")
	if !strings.Contains(qr, "▀") && !strings.Contains(qr, "▄") {
		t.Errorf("no QR code drawn before the secret:\n%s", qr)
	}
	secret := strings.Fields(term.expect("Code from your authenticator app: "))[0]
	term.answer(wrongTOTP(t, secret))
	term.expect("not valid")
	term.expect("Code from your authenticator app: ")
	registeredAt := totpStep(time.Now())
	term.answer(totpAt(t, secret, registeredAt))
	term.expect("Registered MFA device")
	listing := term.expect("Permission set [1-2]: ")
	term.answer("3")
	term.expect("choose a number from 1 to 2")
	term.expect("Permission set [1-2]: ")
	term.answer("2")
	if code := term.wait(); code != 0 {
		t.Fatalf("interactive login exited %d; the terminal shows:\n%s", code, term.screen.String())
	}
	chosen := regexp.MustCompile(`2\) (\S+)`).FindStringSubmatch(listing)
	if chosen == nil {
		t.Fatalf("no numbered list of permission sets in:\n%s", listing)
	}
	mustContain(t, term.stdout.String(), "Signed in as TetherReserved_"+chosen[1]+"_")
	var who api.WhoAmI
	ivan.okJSON(&who, "whoami")
	if !who.MFAAuthenticated || who.PermissionSet != chosen[1] {
		t.Fatalf("signed in as %+v", who)
	}
	var devices api.MFADevices
	ivan.okJSON(&devices, "mfa", "list")
	if len(devices.Devices) != 1 || devices.Devices[0].Kind != tether.MFATOTP {
		t.Fatalf("devices after registering at sign-in: %+v", devices.Devices)
	}
	if b, err := os.ReadFile(filepath.Join(ivan.configDir, deviceIDFile)); err != nil || len(strings.TrimSpace(string(b))) != 32 {
		t.Errorf("device ID file: %q, %v", b, err)
	}

	// The next sign-in asks for the app's code, and the permission set by name.
	code, _ := freshTOTP(t, secret, registeredAt)
	term = ivan.startInTerminal("login", "--user", "ivan")
	term.expect("Password: ")
	term.answer(newPassword)
	term.expect("MFA code: ")
	term.answer(code)
	term.expect("Permission set [1-2]: ")
	term.answer("DevelopmentPermissionSet")
	if code := term.wait(); code != 0 {
		t.Fatalf("second interactive login exited %d; the terminal shows:\n%s", code, term.screen.String())
	}
	ivan.okJSON(&who, "whoami")
	if who.PermissionSet != "DevelopmentPermissionSet" || !who.MFAAuthenticated {
		t.Fatalf("signed in as %+v", who)
	}

	// In a script the registration cannot happen, and the message says where
	// it can.
	admin.ok("", "admin", "users", "remove-mfa-device", "ivan", devices.Devices[0].ID)
	stderr := newCLI(t).fails(exitFailure, newPassword+"\n", "login", "--server", ts.url, "--ca-file", ts.caFile,
		"--user", "ivan", "--password-stdin", "--permission-set", "DevelopmentPermissionSet")
	mustContain(t, stderr, "this directory requires you to register an MFA device: run tether login in a terminal, or sign in to the console")

	// Nor can a script choose among permission sets but with --permission-set.
	admin.ok("", "admin", "mfa-settings", "set", "--no-device", "allow")
	stderr = newCLI(t).fails(exitUsage, newPassword+"\n", "login", "--server", ts.url, "--ca-file", ts.caFile, "--user", "ivan", "--password-stdin")
	mustContain(t, stderr, "--permission-set", "DevelopmentPermissionSet", "ProductionPermissionSet")
}
