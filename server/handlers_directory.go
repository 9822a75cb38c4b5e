package server

import (
	"context"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/authz"
	"github.com/tetherhq/tether/identity"
)

// Groups.

func (s *Server) createGroup(c *call) (operation, error) {
	var req api.CreateGroupRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return operation{Action: "identitystore:CreateGroup", Resource: s.account.GroupARN(req.GroupName),
		Run: func(ctx context.Context) (any, error) {
			return s.identity.CreateGroup(ctx, req.GroupName, req.Description)
		}}, nil
}

func (s *Server) listGroups(c *call) (operation, error) {
	member := c.r.URL.Query().Get("member")
	return operation{Action: "identitystore:ListGroups", Resource: s.account.IdentityStoreARN(),
		Run: func(ctx context.Context) (any, error) {
			groups, err := s.identity.Groups(ctx, member)
			return api.Groups{Groups: nonNil(groups)}, err
		}}, nil
}

func (s *Server) getGroup(c *call) (operation, error) {
	name := c.r.PathValue("name")
	return operation{Action: "identitystore:DescribeGroup", Resource: s.account.GroupARN(name),
		Run: func(ctx context.Context) (any, error) { return s.identity.Group(ctx, name) }}, nil
}

func (s *Server) deleteGroup(c *call) (operation, error) {
	name, force := c.r.PathValue("name"), c.r.URL.Query().Get("force") == "true"
	return operation{Action: "identitystore:DeleteGroup", Resource: s.account.GroupARN(name),
		Run: func(ctx context.Context) (any, error) {
			return struct{}{}, s.identity.DeleteGroup(ctx, name, force)
		}}, nil
}

func (s *Server) listMembers(c *call) (operation, error) {
	name := c.r.PathValue("name")
	return operation{Action: "identitystore:ListGroupMemberships", Resource: s.account.GroupARN(name),
		Run: func(ctx context.Context) (any, error) {
			users, err := s.identity.Members(ctx, name)
			return api.Users{Users: nonNil(users)}, err
		}}, nil
}

func (s *Server) addMember(c *call) (operation, error) {
	name, user := c.r.PathValue("name"), c.r.PathValue("user")
	return operation{Action: "identitystore:CreateGroupMembership", Resource: s.account.GroupARN(name),
		Run: func(ctx context.Context) (any, error) {
			return struct{}{}, s.identity.AddMember(ctx, name, user)
		}}, nil
}

func (s *Server) removeMember(c *call) (operation, error) {
	name, user := c.r.PathValue("name"), c.r.PathValue("user")
	return operation{Action: "identitystore:DeleteGroupMembership", Resource: s.account.GroupARN(name),
		Run: func(ctx context.Context) (any, error) {
			return struct{}{}, s.identity.RemoveMember(ctx, name, user)
		}}, nil
}

// Users.

func (s *Server) createUser(c *call) (operation, error) {
	var req api.CreateUserRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	op := operation{Action: "identitystore:CreateUser", Resource: s.account.UserARN(req.UserName),
		Context: authz.TagContext(req.Tags, nil),
		Run: func(ctx context.Context) (any, error) {
			out, err := s.identity.CreateUserWithPassword(ctx, identity.NewUser{
				Username: req.UserName, Email: req.Email, FirstName: req.FirstName, LastName: req.LastName,
				DisplayName: req.DisplayName, Groups: req.Groups, Tags: req.Tags,
				Invite: req.Invite, OneTimePassword: req.OneTimePassword,
			})
			return api.CreateUserResponse{User: out.User, OneTimePassword: out.OneTimePassword,
				InvitationSent: out.InvitationSent}, err
		}}
	for _, g := range req.Groups {
		op.Also = append(op.Also, permission{Action: "identitystore:CreateGroupMembership", Resource: s.account.GroupARN(g)})
	}
	return op, nil
}

func (s *Server) listUsers(c *call) (operation, error) {
	group := c.r.URL.Query().Get("group")
	return operation{Action: "identitystore:ListUsers", Resource: s.account.IdentityStoreARN(),
		Run: func(ctx context.Context) (any, error) {
			users, err := s.identity.Users(ctx, group)
			return api.Users{Users: nonNil(users)}, err
		}}, nil
}

