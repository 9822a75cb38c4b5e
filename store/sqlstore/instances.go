package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// Activations

const activationCols = `id, code_hash, description, instance_limit, registrations_count, expires_at,
	default_instance_name, tags, created_at`

func scanActivation(sc scanner) (tether.Activation, error) {
	var a tether.Activation
	err := sc.Scan(&a.ID, &a.CodeHash, &a.Description, &a.InstanceLimit, &a.RegistrationsCount,
		timeCol{&a.ExpiresAt}, &a.DefaultInstanceName, tagsCol{&a.Tags}, timeCol{&a.CreatedAt})
	return a, err
}

func (s *Store) CreateActivation(ctx context.Context, a tether.Activation) error {
	_, err := s.exec(ctx, `INSERT INTO activations (`+activationCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.CodeHash, a.Description, a.InstanceLimit, a.RegistrationsCount, s.ts(a.ExpiresAt),
		a.DefaultInstanceName, tagsJSON(a.Tags), s.ts(a.CreatedAt))
	if err != nil && s.d.IsUniqueViolation(err) {
		return tether.Errorf(tether.ECONFLICT, "activation %q already exists", a.ID)
	}
	return s.fail(err, "could not create activation %q", a.ID)
}

func (s *Store) Activation(ctx context.Context, id string) (tether.Activation, error) {
	return s.getActivation(ctx, id, false)
}

