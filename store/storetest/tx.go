package storetest

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// awkward are strings that a store which built SQL or markup by hand would
// mangle; each must come back byte for byte.
var awkward = []string{
	`'; DROP TABLE users;--`,
	`Robert'); DROP TABLE groups;--`,
	`<script>alert(1)</script>`,
	`"double" and 'single' quotes`,
	`back\slash \' \"`,
	`? $1 :name @p1 %s %_`,
	"Zoë Ångström 日本語 🙂",
	"tab\tnew\nline",
	" padded ",
}

func testLiteralStrings(t *testing.T, s store.Store) {
	ctx := t.Context()
	for i, str := range awkward {
		u := newUser(str)
		u.Email, u.DisplayName = str, str
		u.Tags = map[string]string{str: str, "k": str}
		must(t, s.CreateUser(ctx, u))
		got, err := s.User(ctx, str)
		must(t, err)
		wantEqual(t, "user "+str, got, u)

		g := newGroup(str)
		g.Description = str
		must(t, s.CreateGroup(ctx, g))
		gotG, err := s.Group(ctx, str)
		must(t, err)
		wantEqual(t, "group "+str, gotG, g)

		ps := newPermissionSet(str)
		ps.Description, ps.RelayState, ps.InlinePolicy = str, str, str
		ps.Tags = map[string]string{str: str}
		must(t, s.CreatePermissionSet(ctx, ps))
		gotPS, err := s.PermissionSet(ctx, str)
		must(t, err)
		wantEqual(t, "permission set "+str, gotPS, ps)

		must(t, s.AddMembership(ctx, tether.Membership{GroupID: g.ID, UserID: u.ID, CreatedAt: t0}))
		must(t, s.CreateAssignment(ctx, userAssignment(u, ps)))
		must(t, s.CreateToken(ctx, newToken(str, u.ID, ps.ID, t0)))
		tok, err := s.Token(ctx, str)
		must(t, err)
		wantEqual(t, "token hash", tok.Hash, str)

		must(t, s.PutSetting(ctx, str, []byte(str)))
		v, err := s.Setting(ctx, str)
		must(t, err)
		wantEqual(t, "setting "+str, string(v), str)

		users, err := s.ListUsers(ctx, store.UserFilter{GroupID: g.ID})
		must(t, err)
		wantEqual(t, "members of "+str, usernames(users), []string{str})
		if n := len(listUsers(t, s, store.UserFilter{})); n != i+1 {
			t.Fatalf("after %d users, ListUsers returns %d", i+1, n)
		}
	}
	// Every statement above went through as data: all tables are intact.
	if n := len(listGroups(t, s, store.GroupFilter{})); n != len(awkward) {
		t.Fatalf("ListGroups returns %d groups, want %d", n, len(awkward))
	}
	for _, str := range awkward {
		must(t, s.DeleteUser(ctx, str))
		must(t, s.DeleteGroup(ctx, str))
		must(t, s.DeletePermissionSet(ctx, str))
	}
}

func testTimes(t *testing.T, s store.Store) {
	ctx := t.Context()
	for i, in := range timeCases() {
		want := in.UTC().Truncate(time.Microsecond)
		u := newUser(fmt.Sprintf("user%d", i))
		u.CreatedAt, u.UpdatedAt = in, in.Add(time.Second)
		must(t, s.CreateUser(ctx, u))
		got, err := s.User(ctx, u.Username)
		must(t, err)
		checkTime(t, "User.CreatedAt", got.CreatedAt, want)
		checkTime(t, "User.UpdatedAt", got.UpdatedAt, want.Add(time.Second))

		ps := newPermissionSet(fmt.Sprintf("ps%d", i))
		ps.CreatedAt = in
		must(t, s.CreatePermissionSet(ctx, ps))
		tok := newToken(fmt.Sprintf("tok%d", i), u.ID, ps.ID, in)
		tok.CreatedAt, tok.MFAAuthenticatedAt = in, in
		must(t, s.CreateToken(ctx, tok))
		gotTok, err := s.Token(ctx, tok.Hash)
		must(t, err)
		checkTime(t, "Token.ExpiresAt", gotTok.ExpiresAt, want)
		checkTime(t, "Token.MFAAuthenticatedAt", gotTok.MFAAuthenticatedAt, want)
	}

	must(t, s.CreateAccount(ctx, tether.Account{ID: "1", Region: "r", CreatedAt: time.Time{}}))
	a, err := s.Account(ctx)
	must(t, err)
	checkTime(t, "zero Account.CreatedAt", a.CreatedAt, time.Time{})
}

