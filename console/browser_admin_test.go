package console_test

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/internal/browser"
	"github.com/tetherhq/tether/pki"
)

// xss is a display name and group description that must show as text.
const xss = `<script>alert(1)</script>`

// adminPage navigates to an administration page and waits for it.
func adminPage(t *testing.T, ctx context.Context, site *site, path, page string) {
	t.Helper()
	run(t, ctx, chromedp.Navigate(site.url+"/console/"+path), ready(page))
	if alert := eval[string](t, ctx, `document.getElementById('alert').hidden ? '' : document.getElementById('alert').textContent`); alert != "" {
		t.Errorf("%s: alert %q", path, alert)
	}
}

// noScriptElements fails when a <script> element other than the page's
// module is in the document (escaping failed).
func noScriptElements(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	if n := eval[int](t, ctx, `document.querySelectorAll('script:not([type=module])').length`); n != 0 {
		t.Errorf("%s: %d script elements from data", where, n)
	}
}

func TestBrowserAdministration(t *testing.T) {
	site := startSite(t)
	ctx0 := context.Background()
	site.addUser(t, "testuser01", password1, "ProductionPermissionSet")
	if _, err := site.admin.CreateUser(ctx0, api.CreateUserRequest{
		UserName: "mallory", Email: "mallory@example.com", DisplayName: xss,
	}); err != nil {
		t.Fatal(err)
	}
	b := browser.Start(t)
	ctx := b.NewTab(t, tabTimeout)
	run(t, ctx, desktop)

	// Sign in as the administrator, straight to the users page.
	run(t, ctx, chromedp.Navigate(site.url+"/console/admin/users"))
	signInPassword(t, ctx, "admin", adminPassword, `body[data-page="admin-users"][data-ready]`)
	run(t, ctx, chromedp.WaitVisible(chromedp.CSS(`tr[data-user="mallory"]`)))
	if got := text(t, ctx, `tr[data-user="mallory"] td[data-label="Display name"]`); got != xss {
		t.Errorf("mallory's display name shows as %q", got)
	}
	noScriptElements(t, ctx, "users")
	shots(t, ctx, "admin-users")

	// Create a user with a one-time password: shown once, on the page.
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#user-name"), "carol"),
		chromedp.SendKeys(chromedp.CSS("#user-email"), "carol@example.com"),
		chromedp.SendKeys(chromedp.CSS("#user-display"), "Carol Admin-made"),
		chromedp.Click(chromedp.CSS("#mode-otp")),
		chromedp.Click(chromedp.CSS(`#create-form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS("#otp-card")),
		chromedp.WaitVisible(chromedp.CSS(`tr[data-user="carol"]`)),
	)
	otp := text(t, ctx, "#otp-value")
	if len(otp) < 10 || text(t, ctx, "#otp-user") != "carol" {
		t.Errorf("one-time password %q for %q", otp, text(t, ctx, "#otp-user"))
	}
	if c, err := site.client(t, "").Login(ctx0, api.LoginRequest{UserName: "carol", Password: otp}); err != nil {
		t.Errorf("carol signs in with the one-time password: %v", err)
	} else if c.Next == nil {
		t.Errorf("carol's first sign-in asks for no new password: %+v", c)
	}
	shots(t, ctx, "admin-users-otp")

	// Disable and enable carol; delete mallory after confirming.
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`tr[data-user="carol"] button[aria-label="Disable carol"]`)),
		chromedp.WaitVisible(chromedp.CSS(`tr[data-user="carol"] button[aria-label="Enable carol"]`)),
	)
	if u, err := site.admin.User(ctx0, "carol"); err != nil || u.Status != tether.UserDisabled {
		t.Errorf("carol after Disable: %+v %v", u.Status, err)
	}
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`tr[data-user="carol"] button[aria-label="Enable carol"]`)),
		chromedp.WaitVisible(chromedp.CSS(`tr[data-user="carol"] button[aria-label="Disable carol"]`)),
		chromedp.Click(chromedp.CSS(`tr[data-user="carol"] button[aria-label="Unlock carol"]`)),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
		chromedp.Click(chromedp.CSS(`tr[data-user="mallory"] button[aria-label="Resend the invitation of mallory"]`)),
		chromedp.WaitVisible(chromedp.Search(`//p[@id="notice" and normalize-space(.)="Invitation sent to mallory@example.com."]`)),
	)
	if m := site.mailbox.WaitFor(t, "mallory@example.com", mailTimeout); !strings.Contains(m.Text, "/console/accept?token=") {
		t.Errorf("the resent invitation has no link:\n%s", m.Text)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('tr[data-user="admin"] button[aria-label="Delete admin"], tr[data-user="admin"] button[aria-label="Disable admin"]').length`); n != 0 {
		t.Errorf("the signed-in administrator is offered to delete or disable themselves")
	}
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`tr[data-user="mallory"] button[aria-label="Delete mallory"]`)),
		chromedp.WaitVisible(chromedp.CSS("#confirm-dialog")),
	)
	if got := eval[string](t, ctx, `document.activeElement.value`); got != "cancel" {
		t.Errorf("the confirmation opens with the focus on %q, want Cancel", got)
	}
	shots(t, ctx, "admin-users-delete")
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#confirm-ok")),
		chromedp.WaitNotPresent(chromedp.CSS(`tr[data-user="mallory"]`)),
	)

	// Groups: a description that is markup shows as text; members.
	adminPage(t, ctx, site, "admin/groups", "admin-groups")
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#group-name"), "operators"),
		chromedp.SendKeys(chromedp.CSS("#group-description"), xss),
		chromedp.Click(chromedp.CSS(`#create-form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`tr[data-group="operators"]`)),
	)
	if got := text(t, ctx, `tr[data-group="operators"] td[data-label="Description"]`); got != xss {
		t.Errorf("group description shows as %q", got)
	}
	noScriptElements(t, ctx, "groups")
	run(t, ctx,
		chromedp.SetValue(chromedp.CSS("#member-group"), "operators"),
		chromedp.SetValue(chromedp.CSS("#member-user"), "carol"),
		chromedp.Click(chromedp.CSS(`#member-form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`button[aria-label="Remove carol from operators"]`)),
	)
	if m, err := site.admin.Members(ctx0, "operators"); err != nil || len(m) != 1 || m[0].Username != "carol" {
		t.Errorf("members of operators: %+v %v", m, err)
	}
	shots(t, ctx, "admin-groups")

	// Permission sets: an invalid policy's error names the field, by the
	// editor; then a valid one is saved.
	site.permissionSet(t, "DevelopmentPermissionSet")
	adminPage(t, ctx, site, "admin/permission-sets", "admin-permission-sets")
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`button[aria-label="Edit DevelopmentPermissionSet"]`)),
		chromedp.WaitVisible(chromedp.CSS("#editor-card")),
		chromedp.SetValue(chromedp.CSS("#ps-policy"), `{"Version":"2012-10-17","Statement":[{"Sid":"Bad","Effect":"allow","Action":"ssm:StartSession","Resource":"*"}]}`),
		chromedp.Click(chromedp.CSS("#editor-save")),
		chromedp.WaitVisible(chromedp.CSS("#policy-error")),
	)
	if got := text(t, ctx, "#policy-error"); !strings.Contains(got, "Statement[0]") || !strings.Contains(got, "Effect") {
		t.Errorf("policy error %q does not name the statement and field", got)
	}
	shots(t, ctx, "admin-permission-sets-error")
	valid := `{"Version":"2012-10-17","Statement":[{"Sid":"Dev","Effect":"Allow","Action":"ssm:StartSession","Resource":"*","Condition":{"StringEquals":{"aws:username":"carol"}}}]}`
	run(t, ctx,
		chromedp.SetValue(chromedp.CSS("#ps-policy"), valid),
		chromedp.Click(chromedp.CSS("#editor-save")),
		chromedp.WaitNotVisible(chromedp.CSS("#editor-card")),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if ps, err := site.admin.PermissionSet(ctx0, "DevelopmentPermissionSet"); err != nil || ps.InlinePolicy != valid {
		t.Errorf("policy after save: %q %v", ps.InlinePolicy, err)
	}

	// Tags: two added (Enter in the field), one removed with its button;
	// the list and the server agree.
	setRow := `tr[data-set="DevelopmentPermissionSet"]`
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`button[aria-label="Edit the tags of DevelopmentPermissionSet"]`)),
		chromedp.WaitVisible(chromedp.CSS("#tag-form")),
		chromedp.SendKeys(chromedp.CSS("#tag-add"), "project=Development, team=ops\n"),
		chromedp.WaitVisible(chromedp.CSS(`#tag-list li[data-tag="team"]`)),
		chromedp.WaitVisible(chromedp.Search(`//tr[@data-set="DevelopmentPermissionSet"]/td[@data-label="Tags" and contains(., "team=ops")]`)),
	)
	if got := text(t, ctx, setRow+` td[data-label="Tags"]`); !strings.Contains(got, "project=Development") || !strings.Contains(got, "team=ops") {
		t.Errorf("permission set tags %q", got)
	}
	if ps, err := site.admin.PermissionSet(ctx0, "DevelopmentPermissionSet"); err != nil || len(ps.Tags) != 2 || ps.Tags["project"] != "Development" || ps.Tags["team"] != "ops" {
		t.Errorf("permission set tags after adding: %v %v", ps.Tags, err)
	}
	shots(t, ctx, "admin-permission-sets-tags")
	run(t, ctx,
		chromedp.Click(chromedp.CSS(`button[aria-label="Remove the tag team of DevelopmentPermissionSet"]`)),
		chromedp.WaitNotPresent(chromedp.CSS(`#tag-list li[data-tag="team"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#tag-list li[data-tag="project"]`)),
	)
	if got := text(t, ctx, setRow+` td[data-label="Tags"]`); got != "project=Development" {
		t.Errorf("permission set tags after removing team: %q", got)
	}
	if ps, err := site.admin.PermissionSet(ctx0, "DevelopmentPermissionSet"); err != nil || len(ps.Tags) != 1 || ps.Tags["project"] != "Development" {
		t.Errorf("permission set tags after removing: %v %v", ps.Tags, err)
	}
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#tag-cancel")),
		chromedp.WaitNotVisible(chromedp.CSS("#tag-form")),
	)

	// The simulator: allowed for carol, denied for dave.
	simulate := func(user string) string {
		run(t, ctx,
			chromedp.SetValue(chromedp.CSS("#sim-set"), "DevelopmentPermissionSet"),
			clearField("#sim-user"),
			chromedp.SendKeys(chromedp.CSS("#sim-user"), user),
			clearField("#sim-actions"),
			chromedp.Evaluate[chromedp.Void](`document.getElementById('sim-results').replaceChildren()`),
			// Enter in a field runs the simulation.
			chromedp.SendKeys(chromedp.CSS("#sim-actions"), "ssm:StartSession\n"),
			chromedp.WaitVisible(chromedp.CSS("#sim-results [data-decision]")),
		)
		return eval[string](t, ctx, `document.querySelector('#sim-results [data-decision]').dataset.decision`)
	}
	if got := simulate("carol"); got != "allowed" {
		t.Errorf("simulate carol: %q", got)
	}
	if got := simulate("dave"); got != "implicitDeny" {
		t.Errorf("simulate dave: %q", got)
	}
	shots(t, ctx, "admin-permission-sets")

	// Assignments.
	adminPage(t, ctx, site, "admin/assignments", "admin-assignments")
	run(t, ctx,
		chromedp.SetValue(chromedp.CSS("#as-type"), "GROUP"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('as-type').dispatchEvent(new Event('change'))`),
		chromedp.SetValue(chromedp.CSS("#as-principal"), "operators"),
		chromedp.SetValue(chromedp.CSS("#as-set"), "DevelopmentPermissionSet"),
		chromedp.Click(chromedp.CSS(`#create-form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`button[aria-label="Remove DevelopmentPermissionSet of operators"]`)),
	)
	shots(t, ctx, "admin-assignments")

	// MFA settings: change every choice, read them back with the Go client.
	adminPage(t, ctx, site, "admin/mfa", "admin-mfa")
	shots(t, ctx, "admin-mfa")
	run(t, ctx,
		chromedp.Click(chromedp.CSS("#prompt-always")),
		chromedp.Click(chromedp.CSS("#type-webauthn")), // off
		chromedp.Click(chromedp.CSS("#nodevice-email-otp")),
		chromedp.Click(chromedp.CSS("#users-manage")), // off
		clearField("#lockout"),
		chromedp.SendKeys(chromedp.CSS("#lockout"), "5"),
		chromedp.Click(chromedp.CSS(`#mfa-form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	got, err := site.admin.MFASettings(ctx0)
	if err != nil {
		t.Fatal(err)
	}
	if got.Prompt != tether.MFAAlways || !slices.Equal(got.Types, []tether.MFADeviceKind{tether.MFATOTP}) ||
		got.NoDevice != tether.NoDeviceEmailOTP || got.UsersManageDevices || got.LockoutThreshold != 5 {
		t.Errorf("MFA settings after saving: %+v", got)
	}
	// And the page shows what the server holds.
	site.setMFA(t, tether.DefaultMFASettings())
	run(t, ctx, chromedp.Reload(), ready("admin-mfa"))
	if !eval[bool](t, ctx, `document.getElementById('prompt-context').checked && document.getElementById('type-webauthn').checked && document.getElementById('nodevice-allow').checked && document.getElementById('users-manage').checked`) {
		t.Errorf("the MFA page does not show the default settings")
	}

	// Activations: the code is shown once.
	adminPage(t, ctx, site, "admin/instances", "admin-instances")
	run(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#act-description"), xss),
		chromedp.SendKeys(chromedp.CSS("#act-tags"), "env=test"),
		chromedp.Click(chromedp.CSS(`#create-form button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS("#code-card")),
		chromedp.WaitVisible(chromedp.CSS("#activations tr")),
	)
	code, id := text(t, ctx, "#code-value"), text(t, ctx, "#code-id")
	if code == "" || id == "" {
		t.Errorf("activation %q code %q", id, code)
	}
	noScriptElements(t, ctx, "instances")
	shots(t, ctx, "admin-instances")
	run(t, ctx, chromedp.Reload(), ready("admin-instances"), chromedp.WaitVisible(chromedp.CSS("#activations tr")))
	if eval[bool](t, ctx, `document.body.textContent.includes(`+strconv.Quote(code)+`)`) {
		t.Errorf("the activation code is shown again after a reload")
	}

	// An agent registers with it; the instance is tagged and deregistered.
	_, csr, err := pki.NewKeyAndCSR()
	if err != nil {
		t.Fatal(err)
	}
	reg, err := site.client(t, "").Register(ctx0, api.RegisterRequest{
		ActivationId: id, ActivationCode: code, CSR: string(csr), Name: "web-1",
		Inventory: tether.Inventory{Hostname: "web-1.example.com", Platform: "Ubuntu"},
	})
	if err != nil {
		t.Fatalf("register with the activation: %v", err)
	}
	row := `tr[data-instance="` + reg.InstanceId + `"]`
	run(t, ctx, chromedp.Reload(), ready("admin-instances"), chromedp.WaitVisible(chromedp.CSS(row)))
	if got := text(t, ctx, row+` td[data-label="Tags"]`); !strings.Contains(got, "Name=web-1") || !strings.Contains(got, "env=test") {
		t.Errorf("instance tags %q", got)
	}
	run(t, ctx,
		chromedp.Click(chromedp.CSS(row+` button[aria-label="Edit the tags of `+reg.InstanceId+`"]`)),
		chromedp.WaitVisible(chromedp.CSS("#tag-form")),
		chromedp.SendKeys(chromedp.CSS("#tag-add"), "team=ops"),
		chromedp.SendKeys(chromedp.CSS("#tag-remove"), "env"),
		chromedp.Click(chromedp.CSS(`#tag-form button[type=submit]`)),
		chromedp.WaitNotVisible(chromedp.CSS("#tag-form")),
		chromedp.WaitVisible(chromedp.Search(`//tr[@data-instance="`+reg.InstanceId+`"]/td[@data-label="Tags" and contains(., "team=ops")]`)),
	)
	if got := text(t, ctx, row+` td[data-label="Tags"]`); !strings.Contains(got, "team=ops") || strings.Contains(got, "env=") {
		t.Errorf("instance tags after editing %q", got)
	}
	shots(t, ctx, "admin-instances-registered")
	run(t, ctx,
		chromedp.Click(chromedp.CSS(row+` button[aria-label="Deregister `+reg.InstanceId+`"]`)),
		chromedp.WaitVisible(chromedp.CSS("#confirm-dialog")),
		chromedp.Click(chromedp.CSS("#confirm-ok")),
		chromedp.WaitNotPresent(chromedp.CSS(row+` button[aria-label="Deregister `+reg.InstanceId+`"]`)),
	)
	if list, err := site.admin.Instances(ctx0, nil); err != nil || len(list) != 1 || list[0].PingStatus != tether.PingInactive {
		t.Errorf("instances after deregistering: %+v %v", list, err)
	}

	adminPage(t, ctx, site, "admin", "admin")
	shots(t, ctx, "admin")
	checkPageErrors(t, ctx)

	// A user without administrator permissions sees the server's refusal.
	signOut(t, ctx)
	run(t, ctx, chromedp.Navigate(site.url+"/console/admin/users"))
	signInPassword(t, ctx, "testuser01", password1, `body[data-page="admin-users"][data-ready]`)
	run(t, ctx, chromedp.WaitVisible(chromedp.CSS("#alert")))
	if got := text(t, ctx, "#alert"); !strings.Contains(got, "testuser01 is not authorized to perform: identitystore:List") {
		t.Errorf("a non-administrator's alert: %q", got)
	}
	if eval[bool](t, ctx, `!document.getElementById('loading').hidden`) {
		t.Errorf("the users page still says it is loading after the refusal")
	}
	browser.Screenshot(t, ctx, "admin-users-denied-1280x800")
	checkPageErrors(t, ctx)
}