// getActivation reads one activation; lock holds it for the rest of the
// transaction.
func (s *Store) getActivation(ctx context.Context, id string, lock bool) (tether.Activation, error) {
	q := `SELECT ` + activationCols + ` FROM activations WHERE id = ?`
	if lock {
		q += s.forUpdate()
	}
	a, err := scanActivation(s.queryRow(ctx, q, id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, tether.Errorf(tether.ENOTFOUND, "activation %q not found", id)
	}
	return a, s.fail(err, "could not read activation %q", id)
}

func (s *Store) UpdateActivation(ctx context.Context, id string, fn func(*tether.Activation) error) (tether.Activation, error) {
	var out tether.Activation
	err := s.inTx(ctx, func(tx *Store) error {
		a, err := tx.getActivation(ctx, id, true)
		if err != nil {
			return err
		}
		if err := fn(&a); err != nil {
			return err
		}
		if a.ID != id {
			return tether.Errorf(tether.EINVALID, "the ID of activation %q cannot change", id)
		}
		_, err = tx.exec(ctx, `UPDATE activations SET code_hash = ?, description = ?, instance_limit = ?,
			registrations_count = ?, expires_at = ?, default_instance_name = ?, tags = ?, created_at = ?
			WHERE id = ?`,
			a.CodeHash, a.Description, a.InstanceLimit, a.RegistrationsCount, tx.ts(a.ExpiresAt),
			a.DefaultInstanceName, tagsJSON(a.Tags), tx.ts(a.CreatedAt), id)
		if err != nil {
			return tx.fail(err, "could not update activation %q", id)
		}
		out, err = tx.getActivation(ctx, id, false)
		return err
	})
	if err != nil {
		return tether.Activation{}, err
	}
	return out, nil
}

// DeleteActivation leaves the instances registered with the activation, and
// their activation_id, alone: that column has no foreign key.
func (s *Store) DeleteActivation(ctx context.Context, id string) error {
	res, err := s.exec(ctx, `DELETE FROM activations WHERE id = ?`, id)
	if err != nil {
		return s.fail(err, "could not delete activation %q", id)
	}
	return s.affected(res, "activation %q not found", id)
}

// ListActivations returns activations newest first (by creation time, then
// by ID).
func (s *Store) ListActivations(ctx context.Context) ([]tether.Activation, error) {
	return list(ctx, s, scanActivation, "activations",
		`SELECT `+activationCols+` FROM activations ORDER BY created_at DESC, id`)
}

// Instances

const instanceCols = `id, tags, activation_id, cert_fingerprint, hostname, ip_addresses, platform,
	platform_version, agent_version, ping_status, last_ping_at, registered_at, deregistered_at,
	connected_replica`

func scanInstance(sc scanner) (tether.Instance, error) {
	var in tether.Instance
	err := sc.Scan(&in.ID, tagsCol{&in.Tags}, &in.ActivationID, &in.CertFingerprint, &in.Hostname,
		stringsCol{&in.IPAddresses}, &in.Platform, &in.PlatformVersion, &in.AgentVersion, &in.PingStatus,
		timeCol{&in.LastPingAt}, timeCol{&in.RegisteredAt}, timeCol{&in.DeregisteredAt}, &in.ConnectedReplica)
	return in, err
}

func (s *Store) CreateInstance(ctx context.Context, in tether.Instance) error {
	_, err := s.exec(ctx, `INSERT INTO instances (`+instanceCols+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.ID, tagsJSON(in.Tags), in.ActivationID, in.CertFingerprint, in.Hostname, stringsJSON(in.IPAddresses),
		in.Platform, in.PlatformVersion, in.AgentVersion, string(in.PingStatus),
		s.optTS(in.LastPingAt), s.ts(in.RegisteredAt), s.optTS(in.DeregisteredAt), in.ConnectedReplica)
	if err != nil && s.d.IsUniqueViolation(err) {
		return tether.Errorf(tether.ECONFLICT, "instance %q already exists", in.ID)
	}
	return s.fail(err, "could not create instance %q", in.ID)
}

func (s *Store) Instance(ctx context.Context, id string) (tether.Instance, error) {
	return s.getInstance(ctx, id, false)
}

func (s *Store) getInstance(ctx context.Context, id string, lock bool) (tether.Instance, error) {
	q := `SELECT ` + instanceCols + ` FROM instances WHERE id = ?`
	if lock {
		q += s.forUpdate()
	}
	in, err := scanInstance(s.queryRow(ctx, q, id))
	if errors.Is(err, sql.ErrNoRows) {
		return in, tether.Errorf(tether.ENOTFOUND, "instance %q not found", id)
	}
	return in, s.fail(err, "could not read instance %q", id)
}

func (s *Store) UpdateInstance(ctx context.Context, id string, fn func(*tether.Instance) error) (tether.Instance, error) {
	var out tether.Instance
	err := s.inTx(ctx, func(tx *Store) error {
		in, err := tx.getInstance(ctx, id, true)
		if err != nil {
			return err
		}
		if err := fn(&in); err != nil {
			return err
		}
		if in.ID != id {
			return tether.Errorf(tether.EINVALID, "the ID of instance %q cannot change", id)
		}
		_, err = tx.exec(ctx, `UPDATE instances SET tags = ?, activation_id = ?, cert_fingerprint = ?,
			hostname = ?, ip_addresses = ?, platform = ?, platform_version = ?, agent_version = ?,
			ping_status = ?, last_ping_at = ?, registered_at = ?, deregistered_at = ?, connected_replica = ?
			WHERE id = ?`,
			tagsJSON(in.Tags), in.ActivationID, in.CertFingerprint, in.Hostname, stringsJSON(in.IPAddresses),
			in.Platform, in.PlatformVersion, in.AgentVersion, string(in.PingStatus),
			tx.optTS(in.LastPingAt), tx.ts(in.RegisteredAt), tx.optTS(in.DeregisteredAt), in.ConnectedReplica, id)
		if err != nil {
			return tx.fail(err, "could not update instance %q", id)
		}
		out, err = tx.getInstance(ctx, id, false)
		return err
	})
	if err != nil {
		return tether.Instance{}, err
	}
	return out, nil
}

// ListInstances returns instances ordered by ID. The tag filter runs in SQL:
// each wanted tag is one EXISTS over the pairs of the tags column (expanded
// by the dialect's JSONEachText), so keys are compared as whole strings,
// whatever characters they hold, and a tag present with the empty value
// differs from an absent one.
func (s *Store) ListInstances(ctx context.Context, f store.InstanceFilter) ([]tether.Instance, error) {
	var w where
	if f.PingStatus != "" {
		w.add("ping_status = ?", string(f.PingStatus))
	}
	// Sorted so that one filter always makes the same statement.
	for _, k := range slices.Sorted(maps.Keys(f.Tags)) {
		w.add(`EXISTS (SELECT 1 FROM `+s.d.JSONEachText+`(instances.tags) AS tag
			WHERE tag.key = ? AND tag.value = ?)`, k, f.Tags[k])
	}
	return list(ctx, s, scanInstance, "instances",
		`SELECT `+instanceCols+` FROM instances`+w.String()+` ORDER BY id`, w.args...)
}

// Sessions

const sessionCols = `id, target, owner, reason, kind, status, details, command, run_as, host, port,
	exit_code, started_at, ended_at, recording`

func scanSession(sc scanner) (tether.Session, error) {
	var ses tether.Session
	var exit sql.NullInt64
	err := sc.Scan(&ses.ID, &ses.Target, &ses.Owner, &ses.Reason, &ses.Kind, &ses.Status, &ses.Details,
		&ses.Command, &ses.RunAs, &ses.Host, &ses.Port, &exit, timeCol{&ses.StartedAt}, timeCol{&ses.EndedAt},
		&ses.Recording)
	if exit.Valid {
		code := int(exit.Int64)
		ses.ExitCode = &code
	}
	return ses, err
}

// exitCode is a session's exit code as stored: NULL when it has none.
func exitCode(p *int) any {
	if p == nil {
		return nil
	}
	return int64(*p)
}

func (s *Store) CreateSession(ctx context.Context, ses tether.Session) error {
	_, err := s.exec(ctx, `INSERT INTO sessions (`+sessionCols+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		ses.ID, ses.Target, ses.Owner, ses.Reason, string(ses.Kind), string(ses.Status), ses.Details,
		ses.Command, ses.RunAs, ses.Host, ses.Port, exitCode(ses.ExitCode),
		s.ts(ses.StartedAt), s.optTS(ses.EndedAt), ses.Recording)
	if err != nil && s.d.IsUniqueViolation(err) {
		return tether.Errorf(tether.ECONFLICT, "session %q already exists", ses.ID)
	}
	return s.fail(err, "could not create session %q", ses.ID)
}

func (s *Store) Session(ctx context.Context, id string) (tether.Session, error) {
	return s.getSession(ctx, id, false)
}

func (s *Store) getSession(ctx context.Context, id string, lock bool) (tether.Session, error) {
	q := `SELECT ` + sessionCols + ` FROM sessions WHERE id = ?`
	if lock {
		q += s.forUpdate()
	}
	ses, err := scanSession(s.queryRow(ctx, q, id))
	if errors.Is(err, sql.ErrNoRows) {
		return ses, tether.Errorf(tether.ENOTFOUND, "session %q not found", id)
	}
	return ses, s.fail(err, "could not read session %q", id)
}

func (s *Store) UpdateSession(ctx context.Context, id string, fn func(*tether.Session) error) (tether.Session, error) {
	var out tether.Session
	err := s.inTx(ctx, func(tx *Store) error {
		ses, err := tx.getSession(ctx, id, true)
		if err != nil {
			return err
		}
		if err := fn(&ses); err != nil {
			return err
		}
		if ses.ID != id {
			return tether.Errorf(tether.EINVALID, "the ID of session %q cannot change", id)
		}
		_, err = tx.exec(ctx, `UPDATE sessions SET target = ?, owner = ?, reason = ?, kind = ?, status = ?,
			details = ?, command = ?, run_as = ?, host = ?, port = ?, exit_code = ?, started_at = ?,
			ended_at = ?, recording = ? WHERE id = ?`,
			ses.Target, ses.Owner, ses.Reason, string(ses.Kind), string(ses.Status), ses.Details,
			ses.Command, ses.RunAs, ses.Host, ses.Port, exitCode(ses.ExitCode),
			tx.ts(ses.StartedAt), tx.optTS(ses.EndedAt), ses.Recording, id)
		if err != nil {
			return tx.fail(err, "could not update session %q", id)
		}
		out, err = tx.getSession(ctx, id, false)
		return err
	})
	if err != nil {
		return tether.Session{}, err
	}
	return out, nil
}

// sessionStatuses is every status a session can be in. The Active filter
// keeps those for which SessionStatus.Active holds; Ended keeps every other
// status, including any this list does not know.
var sessionStatuses = []tether.SessionStatus{
	tether.SessionConnecting, tether.SessionConnected, tether.SessionDisconnected,
	tether.SessionTerminating, tether.SessionTerminated, tether.SessionFailed,
}

// activeStatuses is the condition "status is active" with its arguments.
func activeStatuses() (cond string, args []any) {
	for _, st := range sessionStatuses {
		if st.Active() {
			args = append(args, string(st))
		}
	}
	return "status IN (?" + strings.Repeat(", ?", len(args)-1) + ")", args
}

// ListSessions returns sessions newest first (by start time, then by ID,
// both descending). A negative Limit is EINVALID.
func (s *Store) ListSessions(ctx context.Context, f store.SessionFilter) ([]tether.Session, error) {
	if f.Limit < 0 {
		return nil, tether.Errorf(tether.EINVALID, "invalid session limit %d", f.Limit)
	}
	if f.Active && f.Ended {
		return []tether.Session{}, nil // no session is both
	}
	var w where
	if f.Owner != "" {
		w.add("owner = ?", f.Owner)
	}
	if f.Target != "" {
		w.add("target = ?", f.Target)
	}
	if f.Active || f.Ended {
		cond, args := activeStatuses()
		if f.Ended {
			cond = "NOT " + cond
		}
		w.add(cond, args...)
	}
	if !f.Since.IsZero() {
		w.add("started_at >= ?", s.ts(f.Since))
	}
	q := `SELECT ` + sessionCols + ` FROM sessions` + w.String() + ` ORDER BY started_at DESC, id DESC`
	args := w.args
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	return list(ctx, s, scanSession, "sessions", q, args...)
}

// stringsJSON encodes a list of strings for a JSON column; nil is stored as [].
func stringsJSON(ss []string) string {
	if len(ss) == 0 {
		return "[]"
	}
	b, err := json.Marshal(ss)
	if err != nil {
		panic(err) // a []string always marshals
	}
	return string(b)
}

// stringsCol scans a JSON array of strings into a non-nil slice.
type stringsCol struct{ ss *[]string }

func (c stringsCol) Scan(src any) error {
	var b []byte
	switch v := src.(type) {
	case nil:
	case string:
		b = []byte(v)
	case []byte:
		b = v
	default:
		return fmt.Errorf("sqlstore: cannot scan %T into a list of strings", src)
	}
	ss := []string{}
	if len(b) > 0 {
		if err := json.Unmarshal(b, &ss); err != nil {
			return fmt.Errorf("sqlstore: bad stored list of strings: %w", err)
		}
	}
	if ss == nil {
		ss = []string{} // the JSON was null
	}
	*c.ss = ss
	return nil
}
