package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
)

func instancesCmd(e *env) *cobra.Command {
	var tags []string
	cmd := &cobra.Command{
		Use: "instances", Short: "List the managed instances you may see", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			filter, err := parseTags(tags)
			if err != nil {
				return err
			}
			list, err := c.Instances(cmd.Context(), filter)
			if err != nil {
				return err
			}
			return emit(cmd, api.Instances{InstanceInformationList: list}, func(w io.Writer) { instanceTable(w, list) })
		}),
	}
	cmd.Flags().StringArrayVar(&tags, "tag", nil, "only instances with this tag key=value (repeatable)")
	cmd.AddCommand(&cobra.Command{
		Use: "status ID", Short: "Say whether an instance's agent is connected (ssm:GetConnectionStatus)", Args: exactArgs("ID"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			st, err := c.ConnectionStatus(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return emit(cmd, st, func(w io.Writer) { fmt.Fprintf(w, "%s: %s\n", st.Target, st.Status) })
		}),
	})
	return cmd
}

func instanceTable(w io.Writer, list []tether.Instance) {
	rows := make([][]string, len(list))
	for i, in := range list {
		last := "-"
		if !in.LastPingAt.IsZero() {
			last = in.LastPingAt.Local().Format(time.DateTime)
		}
		rows[i] = []string{in.ID, in.Name(), string(in.PingStatus), in.Hostname, strings.Join(in.IPAddresses, ","),
			strings.TrimSpace(in.Platform + " " + in.PlatformVersion), in.AgentVersion, last, formatTags(in.Tags)}
	}
	table(w, []string{"INSTANCE", "NAME", "PING", "HOSTNAME", "IP", "PLATFORM", "AGENT", "LAST PING", "TAGS"}, rows)
}

func adminInstancesCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "instances", Short: "Tag, untag and deregister managed instances"}
	show := func(cmd *cobra.Command, in tether.Instance, verb string) error {
		return emit(cmd, in, func(w io.Writer) { fmt.Fprintf(w, "%s %s: %s\n", verb, in.ID, formatTags(in.Tags)) })
	}
	tag := &cobra.Command{
		Use: "tag ID k=v...", Short: "Set instance tags", Args: minArgs("ID", "k=v"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			t, err := parseTags(args[1:])
			if err != nil {
				return err
			}
			in, err := c.TagInstance(cmd.Context(), args[0], api.TagRequest{Tags: t})
			if err != nil {
				return err
			}
			return show(cmd, in, "Tagged")
		}),
	}
	untag := &cobra.Command{
		Use: "untag ID KEY...", Short: "Remove instance tags", Args: minArgs("ID", "KEY"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			in, err := c.TagInstance(cmd.Context(), args[0], api.TagRequest{RemoveKeys: args[1:]})
			if err != nil {
				return err
			}
			return show(cmd, in, "Untagged")
		}),
	}
	deregister := &cobra.Command{
		Use: "deregister ID", Short: "Retire an instance; its agent is refused from then on", Args: exactArgs("ID"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			in, err := c.DeregisterInstance(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return emit(cmd, in, func(w io.Writer) { fmt.Fprintf(w, "Deregistered %s\n", in.ID) })
		}),
	}
	cmd.AddCommand(tag, untag, deregister)
	return cmd
}

func adminActivationsCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "activations", Short: "Create the codes agents register with"}
	var req api.CreateActivationRequest
	var tags []string
	create := &cobra.Command{
		Use: "create", Short: "Create an activation; its code is shown only now", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			var err error
			if req.Tags, err = parseTags(tags); err != nil {
				return err
			}
			out, err := c.CreateActivation(cmd.Context(), req)
			if err != nil {
				return err
			}
			return emit(cmd, out, func(w io.Writer) {
				fmt.Fprintf(w, "Activation ID:   %s\nActivation code: %s   (shown only now)\nExpires:         %s\n",
					out.ActivationId, out.ActivationCode, out.ExpirationDate.Local().Format(time.RFC1123))
			})
		}),
	}
	f := create.Flags()
	f.StringVar(&req.Description, "description", "", "what the activation is for")
	f.IntVar(&req.RegistrationLimit, "limit", 1, "how many agents may register with it (1-1000)")
	f.StringVar(&req.ExpiresIn, "expires", "24h", "how long it stays valid (up to 720h)")
	f.StringVar(&req.DefaultInstanceName, "name", "", "default Name tag of instances registered with it")
	f.StringArrayVar(&tags, "tag", nil, "tag key=value given to registered instances (repeatable)")
	list := &cobra.Command{
		Use: "list", Short: "List activations", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			list, err := c.Activations(cmd.Context())
			if err != nil {
				return err
			}
			return emit(cmd, api.Activations{ActivationList: list}, func(w io.Writer) {
				rows := make([][]string, len(list))
				for i, a := range list {
					rows[i] = []string{a.ID, strconv.Itoa(a.RegistrationsCount) + "/" + strconv.Itoa(a.InstanceLimit),
						a.ExpiresAt.Local().Format(time.DateTime), a.DefaultInstanceName, formatTags(a.Tags), a.Description}
				}
				table(w, []string{"ACTIVATION", "USED", "EXPIRES", "NAME", "TAGS", "DESCRIPTION"}, rows)
			})
		}),
	}
	del := &cobra.Command{
		Use: "delete ID", Short: "Delete an activation (registered instances stay)", Args: exactArgs("ID"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if err := c.DeleteActivation(cmd.Context(), args[0]); err != nil {
				return err
			}
			return done(cmd, "Deleted activation %s", args[0])
		}),
	}
	cmd.AddCommand(create, list, del)
	return cmd
}
