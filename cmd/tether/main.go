// Command tether is the one binary of Tether: the control plane server, the
// agent, and the CLI of engineers and administrators. This package only wires
// flags to the packages that do the work; run is the testable entry point.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether"
)

// Exit statuses of the CLI contract.
const (
	exitOK       = 0
	exitFailure  = 1
	exitUsage    = 2
	exitDenied   = 3
	outputJSON   = "json"
	outputText   = "text"
	configDirEnv = "TETHER_CONFIG_DIR"
)

// env is the process environment a command sees, injected so tests can run
// commands in-process side by side.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv})
	stop()
	os.Exit(code)
}

// run executes one command line and returns its exit status.
func run(ctx context.Context, args []string, e env) int {
	root := newRoot(&e)
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var status exitStatus
	if errors.As(err, &status) {
		return int(status)
	}
	fmt.Fprintln(e.stderr, "tether:", message(err))
	return exitCode(err)
}

// usageError marks bad command lines (exit 2).
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) {
		return exitUsage
	}
	var te *tether.Error
	if !errors.As(err, &te) {
		return exitFailure
	}
	switch te.Code {
	case tether.EINVALID, tether.ETOOLARGE:
		return exitUsage
	case tether.EFORBIDDEN:
		return exitDenied
	}
	return exitFailure
}

func message(err error) string {
	var te *tether.Error
	if errors.As(err, &te) {
		return te.Error()
	}
	return err.Error()
}

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:           "tether",
		Short:         "Secure remote access to servers, without bastions or inbound ports",
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.PersistentFlags().StringP("output", "o", outputText, "output format: text or json")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(
		serverCmd(e), agentCmd(e), loginCmd(e), logoutCmd(e), whoamiCmd(e), passwordCmd(e), mfaCmd(e), instancesCmd(e),
		connectCmd(e), forwardCmd(e), proxyCmd(e), sessionsCmd(e), terminateCmd(e), auditCmd(e), logsCmd(e), recordingsCmd(e), playCmd(e), policyCmd(e), adminCmd(e),
	)
	// Unknown subcommands and bad argument counts are usage errors too.
	var mark func(c *cobra.Command)
	mark = func(c *cobra.Command) {
		if c.Args == nil && c.HasSubCommands() {
			c.Args = func(cmd *cobra.Command, args []string) error {
				if len(args) > 0 {
					return usagef("unknown command %q for %q", args[0], cmd.CommandPath())
				}
				return nil
			}
			if c.RunE == nil {
				c.RunE = func(cmd *cobra.Command, args []string) error {
					return usageError{fmt.Errorf("%s needs a subcommand; see %s --help", cmd.CommandPath(), cmd.CommandPath())}
				}
			}
		}
		for _, sub := range c.Commands() {
			mark(sub)
		}
	}
	mark(root)
	return root
}

// exactArgs is cobra.ExactArgs with a usage error that names the arguments.
func exactArgs(names ...string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != len(names) {
			return usagef("%s takes %d argument(s): %v (got %d)", cmd.CommandPath(), len(names), names, len(args))
		}
		return nil
	}
}

// minArgs requires at least len(names) arguments.
func minArgs(names ...string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < len(names) {
			return usagef("%s takes at least %d argument(s): %v (got %d)", cmd.CommandPath(), len(names), names, len(args))
		}
		return nil
	}
}