func checkTime(t *testing.T, what string, got, want time.Time) {
	t.Helper()
	if !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("%s = %v (%v), want %v in UTC", what, got, got.Location(), want)
	}
}

func testDurations(t *testing.T, s store.Store) {
	ctx := t.Context()
	for i, d := range []time.Duration{0, time.Nanosecond, 1500 * time.Millisecond, 12 * time.Hour, 90*time.Minute + 7, 1<<63 - 1} {
		ps := newPermissionSet(fmt.Sprintf("ps%d", i))
		ps.SessionDuration = d
		must(t, s.CreatePermissionSet(ctx, ps))
		got, err := s.PermissionSetByID(ctx, ps.ID)
		must(t, err)
		if got.SessionDuration != d {
			t.Errorf("SessionDuration %v came back as %v", d, got.SessionDuration)
		}
	}
}

// testConcurrentUpdates has many writers each add one tag to the same user:
// a store that does not hold the record between read and write loses tags.
func testConcurrentUpdates(t *testing.T, s store.Store) {
	ctx := t.Context()
	mustCreateUser(t, s, "alice")
	mustCreatePermissionSet(t, s, "Admin")
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for i := range n {
		wg.Go(func() {
			_, err := s.UpdateUser(ctx, "alice", func(u *tether.User) error {
				u.Tags[fmt.Sprintf("tag%02d", i)] = "yes"
				return nil
			})
			errs <- err
		})
		wg.Go(func() {
			_, err := s.UpdatePermissionSet(ctx, "Admin", func(ps *tether.PermissionSet) error {
				ps.Tags[fmt.Sprintf("tag%02d", i)] = "yes"
				return nil
			})
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		must(t, err)
	}
	u, err := s.User(ctx, "alice")
	must(t, err)
	ps, err := s.PermissionSet(ctx, "Admin")
	must(t, err)
	for i := range n {
		k := fmt.Sprintf("tag%02d", i)
		if u.Tags[k] != "yes" {
			t.Errorf("user lost tag %s: %v", k, u.Tags)
		}
		if ps.Tags[k] != "yes" {
			t.Errorf("permission set lost tag %s: %v", k, ps.Tags)
		}
	}
}

// testConcurrentCreates races creates of one username: exactly one wins and
// the others see ECONFLICT, not some other failure.
func testConcurrentCreates(t *testing.T, s store.Store) {
	ctx := t.Context()
	const n = 10
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			u := newUser("alice")
			u.ID = fmt.Sprintf("u-%d", i)
			errs <- s.CreateUser(ctx, u)
		})
	}
	wg.Wait()
	close(errs)
	won := 0
	for err := range errs {
		if err == nil {
			won++
			continue
		}
		wantCode(t, err, tether.ECONFLICT)
	}
	if won != 1 {
		t.Fatalf("%d concurrent creates of one username succeeded, want 1", won)
	}
}

func testTxCommit(t *testing.T, s store.Store) {
	ctx := t.Context()
	err := s.Tx(ctx, func(tx store.Store) error {
		mustCreateGroup(t, tx, "ops")
		u := mustCreateUser(t, tx, "alice")[0]
		// The transaction sees its own writes...
		g, err := tx.Group(ctx, "ops")
		must(t, err)
		mustAddMember(t, tx, g, u)
		// ...and nobody else does yet.
		_, err = s.Group(ctx, "ops")
		wantCode(t, err, tether.ENOTFOUND)
		return nil
	})
	must(t, err)
	_, err = s.Group(ctx, "ops")
	must(t, err)
	_, err = s.User(ctx, "alice")
	must(t, err)
	wantEqual(t, "members", listUsers(t, s, store.UserFilter{GroupID: newGroup("ops").ID}), []string{"alice"})
}

