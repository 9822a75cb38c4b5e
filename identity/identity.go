// Package identity owns the directory's business rules: what a valid user,
// group, permission set or assignment is, how passwords are kept, and how a
// user signs in and becomes a signed-in identity bound to one permission set.
// Storage only keeps what this package has checked.
package identity

import (
	"context"
	"crypto/rand"
	"sync"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/mail"
	"github.com/tetherhq/tether/mfa"
	"github.com/tetherhq/tether/store"
)

// Service is the directory. Now is injected so tests can move time.
type Service struct {
	Store store.Store
	Now   func() time.Time
	// Mail sends invitations and emailed sign-in codes; nil refuses both.
	Mail mail.Sender
	// PublicURL is the server's address, for links in emails.
	PublicURL string
	// WebAuthn verifies security keys and passkeys; nil refuses WebAuthn.
	WebAuthn *mfa.WebAuthn
	// Events receives security events (lockouts, device changes) for the
	// audit trail.
	Events func(ctx context.Context, ev Event)

	throttleOnce sync.Once
	throttle     *addressThrottle
}

// New returns a Service over st using the wall clock.
func New(st store.Store) *Service {
	return &Service{Store: st, Now: time.Now}
}

func (s *Service) now() time.Time { return s.Now().UTC() }

// NewAccountID returns a random 12-digit account ID that does not start
// with 0, so it never loses digits when a tool treats it as a number.
func NewAccountID() string {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	for i := range b {
		b[i] = '0' + b[i]%10
	}
	if b[0] == '0' {
		b[0] = '1'
	}
	return string(b)
}

// Account returns the deployment's account.
func (s *Service) Account(ctx context.Context) (tether.Account, error) {
	return s.Store.Account(ctx)
}

func cloneTags(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
