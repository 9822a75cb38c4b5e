package main

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

func ms(v ...float64) []time.Duration {
	out := make([]time.Duration, len(v))
	for i, x := range v {
		out[i] = time.Duration(x * float64(time.Millisecond))
	}
	return out
}

func TestPercentile(t *testing.T) {
	hundred := make([]time.Duration, 100)
	for i := range hundred {
		hundred[i] = time.Duration(100-i) * time.Millisecond // unsorted on purpose
	}
	for _, tc := range []struct {
		name    string
		samples []time.Duration
		p       float64
		want    time.Duration
	}{
		{"empty", nil, 50, 0},
		{"one sample", ms(3), 99, 3 * time.Millisecond},
		{"p50 of 1..100", hundred, 50, 50 * time.Millisecond},
		{"p99 of 1..100", hundred, 99, 99 * time.Millisecond},
		{"p100 is the maximum", hundred, 100, 100 * time.Millisecond},
		{"p0 is the minimum", hundred, 0, time.Millisecond},
		{"p99 of few samples is the maximum", ms(1, 2, 3, 40), 99, 40 * time.Millisecond},
		{"nearest rank, not interpolated", ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := slices.Clone(tc.samples)
			if got := percentile(tc.samples, tc.p); got != tc.want {
				t.Errorf("percentile(%v, %v) = %v, want %v", tc.samples, tc.p, got, tc.want)
			}
			if !slices.Equal(before, tc.samples) {
				t.Error("percentile reordered its input")
			}
		})
	}
}

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		samples []time.Duration
		want    time.Duration
	}{
		{nil, 0},
		{ms(5, 1, 3), 3 * time.Millisecond},
		{ms(4, 1, 3, 2), 2500 * time.Microsecond},
	} {
		if got := median(tc.samples); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.samples, got, tc.want)
		}
	}
}

// A trimmed `iperf3 -c ... -J` result of iperf 3.12.
const iperfJSON = `{
	"start": {"connected": [{"socket": 5, "local_host": "127.0.0.1", "remote_port": 5201}]},
	"intervals": [],
	"end": {
		"sum_sent": {"start": 0, "end": 5.000043, "seconds": 5.000043, "bytes": 9384755200, "bits_per_second": 15015448000.0, "retransmits": 0},
		"sum_received": {"start": 0, "end": 5.000213, "seconds": 5.000213, "bytes": 9384755200, "bits_per_second": 15014937542.2}
	}
}`

func TestParseIperf(t *testing.T) {
	got, err := parseIperf([]byte(iperfJSON))
	if err != nil {
		t.Fatal(err)
	}
	if want := 15014937542.2 / 8 / 1e6; math.Abs(got-want) > 1e-6 {
		t.Errorf("parseIperf = %v MB/s, want the receiver's %v", got, want)
	}
	for _, tc := range []struct{ name, in, wantErr string }{
		{"iperf3 error", `{"start":{},"intervals":[],"end":{},"error":"unable to connect to server: Connection refused"}`, "Connection refused"},
		{"no data", `{"end":{"sum_received":{"bytes":0,"bits_per_second":0}}}`, "no data"},
		{"not JSON", "iperf3: error - unable to connect", "no JSON"},
		{"empty", "", "no JSON"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := parseIperf([]byte(tc.in)); err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("parseIperf(%q) error = %v, want one containing %q", tc.in, err, tc.wantErr)
			}
		})
	}
}

func sampleTable() *table {
	tb := &table{title: "Throughput", header: []string{"Path", "MB/s", "Note"}}
	tb.add("raw", "1700 MB/s", "")
	tb.add("ssh -L | gcm", "600 MB/s", "met")
	tb.notes = []string{"one run"}
	return tb
}