func (s *Server) getUser(c *call) (operation, error) {
	name := c.r.PathValue("name")
	return operation{Action: "identitystore:DescribeUser", Resource: s.account.UserARN(name),
		Run: func(ctx context.Context) (any, error) { return s.identity.User(ctx, name) }}, nil
}

func (s *Server) deleteUser(c *call) (operation, error) {
	name := c.r.PathValue("name")
	return operation{Action: "identitystore:DeleteUser", Resource: s.account.UserARN(name),
		Run: func(ctx context.Context) (any, error) {
			return struct{}{}, s.identity.DeleteUser(ctx, name)
		}}, nil
}

func (s *Server) setPassword(c *call) (operation, error) {
	name := c.r.PathValue("name")
	var req api.SetPasswordRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return operation{Action: "identitystore:UpdateUserPassword", Resource: s.account.UserARN(name),
		Run: func(ctx context.Context) (any, error) {
			return struct{}{}, s.identity.SetPassword(ctx, name, req.Password, false)
		}}, nil
}

func (s *Server) setUserStatus(disabled bool) func(c *call) (operation, error) {
	return func(c *call) (operation, error) {
		name := c.r.PathValue("name")
		return operation{Action: "identitystore:UpdateUser", Resource: s.account.UserARN(name),
			Run: func(ctx context.Context) (any, error) {
				return s.identity.SetUserStatus(ctx, name, disabled)
			}}, nil
	}
}

func (s *Server) tagUser(c *call) (operation, error) {
	name := c.r.PathValue("name")
	var req api.TagRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return operation{Action: "identitystore:UpdateUser", Resource: s.account.UserARN(name),
		Context: authz.TagContext(req.Tags, req.RemoveKeys),
		Run: func(ctx context.Context) (any, error) {
			return s.identity.TagUser(ctx, name, req.Tags, req.RemoveKeys)
		}}, nil
}

// Permission sets.

func (s *Server) createPermissionSet(c *call) (operation, error) {
	var req api.CreatePermissionSetRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	d, err := api.ParseDuration(req.SessionDuration)
	if err != nil {
		return operation{}, err
	}
	arn := s.account.PermissionSetARN(req.Name)
	op := operation{Action: "sso:CreatePermissionSet", Resource: arn,
		Context: authz.TagContext(req.Tags, nil),
		Also:    []permission{{Action: "sso:PutInlinePolicyToPermissionSet", Resource: arn}},
		Run: func(ctx context.Context) (any, error) {
			ps, err := s.identity.CreatePermissionSet(ctx, identity.NewPermissionSet{
				Name: req.Name, Description: req.Description, SessionDuration: d,
				RelayState: req.RelayState, InlinePolicy: req.InlinePolicy, Tags: req.Tags,
			})
			return api.NewPermissionSet(ps), err
		}}
	if len(req.Tags) > 0 {
		op.Also = append(op.Also, permission{Action: "sso:TagResource", Resource: arn, Context: op.Context})
	}
	return op, nil
}

func (s *Server) listPermissionSets(c *call) (operation, error) {
	return operation{Action: "sso:ListPermissionSets", Resource: s.account.SSOInstanceARN(),
		Run: func(ctx context.Context) (any, error) {
			sets, err := s.identity.PermissionSets(ctx)
			out := api.PermissionSets{PermissionSets: []api.PermissionSet{}}
			for _, ps := range sets {
				out.PermissionSets = append(out.PermissionSets, api.NewPermissionSet(ps))
			}
			return out, err
		}}, nil
}

func (s *Server) getPermissionSet(c *call) (operation, error) {
	name := c.r.PathValue("name")
	return operation{Action: "sso:DescribePermissionSet", Resource: s.account.PermissionSetARN(name),
		Run: func(ctx context.Context) (any, error) {
			ps, err := s.identity.PermissionSet(ctx, name)
			return api.NewPermissionSet(ps), err
		}}, nil
}

