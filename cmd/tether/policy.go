package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether/policy"
)

func policyCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "policy", Short: "Check and simulate IAM policies offline"}
	validate := &cobra.Command{
		Use: "validate FILE", Short: "Check a policy document; errors name the statement and field", Args: exactArgs("FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := parsePolicyFile(args[0])
			if err != nil {
				return err
			}
			out := map[string]any{"File": args[0], "Valid": true, "Statements": len(p.Statements)}
			return emit(cmd, out, func(w io.Writer) {
				fmt.Fprintf(w, "%s: valid policy with %d statement(s)\n", args[0], len(p.Statements))
			})
		},
	}
	var files, actions []string
	var resource, contextFile string
	simulate := &cobra.Command{
		Use:   "simulate --policy-file F --action A --resource R [--context-file CTX.json]",
		Short: "Decide actions on a resource against policies, as the IAM policy simulator does",
		Args:  exactArgs(),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(files) == 0 || len(actions) == 0 || resource == "" {
				return usagef("--policy-file, --action and --resource are required")
			}
			in := policy.SimulationInput{Actions: actions, Resource: resource}
			for _, f := range files {
				p, err := parsePolicyFile(f)
				if err != nil {
					return err
				}
				in.Policies = append(in.Policies, p)
				in.PolicyIDs = append(in.PolicyIDs, filepath.Base(f))
			}
			if contextFile != "" {
				b, err := os.ReadFile(contextFile)
				if err != nil {
					return usagef("--context-file: %v", err)
				}
				if in.Context, err = policy.ParseContextJSON(b); err != nil {
					return usagef("--context-file %s: %v", contextFile, err)
				}
			}
			out := policy.Simulate(in)
			return emit(cmd, out, func(w io.Writer) {
				rows := make([][]string, len(out.EvaluationResults))
				for i, r := range out.EvaluationResults {
					matched := ""
					for j, m := range r.MatchedStatements {
						if j > 0 {
							matched += ", "
						}
						matched += fmt.Sprintf("%s line %d", m.SourcePolicyId, m.StartPosition.Line)
						if m.Sid != "" {
							matched += " (" + m.Sid + ")"
						}
					}
					rows[i] = []string{r.EvalActionName, r.EvalDecision, matched}
				}
				table(w, []string{"ACTION", "DECISION", "MATCHED STATEMENTS"}, rows)
			})
		},
	}
	f := simulate.Flags()
	f.StringArrayVar(&files, "policy-file", nil, "policy document (repeatable: all apply together)")
	f.StringArrayVar(&actions, "action", nil, "action to decide, e.g. ssm:StartSession (repeatable)")
	f.StringVar(&resource, "resource", "", "resource ARN")
	f.StringVar(&contextFile, "context-file", "", "JSON object mapping context keys to a string or a list of strings")
	cmd.AddCommand(validate, simulate)
	return cmd
}

// parsePolicyFile reads and validates a policy; problems are usage errors
// (exit 2) naming the file, statement and field.
func parsePolicyFile(path string) (*policy.Policy, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("%v", err)
	}
	p, err := policy.Parse(b)
	if err != nil {
		return nil, usagef("%s: %v", path, err)
	}
	return p, nil
}