func testTxRollback(t *testing.T, s store.Store) {
	ctx := t.Context()
	mustCreatePermissionSet(t, s, "Admin")
	boom := errors.New("boom")
	err := s.Tx(ctx, func(tx store.Store) error {
		mustCreateGroup(t, tx, "ops")
		mustCreateUser(t, tx, "alice")
		must(t, tx.PutSetting(ctx, "k", []byte("v")))
		must(t, tx.DeletePermissionSet(ctx, "Admin"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Tx returned %v, want fn's error", err)
	}
	_, err = s.Group(ctx, "ops")
	wantCode(t, err, tether.ENOTFOUND)
	_, err = s.User(ctx, "alice")
	wantCode(t, err, tether.ENOTFOUND)
	_, err = s.Setting(ctx, "k")
	wantCode(t, err, tether.ENOTFOUND)
	_, err = s.PermissionSet(ctx, "Admin")
	must(t, err)

	// A failed statement inside fn, returned by fn, rolls everything back too.
	err = s.Tx(ctx, func(tx store.Store) error {
		mustCreateGroup(t, tx, "dev")
		return tx.CreatePermissionSet(ctx, newPermissionSet("Admin"))
	})
	wantCode(t, err, tether.ECONFLICT)
	_, err = s.Group(ctx, "dev")
	wantCode(t, err, tether.ENOTFOUND)
}

func testTxPanic(t *testing.T, s store.Store) {
	ctx := t.Context()
	func() {
		defer func() {
			if p := recover(); p != "boom" {
				t.Fatalf("recovered %v, want the panic from fn", p)
			}
		}()
		_ = s.Tx(ctx, func(tx store.Store) error {
			mustCreateGroup(t, tx, "ops")
			mustCreateUser(t, tx, "alice")
			panic("boom")
		})
		t.Fatal("Tx returned after fn panicked")
	}()
	_, err := s.Group(ctx, "ops")
	wantCode(t, err, tether.ENOTFOUND)
	_, err = s.User(ctx, "alice")
	wantCode(t, err, tether.ENOTFOUND)
	// The store is still usable: the transaction's connection was released.
	mustCreateGroup(t, s, "ops")
}

func testTxNested(t *testing.T, s store.Store) {
	ctx := t.Context()
	boom := errors.New("boom")
	err := s.Tx(ctx, func(tx store.Store) error {
		mustCreateGroup(t, tx, "outer")
		must(t, tx.Tx(ctx, func(inner store.Store) error {
			mustCreateGroup(t, inner, "inner")
			// The inner Store is in the same transaction: it sees the outer write.
			_, err := inner.Group(ctx, "outer")
			return err
		}))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Tx returned %v, want fn's error", err)
	}
	wantEqual(t, "groups after rollback", listGroups(t, s, store.GroupFilter{}), []string{})

	must(t, s.Tx(ctx, func(tx store.Store) error {
		return tx.Tx(ctx, func(inner store.Store) error {
			mustCreateGroup(t, inner, "inner")
			return nil
		})
	}))
	wantEqual(t, "groups after commit", listGroups(t, s, store.GroupFilter{}), []string{"inner"})
}

// testTxUpdateInCallerTx checks that Update, Delete and the other methods
// that need a transaction join the caller's instead of committing their own.
func testTxUpdateInCallerTx(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := mustCreateUser(t, s, "alice")[0]
	g := mustCreateGroup(t, s, "ops")
	ps := mustCreatePermissionSet(t, s, "Admin")
	boom := errors.New("boom")
	err := s.Tx(ctx, func(tx store.Store) error {
		_, err := tx.UpdateUser(ctx, "alice", func(u *tether.User) error { u.Email = "changed"; return nil })
		must(t, err)
		_, err = tx.UpdateGroup(ctx, "ops", func(g *tether.Group) error { g.Description = "changed"; return nil })
		must(t, err)
		must(t, tx.AddMembership(ctx, tether.Membership{GroupID: g.ID, UserID: u.ID, CreatedAt: t0}))
		must(t, tx.CreateAssignment(ctx, userAssignment(u, ps)))
		must(t, tx.CreateToken(ctx, newToken("h", u.ID, ps.ID, t0)))
		must(t, tx.DeleteUser(ctx, "alice"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Tx returned %v, want fn's error", err)
	}
	got, err := s.User(ctx, "alice")
	must(t, err)
	wantEqual(t, "user", got, u)
	gotG, err := s.Group(ctx, "ops")
	must(t, err)
	wantEqual(t, "group", gotG, g)
	wantEqual(t, "memberships", listMemberships(t, s, store.MembershipFilter{}), []tether.Membership{})
	wantEqual(t, "assignments", listAssignments(t, s, store.AssignmentFilter{}), []tether.Assignment{})
	_, err = s.Token(ctx, "h")
	wantCode(t, err, tether.ENOTFOUND)
}

// timeCases are instants that stress time round trips: other zones,
// nanoseconds (dropped to microseconds), the epoch, far future, and a
// reading with a monotonic clock.
func timeCases() []time.Time {
	ist := time.FixedZone("IST", 5*3600+30*60)
	return []time.Time{
		time.Date(2024, 3, 1, 12, 30, 45, 123456789, ist),
		time.Date(1970, 1, 1, 0, 0, 0, 1000, time.UTC),
		time.Date(2999, 12, 31, 23, 59, 59, 999999000, time.UTC),
		time.Date(2024, 6, 30, 23, 59, 59, 0, time.FixedZone("PDT", -7*3600)),
		time.Now(),
	}
}
