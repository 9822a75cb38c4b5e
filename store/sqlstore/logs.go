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

// Log groups, streams and events.

func (s *Store) CreateLogGroup(ctx context.Context, g tether.LogGroup) error {
	_, err := s.exec(ctx, `INSERT INTO log_groups (name, retention_days, created_at) VALUES (?, ?, ?)`,
		g.Name, g.RetentionDays, s.ts(g.CreatedAt))
	if err != nil && s.d.IsUniqueViolation(err) {
		return tether.Errorf(tether.ECONFLICT, "log group %q already exists", g.Name)
	}
	return s.fail(err, "could not create log group %q", g.Name)
}

const logGroupQuery = `SELECT g.name, g.retention_days, g.created_at,
	(SELECT COALESCE(SUM(stored_bytes), 0) FROM log_streams WHERE group_name = g.name) FROM log_groups g`

func scanLogGroup(sc scanner) (tether.LogGroup, error) {
	var g tether.LogGroup
	err := sc.Scan(&g.Name, &g.RetentionDays, timeCol{&g.CreatedAt}, &g.StoredBytes)
	return g, err
}

func (s *Store) LogGroup(ctx context.Context, name string) (tether.LogGroup, error) {
	g, err := scanLogGroup(s.queryRow(ctx, logGroupQuery+` WHERE g.name = ?`, name))
	if errors.Is(err, sql.ErrNoRows) {
		return g, tether.Errorf(tether.ENOTFOUND, "log group %q not found", name)
	}
	return g, s.fail(err, "could not read log group %q", name)
}

func (s *Store) ListLogGroups(ctx context.Context) ([]tether.LogGroup, error) {
	return list(ctx, s, scanLogGroup, "log groups", logGroupQuery+` ORDER BY g.name`)
}

func (s *Store) PutRetention(ctx context.Context, group string, days int) error {
	res, err := s.exec(ctx, `UPDATE log_groups SET retention_days = ? WHERE name = ?`, days, group)
	if err != nil {
		return s.fail(err, "could not set the retention of log group %q", group)
	}
	return s.affected(res, "log group %q not found", group)
}

// DeleteLogGroup removes streams and events first: SQLite applies the
// cascade only with foreign keys on, which this store does not assume.
func (s *Store) DeleteLogGroup(ctx context.Context, name string) error {
	return s.inTx(ctx, func(tx *Store) error {
		if _, err := tx.exec(ctx, `DELETE FROM log_events WHERE group_name = ?`, name); err != nil {
			return tx.fail(err, "could not delete the events of log group %q", name)
		}
		if _, err := tx.exec(ctx, `DELETE FROM log_streams WHERE group_name = ?`, name); err != nil {
			return tx.fail(err, "could not delete the streams of log group %q", name)
		}
		res, err := tx.exec(ctx, `DELETE FROM log_groups WHERE name = ?`, name)
		if err != nil {
			return tx.fail(err, "could not delete log group %q", name)
		}
		return tx.affected(res, "log group %q not found", name)
	})
}

const logStreamCols = `group_name, name, created_at, first_event_at, last_event_at, stored_bytes, event_count`

func scanLogStream(sc scanner) (tether.LogStream, error) {
	var l tether.LogStream
	err := sc.Scan(&l.Group, &l.Name, timeCol{&l.CreatedAt}, timeCol{&l.FirstEventAt}, timeCol{&l.LastEventAt},
		&l.StoredBytes, &l.EventCount)
	return l, err
}

func (s *Store) LogStream(ctx context.Context, group, name string) (tether.LogStream, error) {
	l, err := scanLogStream(s.queryRow(ctx, `SELECT `+logStreamCols+` FROM log_streams
		WHERE group_name = ? AND name = ?`, group, name))
	if errors.Is(err, sql.ErrNoRows) {
		return l, tether.Errorf(tether.ENOTFOUND, "log stream %q of group %q not found", name, group)
	}
	return l, s.fail(err, "could not read log stream %q of group %q", name, group)
}

