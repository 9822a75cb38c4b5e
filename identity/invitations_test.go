package identity_test

import (
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
)

// invited creates a user who has not set a password yet.
func (e *env) invited(name string) tether.User {
	e.t.Helper()
	u, err := e.svc.CreateUser(e.ctx, identity.NewUser{Username: name, Email: name + "@example.com", DisplayName: "Invited " + name})
	if err != nil {
		e.t.Fatalf("CreateUser(%s): %v", name, err)
	}
	if err := e.svc.CreateAssignment(e.ctx, identity.AssignmentKey{
		PrincipalType: tether.PrincipalUser, PrincipalName: name, PermissionSet: identity.AdministratorAccess,
	}); err != nil {
		e.t.Fatalf("CreateAssignment(%s): %v", name, err)
	}
	return u
}

// TestInvitation: the emailed link sets a password once.
func TestInvitation(t *testing.T) {
	t.Parallel()
	e := newEnv(t, lockoutSettings(0))
	e.invited("bella")

	// An invited user cannot sign in yet.
	_, err := e.signIn(req("bella"))
	wantErr(t, err, tether.EUNAUTHORIZED, "invalid username or password")

	if err := e.svc.Invite(e.ctx, "bella"); err != nil {
		t.Fatalf("Invite: %v", err)
	}
	token := e.invitationToken("bella@example.com")

	u, ticket, err := e.svc.Invitation(e.ctx, token)
	if err != nil {
		t.Fatalf("Invitation: %v", err)
	}
	if u.Username != "bella" || u.Email != "bella@example.com" || u.Status != tether.UserInvited {
		t.Errorf("Invitation describes %+v", u)
	}
	if want := e.clock.Now().Add(7 * 24 * time.Hour); !ticket.ExpiresAt.Equal(want) {
		t.Errorf("invitation expires at %v, want %v", ticket.ExpiresAt, want)
	}

	// A weak password is refused and the link still works.
	_, err = e.svc.AcceptInvitation(e.ctx, token, "short")
	wantErr(t, err, tether.EINVALID, "Password", "at least 10 characters")
	_, err = e.svc.AcceptInvitation(e.ctx, token, "bella-Sunflower-88")
	wantErr(t, err, tether.EINVALID, "must not contain the username")
	if _, _, err := e.svc.Invitation(e.ctx, token); err != nil {
		t.Fatalf("Invitation after a refused password: %v", err)
	}

	u, err = e.svc.AcceptInvitation(e.ctx, token, userPassword)
	if err != nil {
		t.Fatalf("AcceptInvitation: %v", err)
	}
	if u.Status != tether.UserActive || e.user("bella").Status != tether.UserActive {
		t.Errorf("after accepting, status = %s (stored %s), want active", u.Status, e.user("bella").Status)
	}
	out, err := e.signIn(req("bella"))
	wantSignedIn(t, out, err)

	// The link is used up.
	_, err = e.svc.AcceptInvitation(e.ctx, token, "Another-Fine-Pass-42")
	wantErr(t, err, tether.EUNAUTHORIZED, "invitation")
	_, _, err = e.svc.Invitation(e.ctx, token)
	wantErr(t, err, tether.EUNAUTHORIZED, "invitation")
	out, err = e.signIn(req("bella"))
	wantSignedIn(t, out, err)

	// An active user is not invited again.
	wantErr(t, e.svc.Invite(e.ctx, "bella"), tether.ECONFLICT, "already set a password")
	wantErr(t, e.svc.Invite(e.ctx, "nobody"), tether.ENOTFOUND)

	if evs := e.eventsNamed(identity.EventInvitationSent); len(evs) != 1 || evs[0].UserName != "bella" {
		t.Errorf("InvitationSent events = %+v", evs)
	}
	if evs := e.eventsNamed(identity.EventInvitationAccepted); len(evs) != 1 || evs[0].UserName != "bella" {
		t.Errorf("InvitationAccepted events = %+v", evs)
	}
}

