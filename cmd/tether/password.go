package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether/client"
)

func passwordCmd(e *env) *cobra.Command {
	var passwordStdin bool
	cmd := &cobra.Command{
		Use:   "password [--password-stdin]",
		Short: "Change your own password",
		Long: `Change the signed-in user's password. At a terminal it asks for the current
password and the new one (twice). With --password-stdin it reads two lines from
standard input: the current password, then the new one.`,
		Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			ctx := cmd.Context()
			in := newInput(e)
			var old, pw string
			if passwordStdin {
				var err error
				if old, err = in.line(ctx); err == io.EOF || (err == nil && old == "") {
					return usagef("no current password on standard input")
				} else if err != nil {
					return err
				}
				if pw, err = in.line(ctx); err == io.EOF || (err == nil && pw == "") {
					return usagef("no new password on standard input: put it on the line after the current one")
				} else if err != nil {
					return err
				}
			} else {
				if !in.interactive() {
					return usagef("no terminal to prompt on; use --password-stdin with the current and the new password on two lines")
				}
				var err error
				if old, err = in.ask(ctx, "Current password: ", true); err != nil {
					return err
				}
				if pw, err = in.ask(ctx, "New password: ", true); err != nil {
					return err
				}
				again, err := in.ask(ctx, "Repeat the new password: ", true)
				if err != nil {
					return err
				}
				if again != pw {
					return usagef("the two new passwords differ; nothing was changed")
				}
			}
			if err := c.ChangePassword(ctx, old, pw); err != nil {
				return err
			}
			return done(cmd, "Changed your password.")
		}),
	}
	cmd.Flags().BoolVar(&passwordStdin, "password-stdin", false, "read the current and the new password from two lines of standard input")
	return cmd
}
