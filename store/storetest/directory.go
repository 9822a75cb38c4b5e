package storetest

import (
	"errors"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

func testUserCreateGet(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := newUser("alice")
	u.Tags = map[string]string{"team": "ops", "cost-center": "42"}
	u.PasswordChangeRequired = true
	u.Status = tether.UserInvited
	u.UpdatedAt = t0.Add(time.Hour)
	must(t, s.CreateUser(ctx, u))

	got, err := s.User(ctx, "alice")
	must(t, err)
	wantEqual(t, "User", got, u)
	got, err = s.UserByID(ctx, u.ID)
	must(t, err)
	wantEqual(t, "UserByID", got, u)

	// Nil and empty tags both come back as an empty, writable map.
	bare := newUser("bob")
	bare.Tags = nil
	must(t, s.CreateUser(ctx, bare))
	got, err = s.User(ctx, "bob")
	must(t, err)
	if got.Tags == nil || len(got.Tags) != 0 {
		t.Fatalf("nil tags came back as %#v, want an empty non-nil map", got.Tags)
	}
	empty := newUser("carol")
	empty.Tags = map[string]string{}
	must(t, s.CreateUser(ctx, empty))
	got, err = s.User(ctx, "carol")
	must(t, err)
	wantEqual(t, "empty tags", got.Tags, map[string]string{})

	// Usernames are compared exactly.
	_, err = s.User(ctx, "ALICE")
	wantCode(t, err, tether.ENOTFOUND)
}

func testUserConflict(t *testing.T, s store.Store) {
	ctx := t.Context()
	mustCreateUser(t, s, "alice")

	dup := newUser("alice")
	dup.ID = "another-id"
	wantCode(t, s.CreateUser(ctx, dup), tether.ECONFLICT, `user "alice" already exists`)

	sameID := newUser("bob")
	sameID.ID = newUser("alice").ID
	wantCode(t, s.CreateUser(ctx, sameID), tether.ECONFLICT)

	got, err := s.User(ctx, "alice")
	must(t, err)
	wantEqual(t, "original user", got, newUser("alice"))
	_, err = s.User(ctx, "bob")
	wantCode(t, err, tether.ENOTFOUND)
}

func testUserNotFound(t *testing.T, s store.Store) {
	ctx := t.Context()
	_, err := s.User(ctx, "alice")
	wantCode(t, err, tether.ENOTFOUND, `user "alice" not found`)
	_, err = s.UserByID(ctx, "u-alice")
	wantCode(t, err, tether.ENOTFOUND, "u-alice")
	called := false
	_, err = s.UpdateUser(ctx, "alice", func(*tether.User) error { called = true; return nil })
	wantCode(t, err, tether.ENOTFOUND, `user "alice" not found`)
	if called {
		t.Error("UpdateUser called fn for a missing user")
	}
	wantCode(t, s.DeleteUser(ctx, "alice"), tether.ENOTFOUND, `user "alice" not found`)
}

func testUserUpdate(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := mustCreateUser(t, s, "alice")[0]

	later := t0.Add(48 * time.Hour)
	got, err := s.UpdateUser(ctx, "alice", func(u *tether.User) error {
		u.Email = "new@example.com"
		u.FirstName, u.LastName, u.DisplayName = "A", "B", "C"
		u.Status = tether.UserDisabled
		u.Tags["added"] = "yes"
		delete(u.Tags, "team")
		u.PasswordHash = "$argon2id$new"
		u.PasswordChangeRequired = true
		u.UpdatedAt = later
		return nil
	})
	must(t, err)
	want := u
	want.Email = "new@example.com"
	want.FirstName, want.LastName, want.DisplayName = "A", "B", "C"
	want.Status = tether.UserDisabled
	want.Tags = map[string]string{"added": "yes"}
	want.PasswordHash = "$argon2id$new"
	want.PasswordChangeRequired = true
	want.UpdatedAt = later
	wantEqual(t, "UpdateUser result", got, want)
	got, err = s.User(ctx, "alice")
	must(t, err)
	wantEqual(t, "user after update", got, want)

	// Clearing every tag stores an empty map.
	got, err = s.UpdateUser(ctx, "alice", func(u *tether.User) error { u.Tags = nil; return nil })
	must(t, err)
	wantEqual(t, "tags after clearing", got.Tags, map[string]string{})
}

func testUserUpdateAborts(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := mustCreateUser(t, s, "alice")[0]

	boom := errors.New("boom")
	_, err := s.UpdateUser(ctx, "alice", func(u *tether.User) error {
		u.Email = "changed@example.com"
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("UpdateUser returned %v, want fn's error", err)
	}

	// The ID and the username are the record's keys: changing them is refused.
	_, err = s.UpdateUser(ctx, "alice", func(u *tether.User) error {
		u.Username = "mallory"
		u.Email = "changed@example.com"
		return nil
	})
	if err == nil {
		t.Fatal("UpdateUser allowed the username to change")
	}
	_, err = s.UpdateUser(ctx, "alice", func(u *tether.User) error {
		u.ID = "other"
		u.Email = "changed@example.com"
		return nil
	})
	if err == nil {
		t.Fatal("UpdateUser allowed the ID to change")
	}

	got, err := s.User(ctx, "alice")
	must(t, err)
	wantEqual(t, "user after aborted updates", got, u)
	_, err = s.User(ctx, "mallory")
	wantCode(t, err, tether.ENOTFOUND)
}

func testUserDelete(t *testing.T, s store.Store) {
	ctx := t.Context()
	mustCreateUser(t, s, "alice", "bob")
	must(t, s.DeleteUser(ctx, "alice"))
	_, err := s.User(ctx, "alice")
	wantCode(t, err, tether.ENOTFOUND)
	_, err = s.UserByID(ctx, "u-alice")
	wantCode(t, err, tether.ENOTFOUND)
	wantCode(t, s.DeleteUser(ctx, "alice"), tether.ENOTFOUND)
	wantEqual(t, "users left", listUsers(t, s, store.UserFilter{}), []string{"bob"})

	// The name is free again.
	mustCreateUser(t, s, "alice")
}

func testUserList(t *testing.T, s store.Store) {
	ctx := t.Context()
	wantEqual(t, "empty list", listUsers(t, s, store.UserFilter{}), []string{})

	// Created out of order; ordering is bytewise, so "Zed" sorts before "alice".
	for _, n := range []string{"carol", "alice", "Zed", "bob", "dave"} {
		u := newUser(n)
		if n == "bob" || n == "Zed" {
			u.Status = tether.UserDisabled
		}
		if n == "dave" {
			u.Status = tether.UserInvited
		}
		must(t, s.CreateUser(ctx, u))
	}
	ops := mustCreateGroup(t, s, "ops")
	dev := mustCreateGroup(t, s, "dev")
	for _, n := range []string{"carol", "bob", "Zed"} {
		mustAddMember(t, s, ops, newUser(n))
	}
	mustAddMember(t, s, dev, newUser("alice"))

	wantEqual(t, "all", listUsers(t, s, store.UserFilter{}), []string{"Zed", "alice", "bob", "carol", "dave"})
	wantEqual(t, "active", listUsers(t, s, store.UserFilter{Status: tether.UserActive}), []string{"alice", "carol"})
	wantEqual(t, "disabled", listUsers(t, s, store.UserFilter{Status: tether.UserDisabled}), []string{"Zed", "bob"})
	wantEqual(t, "invited", listUsers(t, s, store.UserFilter{Status: tether.UserInvited}), []string{"dave"})
	wantEqual(t, "ops", listUsers(t, s, store.UserFilter{GroupID: ops.ID}), []string{"Zed", "bob", "carol"})
	wantEqual(t, "dev", listUsers(t, s, store.UserFilter{GroupID: dev.ID}), []string{"alice"})
	wantEqual(t, "disabled ops", listUsers(t, s, store.UserFilter{Status: tether.UserDisabled, GroupID: ops.ID}),
		[]string{"Zed", "bob"})
	wantEqual(t, "active dev", listUsers(t, s, store.UserFilter{Status: tether.UserActive, GroupID: dev.ID}),
		[]string{"alice"})
	wantEqual(t, "no such group", listUsers(t, s, store.UserFilter{GroupID: "g-none"}), []string{})

	// Listed users are whole records.
	us, err := s.ListUsers(ctx, store.UserFilter{GroupID: dev.ID})
	must(t, err)
	wantEqual(t, "listed user", us[0], newUser("alice"))
}

func testGroupCreateGet(t *testing.T, s store.Store) {
	ctx := t.Context()
	g := newGroup("ProductionAccess")
	g.UpdatedAt = t0.Add(time.Minute)
	must(t, s.CreateGroup(ctx, g))
	got, err := s.Group(ctx, "ProductionAccess")
	must(t, err)
	wantEqual(t, "Group", got, g)
	got, err = s.GroupByID(ctx, g.ID)
	must(t, err)
	wantEqual(t, "GroupByID", got, g)
	_, err = s.Group(ctx, "productionaccess")
	wantCode(t, err, tether.ENOTFOUND)
}

func testGroupConflict(t *testing.T, s store.Store) {
	ctx := t.Context()
	mustCreateGroup(t, s, "ProductionAccess")
	dup := newGroup("ProductionAccess")
	dup.ID = "another-id"
	wantCode(t, s.CreateGroup(ctx, dup), tether.ECONFLICT, `group "ProductionAccess" already exists`)
	sameID := newGroup("Other")
	sameID.ID = newGroup("ProductionAccess").ID
	wantCode(t, s.CreateGroup(ctx, sameID), tether.ECONFLICT)
	wantEqual(t, "groups", listGroups(t, s, store.GroupFilter{}), []string{"ProductionAccess"})
}

func testGroupNotFound(t *testing.T, s store.Store) {
	ctx := t.Context()
	_, err := s.Group(ctx, "ops")
	wantCode(t, err, tether.ENOTFOUND, `group "ops" not found`)
	_, err = s.GroupByID(ctx, "g-ops")
	wantCode(t, err, tether.ENOTFOUND, "g-ops")
	_, err = s.UpdateGroup(ctx, "ops", func(*tether.Group) error { return nil })
	wantCode(t, err, tether.ENOTFOUND, `group "ops" not found`)
	wantCode(t, s.DeleteGroup(ctx, "ops"), tether.ENOTFOUND, `group "ops" not found`)
}

func testGroupUpdate(t *testing.T, s store.Store) {
	ctx := t.Context()
	g := mustCreateGroup(t, s, "ops")

	got, err := s.UpdateGroup(ctx, "ops", func(g *tether.Group) error {
		g.Description = "Operators"
		g.UpdatedAt = t0.Add(time.Hour)
		return nil
	})
	must(t, err)
	want := g
	want.Description = "Operators"
	want.UpdatedAt = t0.Add(time.Hour)
	wantEqual(t, "UpdateGroup result", got, want)
	got, err = s.Group(ctx, "ops")
	must(t, err)
	wantEqual(t, "group after update", got, want)

	boom := errors.New("boom")
	_, err = s.UpdateGroup(ctx, "ops", func(g *tether.Group) error { g.Description = "x"; return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("UpdateGroup returned %v, want fn's error", err)
	}
	_, err = s.UpdateGroup(ctx, "ops", func(g *tether.Group) error { g.Name = "renamed"; g.Description = "x"; return nil })
	if err == nil {
		t.Fatal("UpdateGroup allowed the name to change")
	}
	_, err = s.UpdateGroup(ctx, "ops", func(g *tether.Group) error { g.ID = "other"; g.Description = "x"; return nil })
	if err == nil {
		t.Fatal("UpdateGroup allowed the ID to change")
	}
	got, err = s.Group(ctx, "ops")
	must(t, err)
	wantEqual(t, "group after aborted updates", got, want)
}

func testGroupDelete(t *testing.T, s store.Store) {
	ctx := t.Context()
	mustCreateGroup(t, s, "ops")
	mustCreateGroup(t, s, "dev")
	must(t, s.DeleteGroup(ctx, "ops"))
	_, err := s.Group(ctx, "ops")
	wantCode(t, err, tether.ENOTFOUND)
	wantCode(t, s.DeleteGroup(ctx, "ops"), tether.ENOTFOUND)
	wantEqual(t, "groups left", listGroups(t, s, store.GroupFilter{}), []string{"dev"})
}

func testGroupList(t *testing.T, s store.Store) {
	wantEqual(t, "empty list", listGroups(t, s, store.GroupFilter{}), []string{})
	for _, n := range []string{"ops", "Admins", "dev", "audit"} {
		mustCreateGroup(t, s, n)
	}
	us := mustCreateUser(t, s, "alice", "bob", "carol")
	mustAddMember(t, s, newGroup("ops"), us[0])
	mustAddMember(t, s, newGroup("dev"), us[0])
	mustAddMember(t, s, newGroup("Admins"), us[0])
	mustAddMember(t, s, newGroup("dev"), us[1])

	wantEqual(t, "all", listGroups(t, s, store.GroupFilter{}), []string{"Admins", "audit", "dev", "ops"})
	wantEqual(t, "alice's", listGroups(t, s, store.GroupFilter{MemberID: us[0].ID}), []string{"Admins", "dev", "ops"})
	wantEqual(t, "bob's", listGroups(t, s, store.GroupFilter{MemberID: us[1].ID}), []string{"dev"})
	wantEqual(t, "carol's", listGroups(t, s, store.GroupFilter{MemberID: us[2].ID}), []string{})
}

func testMemberships(t *testing.T, s store.Store) {
	ctx := t.Context()
	us := mustCreateUser(t, s, "alice", "bob")
	g := mustCreateGroup(t, s, "ops")

	m := tether.Membership{GroupID: g.ID, UserID: us[0].ID, CreatedAt: t0}
	must(t, s.AddMembership(ctx, m))
	wantCode(t, s.AddMembership(ctx, m), tether.ECONFLICT)
	wantEqual(t, "memberships", listMemberships(t, s, store.MembershipFilter{}), []tether.Membership{m})

	wantCode(t, s.RemoveMembership(ctx, g.ID, us[1].ID), tether.ENOTFOUND)
	must(t, s.RemoveMembership(ctx, g.ID, us[0].ID))
	wantCode(t, s.RemoveMembership(ctx, g.ID, us[0].ID), tether.ENOTFOUND)
	wantEqual(t, "memberships after removal", listMemberships(t, s, store.MembershipFilter{}), []tether.Membership{})

	// Removing a membership leaves the user and group alone.
	_, err := s.User(ctx, "alice")
	must(t, err)
	_, err = s.Group(ctx, "ops")
	must(t, err)
}

func testMembershipMissing(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := mustCreateUser(t, s, "alice")[0]
	g := mustCreateGroup(t, s, "ops")
	err := s.AddMembership(ctx, tether.Membership{GroupID: "g-none", UserID: u.ID, CreatedAt: t0})
	wantCode(t, err, tether.ENOTFOUND, "g-none")
	err = s.AddMembership(ctx, tether.Membership{GroupID: g.ID, UserID: "u-none", CreatedAt: t0})
	wantCode(t, err, tether.ENOTFOUND, "u-none")
	wantCode(t, s.RemoveMembership(ctx, "g-none", "u-none"), tether.ENOTFOUND)
	wantEqual(t, "memberships", listMemberships(t, s, store.MembershipFilter{}), []tether.Membership{})
}

func testMembershipList(t *testing.T, s store.Store) {
	us := mustCreateUser(t, s, "alice", "bob", "carol")
	ops := mustCreateGroup(t, s, "ops")
	dev := mustCreateGroup(t, s, "dev")
	mustAddMember(t, s, ops, us[2])
	mustAddMember(t, s, ops, us[0])
	mustAddMember(t, s, dev, us[0])
	mustAddMember(t, s, dev, us[1])

	m := func(g tether.Group, u tether.User) tether.Membership {
		return tether.Membership{GroupID: g.ID, UserID: u.ID, CreatedAt: t0}
	}
	// Ordered by group ID ("g-dev" < "g-ops"), then user ID.
	wantEqual(t, "all", listMemberships(t, s, store.MembershipFilter{}),
		[]tether.Membership{m(dev, us[0]), m(dev, us[1]), m(ops, us[0]), m(ops, us[2])})
	wantEqual(t, "ops", listMemberships(t, s, store.MembershipFilter{GroupID: ops.ID}),
		[]tether.Membership{m(ops, us[0]), m(ops, us[2])})
	wantEqual(t, "alice", listMemberships(t, s, store.MembershipFilter{UserID: us[0].ID}),
		[]tether.Membership{m(dev, us[0]), m(ops, us[0])})
	wantEqual(t, "alice in dev", listMemberships(t, s, store.MembershipFilter{GroupID: dev.ID, UserID: us[0].ID}),
		[]tether.Membership{m(dev, us[0])})
	wantEqual(t, "carol in dev", listMemberships(t, s, store.MembershipFilter{GroupID: dev.ID, UserID: us[2].ID}),
		[]tether.Membership{})
}
