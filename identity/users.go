package identity

import (
	"context"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// NewUser is what an administrator gives to create a user.
type NewUser struct {
	Username    string
	Email       string
	FirstName   string
	LastName    string
	DisplayName string
	Groups      []string
	Tags        map[string]string
	// Invite emails a link to set a password; OneTimePassword generates a
	// password to change at first sign-in. At most one.
	Invite, OneTimePassword bool
}

// CreatedUser is a new user with what was done about its password.
type CreatedUser struct {
	User            tether.User
	OneTimePassword string
	InvitationSent  bool
}

// CreateUserWithPassword creates a user and, as asked, invites it by email
// or gives it a one-time password. If that fails the user is not created,
// so the administrator can simply try again.
func (s *Service) CreateUserWithPassword(ctx context.Context, n NewUser) (CreatedUser, error) {
	if n.Invite && n.OneTimePassword {
		return CreatedUser{}, invalid("Invite", "choose either an emailed invitation or a one-time password, not both")
	}
	if n.Invite && s.Mail == nil {
		return CreatedUser{}, tether.Errorf(tether.EUNAVAILABLE, "email is not configured on this server, so no invitation can be sent; use a one-time password instead")
	}
	u, err := s.CreateUser(ctx, n)
	if err != nil {
		return CreatedUser{}, err
	}
	out := CreatedUser{User: u}
	switch {
	case n.Invite:
		err = s.Invite(ctx, u.Username)
		out.InvitationSent = err == nil
	case n.OneTimePassword:
		out.OneTimePassword, err = s.IssueOneTimePassword(ctx, u.Username)
	}
	if err != nil {
		_ = s.Store.DeleteUser(ctx, u.Username)
		return CreatedUser{}, err
	}
	if out.User, err = s.Store.User(ctx, u.Username); err != nil {
		return CreatedUser{}, err
	}
	return out, nil
}

func (n NewUser) validate() error {
	if err := ValidateUsername(n.Username); err != nil {
		return err
	}
	if err := ValidateEmail(n.Email); err != nil {
		return err
	}
	for field, v := range map[string]string{"FirstName": n.FirstName, "LastName": n.LastName, "DisplayName": n.DisplayName} {
		if err := validateText(field, v, MaxPersonNameLen); err != nil {
			return err
		}
	}
	return ValidateTags(n.Tags)
}

// CreateUser creates a user, invited until a password is set, and puts it in
// the given groups, all or nothing.
func (s *Service) CreateUser(ctx context.Context, n NewUser) (tether.User, error) {
	if err := n.validate(); err != nil {
		return tether.User{}, err
	}
	now := s.now()
	display := n.DisplayName
	if display == "" {
		display = joinNonEmpty(n.FirstName, n.LastName)
	}
	u := tether.User{
		ID: tether.NewUUID(), Username: n.Username, Email: n.Email,
		FirstName: n.FirstName, LastName: n.LastName, DisplayName: display,
		Status: tether.UserInvited, Tags: cloneTags(n.Tags), CreatedAt: now, UpdatedAt: now,
	}
	err := s.Store.Tx(ctx, func(tx store.Store) error {
		if err := tx.CreateUser(ctx, u); err != nil {
			return err
		}
		for _, name := range n.Groups {
			g, err := tx.Group(ctx, name)
			if err != nil {
				return err
			}
			if err := tx.AddMembership(ctx, tether.Membership{GroupID: g.ID, UserID: u.ID, CreatedAt: now}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return tether.User{}, err
	}
	return u, nil
}

// User returns one user.
func (s *Service) User(ctx context.Context, username string) (tether.User, error) {
	return s.Store.User(ctx, username)
}

// Users lists users, optionally the members of one group.
func (s *Service) Users(ctx context.Context, group string) ([]tether.User, error) {
	if group != "" {
		return s.Members(ctx, group)
	}
	return s.Store.ListUsers(ctx, store.UserFilter{})
}

// SetPassword sets a user's password (an administrator's reset, or the user's
// own change). An invited user becomes active.
func (s *Service) SetPassword(ctx context.Context, username, password string, mustChange bool) error {
	if err := CheckPassword(username, password); err != nil {
		return err
	}
	hash, err := HashPassword(password)
	if err != nil {
		return err
	}
	_, err = s.Store.UpdateUser(ctx, username, func(u *tether.User) error {
		u.PasswordHash = hash
		u.PasswordChangeRequired = mustChange
		if u.Status == tether.UserInvited {
			u.Status = tether.UserActive
		}
		u.UpdatedAt = s.now()
		return nil
	})
	return err
}

// SetUserStatus disables or re-enables a user. Disabling also signs the user
// out everywhere, since tokens are checked against the status on every use.
func (s *Service) SetUserStatus(ctx context.Context, username string, disabled bool) (tether.User, error) {
	return s.Store.UpdateUser(ctx, username, func(u *tether.User) error {
		switch {
		case disabled:
			u.Status = tether.UserDisabled
		case u.PasswordHash == "":
			u.Status = tether.UserInvited
		default:
			u.Status = tether.UserActive
		}
		u.UpdatedAt = s.now()
		return nil
	})
}

// TagUser adds or replaces principal tags and removes the keys in remove.
func (s *Service) TagUser(ctx context.Context, username string, set map[string]string, remove []string) (tether.User, error) {
	if err := ValidateTags(set); err != nil {
		return tether.User{}, err
	}
	return s.Store.UpdateUser(ctx, username, func(u *tether.User) error {
		tags, err := mergeTags(u.Tags, set, remove)
		u.Tags = tags
		u.UpdatedAt = s.now()
		return err
	})
}

// DeleteUser deletes a user with its memberships, assignments and sign-ins.
func (s *Service) DeleteUser(ctx context.Context, username string) error {
	return s.Store.DeleteUser(ctx, username)
}

// mergeTags applies set and remove to a copy of tags and checks the result.
func mergeTags(tags, set map[string]string, remove []string) (map[string]string, error) {
	out := cloneTags(tags)
	for k, v := range set {
		out[k] = v
	}
	for _, k := range remove {
		delete(out, k)
	}
	return out, ValidateTags(out)
}

func joinNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}
