package storetest

import (
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

func newDevice(id, userID string) tether.MFADevice {
	return tether.MFADevice{
		ID: id, UserID: userID, Kind: tether.MFATOTP, Name: "phone " + id,
		Secret: "JBSWY3DPEHPK3PXP", Confirmed: false, LastUsedStep: 0, CreatedAt: t0,
	}
}

func testMFADevices(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := mustCreateUser(t, s, "alice", "bob")
	d := newDevice("mfa-1", u[0].ID)
	must(t, s.CreateMFADevice(ctx, d))
	wantCode(t, s.CreateMFADevice(ctx, d), tether.ECONFLICT, "mfa-1")
	wantCode(t, s.CreateMFADevice(ctx, newDevice("mfa-x", "u-nobody")), tether.ENOTFOUND, "u-nobody")

	got, err := s.MFADevice(ctx, "mfa-1")
	must(t, err)
	if !reflect.DeepEqual(got, d) {
		t.Fatalf("read back %+v, want %+v", got, d)
	}
	_, err = s.MFADevice(ctx, "mfa-missing")
	wantCode(t, err, tether.ENOTFOUND, "mfa-missing")

	used := t0.Add(time.Minute)
	got, err = s.UpdateMFADevice(ctx, "mfa-1", func(d *tether.MFADevice) error {
		d.Confirmed, d.LastUsedStep, d.LastUsedAt, d.Name = true, 57000000123, used, "renamed"
		return nil
	})
	must(t, err)
	if !got.Confirmed || got.LastUsedStep != 57000000123 || !got.LastUsedAt.Equal(used) || got.Name != "renamed" {
		t.Fatalf("after update: %+v", got)
	}
	_, err = s.UpdateMFADevice(ctx, "mfa-1", func(d *tether.MFADevice) error { d.UserID = u[1].ID; return nil })
	wantCode(t, err, tether.EINVALID)
	_, err = s.UpdateMFADevice(ctx, "mfa-1", func(d *tether.MFADevice) error {
		d.Confirmed = false
		return tether.Errorf(tether.EINVALID, "refused")
	})
	wantCode(t, err, tether.EINVALID, "refused")
	if got, _ := s.MFADevice(ctx, "mfa-1"); !got.Confirmed {
		t.Fatal("an aborted update was written")
	}

	second := newDevice("mfa-2", u[0].ID)
	second.CreatedAt = t0.Add(time.Hour)
	second.Kind, second.CredentialID = tether.MFAWebAuthn, "Y3JlZA"
	must(t, s.CreateMFADevice(ctx, second))
	must(t, s.CreateMFADevice(ctx, newDevice("mfa-3", u[1].ID)))
	list, err := s.ListMFADevices(ctx, u[0].ID)
	must(t, err)
	if len(list) != 2 || list[0].ID != "mfa-1" || list[1].ID != "mfa-2" || list[1].CredentialID != "Y3JlZA" {
		t.Fatalf("alice's devices: %+v", list)
	}
	must(t, s.DeleteMFADevice(ctx, "mfa-1"))
	wantCode(t, s.DeleteMFADevice(ctx, "mfa-1"), tether.ENOTFOUND, "mfa-1")

	must(t, s.DeleteUser(ctx, "alice"))
	if list, _ := s.ListMFADevices(ctx, u[0].ID); len(list) != 0 {
		t.Fatalf("devices outlived their user: %+v", list)
	}
	if list, _ := s.ListMFADevices(ctx, u[1].ID); len(list) != 1 {
		t.Fatalf("bob's device went with alice: %+v", list)
	}
}

func newTicket(hash string, kind tether.TicketKind, userID string, created time.Time) tether.Ticket {
	return tether.Ticket{
		Hash: hash, Kind: kind, UserID: userID, Data: []byte(`{"k":"v"}`),
		CreatedAt: created, ExpiresAt: created.Add(time.Hour),
	}
}

func testTickets(t *testing.T, s store.Store) {
	ctx := t.Context()
	u := mustCreateUser(t, s, "alice", "bob")
	a := newTicket("h1", tether.TicketInvitation, u[0].ID, t0)
	must(t, s.CreateTicket(ctx, a))
	wantCode(t, s.CreateTicket(ctx, a), tether.ECONFLICT)
	got, err := s.Ticket(ctx, "h1")
	must(t, err)
	if !reflect.DeepEqual(got, a) {
		t.Fatalf("read back %+v, want %+v", got, a)
	}
	_, err = s.Ticket(ctx, "nope")
	wantCode(t, err, tether.ENOTFOUND)

	got, err = s.UpdateTicket(ctx, "h1", func(t *tether.Ticket) error {
		t.Attempts++
		t.Data = nil
		return nil
	})
	must(t, err)
	if got.Attempts != 1 || len(got.Data) != 0 {
		t.Fatalf("after update: %+v", got)
	}
	_, err = s.UpdateTicket(ctx, "h1", func(t *tether.Ticket) error { t.Hash = "h2"; return nil })
	wantCode(t, err, tether.EINVALID)

	anon := newTicket("h2", tether.TicketFailures, "", t0.Add(time.Minute))
	anon.Data = nil
	must(t, s.CreateTicket(ctx, anon))
	must(t, s.CreateTicket(ctx, newTicket("h3", tether.TicketEmailCode, u[0].ID, t0.Add(2*time.Minute))))
	must(t, s.CreateTicket(ctx, newTicket("h4", tether.TicketEmailCode, u[1].ID, t0.Add(3*time.Minute))))

	hashes := func(f store.TicketFilter) []string {
		t.Helper()
		list, err := s.ListTickets(ctx, f)
		must(t, err)
		out := []string{}
		for _, tk := range list {
			out = append(out, tk.Hash)
		}
		return out
	}
	for _, c := range []struct {
		f    store.TicketFilter
		want []string
	}{
		{store.TicketFilter{}, []string{"h1", "h2", "h3", "h4"}},
		{store.TicketFilter{UserID: u[0].ID}, []string{"h1", "h3"}},
		{store.TicketFilter{Kind: tether.TicketEmailCode}, []string{"h3", "h4"}},
		{store.TicketFilter{UserID: u[0].ID, Kind: tether.TicketEmailCode}, []string{"h3"}},
		{store.TicketFilter{Since: t0.Add(2 * time.Minute)}, []string{"h3", "h4"}},
	} {
		if got := hashes(c.f); !reflect.DeepEqual(got, c.want) {
			t.Errorf("ListTickets(%+v) = %v, want %v", c.f, got, c.want)
		}
	}

	n, err := s.DeleteExpiredTickets(ctx, t0.Add(time.Hour+90*time.Second))
	must(t, err)
	if n != 2 {
		t.Errorf("DeleteExpiredTickets removed %d, want 2 (h1, h2)", n)
	}
	must(t, s.DeleteTicket(ctx, "h3"))
	wantCode(t, s.DeleteTicket(ctx, "h3"), tether.ENOTFOUND)

	must(t, s.DeleteUser(ctx, "bob"))
	if got := hashes(store.TicketFilter{}); len(got) != 0 {
		t.Errorf("tickets outlived their user: %v", got)
	}
}

// testTicketConsumedOnce checks that of concurrent deletes of one ticket
// exactly one succeeds: consuming a one-time code twice must be impossible.
func testTicketConsumedOnce(t *testing.T, s store.Store) {
	ctx := t.Context()
	must(t, s.CreateTicket(ctx, newTicket("once", tether.TicketEmailCode, "", t0)))
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok := 0
	for range 8 {
		wg.Go(func() {
			if err := s.DeleteTicket(ctx, "once"); err == nil {
				mu.Lock()
				ok++
				mu.Unlock()
			} else if tether.ErrorCode(err) != tether.ENOTFOUND {
				t.Errorf("delete: %v", err)
			}
		})
	}
	wg.Wait()
	if ok != 1 {
		t.Fatalf("%d deletes of one ticket succeeded, want 1", ok)
	}
}
