package main

import (
	"strings"
	"testing"

	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/store/postgres/pgtest"
)

// The seed's "Set up AWS Single Sign-On" section, driven through the CLI
// against a live server: two groups, two users, the two permission sets from
// the seed's JSON with the on-premises additions, their tags and the
// assignments; then the users' view of it, and the clean-up.
func TestSSOSetupSQLite(t *testing.T) {
	testSSOSetup(t, startServer(t, ""))
}

func TestSSOSetupPostgres(t *testing.T) {
	testSSOSetup(t, startServer(t, pgtest.URL(t)))
}

func testSSOSetup(t *testing.T, ts *testServer) {
	admin := newCLI(t)
	admin.login(ts, "admin", adminPassword)
	var who api.WhoAmI
	admin.okJSON(&who, "whoami")
	if !strings.HasPrefix(who.Identity, "TetherReserved_AdministratorAccess_") || !strings.HasSuffix(who.Identity, "/admin") {
		t.Fatalf("admin identity = %q", who.Identity)
	}

	// Groups (the seed's figure 9).
	admin.ok("", "admin", "groups", "create", "ProductionAccess", "--description", "This is user group that can manage all production servers")
	admin.ok("", "admin", "groups", "create", "DevelopmentAccess", "--description", "This is user group that can manage all development servers")

	// Users (figure 12), each in its group.
	for _, u := range []struct{ name, last, group string }{
		{"testuser01", "User01", "ProductionAccess"},
		{"testuser02", "User02", "DevelopmentAccess"},
	} {
		admin.ok("", "admin", "users", "create", u.name, "--email", u.name+"@example.com",
			"--first", "Test", "--last", u.last, "--display", "Test "+u.last, "--group", u.group)
		admin.ok(userPassword(u.name)+"\n", "admin", "users", "set-password", u.name, "--password-stdin")
	}

	// Permission sets from the seed's policies, tagged, assigned to the groups.
	for _, env := range []string{"Production", "Development"} {
		admin.ok("", "admin", "permission-sets", "create", env+"PermissionSet",
			"--policy-file", "../../examples/policies/"+env+"PermissionSet.json",
			"--description", "Permission set to access Session Manager limited to all instances with project tag = "+env,
			"--tag", "Name="+env+"Access")
		admin.ok("", "admin", "assignments", "create", "--group", env+"Access", "--permission-set", env+"PermissionSet")
	}

	var groups api.Groups
	admin.okJSON(&groups, "admin", "groups", "list")
	if len(groups.Groups) != 2 || groups.Groups[0].Name != "DevelopmentAccess" || groups.Groups[1].Name != "ProductionAccess" {
		t.Fatalf("groups = %+v", groups.Groups)
	}
	var members api.Users
	admin.okJSON(&members, "admin", "groups", "members", "ProductionAccess")
	if len(members.Users) != 1 || members.Users[0].Username != "testuser01" || members.Users[0].DisplayName != "Test User01" {
		t.Fatalf("ProductionAccess members = %+v", members.Users)
	}
	var sets api.PermissionSets
	admin.okJSON(&sets, "admin", "permission-sets", "list")
	if len(sets.PermissionSets) != 3 {
		t.Fatalf("permission sets = %+v", sets.PermissionSets)
	}
	for _, ps := range sets.PermissionSets {
		if ps.Name == "ProductionPermissionSet" && (ps.Tags["Name"] != "ProductionAccess" || ps.SessionDuration != "PT1H") {
			t.Errorf("ProductionPermissionSet = %+v", ps)
		}
	}
	var assignments api.Assignments
	admin.okJSON(&assignments, "admin", "assignments", "list")
	if len(assignments.Assignments) != 3 { // the two groups and the administrator
		t.Fatalf("assignments = %+v", assignments.Assignments)
	}

	// Each user signs in with the permission set of their group (the seed's
	// figures 57 and 61) and may not administer the directory.
	for _, u := range []struct{ name, set string }{{"testuser01", "ProductionPermissionSet"}, {"testuser02", "DevelopmentPermissionSet"}} {
		user := newCLI(t)
		user.login(ts, u.name, userPassword(u.name))
		var who api.WhoAmI
		user.okJSON(&who, "whoami")
		if !strings.HasPrefix(who.Identity, "TetherReserved_"+u.set+"_") || !strings.HasSuffix(who.Identity, "/"+u.name) {
			t.Errorf("%s identity = %q", u.name, who.Identity)
		}
		stderr := user.fails(exitDenied, "", "admin", "groups", "create", "Intruders")
		mustContain(t, stderr, "not authorized to perform: identitystore:CreateGroup",
			"on resource: arn:aws:identitystore::"+who.AccountId+":group/Intruders", u.name)
		stderr = user.fails(exitDenied, "", "admin", "users", "list")
		mustContain(t, stderr, "identitystore:ListUsers")
		user.fails(exitDenied, "", "admin", "assignments", "create", "--user", u.name, "--permission-set", "AdministratorAccess")
		user.fails(exitUsage, "", "login", "--user", u.name, "--password-stdin", "--permission-set", "AdministratorAccess")
		user.ok("", "logout")
		user.fails(exitFailure, "", "whoami")
	}

	// Clean up (the seed's last section): a group in use is not deleted by
	// accident; after its assignment and members go, it is.
	stderr := admin.fails(exitFailure, "", "admin", "groups", "delete", "ProductionAccess")
	mustContain(t, stderr, "1 member", "1 assignment", "--force")
	admin.ok("", "admin", "assignments", "delete", "--group", "ProductionAccess", "--permission-set", "ProductionPermissionSet")
	admin.ok("", "admin", "users", "delete", "testuser01")
	admin.ok("", "admin", "groups", "delete", "ProductionAccess")
	admin.ok("", "admin", "groups", "delete", "DevelopmentAccess", "--force")
	admin.ok("", "admin", "users", "delete", "testuser02")
	admin.okJSON(&groups, "admin", "groups", "list")
	admin.okJSON(&assignments, "admin", "assignments", "list")
	if len(groups.Groups) != 0 || len(assignments.Assignments) != 1 {
		t.Fatalf("after clean-up: groups %+v, assignments %+v", groups.Groups, assignments.Assignments)
	}
}

