package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
)

func permissionSetTable(w io.Writer, sets []api.PermissionSet) {
	rows := make([][]string, len(sets))
	for i, ps := range sets {
		rows[i] = []string{ps.Name, ps.ID, ps.SessionDuration, formatTags(ps.Tags), ps.Description}
	}
	table(w, []string{"NAME", "ID", "SESSION", "TAGS", "DESCRIPTION"}, rows)
}

func adminPermissionSetsCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "permission-sets", Short: "Create and manage permission sets and their policies"}

	var req api.CreatePermissionSetRequest
	var policyFile string
	var tags []string
	create := &cobra.Command{
		Use: "create NAME --policy-file F", Short: "Create a permission set from an IAM policy document", Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			req.Name = args[0]
			doc, err := readPolicyFile(policyFile)
			if err != nil {
				return err
			}
			req.InlinePolicy = doc
			if req.Tags, err = parseTags(tags); err != nil {
				return err
			}
			ps, err := c.CreatePermissionSet(cmd.Context(), req)
			if err != nil {
				return err
			}
			return emit(cmd, ps, func(w io.Writer) {
				fmt.Fprintf(w, "Created permission set %s (%s), session duration %s\n", ps.Name, ps.ID, ps.SessionDuration)
			})
		}),
	}
	f := create.Flags()
	f.StringVar(&policyFile, "policy-file", "", "IAM policy document (JSON)")
	f.StringVar(&req.Description, "description", "", "what the permission set is for")
	f.StringVar(&req.SessionDuration, "session-duration", "1h", "how long a sign-in with this set lasts, 1h to 12h")
	f.StringVar(&req.RelayState, "relay-state", "", "console page to land on after sign-in, e.g. /sessions")
	f.StringArrayVar(&tags, "tag", nil, "tag key=value (repeatable, up to 50)")

	var putFile string
	put := &cobra.Command{
		Use: "put-policy NAME --policy-file F", Short: "Replace a permission set's policy", Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			doc, err := readPolicyFile(putFile)
			if err != nil {
				return err
			}
			ps, err := c.PutInlinePolicy(cmd.Context(), args[0], doc)
			if err != nil {
				return err
			}
			return emit(cmd, ps, func(w io.Writer) { fmt.Fprintf(w, "Updated the policy of %s\n", ps.Name) })
		}),
	}
	put.Flags().StringVar(&putFile, "policy-file", "", "IAM policy document (JSON)")

	list := &cobra.Command{
		Use: "list", Short: "List permission sets", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			sets, err := c.PermissionSets(cmd.Context())
			if err != nil {
				return err
			}
			return emit(cmd, api.PermissionSets{PermissionSets: sets}, func(w io.Writer) { permissionSetTable(w, sets) })
		}),
	}
	get := &cobra.Command{
		Use: "get NAME", Short: "Show a permission set with its policy", Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			ps, err := c.PermissionSet(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return emit(cmd, ps, func(w io.Writer) {
				permissionSetTable(w, []api.PermissionSet{ps})
				fmt.Fprintf(w, "\n%s\n", ps.InlinePolicy)
			})
		}),
	}
	var force bool
	del := &cobra.Command{
		Use: "delete NAME", Short: "Delete a permission set (refused while assigned, unless --force)", Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if err := c.DeletePermissionSet(cmd.Context(), args[0], force); err != nil {
				return err
			}
			return done(cmd, "Deleted permission set %s", args[0])
		}),
	}
	del.Flags().BoolVar(&force, "force", false, "also remove its assignments and end sign-ins that use it")
	tag := &cobra.Command{
		Use: "tag NAME k=v...", Short: "Set tags on a permission set", Args: minArgs("NAME", "k=v"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			t, err := parseTags(args[1:])
			if err != nil {
				return err
			}
			ps, err := c.TagPermissionSet(cmd.Context(), args[0], api.TagRequest{Tags: t})
			if err != nil {
				return err
			}
			return emit(cmd, ps, func(w io.Writer) { fmt.Fprintf(w, "Tags of %s: %s\n", ps.Name, formatTags(ps.Tags)) })
		}),
	}
	untag := &cobra.Command{
		Use: "untag NAME KEY...", Short: "Remove tags from a permission set", Args: minArgs("NAME", "KEY"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			ps, err := c.TagPermissionSet(cmd.Context(), args[0], api.TagRequest{RemoveKeys: args[1:]})
			if err != nil {
				return err
			}
			return emit(cmd, ps, func(w io.Writer) { fmt.Fprintf(w, "Tags of %s: %s\n", ps.Name, formatTags(ps.Tags)) })
		}),
	}
	cmd.AddCommand(create, put, list, get, del, tag, untag)
	return cmd
}
