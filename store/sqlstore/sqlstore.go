// Package sqlstore is the one implementation of store.Store over database/sql
// that both SQL backends share, so that SQLite and PostgreSQL behave the same
// by construction rather than by keeping two copies of every query in step.
//
// Queries are written once with ? placeholders; a Dialect describes the few
// things that differ (placeholder style, row locking, time representation,
// and how each driver reports constraint and availability errors). The
// schema itself lives with each backend, as embedded migrations that this
// package applies (see Migrate).
//
// Representation choices, the same on every backend:
//   - Times are stored in UTC with microsecond precision (PostgreSQL's
//     resolution) and come back in UTC, truncated to the microsecond.
//   - Tags: nil and empty maps are both stored as {} and come back as a
//     non-nil empty map, so an Update closure can write to them directly.
//     Lists of strings (an instance's IP addresses) likewise: nil and empty
//     are stored as [] and come back as a non-nil empty slice.
//   - Optional values are NULL when absent: the zero time of an optional
//     time (Token.MFAAuthenticatedAt, Instance.LastPingAt, ...), a nil
//     Session.ExitCode (which stays distinct from exit code 0).
//   - List methods return a non-nil, possibly empty, slice in a fixed order
//     (documented on each method), comparing strings bytewise.
//   - Inside Tx, a failed statement aborts the whole transaction on
//     PostgreSQL: return the error from fn rather than carrying on.
package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// Dialect is what differs between the SQL databases this package supports.
type Dialect struct {
	// Name names the database in messages ("SQLite", "PostgreSQL").
	Name string
	// NumberedParams rewrites ? placeholders to $1, $2, ... (PostgreSQL).
	NumberedParams bool
	// LockRows is appended to a SELECT whose rows the transaction is about to
	// change, so concurrent read-modify-write cycles queue instead of losing
	// writes: "FOR UPDATE" on PostgreSQL, "" on SQLite, whose (immediate)
	// transactions already hold the database's single write lock.
	LockRows string
	// TimeAsText stores times as fixed-width RFC 3339 text, which sorts and
	// compares correctly as a string (SQLite has no time type).
	TimeAsText bool
	// MigrationLock, when set, is executed first in every migration
	// transaction so replicas starting together migrate one at a time.
	MigrationLock string
	// JSONEachText names the table function that expands a JSON object into
	// rows of (key, value) with the values as text, used to filter by tags:
	// "json_each" on SQLite, "jsonb_each_text" on PostgreSQL.
	JSONEachText string
	// Position names the function giving the position of a substring
	// (haystack, needle), 0 when absent: "instr" on SQLite, "strpos" on
	// PostgreSQL. Unlike LIKE it needs no escaping.
	Position string

	IsUniqueViolation     func(error) bool
	IsForeignKeyViolation func(error) bool
	// IsBusy reports lock timeouts, serialization failures and deadlocks:
	// transient, worth retrying by the client.
	IsBusy func(error) bool
	// IsUnavailable reports that the database cannot be reached or used.
	IsUnavailable func(error) bool
}

// Store implements store.Store over a *sql.DB, or over one *sql.Tx for the
// Store handed to a Tx function.
type Store struct {
	db *sql.DB
	d  *Dialect
	tx *sql.Tx
}

var _ store.Store = (*Store)(nil)

// New returns a Store over db, which must already hold the schema (see Open
// and Migrate). The Store owns db: Close closes it.
func New(db *sql.DB, d Dialect) *Store {
	return &Store{db: db, d: &d}
}

// querier is what *sql.DB and *sql.Tx have in common.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (s *Store) q() querier {
	if s.tx != nil {
		return s.tx
	}
	return s.db
}

func (s *Store) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return s.q().ExecContext(ctx, s.rebind(query), args...)
}

func (s *Store) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return s.q().QueryContext(ctx, s.rebind(query), args...)
}

func (s *Store) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	return s.q().QueryRowContext(ctx, s.rebind(query), args...)
}

// forUpdate returns the locking clause to end a SELECT with.
func (s *Store) forUpdate() string {
	if s.d.LockRows == "" {
		return ""
	}
	return " " + s.d.LockRows
}

