// Package storetest is the conformance suite for store.Store: the semantics
// documented on the interface, checked the same way against every backend, so
// the control plane can treat them as interchangeable.
//
// A backend's test calls Run with a function that opens a fresh, empty store
// and arranges (with t.Cleanup) for it to be closed.
package storetest

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// Run runs every conformance case as a subtest, each against its own store
// from open.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	cases := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"Account", testAccount},
		{"Settings", testSettings},

		{"UserCreateGet", testUserCreateGet},
		{"UserConflict", testUserConflict},
		{"UserNotFound", testUserNotFound},
		{"UserUpdate", testUserUpdate},
		{"UserUpdateAborts", testUserUpdateAborts},
		{"UserDelete", testUserDelete},
		{"UserList", testUserList},

		{"GroupCreateGet", testGroupCreateGet},
		{"GroupConflict", testGroupConflict},
		{"GroupNotFound", testGroupNotFound},
		{"GroupUpdate", testGroupUpdate},
		{"GroupDelete", testGroupDelete},
		{"GroupList", testGroupList},

		{"Memberships", testMemberships},
		{"MembershipMissing", testMembershipMissing},
		{"MembershipList", testMembershipList},

		{"PermissionSetCreateGet", testPermissionSetCreateGet},
		{"PermissionSetConflict", testPermissionSetConflict},
		{"PermissionSetNotFound", testPermissionSetNotFound},
		{"PermissionSetUpdate", testPermissionSetUpdate},
		{"PermissionSetDeleteList", testPermissionSetDeleteList},

		{"Assignments", testAssignments},
		{"AssignmentMissing", testAssignmentMissing},
		{"AssignmentList", testAssignmentList},

		{"Tokens", testTokens},
		{"TokenMissing", testTokenMissing},
		{"DeleteExpiredTokens", testDeleteExpiredTokens},

		{"ActivationCreateGet", testActivationCreateGet},
		{"ActivationConflict", testActivationConflict},
		{"ActivationNotFound", testActivationNotFound},
		{"ActivationUpdate", testActivationUpdate},
		{"ActivationDelete", testActivationDelete},
		{"ActivationList", testActivationList},

		{"InstanceCreateGet", testInstanceCreateGet},
		{"InstanceConflict", testInstanceConflict},
		{"InstanceNotFound", testInstanceNotFound},
		{"InstanceUpdate", testInstanceUpdate},
		{"InstanceList", testInstanceList},
		{"InstanceListTags", testInstanceListTags},

		{"SessionCreateGet", testSessionCreateGet},
		{"SessionConflict", testSessionConflict},
		{"SessionNotFound", testSessionNotFound},
		{"SessionUpdate", testSessionUpdate},
		{"SessionList", testSessionList},
		{"SessionListStatus", testSessionListStatus},
		{"SessionListSinceLimit", testSessionListSinceLimit},

		{"MFADevices", testMFADevices},
		{"Tickets", testTickets},
		{"TicketConsumedOnce", testTicketConsumedOnce},
		{"AuditAppendList", testAuditAppendList},
		{"AuditConcurrentAppends", testAuditConcurrentAppends},
		{"Logs", testLogs},
		{"Commands", testCommands},

		{"DeleteUserCascades", testDeleteUserCascades},
		{"DeleteGroupCascades", testDeleteGroupCascades},
		{"DeletePermissionSetCascades", testDeletePermissionSetCascades},

		{"LiteralStrings", testLiteralStrings},
		{"Times", testTimes},
		{"Durations", testDurations},
		{"InstanceLiteralStrings", testInstanceLiteralStrings},
		{"InstanceTimes", testInstanceTimes},

		{"ConcurrentUpdates", testConcurrentUpdates},
		{"ConcurrentCreates", testConcurrentCreates},
		{"ConcurrentActivationUpdates", testConcurrentActivationUpdates},

		{"TxCommit", testTxCommit},
		{"TxRollback", testTxRollback},
		{"TxPanic", testTxPanic},
		{"TxNested", testTxNested},
		{"TxUpdateInCallerTx", testTxUpdateInCallerTx},
		{"TxRegistration", testTxRegistration},
		{"TxInstanceWritesInCallerTx", testTxInstanceWritesInCallerTx},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.fn(t, open(t))
		})
	}
}

// t0 has microseconds, the precision every backend keeps.
var t0 = time.Date(2024, 3, 1, 12, 30, 45, 123456000, time.UTC)

func newUser(name string) tether.User {
	return tether.User{
		ID:           "u-" + name,
		Username:     name,
		Email:        name + "@example.com",
		FirstName:    "First " + name,
		LastName:     "Last " + name,
		DisplayName:  "Display " + name,
		Status:       tether.UserActive,
		Tags:         map[string]string{"team": "ops"},
		PasswordHash: "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA",
		CreatedAt:    t0,
		UpdatedAt:    t0,
	}
}

func newGroup(name string) tether.Group {
	return tether.Group{ID: "g-" + name, Name: name, Description: "About " + name, CreatedAt: t0, UpdatedAt: t0}
}

