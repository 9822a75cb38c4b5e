package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
	"github.com/tetherhq/tether/recording"
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
	var format, out string
	export := &cobra.Command{
		Use:   "export SESSION_ID --format asciicast --out FILE",
		Short: "Export a session's recording as asciicast v2 (asciinema play FILE), or as the signed original (--format raw)",
		Args:  exactArgs("SESSION_ID"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if format != "asciicast" && format != "raw" {
				return usagef("--format must be asciicast or raw, not %q", format)
			}
			if out == "" {
				return usagef("--out is required (- for standard output)")
			}
			body, err := c.Recording(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			defer body.Close()
			w, finish, err := outputFile(e, out)
			if err != nil {
				return err
			}
			if format == "raw" {
				_, err = io.Copy(w, body)
			} else {
				var r *recording.Reader
				if r, err = recording.NewReader(body); err == nil {
					err = recording.ExportAsciicast(r, w)
				}
			}
			if err = finish(err); err != nil || out == "-" {
				return err
			}
			return done(cmd, "Wrote the recording of %s to %s", args[0], out)
		}),
	}
	export.Flags().StringVar(&format, "format", "asciicast", "asciicast or raw")
	export.Flags().StringVar(&out, "out", "", "file to write (- for standard output)")
	verify := &cobra.Command{
		Use:   "verify SESSION_ID",
		Short: "Check a recording's hash chain, totals and signature: any change, truncation or reordering fails",
		Args:  exactArgs("SESSION_ID"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			v, err := c.VerifyRecording(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return emit(cmd, v, func(w io.Writer) {
				fmt.Fprintf(w, "The recording of %s is intact and signed by this server.\n", args[0])
			})
		}),
	}
	cmd.AddCommand(search, export, verify)
	return cmd
}

// outputFile opens path for writing (- is standard output); finish closes
// it, removing a partial file when err is set, and returns the error.
func outputFile(e *env, path string) (io.Writer, func(error) error, error) {
	if path == "-" {
		return e.stdout, func(err error) error { return err }, nil
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, nil, usagef("--out: %v", err)
	}
	return f, func(err error) error {
		if err == nil {
			err = f.Sync()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path)
		}
		return err
	}, nil
}

func playCmd(e *env) *cobra.Command {
	var speed float64
	var idle float64
	cmd := &cobra.Command{
		Use:   "play SESSION_ID [--speed X] [--idle-limit SECONDS]",
		Short: "Replay a session's output in the terminal in real time, streaming",
		Args:  exactArgs("SESSION_ID"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if speed <= 0 || idle < 0 {
				return usagef("--speed must be above 0 and --idle-limit not negative")
			}
			body, err := c.Recording(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			defer body.Close()
			r, err := recording.NewReader(body)
			if err != nil {
				return err
			}
			p := recording.Player{Speed: speed, IdleLimit: time.Duration(idle * float64(time.Second))}
			return p.Play(cmd.Context(), r, e.stdout)
		}),
	}
	cmd.Flags().Float64Var(&speed, "speed", 1, "playback speed (2 is twice as fast)")
	cmd.Flags().Float64Var(&idle, "idle-limit", 0, "cap pauses at this many seconds (0: no cap)")
	return cmd
}
