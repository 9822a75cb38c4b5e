package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// Users

const userCols = `id, username, email, first_name, last_name, display_name, status,
	tags, password_hash, password_change_required, created_at, updated_at`

func scanUser(sc scanner) (tether.User, error) {
	var u tether.User
	err := sc.Scan(&u.ID, &u.Username, &u.Email, &u.FirstName, &u.LastName, &u.DisplayName, &u.Status,
		tagsCol{&u.Tags}, &u.PasswordHash, &u.PasswordChangeRequired, timeCol{&u.CreatedAt}, timeCol{&u.UpdatedAt})
	return u, err
}

func (s *Store) CreateUser(ctx context.Context, u tether.User) error {
	_, err := s.exec(ctx, `INSERT INTO users (`+userCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		u.ID, u.Username, u.Email, u.FirstName, u.LastName, u.DisplayName, string(u.Status),
		tagsJSON(u.Tags), u.PasswordHash, u.PasswordChangeRequired, s.ts(u.CreatedAt), s.ts(u.UpdatedAt))
	if err != nil && s.d.IsUniqueViolation(err) {
		return tether.Errorf(tether.ECONFLICT, "user %q already exists", u.Username)
	}
	return s.fail(err, "could not create user %q", u.Username)
}

func (s *Store) User(ctx context.Context, username string) (tether.User, error) {
	return s.getUser(ctx, "username = ?", username, false, fmt.Sprintf("user %q", username))
}

func (s *Store) UserByID(ctx context.Context, id string) (tether.User, error) {
	return s.getUser(ctx, "id = ?", id, false, fmt.Sprintf("user with ID %q", id))
}

// getUser reads one user; lock holds it for the rest of the transaction.
func (s *Store) getUser(ctx context.Context, cond string, arg any, lock bool, name string) (tether.User, error) {
	q := `SELECT ` + userCols + ` FROM users WHERE ` + cond
	if lock {
		q += s.forUpdate()
	}
	u, err := scanUser(s.queryRow(ctx, q, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return u, tether.Errorf(tether.ENOTFOUND, "%s not found", name)
	}
	return u, s.fail(err, "could not read %s", name)
}

func (s *Store) UpdateUser(ctx context.Context, username string, fn func(*tether.User) error) (tether.User, error) {
	var out tether.User
	err := s.inTx(ctx, func(tx *Store) error {
		u, err := tx.getUser(ctx, "username = ?", username, true, fmt.Sprintf("user %q", username))
		if err != nil {
			return err
		}
		id := u.ID
		if err := fn(&u); err != nil {
			return err
		}
		if u.ID != id || u.Username != username {
			return tether.Errorf(tether.EINVALID, "the ID and username of user %q cannot change", username)
		}
		_, err = tx.exec(ctx, `UPDATE users SET email = ?, first_name = ?, last_name = ?, display_name = ?,
			status = ?, tags = ?, password_hash = ?, password_change_required = ?, created_at = ?, updated_at = ?
			WHERE id = ?`,
			u.Email, u.FirstName, u.LastName, u.DisplayName, string(u.Status), tagsJSON(u.Tags),
			u.PasswordHash, u.PasswordChangeRequired, tx.ts(u.CreatedAt), tx.ts(u.UpdatedAt), id)
		if err != nil {
			return tx.fail(err, "could not update user %q", username)
		}
		out, err = tx.getUser(ctx, "id = ?", id, false, fmt.Sprintf("user %q", username))
		return err
	})
	if err != nil {
		return tether.User{}, err
	}
	return out, nil
}

// DeleteUser locks the user first so that a concurrent CreateAssignment,
// which locks the principal too, either finishes before the assignments are
// swept or finds the user gone. Memberships, tokens and MFA devices go by ON
// DELETE CASCADE; tickets, which have no foreign key, are deleted here.
func (s *Store) DeleteUser(ctx context.Context, username string) error {
	return s.inTx(ctx, func(tx *Store) error {
		u, err := tx.getUser(ctx, "username = ?", username, true, fmt.Sprintf("user %q", username))
		if err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `DELETE FROM assignments WHERE principal_type = ? AND principal_id = ?`,
			string(tether.PrincipalUser), u.ID); err != nil {
			return tx.fail(err, "could not delete the assignments of user %q", username)
		}
		if _, err := tx.exec(ctx, `DELETE FROM tickets WHERE user_id = ?`, u.ID); err != nil {
			return tx.fail(err, "could not delete the tickets of user %q", username)
		}
		_, err = tx.exec(ctx, `DELETE FROM users WHERE id = ?`, u.ID)
		return tx.fail(err, "could not delete user %q", username)
	})
}

