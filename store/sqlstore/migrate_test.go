package sqlstore_test

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	_ "modernc.org/sqlite"

	"github.com/tetherhq/tether/store/sqlstore"
)

// These tests use SQLite only as a convenient database/sql driver; the
// backends' own tests cover their real migrations.

var plain = sqlstore.Dialect{
	Name:                  "SQLite",
	TimeAsText:            true,
	IsUniqueViolation:     func(error) bool { return false },
	IsForeignKeyViolation: func(error) bool { return false },
	IsBusy:                func(error) bool { return false },
	IsUnavailable:         func(error) bool { return false },
}

func openDB(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func files(m map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, body := range m {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return fsys
}

func applied(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	return strings.Join(names, " ")
}

func TestMigrateOrderAndOnce(t *testing.T) {
	db := openDB(t)
	ms := files(map[string]string{
		"10_c.sql": `INSERT INTO log VALUES ('c');`,
		"2_b.sql":  `INSERT INTO log VALUES ('b');`,
		"1_a.sql":  `CREATE TABLE log (step TEXT); INSERT INTO log VALUES ('a');`,
	})
	for range 2 {
		if err := sqlstore.Migrate(t.Context(), db, plain, ms); err != nil {
			t.Fatal(err)
		}
	}
	var steps string
	if err := db.QueryRow(`SELECT group_concat(step, '') FROM log`).Scan(&steps); err != nil {
		t.Fatal(err)
	}
	if steps != "abc" {
		t.Fatalf("migrations ran as %q, want abc, each once", steps)
	}
	if got := applied(t, db); got != "1_a.sql 2_b.sql 10_c.sql" {
		t.Fatalf("recorded %q", got)
	}
}

func TestMigrateFailureIsAtomic(t *testing.T) {
	db := openDB(t)
	err := sqlstore.Migrate(t.Context(), db, plain, files(map[string]string{
		"1_a.sql": `CREATE TABLE a (x TEXT);`,
		"2_b.sql": `CREATE TABLE b (x TEXT); THIS IS NOT SQL;`,
	}))
	if err == nil || !strings.Contains(err.Error(), "2_b.sql") {
		t.Fatalf("Migrate = %v, want an error naming 2_b.sql", err)
	}
	if got := applied(t, db); got != "1_a.sql" {
		t.Fatalf("recorded %q, want only 1_a.sql", got)
	}
	if _, err := db.Exec(`SELECT * FROM b`); err == nil {
		t.Fatal("table b exists: the failed migration was not rolled back")
	}
}

func TestMigrateRefusesNewerSchema(t *testing.T) {
	db := openDB(t)
	ms := files(map[string]string{"1_a.sql": `CREATE TABLE a (x TEXT);`})
	if err := sqlstore.Migrate(t.Context(), db, plain, ms); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO schema_migrations VALUES (2, '2_b.sql', 'x')`); err != nil {
		t.Fatal(err)
	}
	err := sqlstore.Migrate(t.Context(), db, plain, ms)
	if err == nil || !strings.Contains(err.Error(), "version 2, newer") {
		t.Fatalf("Migrate = %v, want a refusal of schema version 2", err)
	}
}

func TestMigrateBadFiles(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"bad name":          files(map[string]string{"init.sql": ``}),
		"duplicate version": files(map[string]string{"1_a.sql": ``, "001_b.sql": ``}),
	} {
		if err := sqlstore.Migrate(t.Context(), openDB(t), plain, fsys); err == nil {
			t.Errorf("%s: Migrate succeeded", name)
		}
	}
}
