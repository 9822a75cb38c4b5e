package identity

import (
	"context"
	"net/url"
	"strings"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/mail"
	"github.com/tetherhq/tether/store"
)

// InvitationTTL is how long an invitation link works.
const InvitationTTL = 7 * 24 * time.Hour

// AcceptPath is the console page an invitation link opens.
const AcceptPath = "/console/accept"

type invitationData struct {
	Email string `json:"Email"`
}

// Invite emails an invited user a single-use link to set a password,
// replacing any earlier invitation of that user.
func (s *Service) Invite(ctx context.Context, username string) error {
	if s.Mail == nil {
		return tether.Errorf(tether.EUNAVAILABLE, "email is not configured on this server, so no invitation can be sent; use a one-time password instead")
	}
	user, err := s.Store.User(ctx, username)
	if err != nil {
		return err
	}
	if user.Status != tether.UserInvited {
		return tether.Errorf(tether.ECONFLICT, "user %s has already set a password (status %s); invitations are for invited users", username, user.Status)
	}
	var secret string
	var t tether.Ticket
	err = s.Store.Tx(ctx, func(tx store.Store) error {
		old, err := tx.ListTickets(ctx, store.TicketFilter{UserID: user.ID, Kind: tether.TicketInvitation})
		if err != nil {
			return err
		}
		for _, o := range old {
			if err := tx.DeleteTicket(ctx, o.Hash); err != nil {
				return err
			}
		}
		secret, t, err = s.issueTicket(ctx, tx, tether.TicketInvitation, user.ID, invitationData{Email: user.Email}, InvitationTTL)
		return err
	})
	if err != nil {
		return err
	}
	link := strings.TrimRight(s.PublicURL, "/") + AcceptPath + "?token=" + url.QueryEscape(secret)
	msg := mail.Invitation(user.Email, mail.InvitationData{
		Username: user.Username, DisplayName: user.DisplayName, Link: link, ExpiresAt: t.ExpiresAt,
	})
	if err := s.Mail.Send(ctx, msg); err != nil {
		_ = s.Store.DeleteTicket(ctx, t.Hash)
		return tether.Errorf(tether.EUNAVAILABLE, "could not send the invitation to %s: %v", user.Email, err)
	}
	s.emit(ctx, Event{Name: EventInvitationSent, UserName: user.Username, Detail: user.Email})
	return nil
}

// Invitation describes the invitation named by a link's token.
func (s *Service) Invitation(ctx context.Context, secret string) (tether.User, tether.Ticket, error) {
	t, err := s.ticket(ctx, secret, tether.TicketInvitation, "invitation", "ask an administrator to send a new one")
	if err != nil {
		return tether.User{}, t, err
	}
	user, err := s.Store.UserByID(ctx, t.UserID)
	if err != nil {
		return user, t, tether.Errorf(tether.EUNAUTHORIZED, "this invitation's user no longer exists")
	}
	return user, t, nil
}

// AcceptInvitation sets the invited user's password, activating the user,
// and uses up the link.
func (s *Service) AcceptInvitation(ctx context.Context, secret, password string) (tether.User, error) {
	user, t, err := s.Invitation(ctx, secret)
	if err != nil {
		return user, err
	}
	if err := CheckPassword(user.Username, password); err != nil {
		return user, err
	}
	hash, err := HashPassword(password)
	if err != nil {
		return user, err
	}
	err = s.Store.Tx(ctx, func(tx store.Store) error {
		if err := consume(ctx, tx, t, "invitation", "ask an administrator to send a new one"); err != nil {
			return err
		}
		user, err = tx.UpdateUser(ctx, user.Username, func(u *tether.User) error {
			if u.Status == tether.UserDisabled {
				return tether.Errorf(tether.EFORBIDDEN, "user %s is disabled; ask an administrator", u.Username)
			}
			if u.Status != tether.UserInvited { // activated since (e.g. a one-time password): the link must not reset it
				return tether.Errorf(tether.ECONFLICT, "user %s has already set a password; this invitation no longer applies", u.Username)
			}
			u.PasswordHash, u.PasswordChangeRequired, u.Status, u.UpdatedAt = hash, false, tether.UserActive, s.now()
			return nil
		})
		return err
	})
	if err == nil {
		s.emit(ctx, Event{Name: EventInvitationAccepted, UserName: user.Username})
	}
	return user, err
}

// IssueOneTimePassword gives a user a generated password, shown once to the
// administrator, which the user must change at first sign-in.
func (s *Service) IssueOneTimePassword(ctx context.Context, username string) (string, error) {
	password := GeneratePassword()
	return password, s.SetPassword(ctx, username, password, true)
}

// ChangePassword changes a signed-in user's own password after checking
// the current one; other sign-ins of the user stay valid.
func (s *Service) ChangePassword(ctx context.Context, user tether.User, sourceIP, old, new string) error {
	if err := s.checkAttempt(ctx, user.Username, sourceIP); err != nil {
		return err
	}
	if !VerifyPassword(user.PasswordHash, old) {
		return s.failed(ctx, user.Username, sourceIP,
			tether.Errorf(tether.EUNAUTHORIZED, "the current password is not correct"))
	}
	if old == new {
		return invalid("NewPassword", "must differ from the current password")
	}
	return s.SetPassword(ctx, user.Username, new, false)
}
