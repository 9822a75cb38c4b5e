package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// MFA devices. Messages never include a device's secret.

const mfaDeviceCols = `id, user_id, kind, name, secret, credential_id, confirmed, last_used_step,
	created_at, last_used_at`

func scanMFADevice(sc scanner) (tether.MFADevice, error) {
	var d tether.MFADevice
	err := sc.Scan(&d.ID, &d.UserID, &d.Kind, &d.Name, &d.Secret, &d.CredentialID, &d.Confirmed,
		&d.LastUsedStep, timeCol{&d.CreatedAt}, timeCol{&d.LastUsedAt})
	return d, err
}

func (s *Store) CreateMFADevice(ctx context.Context, d tether.MFADevice) error {
	_, err := s.exec(ctx, `INSERT INTO mfa_devices (`+mfaDeviceCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.ID, d.UserID, string(d.Kind), d.Name, d.Secret, d.CredentialID, d.Confirmed, d.LastUsedStep,
		s.ts(d.CreatedAt), s.optTS(d.LastUsedAt))
	switch {
	case err == nil:
		return nil
	case s.d.IsUniqueViolation(err):
		return tether.Errorf(tether.ECONFLICT, "MFA device %q already exists", d.ID)
	case s.d.IsForeignKeyViolation(err):
		return tether.Errorf(tether.ENOTFOUND, "user with ID %q not found", d.UserID)
	}
	return s.fail(err, "could not create MFA device %q", d.ID)
}

func (s *Store) MFADevice(ctx context.Context, id string) (tether.MFADevice, error) {
	return s.getMFADevice(ctx, id, false)
}

func (s *Store) getMFADevice(ctx context.Context, id string, lock bool) (tether.MFADevice, error) {
	q := `SELECT ` + mfaDeviceCols + ` FROM mfa_devices WHERE id = ?`
	if lock {
		q += s.forUpdate()
	}
	d, err := scanMFADevice(s.queryRow(ctx, q, id))
	if errors.Is(err, sql.ErrNoRows) {
		return d, tether.Errorf(tether.ENOTFOUND, "MFA device %q not found", id)
	}
	return d, s.fail(err, "could not read MFA device %q", id)
}

func (s *Store) UpdateMFADevice(ctx context.Context, id string, fn func(*tether.MFADevice) error) (tether.MFADevice, error) {
	var out tether.MFADevice
	err := s.inTx(ctx, func(tx *Store) error {
		d, err := tx.getMFADevice(ctx, id, true)
		if err != nil {
			return err
		}
		userID := d.UserID
		if err := fn(&d); err != nil {
			return err
		}
		if d.ID != id || d.UserID != userID {
			return tether.Errorf(tether.EINVALID, "the ID and user of MFA device %q cannot change", id)
		}
		_, err = tx.exec(ctx, `UPDATE mfa_devices SET kind = ?, name = ?, secret = ?, credential_id = ?,
			confirmed = ?, last_used_step = ?, created_at = ?, last_used_at = ? WHERE id = ?`,
			string(d.Kind), d.Name, d.Secret, d.CredentialID, d.Confirmed, d.LastUsedStep,
			tx.ts(d.CreatedAt), tx.optTS(d.LastUsedAt), id)
		if err != nil {
			return tx.fail(err, "could not update MFA device %q", id)
		}
		out, err = tx.getMFADevice(ctx, id, false)
		return err
	})
	return out, err
}

func (s *Store) DeleteMFADevice(ctx context.Context, id string) error {
	res, err := s.exec(ctx, `DELETE FROM mfa_devices WHERE id = ?`, id)
	if err != nil {
		return s.fail(err, "could not delete MFA device %q", id)
	}
	return s.affected(res, "MFA device %q not found", id)
}

func (s *Store) ListMFADevices(ctx context.Context, userID string) ([]tether.MFADevice, error) {
	return list(ctx, s, scanMFADevice, "MFA devices",
		`SELECT `+mfaDeviceCols+` FROM mfa_devices WHERE user_id = ? ORDER BY created_at, id`, userID)
}

// Tickets. Messages never include a hash: it identifies a secret.

