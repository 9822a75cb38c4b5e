package main

import (
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
)

func recordingsCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "recordings", Short: "Search, export and verify session recordings"}
	var q client.CommandQuery
	var since string
	search := &cobra.Command{
		Use:   "search TEXT [--user U] [--instance ID] [--since TIME]",
		Short: "Find sessions by a command typed in them (case-insensitive), newest first",
		Args:  exactArgs("TEXT"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			q.Text = args[0]
			var err error
			if q.Since, err = parseWhen("--since", since); err != nil {
				return err
			}
			cmds, err := c.SearchCommands(cmd.Context(), q)
			if err != nil {
				return err
			}
			return emit(cmd, api.Commands{Commands: cmds}, func(w io.Writer) {
				rows := make([][]string, len(cmds))
				for i, c := range cmds {
					text := c.Text
					if c.Incomplete {
						text += "  (edited from history or completion)"
					}
					rows[i] = []string{c.Time.Local().Format(time.DateTime), c.SessionID, c.Owner, c.Target, text}
				}
				table(w, []string{"TIME", "SESSION", "USER", "INSTANCE", "COMMAND"}, rows)
			})
		}),
	}
	f := search.Flags()
	f.StringVar(&q.User, "user", "", "only sessions of this user")
	f.StringVar(&q.Target, "instance", "", "only sessions on this instance ID")
	f.StringVar(&since, "since", "", "only commands at or after TIME (RFC 3339 or a duration back from now)")
	f.IntVar(&q.Limit, "limit", 100, "at most this many commands")
	cmd.AddCommand(search)
	return cmd
}
