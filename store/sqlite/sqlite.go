// Package sqlite is the default store: one file beside the server, nothing
// else to run. It uses the pure-Go driver modernc.org/sqlite so the tether
// binary stays static (CGO_ENABLED=0); the queries are sqlstore's.
//
// Concurrency: the database runs in WAL mode, so readers never wait for the
// writer, and every transaction begins IMMEDIATE, taking SQLite's single
// write lock up front. Writers therefore queue (up to the busy timeout)
// instead of failing when a read-then-write transaction tries to upgrade its
// lock, and a read-modify-write such as UpdateUser needs no row locks.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
	"github.com/tetherhq/tether/store/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// busyTimeout is how long a writer waits for the write lock, in milliseconds.
// Transactions are short, so waiting this long means something is wrong.
const busyTimeout = "10000"

var dialect = sqlstore.Dialect{
	Name:                  "SQLite",
	TimeAsText:            true,
	JSONEachText:          "json_each",
	Position:              "instr",
	IsUniqueViolation:     hasCode(sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY),
	IsForeignKeyViolation: hasCode(sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY),
	IsBusy:                hasPrimaryCode(sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED),
	IsUnavailable: hasPrimaryCode(sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL,
		sqlite3.SQLITE_READONLY, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT),
}

// Open opens (creating if needed, with its directory) the database file at
// path, brings its schema up to date and returns a Store over it. The file
// is created readable by its owner only: it holds password hashes and the CA.
func Open(ctx context.Context, path string) (store.Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, openError(path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, openError(path, err)
	}
	// Create the file ourselves: SQLite would create it with mode 0644.
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, openError(path, err)
	}
	if err := f.Close(); err != nil {
		return nil, openError(path, err)
	}

	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, openError(path, err)
	}
	// Cached connections save re-running the pragmas and re-reading the
	// schema on every transaction; under a burst (thousands of agents
	// reconnecting) closing extra connections cost more than the work.
	// SQLite writes one at a time anyway, so more connections than this
	// only queue on its lock.
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, openError(path, err)
	}
	s, err := sqlstore.Open(ctx, db, dialect, mustSub(migrations, "migrations"))
	if err != nil {
		db.Close()
		return nil, openError(path, err)
	}
	return s, nil
}

// dsn builds a file: URI, escaping the path so that characters such as ? or
// # in a directory name are not taken for URI syntax.
func dsn(abs string) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+busyTimeout+")")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	return "file:" + (&url.URL{Path: filepath.ToSlash(abs)}).EscapedPath() + "?" + q.Encode()
}

func openError(path string, err error) error {
	return tether.Errorf(tether.EUNAVAILABLE, "could not open SQLite database %q: %w", path, err)
}

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err)
	}
	return sub
}

// hasCode matches SQLite errors by extended result code.
func hasCode(codes ...int) func(error) bool {
	return func(err error) bool {
		var e *sqlite.Error
		if !errors.As(err, &e) {
			return false
		}
		for _, c := range codes {
			if e.Code() == c {
				return true
			}
		}
		return false
	}
}

// hasPrimaryCode matches SQLite errors by primary result code, the low byte
// of the extended one (SQLITE_BUSY_TIMEOUT is a SQLITE_BUSY, say).
func hasPrimaryCode(codes ...int) func(error) bool {
	return func(err error) bool {
		var e *sqlite.Error
		if !errors.As(err, &e) {
			return false
		}
		for _, c := range codes {
			if e.Code()&0xff == c {
				return true
			}
		}
		return false
	}
}