func (s *Server) deletePermissionSet(c *call) (operation, error) {
	name, force := c.r.PathValue("name"), c.r.URL.Query().Get("force") == "true"
	return operation{Action: "sso:DeletePermissionSet", Resource: s.account.PermissionSetARN(name),
		Run: func(ctx context.Context) (any, error) {
			return struct{}{}, s.identity.DeletePermissionSet(ctx, name, force)
		}}, nil
}

func (s *Server) putInlinePolicy(c *call) (operation, error) {
	name := c.r.PathValue("name")
	var req api.PutInlinePolicyRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return operation{Action: "sso:PutInlinePolicyToPermissionSet", Resource: s.account.PermissionSetARN(name),
		Run: func(ctx context.Context) (any, error) {
			ps, err := s.identity.PutInlinePolicy(ctx, name, req.InlinePolicy)
			return api.NewPermissionSet(ps), err
		}}, nil
}

func (s *Server) tagPermissionSet(c *call) (operation, error) {
	name := c.r.PathValue("name")
	var req api.TagRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	arn := s.account.PermissionSetARN(name)
	op := operation{Action: "sso:TagResource", Resource: arn, Context: authz.TagContext(req.Tags, req.RemoveKeys),
		Run: func(ctx context.Context) (any, error) {
			ps, err := s.identity.TagPermissionSet(ctx, name, req.Tags, req.RemoveKeys)
			return api.NewPermissionSet(ps), err
		}}
	if len(req.RemoveKeys) > 0 {
		op.Also = []permission{{Action: "sso:UntagResource", Resource: arn, Context: op.Context}}
	}
	return op, nil
}

// Assignments.

func (s *Server) createAssignment(c *call) (operation, error) {
	var req api.AssignmentRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return s.assignmentOp(c, "sso:CreateAccountAssignment", req, func(ctx context.Context, k identity.AssignmentKey) error {
		return s.identity.CreateAssignment(ctx, k)
	}), nil
}

func (s *Server) deleteAssignment(c *call) (operation, error) {
	q := c.r.URL.Query()
	req := api.AssignmentRequest{PrincipalType: tether.PrincipalType(q.Get("principal-type")),
		PrincipalName: q.Get("principal-name"), PermissionSetName: q.Get("permission-set")}
	return s.assignmentOp(c, "sso:DeleteAccountAssignment", req, func(ctx context.Context, k identity.AssignmentKey) error {
		return s.identity.DeleteAssignment(ctx, k)
	}), nil
}

// assignmentOp authorizes on the permission set, with the principal in the
// context (sso:PrincipalType, sso:PrincipalName) so a policy can limit who
// may hand out which set to whom.
func (s *Server) assignmentOp(c *call, action string, req api.AssignmentRequest, run func(context.Context, identity.AssignmentKey) error) operation {
	k := identity.AssignmentKey{PrincipalType: req.PrincipalType, PrincipalName: req.PrincipalName, PermissionSet: req.PermissionSetName}
	return operation{Action: action, Resource: s.account.PermissionSetARN(req.PermissionSetName),
		Context: map[string][]string{"sso:PrincipalType": {string(req.PrincipalType)}, "sso:PrincipalName": {req.PrincipalName}},
		Run: func(ctx context.Context) (any, error) {
			if k.PermissionSet == "" {
				return nil, tether.Errorf(tether.EINVALID, "PermissionSetName: is required")
			}
			return struct{}{}, run(ctx, k)
		}}
}

func (s *Server) listAssignments(c *call) (operation, error) {
	ps := c.r.URL.Query().Get("permission-set")
	resource := s.account.SSOInstanceARN()
	if ps != "" {
		resource = s.account.PermissionSetARN(ps)
	}
	return operation{Action: "sso:ListAccountAssignments", Resource: resource,
		Run: func(ctx context.Context) (any, error) {
			list, err := s.identity.Assignments(ctx, ps)
			out := api.Assignments{Assignments: []api.Assignment{}}
			for _, a := range list {
				out.Assignments = append(out.Assignments, api.Assignment{
					PrincipalType: a.PrincipalType, PrincipalName: a.PrincipalName, PrincipalId: a.PrincipalID,
					PermissionSetName: a.PermissionSetName, PermissionSetId: a.PermissionSetID,
				})
			}
			return out, err
		}}, nil
}

// nonNil makes empty lists encode as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
