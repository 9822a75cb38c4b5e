package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"time"

	"github.com/tetherhq/tether"
)

// Open migrates db with the *.sql files at the root of migrations and returns
// a Store over it. On error db is left open: the caller opened it.
func Open(ctx context.Context, db *sql.DB, d Dialect, migrations fs.FS) (*Store, error) {
	if err := Migrate(ctx, db, d, migrations); err != nil {
		return nil, err
	}
	return New(db, d), nil
}

type migration struct {
	version int64
	name    string // file name, e.g. 0001_init.sql
	sql     string
}

var migrationName = regexp.MustCompile(`^([0-9]+)_[a-z0-9_]+\.sql$`)

func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names {
		m := migrationName.FindStringSubmatch(path.Base(name))
		if m == nil {
			return nil, fmt.Errorf("migration file %q is not named NNNN_name.sql", name)
		}
		v, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("migration file %q: %w", name, err)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: name, sql: string(b)})
	}
	// Glob sorts by name; sort by number so 10_x follows 9_x whatever the padding.
	slices.SortFunc(ms, func(a, b migration) int { return cmp.Compare(a.version, b.version) })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("migrations %q and %q have the same version", ms[i-1].name, ms[i].name)
		}
	}
	return ms, nil
}

// Migrate applies the migrations in migrations that db has not recorded in
// schema_migrations, each in its own transaction together with the row that
// records it, so a failure leaves the schema at the last whole migration.
// Every transaction first takes d.MigrationLock, so replicas starting at the
// same time take turns and each migration runs once. A database that records
// a migration this binary does not have was written by a newer version and
// is refused rather than used with a schema we do not understand.
func Migrate(ctx context.Context, db *sql.DB, d Dialect, migrations fs.FS) error {
	ms, err := loadMigrations(migrations)
	if err != nil {
		return tether.Errorf(tether.EINTERNAL, "could not load the %s migrations: %w", d.Name, err)
	}
	s := New(db, d)
	for {
		var applied *migration
		err := s.inTx(ctx, func(tx *Store) error {
			next, err := tx.nextMigration(ctx, ms)
			if err != nil || next == nil {
				return err
			}
			if _, err := tx.exec(ctx, next.sql); err != nil {
				return tether.Errorf(tether.EINTERNAL, "could not apply %s migration %s: %w", d.Name, next.name, err)
			}
			_, err = tx.exec(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				next.version, next.name, time.Now().UTC().Format(time.RFC3339Nano))
			if err != nil {
				return tx.fail(err, "could not record %s migration %s", d.Name, next.name)
			}
			applied = next
			return nil
		})
		if err != nil {
			return err
		}
		if applied == nil {
			return nil
		}
	}
}

// nextMigration locks out other migrators for the transaction, makes sure
// schema_migrations exists and returns the first migration not yet applied,
// or nil when the schema is current.
func (s *Store) nextMigration(ctx context.Context, ms []migration) (*migration, error) {
	if s.d.MigrationLock != "" {
		if _, err := s.exec(ctx, s.d.MigrationLock); err != nil {
			return nil, s.fail(err, "could not lock the %s schema for migration", s.d.Name)
		}
	}
	if _, err := s.exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    BIGINT PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return nil, s.fail(err, "could not create the %s schema_migrations table", s.d.Name)
	}
	versions, err := list(ctx, s, func(sc scanner) (int64, error) {
		var v int64
		return v, sc.Scan(&v)
	}, "applied migrations", `SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		return nil, err
	}
	known := func(v int64) bool {
		return slices.ContainsFunc(ms, func(m migration) bool { return m.version == v })
	}
	for _, v := range versions {
		if !known(v) {
			latest := int64(0)
			if len(ms) > 0 {
				latest = ms[len(ms)-1].version
			}
			return nil, tether.Errorf(tether.EUNAVAILABLE,
				"the %s database has schema version %d, newer than this tether binary knows (up to %d): upgrade tether",
				s.d.Name, v, latest)
		}
	}
	for i := range ms {
		if !slices.Contains(versions, ms[i].version) {
			return &ms[i], nil
		}
	}
	return nil, nil
}