const ticketCols = `hash, kind, user_id, data, attempts, created_at, expires_at`

func scanTicket(sc scanner) (tether.Ticket, error) {
	var t tether.Ticket
	err := sc.Scan(&t.Hash, &t.Kind, &t.UserID, &t.Data, &t.Attempts, timeCol{&t.CreatedAt}, timeCol{&t.ExpiresAt})
	if t.Data == nil {
		t.Data = []byte{}
	}
	return t, err
}

func (s *Store) CreateTicket(ctx context.Context, t tether.Ticket) error {
	data := t.Data
	if data == nil {
		data = []byte{}
	}
	_, err := s.exec(ctx, `INSERT INTO tickets (`+ticketCols+`) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		t.Hash, string(t.Kind), t.UserID, data, t.Attempts, s.ts(t.CreatedAt), s.ts(t.ExpiresAt))
	if err != nil && s.d.IsUniqueViolation(err) {
		return tether.Errorf(tether.ECONFLICT, "%s ticket already exists", t.Kind)
	}
	return s.fail(err, "could not create a %s ticket", t.Kind)
}

func (s *Store) Ticket(ctx context.Context, hash string) (tether.Ticket, error) {
	return s.getTicket(ctx, hash, false)
}

func (s *Store) getTicket(ctx context.Context, hash string, lock bool) (tether.Ticket, error) {
	q := `SELECT ` + ticketCols + ` FROM tickets WHERE hash = ?`
	if lock {
		q += s.forUpdate()
	}
	t, err := scanTicket(s.queryRow(ctx, q, hash))
	if errors.Is(err, sql.ErrNoRows) {
		return t, tether.Errorf(tether.ENOTFOUND, "ticket not found")
	}
	return t, s.fail(err, "could not read a ticket")
}

func (s *Store) UpdateTicket(ctx context.Context, hash string, fn func(*tether.Ticket) error) (tether.Ticket, error) {
	var out tether.Ticket
	err := s.inTx(ctx, func(tx *Store) error {
		t, err := tx.getTicket(ctx, hash, true)
		if err != nil {
			return err
		}
		if err := fn(&t); err != nil {
			return err
		}
		if t.Hash != hash {
			return tether.Errorf(tether.EINVALID, "the hash of a ticket cannot change")
		}
		if t.Data == nil {
			t.Data = []byte{}
		}
		_, err = tx.exec(ctx, `UPDATE tickets SET kind = ?, user_id = ?, data = ?, attempts = ?,
			created_at = ?, expires_at = ? WHERE hash = ?`,
			string(t.Kind), t.UserID, t.Data, t.Attempts, tx.ts(t.CreatedAt), tx.ts(t.ExpiresAt), hash)
		if err != nil {
			return tx.fail(err, "could not update a %s ticket", t.Kind)
		}
		out, err = tx.getTicket(ctx, hash, false)
		return err
	})
	return out, err
}

func (s *Store) DeleteTicket(ctx context.Context, hash string) error {
	res, err := s.exec(ctx, `DELETE FROM tickets WHERE hash = ?`, hash)
	if err != nil {
		return s.fail(err, "could not delete a ticket")
	}
	return s.affected(res, "ticket not found")
}

func (s *Store) ListTickets(ctx context.Context, f store.TicketFilter) ([]tether.Ticket, error) {
	var w where
	if f.UserID != "" {
		w.add("user_id = ?", f.UserID)
	}
	if f.Kind != "" {
		w.add("kind = ?", string(f.Kind))
	}
	if !f.Since.IsZero() {
		w.add("created_at >= ?", s.ts(f.Since))
	}
	return list(ctx, s, scanTicket, "tickets",
		`SELECT `+ticketCols+` FROM tickets`+w.String()+` ORDER BY created_at, hash`, w.args...)
}

func (s *Store) DeleteExpiredTickets(ctx context.Context, t time.Time) (int, error) {
	res, err := s.exec(ctx, `DELETE FROM tickets WHERE expires_at < ?`, s.ts(t))
	if err != nil {
		return 0, s.fail(err, "could not delete expired tickets")
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, s.fail(err, "could not count deleted tickets")
	}
	return int(n), nil
}