func TestTableText(t *testing.T) {
	var b bytes.Buffer
	sampleTable().writeText(&b)
	want := "Throughput\n" +
		"Path          MB/s       Note\n" +
		"------------  ---------  ----\n" +
		"raw           1700 MB/s\n" +
		"ssh -L | gcm  600 MB/s   met\n" +
		"  one run\n\n"
	if b.String() != want {
		t.Errorf("text table:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestTableMarkdown(t *testing.T) {
	var b bytes.Buffer
	sampleTable().writeMarkdown(&b)
	want := "### Throughput\n\n" +
		"| Path | MB/s | Note |\n" +
		"|---|---|---|\n" +
		"| raw | 1700 MB/s |  |\n" +
		`| ssh -L \| gcm | 600 MB/s | met |` + "\n" +
		"\n- one run\n\n"
	if b.String() != want {
		t.Errorf("markdown table:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestFormatting(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{fmtMs(1234 * time.Microsecond), "1.23 ms"},
		{fmtMs(420 * time.Millisecond), "420 ms"},
		{fmtMs(0), "-"},
		{fmtMBps(612.4), "612 MB/s"},
		{fmtRatio(300, 600), "0.50x"},
		{fmtRatio(300, 0), "-"},
		{fmtMiB(1536), "1.5 MiB"},
		{verdict(true, true), "met"},
		{verdict(false, true), "MISSED"},
		{verdict(false, false), "n/a"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestAgentSteps(t *testing.T) {
	for _, tc := range []struct {
		max  int
		want []int
	}{
		{0, nil},
		{50, []int{50}},
		{1000, []int{100, 1000}},
		{10000, []int{100, 1000, 10000}},
		{2500, []int{100, 1000, 2500}},
	} {
		if got := agentSteps(tc.max); !slices.Equal(got, tc.want) {
			t.Errorf("agentSteps(%d) = %v, want %v", tc.max, got, tc.want)
		}
	}
}

func TestParseProc(t *testing.T) {
	status := "Name:\ttether\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\nThreads:\t12\n"
	rss, hwm, threads := parseProcStatus(status)
	if rss != 102400 || hwm != 204800 || threads != 12 {
		t.Errorf("parseProcStatus = %d, %d, %d", rss, hwm, threads)
	}
	// A command name with spaces and a parenthesis must not shift fields.
	stat := "4242 (tether (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 9 0 1000 0 0"
	ticks, err := parseProcStat(stat)
	if err != nil || ticks != 325 {
		t.Errorf("parseProcStat = %d, %v; want 325", ticks, err)
	}
	if _, err := parseProcStat("garbage"); err == nil {
		t.Error("parseProcStat accepted garbage")
	}
}

func TestLookToolsNamesPackages(t *testing.T) {
	_, err := lookTools(tool{"tether-bench-no-such-tool", "no-such-package"}, tool{"tether-bench-other", "no-such-package"})
	if err == nil || !strings.Contains(err.Error(), "apt-get install -y no-such-package") ||
		strings.Count(err.Error(), "no-such-package") != 3 {
		t.Errorf("lookTools error = %v", err)
	}
}

func TestThroughputTable(t *testing.T) {
	tp := throughput{
		paths:         []string{pathRaw, pathTether, pathSSHGCM, pathSSHDefault, pathSSHJump},
		defaultCipher: "chacha20-poly1305@openssh.com",
		runs: map[string][]float64{
			pathRaw: {1800, 1500, 1700}, pathTether: {450, 400, 420}, pathSSHGCM: {500, 600, 550},
			pathSSHDefault: {300}, pathSSHJump: {200, 250},
		},
	}
	if got := tp.mbps(pathSSHJump); got != 225 {
		t.Errorf("median of two runs = %v, want 225", got)
	}
	tb := throughputTable(tp)
	want := map[string][]string{
		pathTether:  {pathTether, "420 MB/s", "450, 400, 420", "1.00x", "-", ""},
		pathSSHGCM:  {pathSSHGCM, "550 MB/s", "500, 600, 550", "0.76x", ">= 0.80x (aim)", "MISSED"},
		pathSSHJump: {pathSSHJump, "225 MB/s", "200, 250", "1.87x", ">= 1.00x", "met"},
	}
	for _, row := range tb.rows {
		if w, ok := want[row[0]]; ok && !slices.Equal(row, w) {
			t.Errorf("row %q = %q, want %q", row[0], row, w)
		}
		if strings.HasPrefix(row[0], pathSSHDefault) && row[0] != pathSSHDefault+" (chacha20-poly1305@openssh.com)" {
			t.Errorf("default cipher row is named %q", row[0])
		}
	}
	if len(tb.rows) != 5 {
		t.Errorf("%d rows, want 5", len(tb.rows))
	}
}