// Bad input through the CLI: each is refused with the right exit status and
// a message naming what was wrong, and nothing is half-written.
func TestBadInput(t *testing.T) {
	ts := startServer(t, "")
	admin := newCLI(t)
	admin.login(ts, "admin", adminPassword)

	mustContain(t, admin.fails(exitUsage, "", "admin", "groups", "create", "has space"), "GroupName", "letters, digits, _ and -")
	mustContain(t, admin.fails(exitUsage, "", "admin", "groups", "create", strings.Repeat("g", 129)), "GroupName", "128")
	mustContain(t, admin.fails(exitUsage, "", "admin", "groups", "create", "ok", "--description", strings.Repeat("d", 257)), "Description", "256")
	admin.ok("", "admin", "groups", "create", "Ops")
	mustContain(t, admin.fails(exitFailure, "", "admin", "groups", "create", "Ops"), `group "Ops" already exists`)
	mustContain(t, admin.fails(exitFailure, "", "admin", "groups", "delete", "Nope"), `group "Nope" not found`)
	mustContain(t, admin.fails(exitUsage, "", "admin", "users", "create", "bob", "--email", "not-an-email"), "Email")
	mustContain(t, admin.fails(exitUsage, "", "admin", "users", "create", "bob", "--email", "bob@example.com", "--group", "Ops", "--tag", "aws:x=1"), "reserved prefix")
	mustContain(t, admin.fails(exitFailure, "", "admin", "users", "create", "bob", "--email", "bob@example.com", "--group", "Missing"), `group "Missing" not found`)
	admin.fails(exitFailure, "", "admin", "users", "get", "bob") // the failed create left no user behind
	mustContain(t, admin.fails(exitUsage, "", "admin", "users", "tag", "admin", "novalue"), "key=value")
	mustContain(t, admin.fails(exitUsage, "password\n", "admin", "users", "set-password", "admin", "--password-stdin"), "Password")
	mustContain(t, admin.fails(exitUsage, "", "admin", "groups", "create"), "NAME")
	mustContain(t, admin.fails(exitUsage, "", "admin", "groups", "frobnicate"), "unknown command")
	mustContain(t, admin.fails(exitUsage, "", "admin", "groups", "list", "--nope"), "unknown flag")
	mustContain(t, admin.fails(exitUsage, "", "admin", "assignments", "create", "--group", "Ops", "--user", "admin", "--permission-set", "X"), "exactly one")
	mustContain(t, admin.fails(exitUsage, "", "whoami", "-o", "yaml"), "--output")

	// Names shaped like SQL and HTML are stored and returned literally.
	sqlName, html := `Robert'); DROP TABLE users;--`, `<script>alert(1)</script>`
	admin.ok("", "admin", "users", "create", "bobby", "--email", "bobby@example.com", "--display", sqlName, "--tag", "team=a/b")
	admin.ok("", "admin", "groups", "create", "Html", "--description", html)
	var u struct{ DisplayName string }
	admin.okJSON(&u, "admin", "users", "get", "bobby")
	if u.DisplayName != sqlName {
		t.Errorf("display name came back as %q, want %q", u.DisplayName, sqlName)
	}
	var groups api.Groups
	admin.okJSON(&groups, "admin", "groups", "list")
	found := false
	for _, g := range groups.Groups {
		found = found || g.Name == "Html" && g.Description == html
	}
	if !found {
		t.Errorf("group description did not round-trip literally: %+v", groups.Groups)
	}

	// Policies that are not JSON, or not valid policies.
	notJSON := writeFile(t, "bad.json", `{"Version": "2012-10-17", "Statement": [`)
	mustContain(t, admin.fails(exitUsage, "", "admin", "permission-sets", "create", "Bad", "--policy-file", notJSON), "InlinePolicy")
	badEffect := writeFile(t, "effect.json", `{"Version":"2012-10-17","Statement":[{"Sid":"One","Effect":"allow","Action":"ssm:StartSession","Resource":"*"}]}`)
	stderr := admin.fails(exitUsage, "", "admin", "permission-sets", "create", "Bad", "--policy-file", badEffect)
	mustContain(t, stderr, "InlinePolicy", "One", "Effect")
	mustContain(t, admin.fails(exitUsage, "", "admin", "permission-sets", "create", "Long", "--policy-file", "../../examples/policies/AdministratorAccess.json", "--session-duration", "13h"), "SessionDuration", "12h")
	admin.fails(exitFailure, "", "admin", "permission-sets", "get", "Bad")

	// Forged and revoked tokens.
	forger := newCLI(t)
	forger.login(ts, "admin", adminPassword)
	state, dir, _ := loadState(&env{getenv: func(k string) string { return forger.configDir }})
	state.Token = "tth_forged"
	if err := saveState(dir, state, nil); err != nil {
		t.Fatal(err)
	}
	mustContain(t, forger.fails(exitFailure, "", "whoami"), "invalid or revoked token")
	mustContain(t, newCLI(t).fails(exitFailure, "", "whoami"), "not signed in")
	mustContain(t, newCLI(t).fails(exitFailure, "wrong-password\n", "login", "--server", ts.url, "--ca-file", ts.caFile, "--user", "admin", "--password-stdin"), "invalid username or password")
	mustContain(t, newCLI(t).fails(exitFailure, "whatever-password\n", "login", "--server", ts.url, "--ca-file", ts.caFile, "--user", "ghost", "--password-stdin"), "invalid username or password")
}

func userPassword(name string) string {
	return "Sup3r-secret-" + strings.TrimPrefix(name, "test")
}
