// Package broker owns managed instances and their sessions: activations
// that let agents register, the instance registry with tags and ping status,
// and the life of each session from start to end. The server's HTTP layer
// calls it after authorization; the relay moves the bytes.
package broker

import (
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/pki"
	"github.com/tetherhq/tether/store"
)

// Service is the broker of one deployment.
type Service struct {
	Store   store.Store
	CA      *pki.CA
	Account tether.Account
	Now     func() time.Time
	// RunAs is the OS user sessions run as unless a user's SSMSessionRunAs
	// tag says otherwise; empty means DefaultRunAs.
	RunAs string
}

func (s *Service) now() time.Time { return s.Now().UTC() }

// NewInstanceID returns "mi-" and 17 random hex digits, the shape of SSM's
// managed instance IDs.
func NewInstanceID() string { return "mi-" + tether.RandomHex(17) }

// NewSessionID returns "<username>-<17 hex>", the shape of SSM's session IDs
// that policies match with "session/${aws:username}-*".
func NewSessionID(username string) string { return username + "-" + tether.RandomHex(17) }

func invalid(field, format string, args ...any) error {
	return tether.Errorf(tether.EINVALID, field+": "+format, args...)
}