// rebind rewrites ? placeholders for dialects that number them. Our queries
// never contain a literal question mark outside quotes, but skipping quoted
// text keeps the rewrite honest if one ever does.
func (s *Store) rebind(query string) string {
	if !s.d.NumberedParams || !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	n, quoted := 0, false
	for _, r := range query {
		switch {
		case r == '\'':
			quoted = !quoted
		case r == '?' && !quoted:
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Tx runs fn in one transaction; see store.Store. A Store already bound to a
// transaction runs fn in it. The transaction rolls back on error or panic (a
// deferred rollback runs while the panic unwinds, which then continues).
func (s *Store) Tx(ctx context.Context, fn func(tx store.Store) error) error {
	return s.inTx(ctx, func(tx *Store) error { return fn(tx) })
}

func (s *Store) inTx(ctx context.Context, fn func(tx *Store) error) error {
	if s.tx != nil {
		return fn(s)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.fail(err, "could not begin a transaction")
	}
	done := false
	defer func() {
		if !done {
			_ = tx.Rollback()
		}
	}()
	if err := fn(&Store{db: s.db, d: s.d, tx: tx}); err != nil {
		return err
	}
	done = true
	if err := tx.Commit(); err != nil {
		return s.fail(err, "could not commit the transaction")
	}
	return nil
}

// Close closes the database. The Store handed to a Tx function cannot close it.
func (s *Store) Close() error {
	if s.tx != nil {
		return errors.New("sqlstore: Close called on a transaction's Store")
	}
	return s.db.Close()
}

// fail turns a database error into a *tether.Error whose message says what
// failed without the driver's details, which stay in Err for the logs.
// Errors that already are *tether.Error (from a Tx function, say) pass
// through unchanged.
func (s *Store) fail(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	var te *tether.Error
	if errors.As(err, &te) {
		return err
	}
	msg := fmt.Sprintf(format, args...)
	switch {
	case s.d.IsBusy(err):
		return &tether.Error{Code: tether.EUNAVAILABLE, Message: msg + ": the database is busy, try again", Err: err}
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return &tether.Error{Code: tether.EUNAVAILABLE, Message: msg + ": " + err.Error(), Err: err}
	case s.d.IsUnavailable(err):
		return &tether.Error{Code: tether.EUNAVAILABLE, Message: msg + ": " + s.d.Name + " is unavailable", Err: err}
	}
	return &tether.Error{Code: tether.EINTERNAL, Message: msg, Err: err}
}

// affected returns ENOTFOUND when a write matched no row.
func (s *Store) affected(res sql.Result, notFound string, args ...any) error {
	n, err := res.RowsAffected()
	if err != nil {
		return s.fail(err, "could not count changed rows")
	}
	if n == 0 {
		return tether.Errorf(tether.ENOTFOUND, notFound, args...)
	}
	return nil
}

const textTime = "2006-01-02T15:04:05.000000Z"

// ts returns t as the dialect stores it: UTC, to the microsecond.
func (s *Store) ts(t time.Time) any {
	t = t.UTC().Truncate(time.Microsecond)
	if s.d.TimeAsText {
		return t.Format(textTime)
	}
	return t
}

// optTS is ts for a nullable column, where the zero time is NULL.
func (s *Store) optTS(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return s.ts(t)
}

// timeCol scans a time stored by either dialect (or NULL, as the zero time).
type timeCol struct{ t *time.Time }

func (c timeCol) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*c.t = time.Time{}
	case time.Time:
		*c.t = v.UTC()
	case string:
		return c.parse(v)
	case []byte:
		return c.parse(string(v))
	default:
		return fmt.Errorf("sqlstore: cannot scan %T into a time", src)
	}
	return nil
}

func (c timeCol) parse(v string) error {
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return fmt.Errorf("sqlstore: bad stored time %q: %w", v, err)
	}
	*c.t = t.UTC()
	return nil
}

// tagsJSON encodes tags for a JSON column; nil is stored as {}.
func tagsJSON(tags map[string]string) string {
	if len(tags) == 0 {
		return "{}"
	}
	b, err := json.Marshal(tags)
	if err != nil {
		panic(err) // a map[string]string always marshals
	}
	return string(b)
}

// tagsCol scans a JSON object of tags into a non-nil map.
type tagsCol struct{ m *map[string]string }

func (c tagsCol) Scan(src any) error {
	var b []byte
	switch v := src.(type) {
	case nil:
	case string:
		b = []byte(v)
	case []byte:
		b = v
	default:
		return fmt.Errorf("sqlstore: cannot scan %T into tags", src)
	}
	m := map[string]string{}
	if len(b) > 0 {
		if err := json.Unmarshal(b, &m); err != nil {
			return fmt.Errorf("sqlstore: bad stored tags: %w", err)
		}
	}
	*c.m = m
	return nil
}

// scanner is what *sql.Row and *sql.Rows have in common.
type scanner interface{ Scan(dest ...any) error }

// list runs query and scans every row with scan into a non-nil slice.
func list[T any](ctx context.Context, s *Store, scan func(scanner) (T, error), what, query string, args ...any) ([]T, error) {
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, s.fail(err, "could not list %s", what)
	}
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, s.fail(err, "could not list %s", what)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail(err, "could not list %s", what)
	}
	return out, nil
}

// where collects the conditions of an optional filter; only fixed SQL
// fragments are joined, values always travel as parameters.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}
