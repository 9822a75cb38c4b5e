package server

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
	"github.com/tetherhq/tether/store/sqlite"
)

// TestSweep checks the janitor: log events past their group's retention
// go, newer ones and groups kept forever stay, and expired tokens go.
func TestSweep(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Now().UTC()
	if _, _, err := Init(ctx, st, InitOptions{DataDir: dir, AdminUser: "admin", AdminPassword: password}); err != nil {
		t.Fatal(err)
	}
	srv, err := New(ctx, Config{Store: st, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Audit: &auditLog{}})
	if err != nil {
		t.Fatal(err)
	}
	for name, days := range map[string]int{"week": 7, "forever": 0} {
		if err := st.CreateLogGroup(ctx, tether.LogGroup{Name: name, RetentionDays: days, CreatedAt: now}); err != nil {
			t.Fatal(err)
		}
		err := st.PutLogEvents(ctx, name, "s", []tether.LogEvent{
			{Time: now.AddDate(0, 0, -8), Message: "old"}, {Time: now.AddDate(0, 0, -1), Message: "new"}})
		if err != nil {
			t.Fatal(err)
		}
	}
	srv.sweep(ctx)
	for name, want := range map[string]int{"week": 1, "forever": 2} {
		evs, err := st.LogEvents(ctx, store.LogFilter{Group: name})
		if err != nil || len(evs) != want {
			t.Errorf("group %s keeps %d events (%v), want %d", name, len(evs), err, want)
		}
	}
}
