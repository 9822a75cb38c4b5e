package storetest

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

func testAccount(t *testing.T, s store.Store) {
	ctx := t.Context()
	_, err := s.Account(ctx)
	wantCode(t, err, tether.ENOTFOUND)

	a := tether.Account{ID: "123456789012", Region: "eu-west-1", CreatedAt: t0}
	must(t, s.CreateAccount(ctx, a))
	got, err := s.Account(ctx)
	must(t, err)
	wantEqual(t, "Account", got, a)

	// Create-once, whatever the second account looks like.
	wantCode(t, s.CreateAccount(ctx, a), tether.ECONFLICT)
	wantCode(t, s.CreateAccount(ctx, tether.Account{ID: "999999999999", Region: "us-east-1", CreatedAt: t0}), tether.ECONFLICT)
	got, err = s.Account(ctx)
	must(t, err)
	wantEqual(t, "Account after second create", got, a)
}

func testSettings(t *testing.T, s store.Store) {
	ctx := t.Context()
	_, err := s.Setting(ctx, "ca")
	wantCode(t, err, tether.ENOTFOUND, `"ca"`)

	must(t, s.PutSetting(ctx, "ca", []byte(`{"cert":"one"}`)))
	must(t, s.PutSetting(ctx, "mfa", []byte(`{"required":true}`)))
	get := func(key string) []byte {
		t.Helper()
		v, err := s.Setting(ctx, key)
		must(t, err)
		return v
	}
	wantEqual(t, "ca", string(get("ca")), `{"cert":"one"}`)

	must(t, s.PutSetting(ctx, "ca", []byte(`{"cert":"two"}`)))
	wantEqual(t, "replaced ca", string(get("ca")), `{"cert":"two"}`)
	wantEqual(t, "mfa untouched", string(get("mfa")), `{"required":true}`)

	must(t, s.DeleteSetting(ctx, "ca"))
	_, err = s.Setting(ctx, "ca")
	wantCode(t, err, tether.ENOTFOUND)
	must(t, s.DeleteSetting(ctx, "ca")) // deleting a missing key is fine
	wantEqual(t, "mfa after delete", string(get("mfa")), `{"required":true}`)

	// Values are opaque bytes, every byte value kept; empty is a value.
	bin := make([]byte, 256)
	for i := range bin {
		bin[i] = byte(i)
	}
	must(t, s.PutSetting(ctx, "binary", bin))
	if got := get("binary"); !bytes.Equal(got, bin) {
		t.Fatalf("binary setting came back as %x", got)
	}
	must(t, s.PutSetting(ctx, "empty", []byte{}))
	if got := get("empty"); len(got) != 0 {
		t.Fatalf("empty setting came back as %q", got)
	}
}

func testPermissionSetCreateGet(t *testing.T, s store.Store) {
	ctx := t.Context()
	ps := newPermissionSet("AdministratorAccess")
	must(t, s.CreatePermissionSet(ctx, ps))
	got, err := s.PermissionSet(ctx, "AdministratorAccess")
	must(t, err)
	wantEqual(t, "PermissionSet", got, ps)
	got, err = s.PermissionSetByID(ctx, ps.ID)
	must(t, err)
	wantEqual(t, "PermissionSetByID", got, ps)

	bare := tether.PermissionSet{ID: "ps-bare", Name: "Bare", CreatedAt: t0, UpdatedAt: t0}
	must(t, s.CreatePermissionSet(ctx, bare))
	got, err = s.PermissionSet(ctx, "Bare")
	must(t, err)
	bare.Tags = map[string]string{}
	wantEqual(t, "bare permission set", got, bare)
}

func testPermissionSetConflict(t *testing.T, s store.Store) {
	ctx := t.Context()
	mustCreatePermissionSet(t, s, "Admin")
	dup := newPermissionSet("Admin")
	dup.ID = "another-id"
	wantCode(t, s.CreatePermissionSet(ctx, dup), tether.ECONFLICT, `permission set "Admin" already exists`)
	sameID := newPermissionSet("Other")
	sameID.ID = newPermissionSet("Admin").ID
	wantCode(t, s.CreatePermissionSet(ctx, sameID), tether.ECONFLICT)
}

