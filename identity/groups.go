package identity

import (
	"context"
	"fmt"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// CreateGroup creates a group after checking its name and description.
func (s *Service) CreateGroup(ctx context.Context, name, description string) (tether.Group, error) {
	if err := ValidateGroupName(name); err != nil {
		return tether.Group{}, err
	}
	if err := validateText("Description", description, MaxDescriptionLen); err != nil {
		return tether.Group{}, err
	}
	now := s.now()
	g := tether.Group{ID: tether.NewUUID(), Name: name, Description: description, CreatedAt: now, UpdatedAt: now}
	if err := s.Store.CreateGroup(ctx, g); err != nil {
		return tether.Group{}, err
	}
	return g, nil
}

// DeleteGroup deletes a group. A group that still has members or
// assignments is refused (ECONFLICT naming what is left), because deleting it
// would silently take access away from people; with force, the memberships
// and assignments go with it in the same transaction.
func (s *Service) DeleteGroup(ctx context.Context, name string, force bool) error {
	return s.Store.Tx(ctx, func(tx store.Store) error {
		g, err := tx.Group(ctx, name)
		if err != nil {
			return err
		}
		if !force {
			members, err := tx.ListMemberships(ctx, store.MembershipFilter{GroupID: g.ID})
			if err != nil {
				return err
			}
			assigned, err := tx.ListAssignments(ctx, store.AssignmentFilter{PrincipalType: tether.PrincipalGroup, PrincipalID: g.ID})
			if err != nil {
				return err
			}
			if len(members) > 0 || len(assigned) > 0 {
				return tether.Errorf(tether.ECONFLICT,
					"group %q still has %s and %s; remove them first or delete with --force",
					name, plural(len(members), "member"), plural(len(assigned), "assignment"))
			}
		}
		return tx.DeleteGroup(ctx, name)
	})
}

// Groups lists all groups, or the groups of one user.
func (s *Service) Groups(ctx context.Context, member string) ([]tether.Group, error) {
	var f store.GroupFilter
	if member != "" {
		u, err := s.Store.User(ctx, member)
		if err != nil {
			return nil, err
		}
		f.MemberID = u.ID
	}
	return s.Store.ListGroups(ctx, f)
}

// Group returns one group.
func (s *Service) Group(ctx context.Context, name string) (tether.Group, error) {
	return s.Store.Group(ctx, name)
}

// AddMember puts a user in a group.
func (s *Service) AddMember(ctx context.Context, group, username string) error {
	return s.Store.Tx(ctx, func(tx store.Store) error {
		g, u, err := groupAndUser(ctx, tx, group, username)
		if err != nil {
			return err
		}
		err = tx.AddMembership(ctx, tether.Membership{GroupID: g.ID, UserID: u.ID, CreatedAt: s.now()})
		if tether.ErrorCode(err) == tether.ECONFLICT {
			return tether.Errorf(tether.ECONFLICT, "user %q is already a member of group %q", username, group)
		}
		return err
	})
}

// RemoveMember takes a user out of a group.
func (s *Service) RemoveMember(ctx context.Context, group, username string) error {
	return s.Store.Tx(ctx, func(tx store.Store) error {
		g, u, err := groupAndUser(ctx, tx, group, username)
		if err != nil {
			return err
		}
		err = tx.RemoveMembership(ctx, g.ID, u.ID)
		if tether.ErrorCode(err) == tether.ENOTFOUND {
			return tether.Errorf(tether.ENOTFOUND, "user %q is not a member of group %q", username, group)
		}
		return err
	})
}

// Members lists the users of a group.
func (s *Service) Members(ctx context.Context, group string) ([]tether.User, error) {
	g, err := s.Store.Group(ctx, group)
	if err != nil {
		return nil, err
	}
	return s.Store.ListUsers(ctx, store.UserFilter{GroupID: g.ID})
}

func groupAndUser(ctx context.Context, tx store.Store, group, username string) (tether.Group, tether.User, error) {
	g, err := tx.Group(ctx, group)
	if err != nil {
		return tether.Group{}, tether.User{}, err
	}
	u, err := tx.User(ctx, username)
	return g, u, err
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
