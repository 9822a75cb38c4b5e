package identity

import (
	"context"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/policy"
	"github.com/tetherhq/tether/store"
)

// NewPermissionSet is what an administrator gives to create a permission set.
type NewPermissionSet struct {
	Name            string
	Description     string
	SessionDuration time.Duration // zero means the default, 1 h
	RelayState      string
	InlinePolicy    string
	Tags            map[string]string
}

func (n *NewPermissionSet) validate() error {
	if n.SessionDuration == 0 {
		n.SessionDuration = DefaultSessionDuration
	}
	if err := ValidatePermissionSetName(n.Name); err != nil {
		return err
	}
	if err := validateText("Description", n.Description, MaxPSDescriptionLen); err != nil {
		return err
	}
	if err := ValidateSessionDuration(n.SessionDuration); err != nil {
		return err
	}
	if err := ValidateRelayState(n.RelayState); err != nil {
		return err
	}
	if err := ValidatePolicy(n.InlinePolicy); err != nil {
		return err
	}
	return ValidateTags(n.Tags)
}

// ValidatePolicy checks an inline policy document; the error names the
// statement and field that are wrong.
func ValidatePolicy(doc string) error {
	if doc == "" {
		return invalid("InlinePolicy", "is required")
	}
	if _, err := policy.Parse([]byte(doc)); err != nil {
		return invalid("InlinePolicy", "%v", err)
	}
	return nil
}

// CreatePermissionSet creates a permission set after checking every field,
// the policy included.
func (s *Service) CreatePermissionSet(ctx context.Context, n NewPermissionSet) (tether.PermissionSet, error) {
	if err := n.validate(); err != nil {
		return tether.PermissionSet{}, err
	}
	now := s.now()
	ps := tether.PermissionSet{
		ID: tether.RandomHex(16), Name: n.Name, Description: n.Description, SessionDuration: n.SessionDuration,
		RelayState: n.RelayState, InlinePolicy: n.InlinePolicy, Tags: cloneTags(n.Tags),
		CreatedAt: now, UpdatedAt: now,
	}
	if err := s.Store.CreatePermissionSet(ctx, ps); err != nil {
		return tether.PermissionSet{}, err
	}
	return ps, nil
}

// PermissionSet returns one permission set.
func (s *Service) PermissionSet(ctx context.Context, name string) (tether.PermissionSet, error) {
	return s.Store.PermissionSet(ctx, name)
}

// PermissionSets lists all permission sets.
func (s *Service) PermissionSets(ctx context.Context) ([]tether.PermissionSet, error) {
	return s.Store.ListPermissionSets(ctx)
}

// PutInlinePolicy replaces a permission set's policy. Signed-in identities
// use the new policy from their next request.
func (s *Service) PutInlinePolicy(ctx context.Context, name, doc string) (tether.PermissionSet, error) {
	if err := ValidatePolicy(doc); err != nil {
		return tether.PermissionSet{}, err
	}
	return s.Store.UpdatePermissionSet(ctx, name, func(ps *tether.PermissionSet) error {
		ps.InlinePolicy = doc
		ps.UpdatedAt = s.now()
		return nil
	})
}

// UpdatePermissionSet changes the mutable attributes; nil leaves one as is.
func (s *Service) UpdatePermissionSet(ctx context.Context, name string, description *string, duration *time.Duration, relayState *string) (tether.PermissionSet, error) {
	return s.Store.UpdatePermissionSet(ctx, name, func(ps *tether.PermissionSet) error {
		if description != nil {
			if err := validateText("Description", *description, MaxPSDescriptionLen); err != nil {
				return err
			}
			ps.Description = *description
		}
		if duration != nil {
			if err := ValidateSessionDuration(*duration); err != nil {
				return err
			}
			ps.SessionDuration = *duration
		}
		if relayState != nil {
			if err := ValidateRelayState(*relayState); err != nil {
				return err
			}
			ps.RelayState = *relayState
		}
		ps.UpdatedAt = s.now()
		return nil
	})
}

// TagPermissionSet adds or replaces tags and removes the keys in remove.
func (s *Service) TagPermissionSet(ctx context.Context, name string, set map[string]string, remove []string) (tether.PermissionSet, error) {
	if err := ValidateTags(set); err != nil {
		return tether.PermissionSet{}, err
	}
	return s.Store.UpdatePermissionSet(ctx, name, func(ps *tether.PermissionSet) error {
		tags, err := mergeTags(ps.Tags, set, remove)
		ps.Tags = tags
		ps.UpdatedAt = s.now()
		return err
	})
}

// DeletePermissionSet deletes a permission set. Like a group, a set still
// assigned is refused unless force is given; forcing also signs out everyone
// signed in with it.
func (s *Service) DeletePermissionSet(ctx context.Context, name string, force bool) error {
	return s.Store.Tx(ctx, func(tx store.Store) error {
		ps, err := tx.PermissionSet(ctx, name)
		if err != nil {
			return err
		}
		if !force {
			assigned, err := tx.ListAssignments(ctx, store.AssignmentFilter{PermissionSetID: ps.ID})
			if err != nil {
				return err
			}
			if len(assigned) > 0 {
				return tether.Errorf(tether.ECONFLICT,
					"permission set %q still has %s; remove them first or delete with --force",
					name, plural(len(assigned), "assignment"))
			}
		}
		return tx.DeletePermissionSet(ctx, name)
	})
}
