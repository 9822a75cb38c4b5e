package identity

import (
	"context"
	"sort"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// AssignmentView is an assignment with names resolved, as people read it.
type AssignmentView struct {
	PrincipalType     tether.PrincipalType `json:"PrincipalType"`
	PrincipalName     string               `json:"PrincipalName"`
	PrincipalID       string               `json:"PrincipalId"`
	PermissionSetName string               `json:"PermissionSetName"`
	PermissionSetID   string               `json:"PermissionSetId"`
}

// AssignmentKey names one assignment: a user or group and a permission set.
type AssignmentKey struct {
	PrincipalType tether.PrincipalType
	PrincipalName string
	PermissionSet string
}

func (s *Service) resolve(ctx context.Context, tx store.Store, k AssignmentKey) (tether.Assignment, error) {
	var a tether.Assignment
	switch k.PrincipalType {
	case tether.PrincipalUser:
		u, err := tx.User(ctx, k.PrincipalName)
		if err != nil {
			return a, err
		}
		a.PrincipalID = u.ID
	case tether.PrincipalGroup:
		g, err := tx.Group(ctx, k.PrincipalName)
		if err != nil {
			return a, err
		}
		a.PrincipalID = g.ID
	default:
		return a, invalid("PrincipalType", "must be USER or GROUP (got %q)", k.PrincipalType)
	}
	ps, err := tx.PermissionSet(ctx, k.PermissionSet)
	if err != nil {
		return a, err
	}
	a.PrincipalType, a.PermissionSetID, a.CreatedAt = k.PrincipalType, ps.ID, s.now()
	return a, nil
}

// CreateAssignment gives a user or group a permission set.
func (s *Service) CreateAssignment(ctx context.Context, k AssignmentKey) error {
	return s.Store.Tx(ctx, func(tx store.Store) error {
		a, err := s.resolve(ctx, tx, k)
		if err != nil {
			return err
		}
		err = tx.CreateAssignment(ctx, a)
		if tether.ErrorCode(err) == tether.ECONFLICT {
			return tether.Errorf(tether.ECONFLICT, "%s %q already has permission set %q",
				lowerType(k.PrincipalType), k.PrincipalName, k.PermissionSet)
		}
		return err
	})
}

// DeleteAssignment takes a permission set away from a user or group.
func (s *Service) DeleteAssignment(ctx context.Context, k AssignmentKey) error {
	return s.Store.Tx(ctx, func(tx store.Store) error {
		a, err := s.resolve(ctx, tx, k)
		if err != nil {
			return err
		}
		err = tx.DeleteAssignment(ctx, a)
		if tether.ErrorCode(err) == tether.ENOTFOUND {
			return tether.Errorf(tether.ENOTFOUND, "%s %q has no assignment of permission set %q",
				lowerType(k.PrincipalType), k.PrincipalName, k.PermissionSet)
		}
		return err
	})
}

// Assignments lists assignments with names, optionally only those of one
// permission set.
func (s *Service) Assignments(ctx context.Context, permissionSet string) ([]AssignmentView, error) {
	var f store.AssignmentFilter
	if permissionSet != "" {
		ps, err := s.Store.PermissionSet(ctx, permissionSet)
		if err != nil {
			return nil, err
		}
		f.PermissionSetID = ps.ID
	}
	list, err := s.Store.ListAssignments(ctx, f)
	if err != nil {
		return nil, err
	}
	out := make([]AssignmentView, 0, len(list))
	for _, a := range list {
		v := AssignmentView{PrincipalType: a.PrincipalType, PrincipalID: a.PrincipalID, PermissionSetID: a.PermissionSetID}
		if a.PrincipalType == tether.PrincipalUser {
			u, err := s.Store.UserByID(ctx, a.PrincipalID)
			if err != nil {
				return nil, err
			}
			v.PrincipalName = u.Username
		} else {
			g, err := s.Store.GroupByID(ctx, a.PrincipalID)
			if err != nil {
				return nil, err
			}
			v.PrincipalName = g.Name
		}
		ps, err := s.Store.PermissionSetByID(ctx, a.PermissionSetID)
		if err != nil {
			return nil, err
		}
		v.PermissionSetName = ps.Name
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.PermissionSetName != b.PermissionSetName {
			return a.PermissionSetName < b.PermissionSetName
		}
		if a.PrincipalType != b.PrincipalType {
			return a.PrincipalType < b.PrincipalType
		}
		return a.PrincipalName < b.PrincipalName
	})
	return out, nil
}

// UserPermissionSets returns the permission sets a user may sign in with:
// those assigned to the user and to any of the user's groups, by name.
func (s *Service) UserPermissionSets(ctx context.Context, st store.Store, user tether.User) ([]tether.PermissionSet, error) {
	assigned, err := st.ListAssignments(ctx, store.AssignmentFilter{PrincipalType: tether.PrincipalUser, PrincipalID: user.ID})
	if err != nil {
		return nil, err
	}
	groups, err := st.ListMemberships(ctx, store.MembershipFilter{UserID: user.ID})
	if err != nil {
		return nil, err
	}
	for _, m := range groups {
		more, err := st.ListAssignments(ctx, store.AssignmentFilter{PrincipalType: tether.PrincipalGroup, PrincipalID: m.GroupID})
		if err != nil {
			return nil, err
		}
		assigned = append(assigned, more...)
	}
	seen := map[string]bool{}
	var out []tether.PermissionSet
	for _, a := range assigned {
		if seen[a.PermissionSetID] {
			continue
		}
		seen[a.PermissionSetID] = true
		ps, err := st.PermissionSetByID(ctx, a.PermissionSetID)
		if err != nil {
			return nil, err
		}
		out = append(out, ps)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func lowerType(t tether.PrincipalType) string {
	if t == tether.PrincipalGroup {
		return "group"
	}
	return "user"
}
