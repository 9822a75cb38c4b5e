package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"
)

// table is one block of the report: a title, a header row and data rows,
// printed aligned for a terminal or as Markdown for a file.
type table struct {
	title  string
	header []string
	rows   [][]string
	notes  []string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// writeText prints t with columns padded to their widest cell.
func (t *table) writeText(w io.Writer) {
	widths := make([]int, len(t.header))
	for _, r := range append([][]string{t.header}, t.rows...) {
		for i, c := range r {
			if i < len(widths) {
				widths[i] = max(widths[i], len([]rune(c)))
			}
		}
	}
	line := func(r []string) {
		var b strings.Builder
		for i := range widths {
			c := ""
			if i < len(r) {
				c = r[i]
			}
			if i == len(widths)-1 {
				b.WriteString(c)
			} else {
				b.WriteString(c + strings.Repeat(" ", widths[i]-len([]rune(c))+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	fmt.Fprintf(w, "%s\n", t.title)
	line(t.header)
	sep := make([]string, len(widths))
	for i, n := range widths {
		sep[i] = strings.Repeat("-", n)
	}
	line(sep)
	for _, r := range t.rows {
		line(r)
	}
	for _, n := range t.notes {
		fmt.Fprintf(w, "  %s\n", n)
	}
	fmt.Fprintln(w)
}

// writeMarkdown prints t as a GitHub-flavoured Markdown table.
func (t *table) writeMarkdown(w io.Writer) {
	esc := func(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
	row := func(r []string) {
		cells := make([]string, len(t.header))
		for i := range cells {
			if i < len(r) {
				cells[i] = esc(r[i])
			}
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
	}
	fmt.Fprintf(w, "### %s\n\n", t.title)
	row(t.header)
	sep := make([]string, len(t.header))
	for i := range sep {
		sep[i] = "---"
	}
	fmt.Fprintf(w, "|%s|\n", strings.Join(sep, "|"))
	for _, r := range t.rows {
		row(r)
	}
	if len(t.notes) > 0 {
		fmt.Fprintln(w)
		for _, n := range t.notes {
			fmt.Fprintf(w, "- %s\n", esc(n))
		}
	}
	fmt.Fprintln(w)
}

// percentile returns the p-th percentile (0-100) of samples by the
// nearest-rank method: the smallest sample with at least p% of the samples
// at or below it. It returns 0 for no samples.
func percentile(samples []time.Duration, p float64) time.Duration {
	if len(samples) == 0 {
		return 0
	}
	s := slices.Clone(samples)
	slices.Sort(s)
	rank := int(math.Ceil(p / 100 * float64(len(s))))
	return s[min(max(rank, 1), len(s))-1]
}

// median is the middle sample (the mean of the two middle ones for an
// even count), as usually meant by "median of N runs".
func median(samples []time.Duration) time.Duration {
	if len(samples) == 0 {
		return 0
	}
	s := slices.Clone(samples)
	slices.Sort(s)
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}

// iperfResult is the part of `iperf3 -J` output the report uses.
type iperfResult struct {
	End struct {
		SumReceived struct {
			Bytes         int64   `json:"bytes"`
			Seconds       float64 `json:"seconds"`
			BitsPerSecond float64 `json:"bits_per_second"`
		} `json:"sum_received"`
	} `json:"end"`
	Error string `json:"error"`
}

// parseIperf returns the receiver's throughput in megabytes (10^6) per
// second from `iperf3 -c ... -J` output.
func parseIperf(b []byte) (float64, error) {
	var r iperfResult
	if err := json.Unmarshal(b, &r); err != nil {
		return 0, fmt.Errorf("iperf3 printed no JSON result: %w", err)
	}
	if r.Error != "" {
		return 0, fmt.Errorf("iperf3: %s", r.Error)
	}
	bps := r.End.SumReceived.BitsPerSecond
	if bps <= 0 {
		return 0, errors.New("iperf3 reported no data received")
	}
	return bps / 8 / 1e6, nil
}

// Formatting helpers shared by the tables.

func fmtMBps(v float64) string {
	if v <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f MB/s", v)
}

func fmtMs(d time.Duration) string {
	if d <= 0 {
		return "-"
	}
	ms := float64(d) / float64(time.Millisecond)
	if ms < 10 {
		return fmt.Sprintf("%.2f ms", ms)
	}
	return fmt.Sprintf("%.0f ms", ms)
}

func fmtSecs(d time.Duration) string {
	return fmt.Sprintf("%.1f s", d.Seconds())
}

func fmtRatio(a, b float64) string {
	if a <= 0 || b <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.2fx", a/b)
}

func fmtMiB(kib int64) string {
	return fmt.Sprintf("%.1f MiB", float64(kib)/1024)
}

// verdict says whether a target is met, for a reader scanning the table.
func verdict(ok bool, known bool) string {
	switch {
	case !known:
		return "n/a"
	case ok:
		return "met"
	default:
		return "MISSED"
	}
}
