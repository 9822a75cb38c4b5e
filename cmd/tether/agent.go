package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether/agent"
)

func agentCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "agent", Short: "Run on a managed server: register once, then stay connected"}
	var o agent.RegisterOptions
	var caPath string
	var tags []string
	register := &cobra.Command{
		Use:   "register --server URL --ca-file FILE --activation-id ID --activation-code CODE",
		Short: "Register this server with an activation and keep its new identity in the state dir",
		Args:  exactArgs(),
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch {
			case o.Server == "" || caPath == "":
				return usagef("--server and --ca-file are required")
			case o.ActivationID == "" || o.ActivationCode == "":
				return usagef("--activation-id and --activation-code are required")
			}
			var err error
			if o.CAPEM, err = os.ReadFile(caPath); err != nil {
				return usagef("--ca-file: %v", err)
			}
			if o.Tags, err = parseTags(tags); err != nil {
				return err
			}
			id, err := agent.Register(cmd.Context(), o)
			if err != nil {
				return err
			}
			return emit(cmd, map[string]string{"InstanceId": id.InstanceID, "StateDir": o.StateDir}, func(w io.Writer) {
				fmt.Fprintf(w, "Registered as %s (identity in %s). Start it with: tether agent run --state-dir %s\n", id.InstanceID, o.StateDir, o.StateDir)
			})
		},
	}
	f := register.Flags()
	f.StringVar(&o.Server, "server", "", "server URL, e.g. https://tether.example.com:8443")
	f.StringVar(&caPath, "ca-file", "", "the server's CA certificate (ca.pem)")
	f.StringVar(&o.ActivationID, "activation-id", "", "activation ID")
	f.StringVar(&o.ActivationCode, "activation-code", "", "activation code")
	f.StringVar(&o.Name, "name", "", "instance name (its Name tag)")
	f.StringArrayVar(&tags, "tag", nil, "instance tag key=value (repeatable)")
	f.StringVar(&o.StateDir, "state-dir", agent.DefaultStateDir, "directory for the agent's identity (mode 0700)")

	var run agent.RunOptions
	runCmd := &cobra.Command{
		Use:   "run",
		Short: "Stay connected to the server and serve sessions (dials out; never listens)",
		Args:  exactArgs(),
		RunE: func(cmd *cobra.Command, _ []string) error {
			run.Log = slog.New(slog.NewTextHandler(e.stderr, nil))
			return agent.Run(cmd.Context(), run)
		},
	}
	runCmd.Flags().StringVar(&run.StateDir, "state-dir", agent.DefaultStateDir, "directory of the agent's identity")
	runCmd.Flags().StringVar(&run.Serve.DefaultRunAs, "create-user", agent.DefaultRunAs, "the one OS user this agent creates when a session asks for it and it is missing (the server picks the run-as user)")
	cmd.AddCommand(register, runCmd)
	return cmd
}
