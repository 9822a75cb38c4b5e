// Package pgtest gives tests a fresh PostgreSQL database of their own, so
// that test packages (and tests within them) can run in parallel against one
// server without seeing each other's data. It lives apart from package
// postgres so that "testing" stays out of the production binary.
//
// The server comes from TETHER_TEST_POSTGRES, a postgres:// URL whose user
// may create databases, e.g.
//
//	TETHER_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test?sslmode=disable
//
// Unset, PostgreSQL tests are skipped, except in CI (CI=true), where a
// missing server must not pass silently.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvVar names the environment variable holding the server's URL.
const EnvVar = "TETHER_TEST_POSTGRES"

// URL creates an empty database named tether_test_<random> on the server in
// TETHER_TEST_POSTGRES and returns its URL; the database is dropped when the
// test ends. It skips the test when the variable is unset (fails in CI), and
// fails it when the server cannot be reached.
func URL(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv(EnvVar)
	if base == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal(EnvVar + " must be set in CI")
		}
		tb.Skip(EnvVar + " is not set; skipping a PostgreSQL test")
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		tb.Fatalf("%s must be a postgres:// URL", EnvVar)
	}

	name := "tether_test_" + randomHex(8)
	admin(tb, base, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize())
	tb.Cleanup(func() {
		// FORCE disconnects sessions a test left open (PostgreSQL 13+).
		admin(tb, base, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
	})

	u.Path = "/" + name
	return u.String()
}

// admin runs one statement on the server's base database.
func admin(tb testing.TB, base, stmt string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("cannot reach the PostgreSQL server in %s (%s): %v", EnvVar, redacted(base), err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, stmt); err != nil {
		tb.Fatalf("%s: %v", stmt, err)
	}
}

func redacted(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "unparseable URL"
	}
	return u.Redacted()
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // never fails
	return hex.EncodeToString(b)
}
