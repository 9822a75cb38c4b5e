package main

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
)

func logsCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "logs", Short: "Read session logs in log groups (a session's stream is named by its session ID)"}
	groups := &cobra.Command{
		Use: "groups", Short: "List log groups", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			list, err := c.LogGroups(cmd.Context())
			if err != nil {
				return err
			}
			return emit(cmd, api.LogGroups{LogGroups: list}, func(w io.Writer) {
				rows := [][]string{}
				for _, g := range list {
					retention := "forever"
					if g.RetentionDays > 0 {
						retention = strconv.Itoa(g.RetentionDays) + " days"
					}
					rows = append(rows, []string{g.Name, retention, strconv.FormatInt(g.StoredBytes, 10), g.CreatedAt.Local().Format(time.DateTime)})
				}
				table(w, []string{"LOG GROUP", "RETENTION", "BYTES", "CREATED"}, rows)
			})
		}),
	}
	var retention int
	create := &cobra.Command{
		Use: "create-group NAME [--retention-days N]", Short: "Create a log group", Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			g, err := c.CreateLogGroup(cmd.Context(), args[0], retention)
			if err != nil {
				return err
			}
			return emit(cmd, g, func(w io.Writer) { fmt.Fprintf(w, "Created log group %s\n", g.Name) })
		}),
	}
	create.Flags().IntVar(&retention, "retention-days", 0, "delete events older than this (0: keep forever)")
	streams := &cobra.Command{
		Use: "streams GROUP", Short: "List a group's streams, most recent first", Args: exactArgs("GROUP"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			list, err := c.LogStreams(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return emit(cmd, api.LogStreams{LogStreams: list}, func(w io.Writer) {
				rows := [][]string{}
				for _, s := range list {
					rows = append(rows, []string{s.Name, strconv.FormatInt(s.EventCount, 10), strconv.FormatInt(s.StoredBytes, 10),
						s.LastEventAt.Local().Format(time.DateTime)})
				}
				table(w, []string{"LOG STREAM", "EVENTS", "BYTES", "LAST EVENT"}, rows)
			})
		}),
	}
	var filter string
	get := &cobra.Command{
		Use: "get GROUP STREAM [--filter TEXT]", Short: "Print a stream's events, oldest first", Args: exactArgs("GROUP", "STREAM"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			var all []tether.LogEvent
			q := client.LogQuery{Stream: args[1], Filter: filter}
			for {
				page, err := c.LogEvents(cmd.Context(), args[0], q)
				if err != nil {
					return err
				}
				all = append(all, page.Events...)
				if len(page.Events) < api.MaxLogPage || filter != "" {
					break
				}
				q.After = page.NextSeq
			}
			return emit(cmd, api.LogEvents{Events: all}, func(w io.Writer) { printLogEvents(w, all, false) })
		}),
	}
	get.Flags().StringVar(&filter, "filter", "", "only events whose message contains TEXT")
	cmd.AddCommand(groups, create, streams, get, logsTailCmd(e))
	return cmd
}

func logsTailCmd(e *env) *cobra.Command {
	var follow bool
	var since string
	cmd := &cobra.Command{
		Use:   "tail GROUP [STREAM] [--follow]",
		Short: "Print a group's recent events (all streams, or one), and with --follow keep printing new ones",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 1 || len(args) > 2 {
				return usagef("tail takes GROUP and optionally STREAM")
			}
			return nil
		},
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			q := client.LogQuery{Since: time.Now().Add(-10 * time.Minute)}
			if len(args) == 2 {
				q.Stream = args[1]
			}
			if since != "" {
				t, err := parseWhen("--since", since)
				if err != nil {
					return err
				}
				q.Since = t
			}
			seen := map[string]int64{} // stream -> last sequence printed
			for {
				page, err := c.LogEvents(cmd.Context(), args[0], q)
				if err != nil {
					return err
				}
				var fresh []tether.LogEvent
				for _, ev := range page.Events {
					if ev.Seq > seen[ev.Stream] {
						seen[ev.Stream] = ev.Seq
						fresh = append(fresh, ev)
						if ev.Time.After(q.Since) {
							q.Since = ev.Time // events of the same instant are told apart by seen
						}
					}
				}
				printLogEvents(e.stdout, fresh, q.Stream == "")
				if !follow {
					return nil
				}
				select {
				case <-cmd.Context().Done():
					return nil
				case <-time.After(time.Second):
				}
			}
		}),
	}
	cmd.Flags().BoolVarP(&follow, "follow", "f", false, "keep printing new events until interrupted")
	cmd.Flags().StringVar(&since, "since", "", "start at TIME (RFC 3339 or a duration back from now; default 10m)")
	return cmd
}

func printLogEvents(w io.Writer, events []tether.LogEvent, withStream bool) {
	for _, ev := range events {
		if withStream {
			fmt.Fprintf(w, "%s %s %s\n", ev.Time.Local().Format(time.RFC3339), ev.Stream, ev.Message)
		} else {
			fmt.Fprintf(w, "%s %s\n", ev.Time.Local().Format(time.RFC3339), ev.Message)
		}
	}
}
