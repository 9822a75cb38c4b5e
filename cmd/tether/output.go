package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func wantJSON(cmd *cobra.Command) (bool, error) {
	o, _ := cmd.Flags().GetString("output")
	switch o {
	case outputJSON:
		return true, nil
	case outputText, "":
		return false, nil
	}
	return false, usagef("--output must be text or json (got %q)", o)
}

// emit prints v as JSON with -o json, else calls text to print it for people.
func emit(cmd *cobra.Command, v any, text func(w io.Writer)) error {
	asJSON, err := wantJSON(cmd)
	if err != nil {
		return err
	}
	w := cmd.OutOrStdout()
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	if text != nil {
		text(w)
	}
	return nil
}

// table prints rows under a header, aligned.
func table(w io.Writer, header []string, rows [][]string) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	tw.Flush()
}

// formatTags renders tags as k=v,k2=v2 in key order.
func formatTags(tags map[string]string) string {
	keys := make([]string, 0, len(tags))
	for k := range tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + tags[k]
	}
	return strings.Join(parts, ",")
}

// parseTags reads k=v arguments or flag values.
func parseTags(kvs []string) (map[string]string, error) {
	tags := map[string]string{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, usagef("tag %q must look like key=value", kv)
		}
		if _, dup := tags[k]; dup {
			return nil, usagef("tag key %q is given twice", k)
		}
		tags[k] = v
	}
	return tags, nil
}

// done prints a one-line confirmation, or {} with -o json.
func done(cmd *cobra.Command, format string, args ...any) error {
	return emit(cmd, struct{}{}, func(w io.Writer) { fmt.Fprintf(w, format+"\n", args...) })
}
