package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/client"
	"github.com/tetherhq/tether/preferences"
)

func adminPreferencesCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "preferences",
		Short: "Session Manager preferences: timeouts, run-as, shell profile, log group and S3 bucket",
		Long:  "Session Manager preferences (ssm:GetServiceSetting, UpdateServiceSetting, ResetServiceSetting).\nKeys: " + strings.Join(preferences.Keys(), ", "),
	}
	show := func(cmd *cobra.Command, p tether.SessionPreferences) error {
		return emit(cmd, p, func(w io.Writer) { preferencesTable(w, p) })
	}
	get := &cobra.Command{
		Use: "get", Short: "Show the session preferences", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			p, err := c.Preferences(cmd.Context())
			if err != nil {
				return err
			}
			return show(cmd, p)
		}),
	}
	set := &cobra.Command{
		Use: "set KEY=VALUE...", Short: "Change session preferences, all or none (e.g. idleSessionTimeout=15 s3BucketName=logs)",
		Args: minArgs("KEY=VALUE"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			settings := map[string]string{}
			for _, kv := range args {
				k, v, ok := strings.Cut(kv, "=")
				if !ok || k == "" {
					return usagef("%q is not KEY=VALUE; keys: %s", kv, strings.Join(preferences.Keys(), ", "))
				}
				settings[k] = v
			}
			p, err := c.UpdatePreferences(cmd.Context(), settings)
			if err != nil {
				return err
			}
			return show(cmd, p)
		}),
	}
	reset := &cobra.Command{
		Use: "reset", Short: "Restore the server's default session preferences", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			p, err := c.ResetPreferences(cmd.Context())
			if err != nil {
				return err
			}
			return show(cmd, p)
		}),
	}
	cmd.AddCommand(get, set, reset)
	return cmd
}

// preferencesTable lists every preference as KEY VALUE.
func preferencesTable(w io.Writer, p tether.SessionPreferences) {
	var m map[string]any
	b, _ := json.Marshal(p)
	_ = json.Unmarshal(b, &m)
	rows := [][]string{}
	for _, k := range preferences.Keys() {
		rows = append(rows, []string{k, fmt.Sprint(m[k])})
	}
	table(w, []string{"KEY", "VALUE"}, rows)
}