func newPermissionSet(name string) tether.PermissionSet {
	return tether.PermissionSet{
		ID:              "ps-" + name,
		Name:            name,
		Description:     "About " + name,
		SessionDuration: 8 * time.Hour,
		RelayState:      "https://console.example.com/",
		InlinePolicy:    `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`,
		Tags:            map[string]string{"env": "prod"},
		CreatedAt:       t0,
		UpdatedAt:       t0,
	}
}

func newToken(hash, userID, psID string, expires time.Time) tether.Token {
	return tether.Token{
		Hash: hash, UserID: userID, PermissionSetID: psID, SourceIP: "192.0.2.7",
		CreatedAt: t0, ExpiresAt: expires,
	}
}

func userAssignment(u tether.User, ps tether.PermissionSet) tether.Assignment {
	return tether.Assignment{PrincipalType: tether.PrincipalUser, PrincipalID: u.ID, PermissionSetID: ps.ID, CreatedAt: t0}
}

func groupAssignment(g tether.Group, ps tether.PermissionSet) tether.Assignment {
	return tether.Assignment{PrincipalType: tether.PrincipalGroup, PrincipalID: g.ID, PermissionSetID: ps.ID, CreatedAt: t0}
}

// Helpers that create fixtures or fail the test.

func mustCreateUser(t *testing.T, s store.Store, names ...string) []tether.User {
	t.Helper()
	var us []tether.User
	for _, n := range names {
		u := newUser(n)
		must(t, s.CreateUser(t.Context(), u))
		us = append(us, u)
	}
	return us
}

func mustCreateGroup(t *testing.T, s store.Store, name string) tether.Group {
	t.Helper()
	g := newGroup(name)
	must(t, s.CreateGroup(t.Context(), g))
	return g
}

func mustCreatePermissionSet(t *testing.T, s store.Store, name string) tether.PermissionSet {
	t.Helper()
	ps := newPermissionSet(name)
	must(t, s.CreatePermissionSet(t.Context(), ps))
	return ps
}

func mustAddMember(t *testing.T, s store.Store, g tether.Group, u tether.User) {
	t.Helper()
	must(t, s.AddMembership(t.Context(), tether.Membership{GroupID: g.ID, UserID: u.ID, CreatedAt: t0}))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error: %v (code %q)", err, tether.ErrorCode(err))
	}
}

// wantCode checks err's code and, when given, that its message mentions want.
func wantCode(t *testing.T, err error, code string, mentions ...string) {
	t.Helper()
	if got := tether.ErrorCode(err); got != code {
		t.Fatalf("got error %v (code %q), want code %q", err, got, code)
	}
	for _, m := range mentions {
		if msg := tether.ErrorMessage(err); !strings.Contains(msg, m) {
			t.Errorf("error message %q does not mention %q", msg, m)
		}
	}
}

func wantEqual[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s:\n got  %+v\n want %+v", what, got, want)
	}
}

// names returns the names of records, for comparing list results.
func names[T any](items []T, name func(T) string) []string {
	out := []string{}
	for _, it := range items {
		out = append(out, name(it))
	}
	return out
}

func usernames(us []tether.User) []string {
	return names(us, func(u tether.User) string { return u.Username })
}

func groupNames(gs []tether.Group) []string {
	return names(gs, func(g tether.Group) string { return g.Name })
}

func listUsers(t *testing.T, s store.Store, f store.UserFilter) []string {
	t.Helper()
	us, err := s.ListUsers(t.Context(), f)
	must(t, err)
	if us == nil {
		t.Fatalf("ListUsers(%+v) returned nil, want a non-nil slice", f)
	}
	return usernames(us)
}

func listGroups(t *testing.T, s store.Store, f store.GroupFilter) []string {
	t.Helper()
	gs, err := s.ListGroups(t.Context(), f)
	must(t, err)
	if gs == nil {
		t.Fatalf("ListGroups(%+v) returned nil, want a non-nil slice", f)
	}
	return groupNames(gs)
}

func listMemberships(t *testing.T, s store.Store, f store.MembershipFilter) []tether.Membership {
	t.Helper()
	ms, err := s.ListMemberships(t.Context(), f)
	must(t, err)
	if ms == nil {
		t.Fatalf("ListMemberships(%+v) returned nil, want a non-nil slice", f)
	}
	return ms
}

func listAssignments(t *testing.T, s store.Store, f store.AssignmentFilter) []tether.Assignment {
	t.Helper()
	as, err := s.ListAssignments(t.Context(), f)
	must(t, err)
	if as == nil {
		t.Fatalf("ListAssignments(%+v) returned nil, want a non-nil slice", f)
	}
	return as
}

// MigrationFiles is how many migrations the backend package under test
// embeds (its migrations/*.sql): each is applied once.
func MigrationFiles(t *testing.T) int {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("migrations", "*.sql"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no migrations found: %v", err)
	}
	return len(names)
}
