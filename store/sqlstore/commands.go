package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// Session commands. Case-insensitive search compares text_lower, folded
// here (strings.ToLower) so both backends fold the same way.

func (s *Store) PutSessionCommands(ctx context.Context, cmds []tether.TypedCommand) error {
	return s.inTx(ctx, func(tx *Store) error {
		for _, c := range cmds {
			_, err := tx.exec(ctx, `INSERT INTO session_commands (session_id, seq, owner, target, at, text, text_lower, incomplete)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (session_id, seq) DO UPDATE SET owner = excluded.owner, target = excluded.target,
				at = excluded.at, text = excluded.text, text_lower = excluded.text_lower, incomplete = excluded.incomplete`,
				c.SessionID, c.Seq, c.Owner, c.Target, tx.ts(c.Time), c.Text, strings.ToLower(c.Text), c.Incomplete)
			if err != nil {
				return tx.fail(err, "could not index the commands of session %q", c.SessionID)
			}
		}
		return nil
	})
}

func (s *Store) SearchCommands(ctx context.Context, f store.CommandFilter) ([]tether.TypedCommand, error) {
	var w where
	if f.Text != "" {
		w.add(s.d.Position+"(text_lower, ?) > 0", strings.ToLower(f.Text))
	}
	if f.Owner != "" {
		w.add("owner = ?", f.Owner)
	}
	if f.Target != "" {
		w.add("target = ?", f.Target)
	}
	if f.SessionID != "" {
		w.add("session_id = ?", f.SessionID)
	}
	if !f.Since.IsZero() {
		w.add("at >= ?", s.ts(f.Since))
	}
	if !f.Until.IsZero() {
		w.add("at < ?", s.ts(f.Until))
	}
	q := `SELECT session_id, seq, owner, target, at, text, incomplete FROM session_commands` + w.String() +
		` ORDER BY at DESC, session_id, seq DESC`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	return list(ctx, s, func(sc scanner) (tether.TypedCommand, error) {
		var c tether.TypedCommand
		err := sc.Scan(&c.SessionID, &c.Seq, &c.Owner, &c.Target, timeCol{&c.Time}, &c.Text, &c.Incomplete)
		return c, err
	}, "session commands", q, w.args...)
}