// TestInvitationReplacedAndExpired: a new invitation replaces the old link;
// a link works for 7 days.
func TestInvitationReplacedAndExpired(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	e.invited("cleo")
	if err := e.svc.Invite(e.ctx, "cleo"); err != nil {
		t.Fatalf("Invite: %v", err)
	}
	first := e.invitationToken("cleo@example.com")
	e.clock.Advance(time.Hour)
	if err := e.svc.Invite(e.ctx, "cleo"); err != nil {
		t.Fatalf("second Invite: %v", err)
	}
	second := e.invitationToken("cleo@example.com")
	if first == second {
		t.Fatalf("the second invitation reuses the first link")
	}
	_, _, err := e.svc.Invitation(e.ctx, first)
	wantErr(t, err, tether.EUNAUTHORIZED, "not valid")
	_, err = e.svc.AcceptInvitation(e.ctx, first, userPassword)
	wantErr(t, err, tether.EUNAUTHORIZED)

	e.clock.Advance(7*24*time.Hour - time.Second)
	if _, _, err := e.svc.Invitation(e.ctx, second); err != nil {
		t.Fatalf("Invitation one second before expiry: %v", err)
	}
	e.clock.Advance(time.Second)
	_, _, err = e.svc.Invitation(e.ctx, second)
	wantErr(t, err, tether.EUNAUTHORIZED, "expired", "ask an administrator")
	_, err = e.svc.AcceptInvitation(e.ctx, second, userPassword)
	wantErr(t, err, tether.EUNAUTHORIZED, "expired")
	if u := e.user("cleo"); u.Status != tether.UserInvited || u.PasswordHash != "" {
		t.Errorf("an expired link changed the user: %+v", u)
	}
}

// TestInvitationAcceptedOnce: two concurrent acceptances of one link,
// exactly one wins.
func TestInvitationAcceptedOnce(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	e.invited("dora")
	if err := e.svc.Invite(e.ctx, "dora"); err != nil {
		t.Fatalf("Invite: %v", err)
	}
	token := e.invitationToken("dora@example.com")
	passwords := []string{"First-Racer-Password-1", "Second-Racer-Password-2"}
	errs := make([]error, len(passwords))
	var wg sync.WaitGroup
	for i, pw := range passwords {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = e.svc.AcceptInvitation(e.ctx, token, pw)
		}()
	}
	wg.Wait()
	won := -1
	for i, err := range errs {
		switch {
		case err == nil && won < 0:
			won = i
		case err == nil:
			t.Fatalf("both acceptances succeeded")
		default:
			wantErr(t, err, tether.EUNAUTHORIZED)
		}
	}
	if won < 0 {
		t.Fatalf("no acceptance succeeded: %v", errs)
	}
	if !identity.VerifyPassword(e.user("dora").PasswordHash, passwords[won]) {
		t.Errorf("the stored password is not the winner's")
	}
}

// TestInvitationAfterActivation: once a user is active some other way (an
// administrator's one-time password), an outstanding invitation link must
// not be able to reset the password.
func TestInvitationAfterActivation(t *testing.T) {
	t.Parallel()
	e := newEnv(t, lockoutSettings(0))
	e.invited("elsa")
	if err := e.svc.Invite(e.ctx, "elsa"); err != nil {
		t.Fatalf("Invite: %v", err)
	}
	token := e.invitationToken("elsa@example.com")
	if err := e.svc.SetPassword(e.ctx, "elsa", userPassword, false); err != nil {
		t.Fatalf("SetPassword: %v", err)
	}
	_, err := e.svc.AcceptInvitation(e.ctx, token, "Hijacked-Password-99")
	wantErr(t, err, tether.ECONFLICT, "already set a password")
	out, err := e.signIn(req("elsa"))
	wantSignedIn(t, out, err)
	r := req("elsa")
	r.Password = "Hijacked-Password-99"
	_, err = e.signIn(r)
	wantErr(t, err, tether.EUNAUTHORIZED, "invalid username or password")
}

// TestInviteWithoutMail: no mail server, no invitations.
func TestInviteWithoutMail(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	e.svc.Mail = nil
	e.invited("fern")
	wantErr(t, e.svc.Invite(e.ctx, "fern"), tether.EUNAVAILABLE, "email is not configured")
	if n := len(e.smtp.Messages()); n != 0 {
		t.Errorf("%d messages sent without a mailer", n)
	}
}