// ListUsers returns users ordered by username.
func (s *Store) ListUsers(ctx context.Context, f store.UserFilter) ([]tether.User, error) {
	var w where
	if f.Status != "" {
		w.add("status = ?", string(f.Status))
	}
	if f.GroupID != "" {
		w.add("id IN (SELECT user_id FROM memberships WHERE group_id = ?)", f.GroupID)
	}
	return list(ctx, s, scanUser, "users",
		`SELECT `+userCols+` FROM users`+w.String()+` ORDER BY username`, w.args...)
}

// Groups

const groupCols = `id, name, description, created_at, updated_at`

func scanGroup(sc scanner) (tether.Group, error) {
	var g tether.Group
	err := sc.Scan(&g.ID, &g.Name, &g.Description, timeCol{&g.CreatedAt}, timeCol{&g.UpdatedAt})
	return g, err
}

func (s *Store) CreateGroup(ctx context.Context, g tether.Group) error {
	_, err := s.exec(ctx, `INSERT INTO groups (`+groupCols+`) VALUES (?, ?, ?, ?, ?)`,
		g.ID, g.Name, g.Description, s.ts(g.CreatedAt), s.ts(g.UpdatedAt))
	if err != nil && s.d.IsUniqueViolation(err) {
		return tether.Errorf(tether.ECONFLICT, "group %q already exists", g.Name)
	}
	return s.fail(err, "could not create group %q", g.Name)
}

func (s *Store) Group(ctx context.Context, name string) (tether.Group, error) {
	return s.getGroup(ctx, "name = ?", name, false, fmt.Sprintf("group %q", name))
}

func (s *Store) GroupByID(ctx context.Context, id string) (tether.Group, error) {
	return s.getGroup(ctx, "id = ?", id, false, fmt.Sprintf("group with ID %q", id))
}

func (s *Store) getGroup(ctx context.Context, cond string, arg any, lock bool, name string) (tether.Group, error) {
	q := `SELECT ` + groupCols + ` FROM groups WHERE ` + cond
	if lock {
		q += s.forUpdate()
	}
	g, err := scanGroup(s.queryRow(ctx, q, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return g, tether.Errorf(tether.ENOTFOUND, "%s not found", name)
	}
	return g, s.fail(err, "could not read %s", name)
}

func (s *Store) UpdateGroup(ctx context.Context, name string, fn func(*tether.Group) error) (tether.Group, error) {
	var out tether.Group
	err := s.inTx(ctx, func(tx *Store) error {
		g, err := tx.getGroup(ctx, "name = ?", name, true, fmt.Sprintf("group %q", name))
		if err != nil {
			return err
		}
		id := g.ID
		if err := fn(&g); err != nil {
			return err
		}
		if g.ID != id || g.Name != name {
			return tether.Errorf(tether.EINVALID, "the ID and name of group %q cannot change", name)
		}
		_, err = tx.exec(ctx, `UPDATE groups SET description = ?, created_at = ?, updated_at = ? WHERE id = ?`,
			g.Description, tx.ts(g.CreatedAt), tx.ts(g.UpdatedAt), id)
		if err != nil {
			return tx.fail(err, "could not update group %q", name)
		}
		out, err = tx.getGroup(ctx, "id = ?", id, false, fmt.Sprintf("group %q", name))
		return err
	})
	if err != nil {
		return tether.Group{}, err
	}
	return out, nil
}

// DeleteGroup locks the group for the same reason DeleteUser locks the user.
func (s *Store) DeleteGroup(ctx context.Context, name string) error {
	return s.inTx(ctx, func(tx *Store) error {
		g, err := tx.getGroup(ctx, "name = ?", name, true, fmt.Sprintf("group %q", name))
		if err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `DELETE FROM assignments WHERE principal_type = ? AND principal_id = ?`,
			string(tether.PrincipalGroup), g.ID); err != nil {
			return tx.fail(err, "could not delete the assignments of group %q", name)
		}
		_, err = tx.exec(ctx, `DELETE FROM groups WHERE id = ?`, g.ID)
		return tx.fail(err, "could not delete group %q", name)
	})
}

