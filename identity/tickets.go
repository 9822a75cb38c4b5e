package identity

import (
	"context"
	"encoding/json"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// issueTicket stores a ticket of kind for userID with data as JSON and
// returns the secret that names it; only the secret's hash is kept.
func (s *Service) issueTicket(ctx context.Context, st store.Store, kind tether.TicketKind, userID string,
	data any, ttl time.Duration) (string, tether.Ticket, error) {
	raw, err := json.Marshal(data)
	if err != nil {
		return "", tether.Ticket{}, err
	}
	secret := newSecret()
	now := s.now()
	t := tether.Ticket{Hash: HashToken(secret), Kind: kind, UserID: userID, Data: raw, CreatedAt: now, ExpiresAt: now.Add(ttl)}
	return secret, t, st.CreateTicket(ctx, t)
}

// ticket returns the live ticket of kind named by secret. A missing, expired
// or other-kind ticket is EUNAUTHORIZED with a message that names what was
// expected (what, e.g. "sign-in") and what to do.
func (s *Service) ticket(ctx context.Context, secret string, kind tether.TicketKind, what, again string) (tether.Ticket, error) {
	t, err := s.Store.Ticket(ctx, HashToken(secret))
	if tether.ErrorCode(err) == tether.ENOTFOUND || (err == nil && t.Kind != kind) {
		return tether.Ticket{}, tether.Errorf(tether.EUNAUTHORIZED, "this %s is not valid or was already used; %s", what, again)
	} else if err != nil {
		return tether.Ticket{}, err
	}
	if !s.now().Before(t.ExpiresAt) {
		return tether.Ticket{}, tether.Errorf(tether.EUNAUTHORIZED, "this %s expired at %s; %s", what,
			t.ExpiresAt.Format(time.RFC3339), again)
	}
	return t, nil
}

// consume deletes a ticket; of two concurrent consumers only one succeeds.
func consume(ctx context.Context, st store.Store, t tether.Ticket, what, again string) error {
	err := st.DeleteTicket(ctx, t.Hash)
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		return tether.Errorf(tether.EUNAUTHORIZED, "this %s was already used; %s", what, again)
	}
	return err
}

func decodeTicket(t tether.Ticket, v any) error {
	if err := json.Unmarshal(t.Data, v); err != nil {
		return tether.Errorf(tether.EINTERNAL, "a stored %s ticket is unreadable: %w", t.Kind, err)
	}
	return nil
}

// SweepTickets removes expired tickets, keeping failure counters of locked
// user names (which never expire until unlocked). Emailed codes that were
// used or replaced are expired but still count towards the per-user limit
// for emailCodeWindow after they were sent, so only tickets expired longer
// ago than that are removed.
func (s *Service) SweepTickets(ctx context.Context) (int, error) {
	return s.Store.DeleteExpiredTickets(ctx, s.now().Add(-emailCodeWindow))
}
