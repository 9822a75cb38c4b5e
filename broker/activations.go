package broker

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base32"
	"encoding/hex"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
	"github.com/tetherhq/tether/store"
)

// Activation limits, as SSM's: up to 1,000 registrations, descriptions up to
// 256 characters; expiry at most 30 days ahead.
const (
	MaxInstanceLimit      = 1000
	MaxActivationExpiry   = 30 * 24 * time.Hour
	DefaultActivationLife = 24 * time.Hour
)

// NewActivation is what an administrator gives to create an activation.
type NewActivation struct {
	Description         string
	InstanceLimit       int           // 0 means 1
	Expires             time.Duration // from now; 0 means 24 h
	DefaultInstanceName string
	Tags                map[string]string
}

func (n *NewActivation) validate() error {
	if n.InstanceLimit == 0 {
		n.InstanceLimit = 1
	}
	if n.Expires == 0 {
		n.Expires = DefaultActivationLife
	}
	switch {
	case n.InstanceLimit < 1 || n.InstanceLimit > MaxInstanceLimit:
		return invalid("RegistrationLimit", "must be between 1 and %d (got %d)", MaxInstanceLimit, n.InstanceLimit)
	case n.Expires < time.Minute || n.Expires > MaxActivationExpiry:
		return invalid("ExpirationDate", "must be between 1 minute and 30 days from now (got %s)", n.Expires)
	case utf8.RuneCountInString(n.Description) > 256:
		return invalid("Description", "must be at most 256 characters")
	}
	if n.DefaultInstanceName != "" {
		if err := identity.ValidateTags(map[string]string{"Name": n.DefaultInstanceName}); err != nil {
			return invalid("DefaultInstanceName", "%v", err)
		}
	}
	return identity.ValidateTags(n.Tags)
}

// CreateActivation creates an activation and returns it with its code, which
// is shown this once: only its hash is kept.
func (s *Service) CreateActivation(ctx context.Context, n NewActivation) (tether.Activation, string, error) {
	if err := n.validate(); err != nil {
		return tether.Activation{}, "", err
	}
	code := newActivationCode()
	now := s.now()
	a := tether.Activation{
		ID: tether.NewUUID(), CodeHash: hashCode(code), Description: n.Description, InstanceLimit: n.InstanceLimit,
		ExpiresAt: now.Add(n.Expires), DefaultInstanceName: n.DefaultInstanceName, Tags: n.Tags, CreatedAt: now,
	}
	if err := s.Store.CreateActivation(ctx, a); err != nil {
		return tether.Activation{}, "", err
	}
	return a, code, nil
}

// Activations lists activations, newest first.
func (s *Service) Activations(ctx context.Context) ([]tether.Activation, error) {
	return s.Store.ListActivations(ctx)
}

// DeleteActivation deletes an activation; registered instances stay.
func (s *Service) DeleteActivation(ctx context.Context, id string) error {
	return s.Store.DeleteActivation(ctx, id)
}

// consumeActivation checks an activation and its code and takes one slot,
// inside the caller's transaction. Each refusal says which rule failed.
func (s *Service) consumeActivation(ctx context.Context, tx store.Store, id, code string) (tether.Activation, error) {
	a, err := tx.UpdateActivation(ctx, id, func(a *tether.Activation) error {
		switch {
		case subtle.ConstantTimeCompare([]byte(hashCode(code)), []byte(a.CodeHash)) != 1:
			return tether.Errorf(tether.EFORBIDDEN, "the activation code is wrong for activation %s", id)
		case !s.now().Before(a.ExpiresAt):
			return tether.Errorf(tether.EFORBIDDEN, "activation %s expired at %s", id, a.ExpiresAt.Format(time.RFC3339))
		case a.RegistrationsCount >= a.InstanceLimit:
			return tether.Errorf(tether.EFORBIDDEN, "activation %s has reached its limit of %d registration(s)", id, a.InstanceLimit)
		}
		a.RegistrationsCount++
		return nil
	})
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		return a, tether.Errorf(tether.EFORBIDDEN, "activation %s does not exist (it was deleted, or the ID is wrong)", id)
	}
	return a, err
}

// newActivationCode is 20 characters of base32: 100 random bits, easy to
// paste into a terminal.
func newActivationCode() string {
	b := make([]byte, 13)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b)[:20]
}

// hashCode hashes an activation code. A plain SHA-256 suffices: codes are
// random with 100 bits, so there is nothing to brute-force offline.
func hashCode(code string) string {
	sum := sha256.Sum256([]byte(strings.TrimSpace(code)))
	return hex.EncodeToString(sum[:])
}
