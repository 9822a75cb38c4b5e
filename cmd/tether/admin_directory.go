package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
)

func adminCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "admin", Short: "Administer the directory, instances and settings"}
	cmd.AddCommand(adminGroupsCmd(e), adminUsersCmd(e), adminPermissionSetsCmd(e), adminAssignmentsCmd(e),
		adminActivationsCmd(e), adminInstancesCmd(e), adminMFASettingsCmd(e), adminPreferencesCmd(e))
	return cmd
}

func adminGroupsCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "groups", Short: "Create, list and delete groups; manage members"}
	var description string
	create := &cobra.Command{
		Use: "create NAME", Short: "Create a group", Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			g, err := c.CreateGroup(cmd.Context(), args[0], description)
			if err != nil {
				return err
			}
			return emit(cmd, g, func(w io.Writer) { fmt.Fprintf(w, "Created group %s (%s)\n", g.Name, g.ID) })
		}),
	}
	create.Flags().StringVar(&description, "description", "", "what the group is for (up to 256 characters)")

	var member string
	list := &cobra.Command{
		Use: "list", Short: "List groups", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			groups, err := c.Groups(cmd.Context(), member)
			if err != nil {
				return err
			}
			return emit(cmd, api.Groups{Groups: groups}, func(w io.Writer) {
				rows := make([][]string, len(groups))
				for i, g := range groups {
					rows[i] = []string{g.Name, g.ID, g.Description}
				}
				table(w, []string{"NAME", "ID", "DESCRIPTION"}, rows)
			})
		}),
	}
	list.Flags().StringVar(&member, "member", "", "only the groups of this user")

	var force bool
	del := &cobra.Command{
		Use: "delete NAME", Short: "Delete a group (refused while it has members or assignments, unless --force)",
		Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if err := c.DeleteGroup(cmd.Context(), args[0], force); err != nil {
				return err
			}
			return done(cmd, "Deleted group %s", args[0])
		}),
	}
	del.Flags().BoolVar(&force, "force", false, "also remove the group's memberships and assignments")

	members := &cobra.Command{
		Use: "members NAME", Short: "List a group's members", Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			users, err := c.Members(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return emit(cmd, api.Users{Users: users}, func(w io.Writer) { userTable(w, users) })
		}),
	}
	add := &cobra.Command{
		Use: "add-member NAME USER", Short: "Add a user to a group", Args: exactArgs("NAME", "USER"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if err := c.AddMember(cmd.Context(), args[0], args[1]); err != nil {
				return err
			}
			return done(cmd, "Added %s to %s", args[1], args[0])
		}),
	}
	remove := &cobra.Command{
		Use: "remove-member NAME USER", Short: "Remove a user from a group", Args: exactArgs("NAME", "USER"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if err := c.RemoveMember(cmd.Context(), args[0], args[1]); err != nil {
				return err
			}
			return done(cmd, "Removed %s from %s", args[1], args[0])
		}),
	}
	cmd.AddCommand(create, list, del, members, add, remove)
	return cmd
}

func userTable(w io.Writer, users []tether.User) {
	rows := make([][]string, len(users))
	for i, u := range users {
		rows[i] = []string{u.Username, string(u.Status), u.Email, u.DisplayName, formatTags(u.Tags)}
	}
	table(w, []string{"USERNAME", "STATUS", "EMAIL", "DISPLAY NAME", "TAGS"}, rows)
}

func adminUsersCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "users", Short: "Create, list, disable and delete users; passwords, invitations, MFA devices, tags"}

	var req api.CreateUserRequest
	var tags []string
	create := &cobra.Command{
		Use:   "create NAME --email E [--invite | --one-time-password]",
		Short: "Create a user, and invite them by email or give them a one-time password",
		Long: `Create a user. How the user gets a first password:
  --invite             emails the user a link to set a password (through the server's
                       --smtp; without it the email lands in the server's outbox
                       directory and its link in the server log); the user stays
                       "invited" until they set one. Resend with: tether admin users invite NAME
  --one-time-password  generates a password, printed only this once; the user must
                       change it at their first sign-in.
  neither              the user stays "invited" until an administrator sets a password
                       (tether admin users set-password NAME --password-stdin).`,
		Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			req.UserName = args[0]
			if req.Email == "" {
				return usagef("--email is required")
			}
			if req.Invite && req.OneTimePassword {
				return usagef("--invite and --one-time-password exclude each other: choose how the user gets a first password")
			}
			t, err := parseTags(tags)
			if err != nil {
				return err
			}
			req.Tags = t
			out, err := c.CreateUser(cmd.Context(), req)
			if err != nil {
				return err
			}
			u := out.User
			return emit(cmd, out, func(w io.Writer) {
				fmt.Fprintf(w, "Created user %s (%s), status %s\n", u.Username, u.ID, u.Status)
				switch {
				case out.OneTimePassword != "":
					fmt.Fprintf(w, "One-time password (shown only now; %s must change it at the first sign-in): %s\n",
						u.Username, out.OneTimePassword)
				case out.InvitationSent:
					fmt.Fprintf(w, "Sent an invitation to %s; the user sets a password from its link.\n", u.Email)
				case u.Status == tether.UserInvited:
					fmt.Fprintf(w, "Set a password with: tether admin users set-password %s --password-stdin\n", u.Username)
				}
			})
		}),
	}
	f := create.Flags()
	f.StringVar(&req.Email, "email", "", "email address (required)")
	f.StringVar(&req.FirstName, "first", "", "first name")
	f.StringVar(&req.LastName, "last", "", "last name")
	f.StringVar(&req.DisplayName, "display", "", "display name (default: first and last name)")
	f.StringArrayVar(&req.Groups, "group", nil, "add to this group (repeatable)")
	f.BoolVar(&req.Invite, "invite", false, "email the user a link to set a password")
	f.BoolVar(&req.OneTimePassword, "one-time-password", false, "generate a password, shown once, to be changed at first sign-in")
	f.StringArrayVar(&tags, "tag", nil, "principal tag key=value (repeatable)")

	var group string
	list := &cobra.Command{
		Use: "list", Short: "List users", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			users, err := c.Users(cmd.Context(), group)
			if err != nil {
				return err
			}
			return emit(cmd, api.Users{Users: users}, func(w io.Writer) { userTable(w, users) })
		}),
	}
	list.Flags().StringVar(&group, "group", "", "only the members of this group")

	get := &cobra.Command{
		Use: "get NAME", Short: "Show one user", Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			u, err := c.User(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return emit(cmd, u, func(w io.Writer) { userTable(w, []tether.User{u}) })
		}),
	}

	var passwordStdin bool
	setPassword := &cobra.Command{
		Use: "set-password NAME --password-stdin", Short: "Set a user's password (activates an invited user)",
		Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if !passwordStdin {
				return usagef("--password-stdin is required: pipe the new password in")
			}
			pw, err := readSecretLine(e.stdin)
			if err != nil {
				return err
			}
			if err := c.SetPassword(cmd.Context(), args[0], pw); err != nil {
				return err
			}
			return done(cmd, "Set the password of %s", args[0])
		}),
	}
	setPassword.Flags().BoolVar(&passwordStdin, "password-stdin", false, "read the password from standard input")

	status := func(use, short string, disabled bool) *cobra.Command {
		return &cobra.Command{
			Use: use + " NAME", Short: short, Args: exactArgs("NAME"),
			RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
				u, err := c.SetUserDisabled(cmd.Context(), args[0], disabled)
				if err != nil {
					return err
				}
				return emit(cmd, u, func(w io.Writer) { fmt.Fprintf(w, "User %s is now %s\n", u.Username, u.Status) })
			}),
		}
	}
	del := &cobra.Command{
		Use: "delete NAME", Short: "Delete a user with their memberships, assignments and sign-ins", Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if err := c.DeleteUser(cmd.Context(), args[0]); err != nil {
				return err
			}
			return done(cmd, "Deleted user %s", args[0])
		}),
	}
	tag := &cobra.Command{
		Use: "tag NAME k=v...", Short: "Set principal tags (aws:PrincipalTag/<k> in policies)", Args: minArgs("NAME", "k=v"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			t, err := parseTags(args[1:])
			if err != nil {
				return err
			}
			u, err := c.TagUser(cmd.Context(), args[0], api.TagRequest{Tags: t})
			if err != nil {
				return err
			}
			return emit(cmd, u, func(w io.Writer) { fmt.Fprintf(w, "Tags of %s: %s\n", u.Username, formatTags(u.Tags)) })
		}),
	}
	untag := &cobra.Command{
		Use: "untag NAME KEY...", Short: "Remove principal tags", Args: minArgs("NAME", "KEY"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			u, err := c.TagUser(cmd.Context(), args[0], api.TagRequest{RemoveKeys: args[1:]})
			if err != nil {
				return err
			}
			return emit(cmd, u, func(w io.Writer) { fmt.Fprintf(w, "Tags of %s: %s\n", u.Username, formatTags(u.Tags)) })
		}),
	}
	cmd.AddCommand(create, list, get, setPassword, status("disable", "Disable a user and end their sign-ins", true),
		status("enable", "Re-enable a disabled user", false), del, tag, untag)
	cmd.AddCommand(adminUserSecurityCmds(e)...)
	return cmd
}

