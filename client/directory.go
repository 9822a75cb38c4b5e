package client

import (
	"context"
	"net/url"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// Login starts a sign-in with a username and password. The answer carries
// either the token, which the client keeps for later calls, or the Next step
// of the sign-in to answer with LoginCode, LoginPassword, ... (see auth.go).
func (c *Client) Login(ctx context.Context, req api.LoginRequest) (api.LoginResponse, error) {
	return c.loginStep(ctx, "/login", req)
}

// Logout revokes the token.
func (c *Client) Logout(ctx context.Context) error {
	return c.do(ctx, "POST", "/logout", nil, nil, nil)
}

// WhoAmI describes the signed-in identity.
func (c *Client) WhoAmI(ctx context.Context) (api.WhoAmI, error) {
	var out api.WhoAmI
	return out, c.do(ctx, "GET", "/whoami", nil, nil, &out)
}

// CreateGroup creates a group.
func (c *Client) CreateGroup(ctx context.Context, name, description string) (tether.Group, error) {
	var out tether.Group
	return out, c.do(ctx, "POST", "/groups", nil, api.CreateGroupRequest{GroupName: name, Description: description}, &out)
}

// Groups lists groups; member, if set, keeps the groups of that user.
func (c *Client) Groups(ctx context.Context, member string) ([]tether.Group, error) {
	var out api.Groups
	return out.Groups, c.do(ctx, "GET", "/groups", query("member", member), nil, &out)
}

// Group describes one group.
func (c *Client) Group(ctx context.Context, name string) (tether.Group, error) {
	var out tether.Group
	return out, c.do(ctx, "GET", path("/groups/%s", name), nil, nil, &out)
}

// DeleteGroup deletes a group; force also removes its members and assignments.
func (c *Client) DeleteGroup(ctx context.Context, name string, force bool) error {
	return c.do(ctx, "DELETE", path("/groups/%s", name), boolQuery("force", force), nil, nil)
}

// Members lists a group's users.
func (c *Client) Members(ctx context.Context, group string) ([]tether.User, error) {
	var out api.Users
	return out.Users, c.do(ctx, "GET", path("/groups/%s/members", group), nil, nil, &out)
}

// AddMember puts a user in a group.
func (c *Client) AddMember(ctx context.Context, group, user string) error {
	return c.do(ctx, "PUT", path("/groups/%s/members/%s", group, user), nil, nil, nil)
}

// RemoveMember takes a user out of a group.
func (c *Client) RemoveMember(ctx context.Context, group, user string) error {
	return c.do(ctx, "DELETE", path("/groups/%s/members/%s", group, user), nil, nil, nil)
}

// CreateUser creates a user. The answer holds the one-time password when
// req.OneTimePassword asked for one (shown only this once), and whether an
// invitation was emailed.
func (c *Client) CreateUser(ctx context.Context, req api.CreateUserRequest) (api.CreateUserResponse, error) {
	var out api.CreateUserResponse
	return out, c.do(ctx, "POST", "/users", nil, req, &out)
}

// Users lists users; group, if set, keeps that group's members.
func (c *Client) Users(ctx context.Context, group string) ([]tether.User, error) {
	var out api.Users
	return out.Users, c.do(ctx, "GET", "/users", query("group", group), nil, &out)
}

// User describes one user.
func (c *Client) User(ctx context.Context, name string) (tether.User, error) {
	var out tether.User
	return out, c.do(ctx, "GET", path("/users/%s", name), nil, nil, &out)
}

// DeleteUser deletes a user.
func (c *Client) DeleteUser(ctx context.Context, name string) error {
	return c.do(ctx, "DELETE", path("/users/%s", name), nil, nil, nil)
}

// SetPassword sets a user's password.
func (c *Client) SetPassword(ctx context.Context, name, password string) error {
	return c.do(ctx, "PUT", path("/users/%s/password", name), nil, api.SetPasswordRequest{Password: password}, nil)
}

// SetUserDisabled disables or re-enables a user.
func (c *Client) SetUserDisabled(ctx context.Context, name string, disabled bool) (tether.User, error) {
	verb := "enable"
	if disabled {
		verb = "disable"
	}
	var out tether.User
	return out, c.do(ctx, "POST", path("/users/%s/"+verb, name), nil, nil, &out)
}

// TagUser sets and removes a user's principal tags.
func (c *Client) TagUser(ctx context.Context, name string, req api.TagRequest) (tether.User, error) {
	var out tether.User
	return out, c.do(ctx, "POST", path("/users/%s/tags", name), nil, req, &out)
}

// CreatePermissionSet creates a permission set.
func (c *Client) CreatePermissionSet(ctx context.Context, req api.CreatePermissionSetRequest) (api.PermissionSet, error) {
	var out api.PermissionSet
	return out, c.do(ctx, "POST", "/permission-sets", nil, req, &out)
}

// PermissionSets lists permission sets.
func (c *Client) PermissionSets(ctx context.Context) ([]api.PermissionSet, error) {
	var out api.PermissionSets
	return out.PermissionSets, c.do(ctx, "GET", "/permission-sets", nil, nil, &out)
}

// PermissionSet describes one permission set.
func (c *Client) PermissionSet(ctx context.Context, name string) (api.PermissionSet, error) {
	var out api.PermissionSet
	return out, c.do(ctx, "GET", path("/permission-sets/%s", name), nil, nil, &out)
}

// DeletePermissionSet deletes a permission set; force also removes its
// assignments.
func (c *Client) DeletePermissionSet(ctx context.Context, name string, force bool) error {
	return c.do(ctx, "DELETE", path("/permission-sets/%s", name), boolQuery("force", force), nil, nil)
}

// PutInlinePolicy replaces a permission set's policy.
func (c *Client) PutInlinePolicy(ctx context.Context, name, doc string) (api.PermissionSet, error) {
	var out api.PermissionSet
	return out, c.do(ctx, "PUT", path("/permission-sets/%s/policy", name), nil, api.PutInlinePolicyRequest{InlinePolicy: doc}, &out)
}

// TagPermissionSet sets and removes a permission set's tags.
func (c *Client) TagPermissionSet(ctx context.Context, name string, req api.TagRequest) (api.PermissionSet, error) {
	var out api.PermissionSet
	return out, c.do(ctx, "POST", path("/permission-sets/%s/tags", name), nil, req, &out)
}

// CreateAssignment gives a user or group a permission set.
func (c *Client) CreateAssignment(ctx context.Context, req api.AssignmentRequest) error {
	return c.do(ctx, "POST", "/assignments", nil, req, nil)
}

// DeleteAssignment takes a permission set away from a user or group.
func (c *Client) DeleteAssignment(ctx context.Context, req api.AssignmentRequest) error {
	q := url.Values{"principal-type": {string(req.PrincipalType)}, "principal-name": {req.PrincipalName}, "permission-set": {req.PermissionSetName}}
	return c.do(ctx, "DELETE", "/assignments", q, nil, nil)
}

// Assignments lists assignments, optionally of one permission set.
func (c *Client) Assignments(ctx context.Context, permissionSet string) ([]api.Assignment, error) {
	var out api.Assignments
	return out.Assignments, c.do(ctx, "GET", "/assignments", query("permission-set", permissionSet), nil, &out)
}

func query(k, v string) url.Values {
	if v == "" {
		return nil
	}
	return url.Values{k: {v}}
}

func boolQuery(k string, v bool) url.Values {
	if !v {
		return nil
	}
	return url.Values{k: {"true"}}
}

// Register registers an agent with an activation; it needs no token.
func (c *Client) Register(ctx context.Context, req api.RegisterRequest) (api.RegisterResponse, error) {
	var out api.RegisterResponse
	return out, c.do(ctx, "POST", "/agent/register", nil, req, &out)
}
