package sqlite_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
	"github.com/tetherhq/tether/store/sqlite"
	"github.com/tetherhq/tether/store/storetest"
)

func open(t *testing.T, path string) store.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		return open(t, filepath.Join(t.TempDir(), "tether.db"))
	})
}

func TestOpenCreatesPrivateWALFileAndDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new", "dir", "tether.db")
	open(t, path)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := fi.Mode().Perm(); mode != 0o600 {
		t.Errorf("database file mode = %o, want 600", mode)
	}
	// WAL is a property of the file, so a plain connection sees it too.
	db := rawDB(t, path)
	defer db.Close()
	var mode string
	if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
}

func TestReopenKeepsDataAndMigratesOnce(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "tether.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	g := tether.Group{ID: "g1", Name: "ops", CreatedAt: time.Unix(0, 0).UTC(), UpdatedAt: time.Unix(0, 0).UTC()}
	if err := s.CreateGroup(ctx, g); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = open(t, path)
	if _, err := s.Group(ctx, "ops"); err != nil {
		t.Fatalf("group lost on reopen: %v", err)
	}
	if n, want := countMigrations(t, path), storetest.MigrationFiles(t); n != want {
		t.Fatalf("schema_migrations has %d rows after two opens, want %d", n, want)
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tether.db")
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db := rawDB(t, path)
	if _, err := db.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_future.sql', 'x')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	_, err = sqlite.Open(t.Context(), path)
	if err == nil || !strings.Contains(err.Error(), "9999") || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("Open of a newer schema: %v, want an error naming version 9999 as newer", err)
	}
}

func TestOpenUnwritablePath(t *testing.T) {
	// A path below a regular file cannot be created, even by root.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(file, "tether.db")
	_, err := sqlite.Open(t.Context(), path)
	if code := tether.ErrorCode(err); code != tether.EUNAVAILABLE {
		t.Fatalf("Open(%q) = %v (code %q), want EUNAVAILABLE", path, err, code)
	}
	if msg := tether.ErrorMessage(err); !strings.Contains(msg, path) || !strings.Contains(msg, "not a directory") {
		t.Errorf("message %q should name the path and the reason", msg)
	}
}

func TestOpenNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tether.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("this is not a database\n", 100)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := sqlite.Open(t.Context(), path)
	if code := tether.ErrorCode(err); code != tether.EUNAVAILABLE {
		t.Fatalf("Open of a non-database = %v (code %q), want EUNAVAILABLE", err, code)
	}
	if msg := tether.ErrorMessage(err); !strings.Contains(msg, path) {
		t.Errorf("message %q should name the path", msg)
	}
}

func TestAwkwardPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a dir?with#odd%chars", "tether.db")
	open(t, path)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database not at %q: %v", path, err)
	}
}

func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func countMigrations(t *testing.T, path string) int {
	t.Helper()
	db := rawDB(t, path)
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
