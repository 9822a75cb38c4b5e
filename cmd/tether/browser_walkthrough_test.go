package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpinput "github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/internal/browser"
	"github.com/tetherhq/tether/internal/s3test"
	"github.com/tetherhq/tether/mfa"
)

// TestBrowserWalkthrough is PRODUCT.md's walkthrough (the acceptance story)
// in the web console: the administrator sets up groups, users invited by
// real email, permission sets, assignments, MFA, an activation and the
// logging preferences in the browser; each user accepts the invitation,
// registers an authenticator app and signs in with it in their own browser;
// then sessions in the browser terminal, refusals, history, the log stream
// and the S3 object, terminating, and the clean-up. The agents run from Go
// (a console cannot run one); the log stream is read with the CLI.
func TestBrowserWalkthrough(t *testing.T) {
	start := time.Now()
	// 1. The server, with real SMTP and a real S3-compatible server.
	s3 := s3test.Start(t)
	const bucket = "session-manager-log-bucket-walk"
	s3.CreateBucket(t, bucket)
	mailbox, smtpFlags := startMailServer(t)
	flags := append([]string{"--s3-endpoint", s3.Endpoint(), "--s3-region", s3.Region(), "--s3-path-style",
		"--s3-access-key", s3.AccessKey(), "--s3-secret-key-file", writeFile(t, "s3-secret", s3.SecretKey())}, smtpFlags...)
	ts := startServer(t, "", flags...)
	adminCLI := newCLI(t)
	adminCLI.login(ts, "admin", adminPassword)

	adminBrowser := browser.Start(t)
	admin := adminBrowser.NewTab(t, 4*time.Minute)
	shot := walkShots(t)
	browserDo(t, admin, chromedp.EmulateViewport(1280, 800), chromedp.Navigate(ts.url+"/console/admin/groups"))
	browserSignIn(t, admin, "admin", adminPassword, "admin-groups")

	// 2. The groups.
	for _, g := range []string{"ProductionAccess", "DevelopmentAccess"} {
		browserDo(t, admin,
			browserClear("#group-name"),
			chromedp.SendKeys(chromedp.CSS("#group-name"), g),
			chromedp.Click(chromedp.CSS(`#create-form button[type=submit]`)),
			chromedp.WaitVisible(chromedp.CSS(`tr[data-group="`+g+`"]`)),
		)
	}
	shot(admin, "admin-groups")

	// 3. The users, invited by email; each accepts in their own browser.
	walkAdminPage(t, admin, ts, "admin/users", "admin-users")
	users := []string{"testuser01", "testuser02"}
	for _, u := range users {
		browserDo(t, admin,
			browserClear("#user-name"),
			chromedp.SendKeys(chromedp.CSS("#user-name"), u),
			browserClear("#user-email"),
			chromedp.SendKeys(chromedp.CSS("#user-email"), u+"@example.com"),
			chromedp.Click(chromedp.CSS("#mode-invite")),
			chromedp.Click(chromedp.CSS(`#create-form button[type=submit]`)),
			chromedp.WaitVisible(chromedp.CSS(`tr[data-user="`+u+`"]`)),
		)
	}
	shot(admin, "admin-users")
	tabs := map[string]context.Context{}
	for _, u := range users {
		m := mailbox.WaitFor(t, u+"@example.com", mailTimeout)
		link := invitationLink.FindString(m.Text)
		if link == "" {
			t.Fatalf("no invitation link in the email to %s:\n%s", u, m.Text)
		}
		ctx := browser.Start(t).NewTab(t, 4*time.Minute)
		tabs[u] = ctx
		browserDo(t, ctx, chromedp.EmulateViewport(1280, 800), chromedp.Navigate(link), browserReady("accept"),
			chromedp.WaitVisible(chromedp.CSS("#invitation")))
		if got := browserText(t, ctx, "#invite-user"); got != u {
			t.Errorf("the invitation of %s is for %q", u, got)
		}
		shot(ctx, u+"-accept")
		browserDo(t, ctx,
			chromedp.SendKeys(chromedp.CSS("#new-password"), userPassword(u)),
			chromedp.SendKeys(chromedp.CSS("#confirm-password"), userPassword(u)+"\n"),
			browserReady("signin"),
			chromedp.WaitVisible(chromedp.CSS("#notice")),
		)
	}

	// 4. The permission sets from the seed's policies, assigned to the
	// groups; each user in their group.
	walkAdminPage(t, admin, ts, "admin/permission-sets", "admin-permission-sets")
	for _, env := range []string{"Production", "Development"} {
		policy, err := os.ReadFile("../../examples/policies/" + env + "PermissionSet.json")
		if err != nil {
			t.Fatal(err)
		}
		browserDo(t, admin,
			chromedp.Click(chromedp.CSS("#new-button")),
			chromedp.WaitVisible(chromedp.CSS("#editor-card")),
			browserClear("#ps-name"),
			chromedp.SendKeys(chromedp.CSS("#ps-name"), env+"PermissionSet"),
			chromedp.SetValue(chromedp.CSS("#ps-policy"), string(policy)),
			chromedp.Click(chromedp.CSS("#editor-save")),
			chromedp.WaitNotVisible(chromedp.CSS("#editor-card")),
			chromedp.WaitVisible(chromedp.CSS(`button[aria-label="Edit `+env+`PermissionSet"]`)),
		)
	}
	// Each is tagged project=ENV on the page; the CLI sees the tags.
	for _, env := range []string{"Production", "Development"} {
		browserDo(t, admin,
			chromedp.Click(chromedp.CSS(`button[aria-label="Edit the tags of `+env+`PermissionSet"]`)),
			chromedp.WaitVisible(chromedp.CSS("#tag-form")),
			browserClear("#tag-add"),
			chromedp.SendKeys(chromedp.CSS("#tag-add"), "project="+env),
			chromedp.Click(chromedp.CSS(`#tag-form button[type=submit]`)),
			chromedp.WaitVisible(chromedp.Search(`//tr[@data-set="`+env+`PermissionSet"]/td[@data-label="Tags" and contains(., "project=`+env+`")]`)),
		)
	}
	shot(admin, "admin-permission-sets")
	browserDo(t, admin,
		chromedp.Click(chromedp.CSS("#tag-cancel")),
		chromedp.WaitNotVisible(chromedp.CSS("#tag-form")),
	)
	mustContain(t, adminCLI.ok("", "admin", "permission-sets", "list"), "project=Production", "project=Development")
	walkAdminPage(t, admin, ts, "admin/assignments", "admin-assignments")
	for _, env := range []string{"Production", "Development"} {
		browserDo(t, admin,
			chromedp.SetValue(chromedp.CSS("#as-type"), "GROUP"),
			chromedp.Evaluate[chromedp.Void](`document.getElementById('as-type').dispatchEvent(new Event('change'))`),
			chromedp.SetValue(chromedp.CSS("#as-principal"), env+"Access"),
			chromedp.SetValue(chromedp.CSS("#as-set"), env+"PermissionSet"),
			chromedp.Click(chromedp.CSS(`#create-form button[type=submit]`)),
			chromedp.WaitVisible(chromedp.CSS(`button[aria-label="Remove `+env+`PermissionSet of `+env+`Access"]`)),
		)
	}
	shot(admin, "admin-assignments")
	walkAdminPage(t, admin, ts, "admin/groups", "admin-groups")
	for u, g := range map[string]string{"testuser01": "ProductionAccess", "testuser02": "DevelopmentAccess"} {
		browserDo(t, admin,
			chromedp.SetValue(chromedp.CSS("#member-group"), g),
			chromedp.SetValue(chromedp.CSS("#member-user"), u),
			chromedp.Click(chromedp.CSS(`#member-form button[type=submit]`)),
			chromedp.WaitVisible(chromedp.CSS(`button[aria-label="Remove `+u+` from `+g+`"]`)),
		)
	}
	shot(admin, "admin-groups-members")
	// testuser01 at a terminal too, for step 11 (signed in before MFA is
	// required, so the test need not wait for a fresh TOTP step).
	user1CLI := newCLI(t)
	user1CLI.login(ts, "testuser01", userPassword("testuser01"))

	// 5. MFA: always, authenticator apps only, an emailed code for users
	// without a device.
	walkAdminPage(t, admin, ts, "admin/mfa", "admin-mfa")
	browserDo(t, admin,
		chromedp.Click(chromedp.CSS("#prompt-always")),
		chromedp.Evaluate[chromedp.Void](`(() => {
			for (const [id, on] of [['type-totp', true], ['type-webauthn', false]]) {
				const box = document.getElementById(id);
				if (box.checked !== on) box.click();
			}
		})()`),
		chromedp.Click(chromedp.CSS("#nodevice-email-otp")),
		chromedp.Click(chromedp.CSS(`#mfa-form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	shot(admin, "admin-mfa")
	var set tether.MFASettings
	adminCLI.okJSON(&set, "admin", "mfa-settings", "get")
	if set.Prompt != tether.MFAAlways || len(set.Types) != 1 || set.Types[0] != tether.MFATOTP || set.NoDevice != tether.NoDeviceEmailOTP {
		t.Fatalf("MFA settings after saving: %+v", set)
	}

	// 6. Each user signs in with an emailed code, registers an
	// authenticator app, signs out, and signs in with password and code.
	for _, u := range users {
		ctx := tabs[u]
		browserDo(t, ctx, chromedp.Navigate(ts.url+"/console/"), browserReady("signin"),
			browserClear("#username"),
			chromedp.SendKeys(chromedp.CSS("#username"), u),
			browserClear("#password"),
			chromedp.SendKeys(chromedp.CSS("#password"), userPassword(u)+"\n"),
			chromedp.WaitVisible(chromedp.CSS("#email-code")),
		)
		code := codeOf(t, mailbox.WaitFor(t, u+"@example.com", mailTimeout))
		browserDo(t, ctx,
			chromedp.SendKeys(chromedp.CSS("#email-code"), code+"\n"),
			browserReady("index"),
			chromedp.Click(chromedp.CSS(`.topnav a[href="/console/mfa"]`)),
			browserReady("mfa"),
			chromedp.Click(chromedp.CSS("#assign-button")),
			chromedp.WaitVisible(chromedp.CSS("#reg-choose")),
			chromedp.Click(chromedp.CSS("#reg-type-totp")),
			chromedp.SendKeys(chromedp.CSS("#reg-name"), "Phone"),
			chromedp.Click(chromedp.CSS("#reg-choose button[type=submit]")),
			chromedp.WaitVisible(chromedp.CSS("#reg-qr")),
			chromedp.Click(chromedp.Search(`//button[@id="reg-secret-toggle" and normalize-space(.)="Show secret key"]`)),
			chromedp.WaitVisible(chromedp.CSS("#reg-secret")),
		)
		secret := strings.ReplaceAll(browserText(t, ctx, "#reg-secret"), " ", "")
		shot(ctx, u+"-register-authenticator")
		browserDo(t, ctx,
			chromedp.SendKeys(chromedp.CSS("#reg-code"), walkTOTP(t, secret, time.Now())),
			chromedp.Click(chromedp.Search(`//form[@id="reg-totp"]//button[normalize-space(.)="Assign MFA"]`)),
			chromedp.WaitVisible(chromedp.CSS(`button[aria-label="Remove Phone"]`)),
			chromedp.Click(chromedp.CSS("#signout")),
			browserReady("signin"),
			browserClear("#username"),
			chromedp.SendKeys(chromedp.CSS("#username"), u),
			browserClear("#password"),
			chromedp.SendKeys(chromedp.CSS("#password"), userPassword(u)+"\n"),
			chromedp.WaitVisible(chromedp.CSS("#mfa-code")),
			// The next step's code: the current one was used to register.
			chromedp.SendKeys(chromedp.CSS("#mfa-code"), walkTOTP(t, secret, time.Now().Add(30*time.Second))+"\n"),
			browserReady("index"),
			chromedp.WaitVisible(chromedp.CSS("#who-mfa")),
		)
		if got := browserText(t, ctx, "#who-mfa"); !strings.HasPrefix(got, "Yes") {
			t.Errorf("%s signed in with MFA %q", u, got)
		}
		shot(ctx, u+"-signed-in-with-mfa")
	}

	// 7. An activation, shown once; two agents register with it and run.
	walkAdminPage(t, admin, ts, "admin/instances", "admin-instances")
	browserDo(t, admin,
		chromedp.SendKeys(chromedp.CSS("#act-description"), "walkthrough servers"),
		browserClear("#act-limit"),
		chromedp.SendKeys(chromedp.CSS("#act-limit"), "2"),
		chromedp.Click(chromedp.CSS(`#create-form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS("#code-card")),
	)
	actCode, actID := browserText(t, admin, "#code-value"), browserText(t, admin, "#code-id")
	shot(admin, "admin-activation")
	devDir, devID := registerAgent(t, ts, actID, actCode, "dev-server01", "Development")
	prodDir, prodID := registerAgent(t, ts, actID, actCode, "prod-server01", "Production")
	newCLI(t).start("agent", "run", "--state-dir", devDir)
	newCLI(t).start("agent", "run", "--state-dir", prodDir)
	eventually(t, "both instances Online on the instances page", func() bool {
		browserDo(t, admin, chromedp.Reload(), browserReady("admin-instances"))
		return browserEval[bool](t, admin, `[`+fmt.Sprintf("%q, %q", devID, prodID)+`].every((id) => {
			const r = document.querySelector('tr[data-instance="' + id + '"]');
			return r && r.querySelector('td[data-label="Status"]').textContent.trim() === 'Online';
		})`)
	})
	for id, want := range map[string][]string{devID: {"Name=dev-server01", "project=Development"}, prodID: {"Name=prod-server01", "project=Production"}} {
		mustContain(t, browserText(t, admin, `tr[data-instance="`+id+`"] td[data-label="Tags"]`), want...)
	}
	shot(admin, "admin-instances-online")

	// 8. Session logging to a log group and an S3 bucket.
	browserDo(t, admin, chromedp.Navigate(ts.url+"/console/preferences"), browserReady("preferences"),
		chromedp.WaitVisible(chromedp.CSS("#pref-cloudWatchLogGroupName")),
		browserClear("#pref-cloudWatchLogGroupName"),
		chromedp.SendKeys(chromedp.CSS("#pref-cloudWatchLogGroupName"), "SessionManagerLogGroup"),
		browserClear("#pref-s3BucketName"),
		chromedp.SendKeys(chromedp.CSS("#pref-s3BucketName"), bucket),
		chromedp.Click(chromedp.CSS("#save-button")),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	mustContain(t, adminCLI.ok("", "admin", "preferences", "get"), "SessionManagerLogGroup", bucket)
	shot(admin, "admin-preferences")

	// 9. testuser01 runs a command on prod-server01 in the browser
	// terminal; testuser02 opens dev-server01.
	u1, u2 := tabs["testuser01"], tabs["testuser02"]
	session1 := walkShell(t, u1, ts, prodID, "testuser01-")
	walkType(t, u1, "echo walk-$((6*7))")
	termWaitTerminal(t, u1, "walk-42")
	shot(u1, "testuser01-prod-session")
	session2 := walkShell(t, u2, ts, devID, "testuser02-")
	walkType(t, u2, "echo dev-$((6*7))")
	termWaitTerminal(t, u2, "dev-42")
	shot(u2, "testuser02-dev-session")

	// 11. testuser01 may not terminate testuser02's session, but
	// terminates their own in the browser.
	mustContain(t, user1CLI.fails(exitDenied, "", "terminate", session2), "ssm:TerminateSession", "session/"+session2)
	browserDo(t, u1, chromedp.Click(chromedp.CSS("#terminate")), chromedp.WaitVisible(chromedp.CSS(`body[data-ended]`)))
	if state := browserText(t, u1, "#session-state"); !strings.HasPrefix(state, "Session ended") {
		t.Errorf("after Terminate the state is %q", state)
	}
	shot(u1, "testuser01-terminated")
	browserDo(t, u2, chromedp.Click(chromedp.CSS("#terminate")), chromedp.WaitVisible(chromedp.CSS(`body[data-ended]`)))

	// 9, the refusals: each user's other instance.
	for _, tc := range []struct {
		ctx      context.Context
		user, id string
	}{{u1, "testuser01", devID}, {u2, "testuser02", prodID}} {
		browserDo(t, tc.ctx, chromedp.Navigate(ts.url+"/console/session?target="+tc.id), browserReady("session"),
			chromedp.WaitVisible(chromedp.CSS("#alert")))
		mustContain(t, browserText(t, tc.ctx, "#alert"), tc.user, "is not authorized to perform: ssm:StartSession", ":managed-instance/"+tc.id)
		shot(tc.ctx, tc.user+"-refused")
	}

	// 10. History, the log stream and the S3 object.
	browserDo(t, u1, chromedp.Navigate(ts.url+"/console/history"), browserReady("history"),
		chromedp.WaitVisible(chromedp.CSS(`#ended tr[data-session="`+session1+`"]`)))
	shot(u1, "testuser01-history")
	browserDo(t, admin, chromedp.Navigate(ts.url+"/console/history"), browserReady("history"),
		chromedp.WaitVisible(chromedp.CSS(`#ended tr[data-session="`+session1+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#ended tr[data-session="`+session2+`"]`)))
	shot(admin, "admin-history")
	eventually(t, "walk-42 in the log stream", func() bool {
		r := adminCLI.run("", "logs", "get", "SessionManagerLogGroup", session1)
		return r.code == 0 && strings.Contains(r.stdout, "walk-42") && strings.Contains(r.stdout, "echo walk")
	})
	eventually(t, "walk-42 in the S3 bucket", func() bool {
		found := false
		filepath.WalkDir(filepath.Join(s3.Dir(), bucket), func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.Contains(d.Name(), session1) {
				if b, err := os.ReadFile(p); err == nil && strings.Contains(string(b), "walk-42") {
					found = true
				}
			}
			return nil
		})
		return found
	})

	// 12. Clean up: deregister the instances, remove the assignments,
	// delete the users and groups.
	walkAdminPage(t, admin, ts, "admin/instances", "admin-instances")
	for _, id := range []string{devID, prodID} {
		walkConfirm(t, admin, `tr[data-instance="`+id+`"] button[aria-label="Deregister `+id+`"]`)
		browserDo(t, admin, chromedp.WaitNotPresent(chromedp.CSS(`button[aria-label="Deregister `+id+`"]`)))
	}
	shot(admin, "admin-instances-deregistered")
	walkAdminPage(t, admin, ts, "admin/assignments", "admin-assignments")
	for _, env := range []string{"Production", "Development"} {
		b := `button[aria-label="Remove ` + env + `PermissionSet of ` + env + `Access"]`
		walkConfirm(t, admin, b)
		browserDo(t, admin, chromedp.WaitNotPresent(chromedp.CSS(b)))
	}
	walkAdminPage(t, admin, ts, "admin/users", "admin-users")
	for _, u := range users {
		walkConfirm(t, admin, `button[aria-label="Delete `+u+`"]`)
		browserDo(t, admin, chromedp.WaitNotPresent(chromedp.CSS(`tr[data-user="`+u+`"]`)))
	}
	walkAdminPage(t, admin, ts, "admin/groups", "admin-groups")
	for _, g := range []string{"ProductionAccess", "DevelopmentAccess"} {
		walkConfirm(t, admin, `button[aria-label="Delete group `+g+`"]`)
		browserDo(t, admin, chromedp.WaitNotPresent(chromedp.CSS(`tr[data-group="`+g+`"]`)))
	}
	shot(admin, "admin-cleaned-up")
	var inst api.Instances
	adminCLI.okJSON(&inst, "instances")
	for _, i := range inst.InstanceInformationList {
		if i.PingStatus != tether.PingInactive {
			t.Errorf("after the clean-up %s is %s", i.ID, i.PingStatus)
		}
	}
	mustContain(t, adminCLI.ok("", "admin", "users", "list"), "admin")
	if out := adminCLI.ok("", "admin", "users", "list"); strings.Contains(out, "testuser0") {
		t.Errorf("users after the clean-up:\n%s", out)
	}

	for _, ctx := range []context.Context{admin, u1, u2} {
		walkPageErrors(t, ctx)
	}
	t.Logf("the walkthrough took %v", time.Since(start).Round(time.Second))
}

// walkShots returns a function that screenshots a tab with the step's
// number.
func walkShots(t *testing.T) func(ctx context.Context, name string) {
	n := 0
	return func(ctx context.Context, name string) {
		t.Helper()
		n++
		browser.Screenshot(t, ctx, fmt.Sprintf("walkthrough-%02d-%s", n, name))
	}
}

// walkAdminPage navigates to an administration page, waits for it, and
// fails on an alert.
func walkAdminPage(t *testing.T, ctx context.Context, ts *testServer, path, page string) {
	t.Helper()
	browserDo(t, ctx, chromedp.Navigate(ts.url+"/console/"+path), browserReady(page))
	if alert := browserEval[string](t, ctx, `document.getElementById('alert').hidden ? '' : document.getElementById('alert').textContent`); alert != "" {
		t.Fatalf("%s: alert %q", path, alert)
	}
}

// walkConfirm clicks a button that asks for confirmation, and confirms.
func walkConfirm(t *testing.T, ctx context.Context, button string) {
	t.Helper()
	browserDo(t, ctx,
		chromedp.WaitVisible(chromedp.CSS(button)),
		chromedp.Click(chromedp.CSS(button)),
		chromedp.WaitVisible(chromedp.CSS("#confirm-dialog")),
		chromedp.Click(chromedp.CSS("#confirm-ok")),
		chromedp.WaitNotVisible(chromedp.CSS("#confirm-dialog")),
	)
}

// walkShell opens a shell on target in the browser terminal and returns
// the session's ID.
func walkShell(t *testing.T, ctx context.Context, ts *testServer, target, idPrefix string) string {
	t.Helper()
	browserDo(t, ctx, chromedp.Navigate(ts.url+"/console/session?target="+target), browserReady("session"),
		chromedp.WaitVisible(chromedp.CSS("#terminate")))
	id := browserText(t, ctx, "#session-id")
	if !strings.HasPrefix(id, idPrefix) {
		t.Fatalf("session %q, want one of %s", id, idPrefix)
	}
	termWaitTerminal(t, ctx, "$")
	return id
}

// walkType types a line into the browser terminal and presses Enter.
func walkType(t *testing.T, ctx context.Context, line string) {
	t.Helper()
	browserDo(t, ctx, chromedp.Focus(chromedp.CSS(".xterm-helper-textarea")))
	if _, err := chromedp.Call(ctx, cdpinput.InsertText, cdpinput.InsertTextParams{Text: line}); err != nil {
		t.Fatal(err)
	}
	termEnter(t, ctx)
}

func walkTOTP(t *testing.T, secret string, at time.Time) string {
	t.Helper()
	code, err := mfa.TOTPCode(secret, at)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// walkPageErrors fails on a tab's errors other than the API's expected
// answers: who is signed in before signing in, and the refused sessions.
func walkPageErrors(t *testing.T, ctx context.Context) {
	t.Helper()
	refused := "network error: Failed to load resource: the server responded with a status of "
	for _, e := range browser.PageErrors(ctx) {
		switch {
		case strings.HasPrefix(e, refused+"401") && strings.HasSuffix(e, "/api/v1/whoami)"):
		case strings.HasPrefix(e, refused+"403") && strings.HasSuffix(e, "/api/v1/sessions)"):
		default:
			t.Errorf("page error: %s", e)
		}
	}
}
