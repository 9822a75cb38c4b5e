package identity

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/tetherhq/tether"
)

// Brute-force protection. Failures (wrong password, wrong code) count per
// user name, whether or not the user exists, so that neither the throttle
// nor the lockout reveals which names exist:
//   - after throttleAfter failures in a row, each further attempt must wait
//     twice as long as the one before (1 s, 2 s, 4 s ... up to a minute);
//   - after MFASettings.LockoutThreshold failures the name is locked until an
//     administrator unlocks it (tether admin users unlock NAME);
//   - per source address, more than addressLimit failures in addressWindow
//     refuse further attempts from that address until the window passes.
//
// A success resets the user name's count.
const (
	throttleAfter   = 5
	maxThrottle     = time.Minute
	failureMemory   = 24 * time.Hour // a count without failures for this long starts over
	lockedForever   = 100 * 365 * 24 * time.Hour
	addressLimit    = 50
	addressWindow   = 15 * time.Minute
	maxAddressesKep = 100000
)

type failureData struct {
	Last   time.Time `json:"Last"`
	Locked bool      `json:"Locked,omitempty"`
}

func failureKey(username string) string { return HashToken("failures:" + strings.ToLower(username)) }

// checkAttempt refuses an attempt for a locked or throttled user name, or
// from a throttled address, before any secret is checked.
func (s *Service) checkAttempt(ctx context.Context, username, sourceIP string) error {
	if wait := s.addresses().wait(sourceIP, s.now()); wait > 0 {
		return tether.Errorf(tether.ETHROTTLED,
			"too many failed sign-ins from your address; try again in %s", roundUp(wait))
	}
	t, err := s.Store.Ticket(ctx, failureKey(username))
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		return nil
	} else if err != nil {
		return err
	}
	var d failureData
	if err := decodeTicket(t, &d); err != nil {
		return err
	}
	if d.Locked {
		return lockedError(username)
	}
	if t.Attempts >= throttleAfter {
		delay := min(time.Second<<(t.Attempts-throttleAfter), maxThrottle)
		if wait := d.Last.Add(delay).Sub(s.now()); wait > 0 {
			return tether.Errorf(tether.ETHROTTLED,
				"too many failed sign-ins for user %s; try again in %s", username, roundUp(wait))
		}
	}
	return nil
}

func lockedError(username string) error {
	return tether.Errorf(tether.EUNAUTHORIZED,
		"user %s is locked after too many failed sign-ins; an administrator can unlock it (tether admin users unlock %s)",
		username, username)
}

// recordFailure counts one failure against the user name and the address
// and reports whether this failure locked the name.
func (s *Service) recordFailure(ctx context.Context, username, sourceIP string) (bool, error) {
	now := s.now()
	s.addresses().fail(sourceIP, now)
	set, err := s.MFASettings(ctx)
	if err != nil {
		return false, err
	}
	key := failureKey(username)
	locked := false
	update := func(t *tether.Ticket) error {
		var d failureData
		if err := decodeTicket(*t, &d); err != nil {
			return err
		}
		if d.Locked {
			return nil
		}
		if now.Sub(d.Last) > failureMemory {
			t.Attempts = 0
		}
		t.Attempts++
		d.Last = now
		t.ExpiresAt = now.Add(failureMemory)
		if t.Attempts >= set.LockoutThreshold {
			d.Locked, locked = true, true
			t.ExpiresAt = now.Add(lockedForever)
		}
		t.Data = mustJSON(d)
		return nil
	}
	for range 3 { // create the counter, or update it if another attempt created it first
		_, err = s.Store.UpdateTicket(ctx, key, update)
		if tether.ErrorCode(err) != tether.ENOTFOUND {
			break
		}
		t := tether.Ticket{Hash: key, Kind: tether.TicketFailures, Data: []byte("{}"), CreatedAt: now}
		if err = update(&t); err != nil {
			break
		}
		if err = s.Store.CreateTicket(ctx, t); tether.ErrorCode(err) != tether.ECONFLICT {
			break
		}
	}
	if locked {
		s.emit(ctx, Event{Name: EventUserLockedOut, UserName: username, SourceIP: sourceIP,
			Detail: fmt.Sprintf("%d failed sign-ins", set.LockoutThreshold)})
	}
	return locked, err
}

// clearFailures forgets the failures of a user name after a success.
func (s *Service) clearFailures(ctx context.Context, username string) error {
	err := s.Store.DeleteTicket(ctx, failureKey(username))
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		return nil
	}
	return err
}

// Locked reports whether a user name is locked out.
func (s *Service) Locked(ctx context.Context, username string) (bool, error) {
	t, err := s.Store.Ticket(ctx, failureKey(username))
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		return false, nil
	} else if err != nil {
		return false, err
	}
	var d failureData
	return d.Locked, decodeTicket(t, &d)
}

// Unlock lifts a lockout of an existing user and forgets its failures.
func (s *Service) Unlock(ctx context.Context, username string) error {
	if _, err := s.Store.User(ctx, username); err != nil {
		return err
	}
	return s.clearFailures(ctx, username)
}

// addressThrottle counts recent failures per source address in memory.
// With several replicas each keeps its own count, which only loosens the
// limit by the number of replicas; the per-user-name count is in the store.
type addressThrottle struct {
	mu       sync.Mutex
	failures map[string][]time.Time
}

func (s *Service) addresses() *addressThrottle {
	s.throttleOnce.Do(func() { s.throttle = &addressThrottle{failures: map[string][]time.Time{}} })
	return s.throttle
}

func (a *addressThrottle) recent(ip string, now time.Time) []time.Time {
	list := a.failures[ip]
	i := 0
	for i < len(list) && now.Sub(list[i]) > addressWindow {
		i++
	}
	list = list[i:]
	if len(list) == 0 {
		delete(a.failures, ip)
	} else {
		a.failures[ip] = list
	}
	return list
}

func (a *addressThrottle) wait(ip string, now time.Time) time.Duration {
	a.mu.Lock()
	defer a.mu.Unlock()
	list := a.recent(ip, now)
	if len(list) < addressLimit {
		return 0
	}
	return list[len(list)-addressLimit].Add(addressWindow).Sub(now)
}

func (a *addressThrottle) fail(ip string, now time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.failures) >= maxAddressesKep {
		clear(a.failures) // bounded memory under a distributed attack; user-name counts still apply
	}
	a.failures[ip] = append(a.recent(ip, now), now)
}

// roundUp rounds a wait up to whole seconds for messages.
func roundUp(d time.Duration) time.Duration {
	if r := d.Truncate(time.Second); r != d {
		return r + time.Second
	}
	return d
}
