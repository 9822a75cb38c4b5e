package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/audit"
	"github.com/tetherhq/tether/client"
)

func auditCmd(e *env) *cobra.Command {
	var q client.AuditQuery
	var since, until string
	cmd := &cobra.Command{
		Use:   "audit [--user U] [--event NAME] [--since TIME]",
		Short: "Look up events of the audit trail (cloudtrail:LookupEvents), newest first",
		Long: "Look up events of the audit trail: every API call, sign-in, MFA change, registration and session\n" +
			"start and end. TIME is RFC 3339 (2026-11-23T10:00:00Z) or a duration back from now (90m, 24h).",
		Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			var err error
			if q.Since, err = parseWhen("--since", since); err != nil {
				return err
			}
			if q.Until, err = parseWhen("--until", until); err != nil {
				return err
			}
			page, err := c.AuditEvents(cmd.Context(), q)
			if err != nil {
				return err
			}
			return emit(cmd, page, func(w io.Writer) {
				rows := make([][]string, len(page.Events))
				for i, r := range page.Events {
					result := "ok"
					if r.ErrorCode != "" {
						result = r.ErrorCode
					}
					rows[i] = []string{r.EventTime.Local().Format(time.DateTime), r.EventName, r.UserName, r.SourceIP, result, r.Resource}
				}
				table(w, []string{"TIME", "EVENT", "USER", "SOURCE", "RESULT", "RESOURCE"}, rows)
			})
		}),
	}
	f := cmd.Flags()
	f.StringVar(&q.User, "user", "", "only events of this user")
	f.StringVar(&q.Event, "event", "", "only this event name, e.g. ssm:StartSession or sso:Login")
	f.StringVar(&since, "since", "", "only events at or after TIME")
	f.StringVar(&until, "until", "", "only events before TIME")
	f.IntVar(&q.Limit, "limit", 50, fmt.Sprintf("at most this many events (1-%d)", api.MaxAuditPage))
	cmd.AddCommand(auditExportCmd(e), auditVerifyCmd(e))
	return cmd
}

// parseWhen reads an RFC 3339 time or a duration back from now.
func parseWhen(flag, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	if d, err := time.ParseDuration(v); err == nil && d > 0 {
		return time.Now().Add(-d), nil
	}
	return time.Time{}, usagef("%s: %q is neither an RFC 3339 time (2026-11-23T10:00:00Z) nor a duration (24h)", flag, v)
}

// eachAuditRecord pages through the whole trail, oldest first.
func eachAuditRecord(cmd *cobra.Command, c *client.Client, q client.AuditQuery, fn func(page api.AuditEvents) error) error {
	q.Ascending, q.Limit = true, api.MaxAuditPage
	for {
		page, err := c.AuditEvents(cmd.Context(), q)
		if err != nil {
			return err
		}
		if err := fn(page); err != nil {
			return err
		}
		if page.Next == 0 {
			return nil
		}
		q.After = page.Next
	}
}

func auditExportCmd(e *env) *cobra.Command {
	var out, since string
	var q client.AuditQuery
	cmd := &cobra.Command{
		Use:   "export --out FILE",
		Short: "Write the audit trail (or the events selected) to FILE as JSON lines, oldest first",
		Args:  exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			if out == "" {
				return usagef("--out is required (use - for standard output)")
			}
			var err error
			if q.Since, err = parseWhen("--since", since); err != nil {
				return err
			}
			w := e.stdout
			var file *os.File
			if out != "-" {
				if file, err = os.OpenFile(out, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600); err != nil {
					return err
				}
				defer file.Close()
				w = file
			}
			bw := bufio.NewWriter(w)
			enc := json.NewEncoder(bw)
			n := 0
			err = eachAuditRecord(cmd, c, q, func(page api.AuditEvents) error {
				for _, r := range page.Events {
					if err := enc.Encode(r); err != nil {
						return err
					}
					n++
				}
				return nil
			})
			if err == nil {
				err = bw.Flush()
			}
			if err == nil && file != nil {
				err = file.Sync()
			}
			if err != nil || out == "-" {
				return err
			}
			return done(cmd, "Wrote %d events to %s", n, out)
		}),
	}
	cmd.Flags().StringVar(&out, "out", "", "file to write (- for standard output)")
	cmd.Flags().StringVar(&q.User, "user", "", "only events of this user")
	cmd.Flags().StringVar(&q.Event, "event", "", "only this event name")
	cmd.Flags().StringVar(&since, "since", "", "only events at or after TIME")
	return cmd
}

func auditVerifyCmd(e *env) *cobra.Command {
	var file string
	cmd := &cobra.Command{
		Use:   "verify [--file FILE]",
		Short: "Check the hash chain of the whole audit trail (or of an export) from the first event to the last",
		Args:  exactArgs(),
		RunE: func(cmd *cobra.Command, _ []string) error {
			var v audit.Verifier
			if file != "" {
				if err := verifyExport(file, &v); err != nil {
					return err
				}
			} else {
				c, err := signedInClient(e)
				if err != nil {
					return err
				}
				err = eachAuditRecord(cmd, c, client.AuditQuery{}, func(page api.AuditEvents) error {
					for _, r := range page.Events {
						if err := v.Check(r); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					return err
				}
			}
			return emit(cmd, map[string]any{"Verified": true, "Events": v.Count}, func(w io.Writer) {
				fmt.Fprintf(w, "The audit trail is intact: %d events chained from the first to the last.\n", v.Count)
			})
		},
	}
	cmd.Flags().StringVar(&file, "file", "", "verify this export (tether audit export) instead of the server's trail")
	return cmd
}

// verifyExport checks a complete JSON-lines export.
func verifyExport(path string, v *audit.Verifier) error {
	f, err := os.Open(path)
	if err != nil {
		return usagef("--file: %v", err)
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReader(f))
	for line := 1; dec.More(); line++ {
		var r tether.AuditRecord
		if err := dec.Decode(&r); err != nil {
			return fmt.Errorf("%s: event %d is not valid JSON: %v", path, line, err)
		}
		if err := v.Check(r); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return nil
}
