package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// Account

func (s *Store) Account(ctx context.Context) (tether.Account, error) {
	var a tether.Account
	err := s.queryRow(ctx, `SELECT id, region, created_at FROM account`).
		Scan(&a.ID, &a.Region, timeCol{&a.CreatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return a, tether.Errorf(tether.ENOTFOUND, "account not found")
	}
	return a, s.fail(err, "could not read the account")
}

// CreateAccount relies on the table's singleton column, which every row sets
// to 1 and which is unique, so a second account is a unique violation.
func (s *Store) CreateAccount(ctx context.Context, a tether.Account) error {
	_, err := s.exec(ctx, `INSERT INTO account (id, region, created_at) VALUES (?, ?, ?)`,
		a.ID, a.Region, s.ts(a.CreatedAt))
	if err != nil && s.d.IsUniqueViolation(err) {
		return tether.Errorf(tether.ECONFLICT, "account already exists")
	}
	return s.fail(err, "could not create account %q", a.ID)
}

// Settings

func (s *Store) Setting(ctx context.Context, key string) ([]byte, error) {
	var v []byte
	err := s.queryRow(ctx, `SELECT value FROM settings WHERE name = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, tether.Errorf(tether.ENOTFOUND, "setting %q not found", key)
	}
	if err != nil {
		return nil, s.fail(err, "could not read setting %q", key)
	}
	if v == nil {
		v = []byte{}
	}
	return v, nil
}

func (s *Store) PutSetting(ctx context.Context, key string, value []byte) error {
	if value == nil {
		value = []byte{} // the column is NOT NULL; nil means empty
	}
	_, err := s.exec(ctx, `INSERT INTO settings (name, value) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value`, key, value)
	return s.fail(err, "could not store setting %q", key)
}

func (s *Store) DeleteSetting(ctx context.Context, key string) error {
	_, err := s.exec(ctx, `DELETE FROM settings WHERE name = ?`, key)
	return s.fail(err, "could not delete setting %q", key)
}

// Permission sets

const permissionSetCols = `id, name, description, session_duration_ns, relay_state, inline_policy,
	tags, created_at, updated_at`

func scanPermissionSet(sc scanner) (tether.PermissionSet, error) {
	var ps tether.PermissionSet
	var ns int64
	err := sc.Scan(&ps.ID, &ps.Name, &ps.Description, &ns, &ps.RelayState, &ps.InlinePolicy,
		tagsCol{&ps.Tags}, timeCol{&ps.CreatedAt}, timeCol{&ps.UpdatedAt})
	ps.SessionDuration = time.Duration(ns)
	return ps, err
}

func (s *Store) CreatePermissionSet(ctx context.Context, ps tether.PermissionSet) error {
	_, err := s.exec(ctx, `INSERT INTO permission_sets (`+permissionSetCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		ps.ID, ps.Name, ps.Description, int64(ps.SessionDuration), ps.RelayState, ps.InlinePolicy,
		tagsJSON(ps.Tags), s.ts(ps.CreatedAt), s.ts(ps.UpdatedAt))
	if err != nil && s.d.IsUniqueViolation(err) {
		return tether.Errorf(tether.ECONFLICT, "permission set %q already exists", ps.Name)
	}
	return s.fail(err, "could not create permission set %q", ps.Name)
}

func (s *Store) PermissionSet(ctx context.Context, name string) (tether.PermissionSet, error) {
	return s.getPermissionSet(ctx, "name = ?", name, false, fmt.Sprintf("permission set %q", name))
}

func (s *Store) PermissionSetByID(ctx context.Context, id string) (tether.PermissionSet, error) {
	return s.getPermissionSet(ctx, "id = ?", id, false, fmt.Sprintf("permission set with ID %q", id))
}

func (s *Store) getPermissionSet(ctx context.Context, cond string, arg any, lock bool, name string) (tether.PermissionSet, error) {
	q := `SELECT ` + permissionSetCols + ` FROM permission_sets WHERE ` + cond
	if lock {
		q += s.forUpdate()
	}
	ps, err := scanPermissionSet(s.queryRow(ctx, q, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return ps, tether.Errorf(tether.ENOTFOUND, "%s not found", name)
	}
	return ps, s.fail(err, "could not read %s", name)
}

func (s *Store) UpdatePermissionSet(ctx context.Context, name string, fn func(*tether.PermissionSet) error) (tether.PermissionSet, error) {
	var out tether.PermissionSet
	err := s.inTx(ctx, func(tx *Store) error {
		what := fmt.Sprintf("permission set %q", name)
		ps, err := tx.getPermissionSet(ctx, "name = ?", name, true, what)
		if err != nil {
			return err
		}
		id := ps.ID
		if err := fn(&ps); err != nil {
			return err
		}
		if ps.ID != id || ps.Name != name {
			return tether.Errorf(tether.EINVALID, "the ID and name of permission set %q cannot change", name)
		}
		_, err = tx.exec(ctx, `UPDATE permission_sets SET description = ?, session_duration_ns = ?, relay_state = ?,
			inline_policy = ?, tags = ?, created_at = ?, updated_at = ? WHERE id = ?`,
			ps.Description, int64(ps.SessionDuration), ps.RelayState, ps.InlinePolicy, tagsJSON(ps.Tags),
			tx.ts(ps.CreatedAt), tx.ts(ps.UpdatedAt), id)
		if err != nil {
			return tx.fail(err, "could not update %s", what)
		}
		out, err = tx.getPermissionSet(ctx, "id = ?", id, false, what)
		return err
	})
	if err != nil {
		return tether.PermissionSet{}, err
	}
	return out, nil
}

// DeletePermissionSet leaves its assignments and tokens to ON DELETE CASCADE.
func (s *Store) DeletePermissionSet(ctx context.Context, name string) error {
	res, err := s.exec(ctx, `DELETE FROM permission_sets WHERE name = ?`, name)
	if err != nil {
		return s.fail(err, "could not delete permission set %q", name)
	}
	return s.affected(res, "permission set %q not found", name)
}

// ListPermissionSets returns permission sets ordered by name.
func (s *Store) ListPermissionSets(ctx context.Context) ([]tether.PermissionSet, error) {
	return list(ctx, s, scanPermissionSet, "permission sets",
		`SELECT `+permissionSetCols+` FROM permission_sets ORDER BY name`)
}

// Assignments

// lockPrincipal checks that the principal of an assignment exists and holds
// it until the transaction ends. Assignments cannot have a foreign key to
// either of two tables, so this lock (taken by DeleteUser and DeleteGroup as
// well) is what keeps a concurrent delete from leaving one orphaned.
func (s *Store) lockPrincipal(ctx context.Context, typ tether.PrincipalType, id string) (string, error) {
	switch typ {
	case tether.PrincipalUser:
		u, err := s.getUser(ctx, "id = ?", id, true, fmt.Sprintf("user with ID %q", id))
		return fmt.Sprintf("user %q", u.Username), err
	case tether.PrincipalGroup:
		g, err := s.getGroup(ctx, "id = ?", id, true, fmt.Sprintf("group with ID %q", id))
		return fmt.Sprintf("group %q", g.Name), err
	}
	return "", tether.Errorf(tether.EINVALID, "unknown principal type %q", typ)
}

func (s *Store) CreateAssignment(ctx context.Context, a tether.Assignment) error {
	return s.inTx(ctx, func(tx *Store) error {
		principal, err := tx.lockPrincipal(ctx, a.PrincipalType, a.PrincipalID)
		if err != nil {
			return err
		}
		ps, err := tx.PermissionSetByID(ctx, a.PermissionSetID)
		if err != nil {
			return err
		}
		_, err = tx.exec(ctx, `INSERT INTO assignments (principal_type, principal_id, permission_set_id, created_at)
			VALUES (?, ?, ?, ?)`, string(a.PrincipalType), a.PrincipalID, a.PermissionSetID, tx.ts(a.CreatedAt))
		switch {
		case err == nil:
			return nil
		case tx.d.IsUniqueViolation(err):
			return tether.Errorf(tether.ECONFLICT, "%s is already assigned permission set %q", principal, ps.Name)
		case tx.d.IsForeignKeyViolation(err):
			return tether.Errorf(tether.ENOTFOUND, "permission set %q not found", ps.Name)
		}
		return tx.fail(err, "could not assign permission set %q to %s", ps.Name, principal)
	})
}

func (s *Store) DeleteAssignment(ctx context.Context, a tether.Assignment) error {
	res, err := s.exec(ctx, `DELETE FROM assignments
		WHERE principal_type = ? AND principal_id = ? AND permission_set_id = ?`,
		string(a.PrincipalType), a.PrincipalID, a.PermissionSetID)
	if err != nil {
		return s.fail(err, "could not delete an assignment")
	}
	return s.affected(res, "assignment of permission set with ID %q to %s %q not found",
		a.PermissionSetID, a.PrincipalType, a.PrincipalID)
}

func scanAssignment(sc scanner) (tether.Assignment, error) {
	var a tether.Assignment
	err := sc.Scan(&a.PrincipalType, &a.PrincipalID, &a.PermissionSetID, timeCol{&a.CreatedAt})
	return a, err
}

// ListAssignments returns assignments ordered by principal type, principal
// ID, then permission set ID.
func (s *Store) ListAssignments(ctx context.Context, f store.AssignmentFilter) ([]tether.Assignment, error) {
	var w where
	if f.PrincipalType != "" {
		w.add("principal_type = ?", string(f.PrincipalType))
	}
	if f.PrincipalID != "" {
		w.add("principal_id = ?", f.PrincipalID)
	}
	if f.PermissionSetID != "" {
		w.add("permission_set_id = ?", f.PermissionSetID)
	}
	return list(ctx, s, scanAssignment, "assignments",
		`SELECT principal_type, principal_id, permission_set_id, created_at FROM assignments`+w.String()+
			` ORDER BY principal_type, principal_id, permission_set_id`, w.args...)
}

// Tokens. Messages never include the hash: it identifies a bearer secret.

func (s *Store) CreateToken(ctx context.Context, t tether.Token) error {
	return s.inTx(ctx, func(tx *Store) error {
		if _, err := tx.UserByID(ctx, t.UserID); err != nil {
			return err
		}
		if _, err := tx.PermissionSetByID(ctx, t.PermissionSetID); err != nil {
			return err
		}
		_, err := tx.exec(ctx, `INSERT INTO tokens (hash, user_id, permission_set_id, source_ip,
			created_at, expires_at, mfa_authenticated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			t.Hash, t.UserID, t.PermissionSetID, t.SourceIP,
			tx.ts(t.CreatedAt), tx.ts(t.ExpiresAt), tx.optTS(t.MFAAuthenticatedAt))
		switch {
		case err == nil:
			return nil
		case tx.d.IsUniqueViolation(err):
			return tether.Errorf(tether.ECONFLICT, "token already exists")
		case tx.d.IsForeignKeyViolation(err):
			return tether.Errorf(tether.ENOTFOUND, "user with ID %q or permission set with ID %q not found",
				t.UserID, t.PermissionSetID)
		}
		return tx.fail(err, "could not create a token for user with ID %q", t.UserID)
	})
}

func (s *Store) Token(ctx context.Context, hash string) (tether.Token, error) {
	t := tether.Token{Hash: hash}
	err := s.queryRow(ctx, `SELECT user_id, permission_set_id, source_ip, created_at, expires_at,
		mfa_authenticated_at FROM tokens WHERE hash = ?`, hash).
		Scan(&t.UserID, &t.PermissionSetID, &t.SourceIP,
			timeCol{&t.CreatedAt}, timeCol{&t.ExpiresAt}, timeCol{&t.MFAAuthenticatedAt})
	if errors.Is(err, sql.ErrNoRows) {
		return tether.Token{}, tether.Errorf(tether.ENOTFOUND, "token not found")
	}
	if err != nil {
		return tether.Token{}, s.fail(err, "could not read a token")
	}
	return t, nil
}

func (s *Store) DeleteToken(ctx context.Context, hash string) error {
	res, err := s.exec(ctx, `DELETE FROM tokens WHERE hash = ?`, hash)
	if err != nil {
		return s.fail(err, "could not delete a token")
	}
	return s.affected(res, "token not found")
}

func (s *Store) DeleteExpiredTokens(ctx context.Context, t time.Time) (int, error) {
	res, err := s.exec(ctx, `DELETE FROM tokens WHERE expires_at < ?`, s.ts(t))
	if err != nil {
		return 0, s.fail(err, "could not delete expired tokens")
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, s.fail(err, "could not count deleted tokens")
	}
	return int(n), nil
}