// ListGroups returns groups ordered by name.
func (s *Store) ListGroups(ctx context.Context, f store.GroupFilter) ([]tether.Group, error) {
	var w where
	if f.MemberID != "" {
		w.add("id IN (SELECT group_id FROM memberships WHERE user_id = ?)", f.MemberID)
	}
	return list(ctx, s, scanGroup, "groups",
		`SELECT `+groupCols+` FROM groups`+w.String()+` ORDER BY name`, w.args...)
}

// Memberships

// AddMembership looks the group and user up first so that a missing one is
// named in the error; the foreign keys still catch a concurrent delete.
func (s *Store) AddMembership(ctx context.Context, m tether.Membership) error {
	return s.inTx(ctx, func(tx *Store) error {
		g, err := tx.GroupByID(ctx, m.GroupID)
		if err != nil {
			return err
		}
		u, err := tx.UserByID(ctx, m.UserID)
		if err != nil {
			return err
		}
		_, err = tx.exec(ctx, `INSERT INTO memberships (group_id, user_id, created_at) VALUES (?, ?, ?)`,
			m.GroupID, m.UserID, tx.ts(m.CreatedAt))
		switch {
		case err == nil:
			return nil
		case tx.d.IsUniqueViolation(err):
			return tether.Errorf(tether.ECONFLICT, "user %q is already a member of group %q", u.Username, g.Name)
		case tx.d.IsForeignKeyViolation(err):
			return tether.Errorf(tether.ENOTFOUND, "group %q or user %q not found", g.Name, u.Username)
		}
		return tx.fail(err, "could not add user %q to group %q", u.Username, g.Name)
	})
}

func (s *Store) RemoveMembership(ctx context.Context, groupID, userID string) error {
	res, err := s.exec(ctx, `DELETE FROM memberships WHERE group_id = ? AND user_id = ?`, groupID, userID)
	if err != nil {
		return s.fail(err, "could not remove user with ID %q from group with ID %q", userID, groupID)
	}
	return s.affected(res, "user with ID %q is not a member of group with ID %q", userID, groupID)
}

func scanMembership(sc scanner) (tether.Membership, error) {
	var m tether.Membership
	err := sc.Scan(&m.GroupID, &m.UserID, timeCol{&m.CreatedAt})
	return m, err
}

// ListMemberships returns memberships ordered by group ID, then user ID.
func (s *Store) ListMemberships(ctx context.Context, f store.MembershipFilter) ([]tether.Membership, error) {
	var w where
	if f.GroupID != "" {
		w.add("group_id = ?", f.GroupID)
	}
	if f.UserID != "" {
		w.add("user_id = ?", f.UserID)
	}
	return list(ctx, s, scanMembership, "memberships",
		`SELECT group_id, user_id, created_at FROM memberships`+w.String()+` ORDER BY group_id, user_id`, w.args...)
}