func testPermissionSetNotFound(t *testing.T, s store.Store) {
	ctx := t.Context()
	_, err := s.PermissionSet(ctx, "Admin")
	wantCode(t, err, tether.ENOTFOUND, `permission set "Admin" not found`)
	_, err = s.PermissionSetByID(ctx, "ps-Admin")
	wantCode(t, err, tether.ENOTFOUND, "ps-Admin")
	_, err = s.UpdatePermissionSet(ctx, "Admin", func(*tether.PermissionSet) error { return nil })
	wantCode(t, err, tether.ENOTFOUND, `permission set "Admin" not found`)
	wantCode(t, s.DeletePermissionSet(ctx, "Admin"), tether.ENOTFOUND, `permission set "Admin" not found`)
}

func testPermissionSetUpdate(t *testing.T, s store.Store) {
	ctx := t.Context()
	ps := mustCreatePermissionSet(t, s, "Admin")
	got, err := s.UpdatePermissionSet(ctx, "Admin", func(ps *tether.PermissionSet) error {
		ps.Description = "Everything"
		ps.SessionDuration = 90 * time.Minute
		ps.RelayState = ""
		ps.InlinePolicy = `{"Version":"2012-10-17","Statement":[]}`
		ps.Tags["owner"] = "secops"
		ps.UpdatedAt = t0.Add(time.Hour)
		return nil
	})
	must(t, err)
	want := ps
	want.Description = "Everything"
	want.SessionDuration = 90 * time.Minute
	want.RelayState = ""
	want.InlinePolicy = `{"Version":"2012-10-17","Statement":[]}`
	want.Tags = map[string]string{"env": "prod", "owner": "secops"}
	want.UpdatedAt = t0.Add(time.Hour)
	wantEqual(t, "UpdatePermissionSet result", got, want)
	got, err = s.PermissionSet(ctx, "Admin")
	must(t, err)
	wantEqual(t, "permission set after update", got, want)

	boom := errors.New("boom")
	_, err = s.UpdatePermissionSet(ctx, "Admin", func(ps *tether.PermissionSet) error { ps.Description = "x"; return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("UpdatePermissionSet returned %v, want fn's error", err)
	}
	_, err = s.UpdatePermissionSet(ctx, "Admin", func(ps *tether.PermissionSet) error { ps.Name = "Renamed"; return nil })
	if err == nil {
		t.Fatal("UpdatePermissionSet allowed the name to change")
	}
	_, err = s.UpdatePermissionSet(ctx, "Admin", func(ps *tether.PermissionSet) error { ps.ID = "other"; return nil })
	if err == nil {
		t.Fatal("UpdatePermissionSet allowed the ID to change")
	}
	got, err = s.PermissionSet(ctx, "Admin")
	must(t, err)
	wantEqual(t, "permission set after aborted updates", got, want)
}

func testPermissionSetDeleteList(t *testing.T, s store.Store) {
	ctx := t.Context()
	list := func() []string {
		t.Helper()
		pss, err := s.ListPermissionSets(ctx)
		must(t, err)
		if pss == nil {
			t.Fatal("ListPermissionSets returned nil, want a non-nil slice")
		}
		return names(pss, func(ps tether.PermissionSet) string { return ps.Name })
	}
	wantEqual(t, "empty list", list(), []string{})
	for _, n := range []string{"ReadOnly", "Admin", "billing"} {
		mustCreatePermissionSet(t, s, n)
	}
	wantEqual(t, "all", list(), []string{"Admin", "ReadOnly", "billing"})
	pss, err := s.ListPermissionSets(ctx)
	must(t, err)
	wantEqual(t, "listed permission set", pss[0], newPermissionSet("Admin"))

	must(t, s.DeletePermissionSet(ctx, "ReadOnly"))
	_, err = s.PermissionSet(ctx, "ReadOnly")
	wantCode(t, err, tether.ENOTFOUND)
	wantCode(t, s.DeletePermissionSet(ctx, "ReadOnly"), tether.ENOTFOUND)
	wantEqual(t, "after delete", list(), []string{"Admin", "billing"})
}

func testAssignments(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := mustCreateUser(t, s, "alice")[0]
	g := mustCreateGroup(t, s, "ops")
	ps := mustCreatePermissionSet(t, s, "Admin")

	ua, ga := userAssignment(u, ps), groupAssignment(g, ps)
	must(t, s.CreateAssignment(ctx, ua))
	must(t, s.CreateAssignment(ctx, ga))
	wantCode(t, s.CreateAssignment(ctx, ua), tether.ECONFLICT)
	wantCode(t, s.CreateAssignment(ctx, ga), tether.ECONFLICT)
	wantEqual(t, "assignments", listAssignments(t, s, store.AssignmentFilter{}), []tether.Assignment{ga, ua})

	must(t, s.DeleteAssignment(ctx, ua))
	wantCode(t, s.DeleteAssignment(ctx, ua), tether.ENOTFOUND)
	wantEqual(t, "after delete", listAssignments(t, s, store.AssignmentFilter{}), []tether.Assignment{ga})
	// The principal type is part of the key.
	wrongType := ga
	wrongType.PrincipalType = tether.PrincipalUser
	wantCode(t, s.DeleteAssignment(ctx, wrongType), tether.ENOTFOUND)
}

func testAssignmentMissing(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := mustCreateUser(t, s, "alice")[0]
	g := mustCreateGroup(t, s, "ops")
	ps := mustCreatePermissionSet(t, s, "Admin")

	noUser := userAssignment(newUser("nobody"), ps)
	wantCode(t, s.CreateAssignment(ctx, noUser), tether.ENOTFOUND, noUser.PrincipalID)
	noGroup := groupAssignment(newGroup("nogroup"), ps)
	wantCode(t, s.CreateAssignment(ctx, noGroup), tether.ENOTFOUND, noGroup.PrincipalID)
	noPS := userAssignment(u, newPermissionSet("Nothing"))
	wantCode(t, s.CreateAssignment(ctx, noPS), tether.ENOTFOUND, noPS.PermissionSetID)
	wantCode(t, s.CreateAssignment(ctx, groupAssignment(g, newPermissionSet("Nothing"))), tether.ENOTFOUND)
	// A user's ID is not a group's.
	crossed := userAssignment(u, ps)
	crossed.PrincipalType = tether.PrincipalGroup
	wantCode(t, s.CreateAssignment(ctx, crossed), tether.ENOTFOUND)
	bad := userAssignment(u, ps)
	bad.PrincipalType = "ROLE"
	if err := s.CreateAssignment(ctx, bad); err == nil {
		t.Fatal("CreateAssignment accepted principal type ROLE")
	}
	wantEqual(t, "assignments", listAssignments(t, s, store.AssignmentFilter{}), []tether.Assignment{})
}

func testAssignmentList(t *testing.T, s store.Store) {
	us := mustCreateUser(t, s, "alice", "bob")
	g := mustCreateGroup(t, s, "ops")
	admin := mustCreatePermissionSet(t, s, "Admin")
	ro := mustCreatePermissionSet(t, s, "ReadOnly")
	all := []tether.Assignment{
		userAssignment(us[1], ro),
		groupAssignment(g, ro),
		userAssignment(us[0], admin),
		groupAssignment(g, admin),
		userAssignment(us[0], ro),
	}
	for _, a := range all {
		must(t, s.CreateAssignment(t.Context(), a))
	}
	// Ordered by principal type, principal ID, permission set ID.
	wantEqual(t, "all", listAssignments(t, s, store.AssignmentFilter{}), []tether.Assignment{
		groupAssignment(g, admin), groupAssignment(g, ro),
		userAssignment(us[0], admin), userAssignment(us[0], ro), userAssignment(us[1], ro),
	})
	wantEqual(t, "users", listAssignments(t, s, store.AssignmentFilter{PrincipalType: tether.PrincipalUser}),
		[]tether.Assignment{userAssignment(us[0], admin), userAssignment(us[0], ro), userAssignment(us[1], ro)})
	wantEqual(t, "groups", listAssignments(t, s, store.AssignmentFilter{PrincipalType: tether.PrincipalGroup}),
		[]tether.Assignment{groupAssignment(g, admin), groupAssignment(g, ro)})
	wantEqual(t, "alice", listAssignments(t, s, store.AssignmentFilter{PrincipalID: us[0].ID}),
		[]tether.Assignment{userAssignment(us[0], admin), userAssignment(us[0], ro)})
	wantEqual(t, "ReadOnly", listAssignments(t, s, store.AssignmentFilter{PermissionSetID: ro.ID}),
		[]tether.Assignment{groupAssignment(g, ro), userAssignment(us[0], ro), userAssignment(us[1], ro)})
	wantEqual(t, "alice's ReadOnly as user", listAssignments(t, s, store.AssignmentFilter{
		PrincipalType: tether.PrincipalUser, PrincipalID: us[0].ID, PermissionSetID: ro.ID,
	}), []tether.Assignment{userAssignment(us[0], ro)})
	wantEqual(t, "alice's ID as a group", listAssignments(t, s, store.AssignmentFilter{
		PrincipalType: tether.PrincipalGroup, PrincipalID: us[0].ID,
	}), []tether.Assignment{})
}

func testTokens(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := mustCreateUser(t, s, "alice")[0]
	ps := mustCreatePermissionSet(t, s, "Admin")

	plain := newToken("hash-1", u.ID, ps.ID, t0.Add(time.Hour))
	mfa := newToken("hash-2", u.ID, ps.ID, t0.Add(time.Hour))
	mfa.MFAAuthenticatedAt = t0.Add(-time.Minute)
	mfa.SourceIP = "2001:db8::1"
	must(t, s.CreateToken(ctx, plain))
	must(t, s.CreateToken(ctx, mfa))
	wantCode(t, s.CreateToken(ctx, plain), tether.ECONFLICT)

	got, err := s.Token(ctx, "hash-1")
	must(t, err)
	wantEqual(t, "token", got, plain)
	if !got.MFAAuthenticatedAt.IsZero() {
		t.Fatalf("MFAAuthenticatedAt = %v, want zero", got.MFAAuthenticatedAt)
	}
	got, err = s.Token(ctx, "hash-2")
	must(t, err)
	wantEqual(t, "MFA token", got, mfa)

	must(t, s.DeleteToken(ctx, "hash-1"))
	_, err = s.Token(ctx, "hash-1")
	wantCode(t, err, tether.ENOTFOUND)
	wantCode(t, s.DeleteToken(ctx, "hash-1"), tether.ENOTFOUND)
	_, err = s.Token(ctx, "hash-2")
	must(t, err)
}

func testTokenMissing(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := mustCreateUser(t, s, "alice")[0]
	ps := mustCreatePermissionSet(t, s, "Admin")
	_, err := s.Token(ctx, "nope")
	wantCode(t, err, tether.ENOTFOUND)
	wantCode(t, s.CreateToken(ctx, newToken("h1", "u-none", ps.ID, t0)), tether.ENOTFOUND, "u-none")
	wantCode(t, s.CreateToken(ctx, newToken("h2", u.ID, "ps-none", t0)), tether.ENOTFOUND, "ps-none")
	_, err = s.Token(ctx, "h1")
	wantCode(t, err, tether.ENOTFOUND)
}

func testDeleteExpiredTokens(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := mustCreateUser(t, s, "alice")[0]
	ps := mustCreatePermissionSet(t, s, "Admin")
	now := t0.Add(24 * time.Hour)
	for hash, exp := range map[string]time.Time{
		"long-gone": now.Add(-24 * time.Hour),
		"just-gone": now.Add(-time.Microsecond),
		"at-now":    now, // expires at, not before, now: kept
		"later":     now.Add(time.Hour),
		"far":       now.AddDate(10, 0, 0),
	} {
		must(t, s.CreateToken(ctx, newToken(hash, u.ID, ps.ID, exp)))
	}
	n, err := s.DeleteExpiredTokens(ctx, now)
	must(t, err)
	if n != 2 {
		t.Fatalf("DeleteExpiredTokens removed %d tokens, want 2", n)
	}
	for _, h := range []string{"long-gone", "just-gone"} {
		_, err := s.Token(ctx, h)
		wantCode(t, err, tether.ENOTFOUND)
	}
	for _, h := range []string{"at-now", "later", "far"} {
		_, err := s.Token(ctx, h)
		must(t, err)
	}
	// The instant may come in any time zone.
	n, err = s.DeleteExpiredTokens(ctx, now.Add(2*time.Hour).In(time.FixedZone("UTC-8", -8*3600)))
	must(t, err)
	if n != 2 {
		t.Fatalf("second DeleteExpiredTokens removed %d tokens, want 2", n)
	}
	n, err = s.DeleteExpiredTokens(ctx, now.Add(2*time.Hour))
	must(t, err)
	if n != 0 {
		t.Fatalf("third DeleteExpiredTokens removed %d tokens, want 0", n)
	}
}

func testDeleteUserCascades(t *testing.T, s store.Store) {
	ctx := t.Context()
	us := mustCreateUser(t, s, "alice", "bob")
	g := mustCreateGroup(t, s, "ops")
	ps := mustCreatePermissionSet(t, s, "Admin")
	mustAddMember(t, s, g, us[0])
	mustAddMember(t, s, g, us[1])
	must(t, s.CreateAssignment(ctx, userAssignment(us[0], ps)))
	must(t, s.CreateAssignment(ctx, userAssignment(us[1], ps)))
	must(t, s.CreateAssignment(ctx, groupAssignment(g, ps)))
	must(t, s.CreateToken(ctx, newToken("alice-token", us[0].ID, ps.ID, t0.Add(time.Hour))))
	must(t, s.CreateToken(ctx, newToken("bob-token", us[1].ID, ps.ID, t0.Add(time.Hour))))

	must(t, s.DeleteUser(ctx, "alice"))

	wantEqual(t, "memberships", listMemberships(t, s, store.MembershipFilter{}),
		[]tether.Membership{{GroupID: g.ID, UserID: us[1].ID, CreatedAt: t0}})
	wantEqual(t, "assignments", listAssignments(t, s, store.AssignmentFilter{}),
		[]tether.Assignment{groupAssignment(g, ps), userAssignment(us[1], ps)})
	_, err := s.Token(ctx, "alice-token")
	wantCode(t, err, tether.ENOTFOUND)
	_, err = s.Token(ctx, "bob-token")
	must(t, err)
	_, err = s.Group(ctx, "ops")
	must(t, err)
	_, err = s.PermissionSet(ctx, "Admin")
	must(t, err)

	// A new user with the old name starts with nothing.
	mustCreateUser(t, s, "alice")
	wantEqual(t, "new alice's assignments",
		listAssignments(t, s, store.AssignmentFilter{PrincipalID: us[0].ID}), []tether.Assignment{})
	wantEqual(t, "new alice's groups", listGroups(t, s, store.GroupFilter{MemberID: us[0].ID}), []string{})
}

func testDeleteGroupCascades(t *testing.T, s store.Store) {
	ctx := t.Context()
	us := mustCreateUser(t, s, "alice")
	ops := mustCreateGroup(t, s, "ops")
	dev := mustCreateGroup(t, s, "dev")
	ps := mustCreatePermissionSet(t, s, "Admin")
	mustAddMember(t, s, ops, us[0])
	mustAddMember(t, s, dev, us[0])
	must(t, s.CreateAssignment(ctx, groupAssignment(ops, ps)))
	must(t, s.CreateAssignment(ctx, groupAssignment(dev, ps)))
	must(t, s.CreateAssignment(ctx, userAssignment(us[0], ps)))

	must(t, s.DeleteGroup(ctx, "ops"))

	wantEqual(t, "memberships", listMemberships(t, s, store.MembershipFilter{}),
		[]tether.Membership{{GroupID: dev.ID, UserID: us[0].ID, CreatedAt: t0}})
	wantEqual(t, "assignments", listAssignments(t, s, store.AssignmentFilter{}),
		[]tether.Assignment{groupAssignment(dev, ps), userAssignment(us[0], ps)})
	_, err := s.User(ctx, "alice")
	must(t, err)
}

func testDeletePermissionSetCascades(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := mustCreateUser(t, s, "alice")[0]
	g := mustCreateGroup(t, s, "ops")
	admin := mustCreatePermissionSet(t, s, "Admin")
	ro := mustCreatePermissionSet(t, s, "ReadOnly")
	must(t, s.CreateAssignment(ctx, userAssignment(u, admin)))
	must(t, s.CreateAssignment(ctx, groupAssignment(g, admin)))
	must(t, s.CreateAssignment(ctx, userAssignment(u, ro)))
	must(t, s.CreateToken(ctx, newToken("admin-token", u.ID, admin.ID, t0.Add(time.Hour))))
	must(t, s.CreateToken(ctx, newToken("ro-token", u.ID, ro.ID, t0.Add(time.Hour))))

	must(t, s.DeletePermissionSet(ctx, "Admin"))

	wantEqual(t, "assignments", listAssignments(t, s, store.AssignmentFilter{}),
		[]tether.Assignment{userAssignment(u, ro)})
	_, err := s.Token(ctx, "admin-token")
	wantCode(t, err, tether.ENOTFOUND)
	_, err = s.Token(ctx, "ro-token")
	must(t, err)
	_, err = s.User(ctx, "alice")
	must(t, err)
	_, err = s.Group(ctx, "ops")
	must(t, err)
}
