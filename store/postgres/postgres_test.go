package postgres_test

import (
	"context"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
	"github.com/tetherhq/tether/store/postgres"
	"github.com/tetherhq/tether/store/postgres/pgtest"
	"github.com/tetherhq/tether/store/storetest"
)

func open(t *testing.T, url string) store.Store {
	t.Helper()
	s, err := postgres.Open(t.Context(), url)
	if err != nil {
		t.Fatalf("Open: %v", err)
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
		return open(t, pgtest.URL(t))
	})
}

func TestOpenUnreachable(t *testing.T) {
	const password = "s3cret-pw"
	start := time.Now()
	_, err := postgres.Open(t.Context(), "postgres://tether:"+password+"@127.0.0.1:1/tether?sslmode=disable")
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("Open took %v to fail", took)
	}
	checkUnavailable(t, err, "127.0.0.1:1", password)
	if msg := err.Error(); !strings.Contains(msg, "could not connect to PostgreSQL at 127.0.0.1:1: ") ||
		!strings.Contains(msg, "refused") {
		t.Errorf("message %q should say it could not connect to 127.0.0.1:1 and why", msg)
	}
}

// silentServer accepts connections and never answers, like a server behind a
// firewall that drops packets, but on loopback.
func silentServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return ln.Addr().String()
}

func TestOpenTimesOut(t *testing.T) {
	const password = "s3cret-pw"
	addr := silentServer(t)
	start := time.Now()
	_, err := postgres.Open(t.Context(), "postgres://tether:"+password+"@"+addr+"/tether?sslmode=disable&connect_timeout=1")
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("Open with connect_timeout=1 took %v to fail", took)
	}
	checkUnavailable(t, err, addr, password)
	if !strings.Contains(err.Error(), "timed out") {
		t.Errorf("message %q should say the connection timed out", err)
	}
}

func TestOpenHonoursContext(t *testing.T) {
	addr := silentServer(t)
	ctx, cancel := context.WithTimeout(t.Context(), 500*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := postgres.Open(ctx, "postgres://tether@"+addr+"/tether?sslmode=disable")
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("Open with a 500ms context took %v to fail", took)
	}
	checkUnavailable(t, err, addr, "")
}

func TestOpenBadURL(t *testing.T) {
	const password = "s3cret-pw"
	_, err := postgres.Open(t.Context(), "postgres://tether:"+password+"@127.0.0.1:notaport/x")
	checkUnavailable(t, err, "", password)
}

func checkUnavailable(t *testing.T, err error, addr, password string) {
	t.Helper()
	if code := tether.ErrorCode(err); code != tether.EUNAVAILABLE {
		t.Fatalf("got %v (code %q), want EUNAVAILABLE", err, code)
	}
	msg := tether.ErrorMessage(err)
	if addr != "" && !strings.Contains(msg, addr) {
		t.Errorf("message %q does not name %s", msg, addr)
	}
	if password != "" && strings.Contains(msg, password) {
		t.Errorf("message %q contains the password", msg)
	}
}

func TestConcurrentOpens(t *testing.T) {
	url := pgtest.URL(t)
	const n = 4
	var wg sync.WaitGroup
	errs := make([]error, n)
	stores := make([]store.Store, n)
	for i := range n {
		wg.Go(func() { stores[i], errs[i] = postgres.Open(t.Context(), url) })
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Errorf("Open %d: %v", i, errs[i])
			continue
		}
		stores[i].Close()
	}
	if got, want := countMigrations(t, url), storetest.MigrationFiles(t); got != want {
		t.Fatalf("schema_migrations has %d rows, want %d", got, want)
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := t.Context()
	url := pgtest.URL(t)
	s, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutSetting(ctx, "k", []byte("v")); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = open(t, url)
	if v, err := s.Setting(ctx, "k"); err != nil || string(v) != "v" {
		t.Fatalf("setting after reopen = %q, %v", v, err)
	}
	if got, want := countMigrations(t, url), storetest.MigrationFiles(t); got != want {
		t.Fatalf("schema_migrations has %d rows, want %d", got, want)
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	url := pgtest.URL(t)
	open(t, url)
	exec(t, url, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_future.sql', 'x')`)
	_, err := postgres.Open(t.Context(), url)
	if err == nil || !strings.Contains(err.Error(), "9999") || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("Open of a newer schema: %v, want an error naming version 9999 as newer", err)
	}
}

func exec(t *testing.T, url, stmt string) {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(t.Context(), stmt); err != nil {
		t.Fatal(err)
	}
}

func countMigrations(t *testing.T, url string) int {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var n int
	if err := conn.QueryRow(t.Context(), `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