func (s *Store) ListLogStreams(ctx context.Context, group string) ([]tether.LogStream, error) {
	if _, err := s.LogGroup(ctx, group); err != nil {
		return nil, err
	}
	return list(ctx, s, scanLogStream, "log streams", `SELECT `+logStreamCols+` FROM log_streams
		WHERE group_name = ? ORDER BY COALESCE(last_event_at, created_at) DESC, name`, group)
}

func (s *Store) PutLogEvents(ctx context.Context, group, stream string, events []tether.LogEvent) error {
	if len(events) == 0 {
		return nil
	}
	return s.inTx(ctx, func(tx *Store) error {
		if _, err := tx.LogGroup(ctx, group); err != nil {
			return err
		}
		l, err := scanLogStream(tx.queryRow(ctx, `SELECT `+logStreamCols+` FROM log_streams
			WHERE group_name = ? AND name = ?`+tx.forUpdate(), group, stream))
		if errors.Is(err, sql.ErrNoRows) {
			l = tether.LogStream{Group: group, Name: stream, CreatedAt: events[0].Time}
			_, err = tx.exec(ctx, `INSERT INTO log_streams (`+logStreamCols+`) VALUES (?, ?, ?, NULL, NULL, 0, 0)`,
				group, stream, tx.ts(l.CreatedAt))
		}
		if err != nil {
			return tx.fail(err, "could not open log stream %q of group %q", stream, group)
		}
		for _, ev := range events {
			l.EventCount++
			l.StoredBytes += int64(len(ev.Message))
			if l.FirstEventAt.IsZero() || ev.Time.Before(l.FirstEventAt) {
				l.FirstEventAt = ev.Time
			}
			if ev.Time.After(l.LastEventAt) {
				l.LastEventAt = ev.Time
			}
			if _, err := tx.exec(ctx, `INSERT INTO log_events (group_name, stream_name, seq, event_time, message)
				VALUES (?, ?, ?, ?, ?)`, group, stream, l.EventCount, tx.ts(ev.Time), ev.Message); err != nil {
				return tx.fail(err, "could not append to log stream %q of group %q", stream, group)
			}
		}
		_, err = tx.exec(ctx, `UPDATE log_streams SET first_event_at = ?, last_event_at = ?, stored_bytes = ?,
			event_count = ? WHERE group_name = ? AND name = ?`,
			tx.ts(l.FirstEventAt), tx.ts(l.LastEventAt), l.StoredBytes, l.EventCount, group, stream)
		return tx.fail(err, "could not update log stream %q of group %q", stream, group)
	})
}

func (s *Store) LogEvents(ctx context.Context, f store.LogFilter) ([]tether.LogEvent, error) {
	var w where
	w.add("group_name = ?", f.Group)
	if f.Stream != "" {
		w.add("stream_name = ?", f.Stream)
	}
	if f.Contains != "" {
		w.add(s.d.Position+"(message, ?) > 0", f.Contains)
	}
	if !f.Since.IsZero() {
		w.add("event_time >= ?", s.ts(f.Since))
	}
	if !f.Until.IsZero() {
		w.add("event_time < ?", s.ts(f.Until))
	}
	if f.AfterSeq > 0 {
		w.add("seq > ?", f.AfterSeq)
	}
	q := `SELECT stream_name, seq, event_time, message FROM log_events` + w.String() + ` ORDER BY event_time, stream_name, seq`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	return list(ctx, s, func(sc scanner) (tether.LogEvent, error) {
		var ev tether.LogEvent
		err := sc.Scan(&ev.Stream, &ev.Seq, timeCol{&ev.Time}, &ev.Message)
		return ev, err
	}, "log events", q, w.args...)
}

func (s *Store) DeleteLogEventsBefore(ctx context.Context, group string, t time.Time) (int, error) {
	res, err := s.exec(ctx, `DELETE FROM log_events WHERE group_name = ? AND event_time < ?`, group, s.ts(t))
	if err != nil {
		return 0, s.fail(err, "could not apply the retention of log group %q", group)
	}
	n, err := res.RowsAffected()
	return int(n), s.fail(err, "could not count expired log events")
}
