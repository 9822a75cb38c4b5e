// Package postgres is the store for deployments that outgrow one machine:
// several control-plane replicas share one PostgreSQL database. It uses pgx
// through database/sql; the queries are sqlstore's.
//
// Concurrency: transactions run at READ COMMITTED, and every
// read-modify-write (UpdateUser and friends, deletes that sweep dependants)
// first locks the rows it is about to change with SELECT ... FOR UPDATE, so
// concurrent writers to one record queue rather than overwrite each other.
// Migrations take a transaction-scoped advisory lock so replicas starting
// together apply them once.
package postgres

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"io/fs"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
	"github.com/tetherhq/tether/store/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// connectTimeout bounds each connection attempt when the URL sets no
// connect_timeout, so an unreachable server fails startup promptly instead of
// waiting for the operating system's TCP timeout.
const connectTimeout = 10 * time.Second

// migrationLockID identifies tether's migration advisory lock; any constant
// works as long as nothing else in the database uses it.
const migrationLockID = 7_415_203_881_001

var dialect = sqlstore.Dialect{
	Name:                  "PostgreSQL",
	NumberedParams:        true,
	LockRows:              "FOR UPDATE",
	MigrationLock:         "SELECT pg_advisory_xact_lock(" + strconv.FormatInt(migrationLockID, 10) + ")",
	JSONEachText:          "jsonb_each_text",
	Position:              "strpos",
	IsUniqueViolation:     hasCode("23505"),
	IsForeignKeyViolation: hasCode("23503"),
	// Serialization failure, deadlock, lock not available.
	IsBusy:        hasCode("40001", "40P01", "55P03"),
	IsUnavailable: isUnavailable,
}

// Open connects to the database at url (postgres://user:pass@host:port/db?...),
// brings its schema up to date and returns a Store over it. An unreachable
// server is EUNAVAILABLE, with a message naming host:port but never the
// password.
func Open(ctx context.Context, url string) (store.Store, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, &tether.Error{Code: tether.EUNAVAILABLE, Message: "invalid PostgreSQL URL" + parseReason(err), Err: err}
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = connectTimeout
	}
	addr := net.JoinHostPort(cfg.Host, strconv.Itoa(int(cfg.Port)))
	db := stdlib.OpenDB(*cfg)
	// Bounded so several replicas stay well inside PostgreSQL's default
	// max_connections (100).
	db.SetMaxOpenConns(20)
	db.SetMaxIdleConns(5)
	db.SetConnMaxIdleTime(5 * time.Minute)

	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, connectError(addr, cfg.Password, err)
	}
	s, err := sqlstore.Open(ctx, db, dialect, mustSub(migrations, "migrations"))
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// connectError says why the server at addr could not be reached, in the
// fewest words the driver's error chain allows.
func connectError(addr, password string, err error) error {
	var reason string
	var pgErr *pgconn.PgError
	var opErr *net.OpError
	var dnsErr *net.DNSError
	switch {
	case errors.As(err, &pgErr):
		reason = pgErr.Message // e.g. password authentication failed for user "x"
	case errors.Is(err, context.Canceled):
		reason = "cancelled"
	case errors.Is(err, context.DeadlineExceeded), pgconn.Timeout(err):
		reason = "timed out"
	case errors.As(err, &dnsErr):
		reason = dnsErr.Error()
	case errors.As(err, &opErr) && opErr.Err != nil:
		reason = opErr.Err.Error() // e.g. connect: connection refused
	default:
		reason = err.Error()
	}
	if password != "" {
		reason = strings.ReplaceAll(reason, password, "xxxxx")
	}
	return &tether.Error{
		Code:    tether.EUNAVAILABLE,
		Message: "could not connect to PostgreSQL at " + addr + ": " + reason,
		Err:     err,
	}
}

// parseReason is the cause of a URL parse error, when it cannot quote the URL
// (and so the password): pgx's own message does quote it.
func parseReason(err error) string {
	var pce *pgconn.ParseConfigError
	if !errors.As(err, &pce) || pce.Unwrap() == nil {
		return ""
	}
	reason := pce.Unwrap().Error()
	if strings.Contains(reason, "@") || strings.Contains(reason, "://") {
		return ""
	}
	return ": " + reason
}

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err)
	}
	return sub
}

func hasCode(codes ...string) func(error) bool {
	return func(err error) bool {
		var e *pgconn.PgError
		if !errors.As(err, &e) {
			return false
		}
		for _, c := range codes {
			if e.Code == c {
				return true
			}
		}
		return false
	}
}

// isUnavailable reports errors that mean the server cannot be used right
// now, as opposed to a query that went wrong.
func isUnavailable(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		// Class 08 is connection exceptions; 57P0x the server shutting down or
		// starting; 53 insufficient resources (too many connections, disk full).
		return strings.HasPrefix(pgErr.Code, "08") || strings.HasPrefix(pgErr.Code, "57P") ||
			strings.HasPrefix(pgErr.Code, "53")
	}
	var connectErr *pgconn.ConnectError
	var netErr net.Error
	return errors.As(err, &connectErr) || errors.As(err, &netErr) ||
		errors.Is(err, sql.ErrConnDone) || errors.Is(err, driver.ErrBadConn) || pgconn.SafeToRetry(err)
}