// readPolicyFile reads a policy document for upload.
func readPolicyFile(path string) (string, error) {
	if path == "" {
		return "", usagef("--policy-file is required")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", usagef("--policy-file: %v", err)
	}
	return string(b), nil
}

func principalFlags(cmd *cobra.Command, req *api.AssignmentRequest, group, user *string) {
	cmd.Flags().StringVar(group, "group", "", "the group")
	cmd.Flags().StringVar(user, "user", "", "the user")
	cmd.Flags().StringVar(&req.PermissionSetName, "permission-set", "", "the permission set (required)")
}

func resolvePrincipal(req *api.AssignmentRequest, group, user string) error {
	switch {
	case (group == "") == (user == ""):
		return usagef("give exactly one of --group or --user")
	case req.PermissionSetName == "":
		return usagef("--permission-set is required")
	case group != "":
		req.PrincipalType, req.PrincipalName = tether.PrincipalGroup, group
	default:
		req.PrincipalType, req.PrincipalName = tether.PrincipalUser, user
	}
	return nil
}

func adminAssignmentsCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "assignments", Short: "Give users and groups permission sets"}
	var createReq, deleteReq api.AssignmentRequest
	var cg, cu, dg, du string
	create := &cobra.Command{
		Use: "create (--group G | --user U) --permission-set P", Short: "Assign a permission set", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			if err := resolvePrincipal(&createReq, cg, cu); err != nil {
				return err
			}
			if err := c.CreateAssignment(cmd.Context(), createReq); err != nil {
				return err
			}
			return done(cmd, "Assigned %s to %s %s", createReq.PermissionSetName, strings.ToLower(string(createReq.PrincipalType)), createReq.PrincipalName)
		}),
	}
	principalFlags(create, &createReq, &cg, &cu)
	del := &cobra.Command{
		Use: "delete (--group G | --user U) --permission-set P", Short: "Remove an assignment", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			if err := resolvePrincipal(&deleteReq, dg, du); err != nil {
				return err
			}
			if err := c.DeleteAssignment(cmd.Context(), deleteReq); err != nil {
				return err
			}
			return done(cmd, "Removed %s from %s %s", deleteReq.PermissionSetName, strings.ToLower(string(deleteReq.PrincipalType)), deleteReq.PrincipalName)
		}),
	}
	principalFlags(del, &deleteReq, &dg, &du)
	var ps string
	list := &cobra.Command{
		Use: "list", Short: "List assignments", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			list, err := c.Assignments(cmd.Context(), ps)
			if err != nil {
				return err
			}
			return emit(cmd, api.Assignments{Assignments: list}, func(w io.Writer) {
				rows := make([][]string, len(list))
				for i, a := range list {
					rows[i] = []string{a.PermissionSetName, string(a.PrincipalType), a.PrincipalName}
				}
				table(w, []string{"PERMISSION SET", "TYPE", "PRINCIPAL"}, rows)
			})
		}),
	}
	list.Flags().StringVar(&ps, "permission-set", "", "only the assignments of this permission set")
	cmd.AddCommand(create, list, del)
	return cmd
}
