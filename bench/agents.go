package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// clockTicks is USER_HZ, the unit of /proc/PID/stat's CPU times: 100 on
// every Linux architecture Go supports.
const clockTicks = 100

// procSample is what /proc says about a process at one moment.
type procSample struct {
	at         time.Time
	rssKiB     int64 // VmRSS
	hwmKiB     int64 // VmHWM, the peak RSS
	cpuTicks   int64 // utime + stime
	numThreads int64
	fds        int
}

func sampleProc(pid int) (procSample, error) {
	s := procSample{at: time.Now()}
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return s, err
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return s, err
	}
	s.rssKiB, s.hwmKiB, s.numThreads = parseProcStatus(string(status))
	s.cpuTicks, err = parseProcStat(string(stat))
	if ents, derr := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid)); derr == nil {
		s.fds = len(ents)
	}
	return s, err
}

// parseProcStatus reads VmRSS, VmHWM (kB) and Threads from
// /proc/PID/status.
func parseProcStatus(s string) (rss, hwm, threads int64) {
	for _, line := range strings.Split(s, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		switch k {
		case "VmRSS":
			rss = n
		case "VmHWM":
			hwm = n
		case "Threads":
			threads = n
		}
	}
	return rss, hwm, threads
}

// parseProcStat returns utime+stime from /proc/PID/stat. The command name
// (field 2) may hold spaces, so fields are counted after its closing ')'.
func parseProcStat(s string) (int64, error) {
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0, fmt.Errorf("malformed /proc stat %.80q", s)
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 13 { // f[0] is field 3 (state); utime, stime are fields 14, 15
		return 0, fmt.Errorf("malformed /proc stat %.80q", s)
	}
	u, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("malformed /proc stat %.80q", s)
	}
	return u + st, nil
}

// fmtPerAgent shows RSS growth per agent; growth below zero means the
// runtime gave more memory back to the kernel than the agents took.
func fmtPerAgent(kib float64) string {
	if kib < 0 {
		return "< 0 (memory returned)"
	}
	return fmt.Sprintf("%.1f KiB", kib)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// agentSteps are the fleet sizes measured for -agents max: the standard
// sizes up to max, and max itself.
func agentSteps(max int) []int {
	var steps []int
	for _, n := range []int{100, 1000, 10000} {
		if n <= max {
			steps = append(steps, n)
		}
	}
	if max > 0 && (len(steps) == 0 || steps[len(steps)-1] != max) {
		steps = append(steps, max)
	}
	return steps
}

// agentRow is one fleet size's result.
type agentRow struct {
	n, failed, dropped int
	dialed             time.Duration // from asking for them to every connection upgraded
	connect            time.Duration // from asking for them to all Online
	connectCPU         float64       // server CPU seconds spent meanwhile
	idleCPU            float64       // server CPU, % of one core, over the idle window
	after              procSample
	simRSSKiB          int64
	simGoroutines      int
	simStackKiB        int64
	simHeapKiB         int64
	failure            string // why the step did not finish; the other fields are as far as it got
}

// agentResult is the fleet section of the report.
type agentResult struct {
	register, idle time.Duration
	registered     int
	baseline       procSample
	failure        string
	rows           []agentRow
}

// benchAgents starts a deployment of its own, registers max agents with
// the simulator, restarts the server so that registration leaves nothing
// in its memory, and then connects the fleet in steps, sampling the
// server once each step is all Online and again after an idle window.
func benchAgents(ctx context.Context, c *config, r *procs, bin, dir string) (agentResult, error) {
	var res agentResult
	steps := agentSteps(c.agents)
	total := steps[len(steps)-1]
	d, err := newDeployment(ctx, r, bin, dir)
	if err != nil {
		return res, err
	}
	defer func() { d.server.stop(10 * time.Second) }()
	var acts []string
	for i := 0; i < total; i += 1000 {
		a, err := d.createActivation(ctx, min(1000, total-i))
		if err != nil {
			return res, err
		}
		acts = append(acts, a.ActivationId+":"+a.ActivationCode)
	}
	self, err := os.Executable()
	if err != nil {
		return res, err
	}
	stateRoot := filepath.Join(dir, "agents")
	progress("agents: registering %d simulated agents (%d activations)", total, len(acts))
	start := time.Now()
	reg := exec.CommandContext(ctx, self, "-dir", stateRoot, "-server", d.url, "-ca", d.caFile,
		"-activations", strings.Join(acts, ","), "-n", strconv.Itoa(total))
	reg.Env = append(os.Environ(), roleEnv+"=register")
	if _, err := runOut(ctx, reg); err != nil {
		return res, err
	}
	res.register, res.registered = time.Since(start), total
	progress("agents: registered %d in %s", total, res.register.Round(time.Second))

	if err := d.restartServer(ctx); err != nil {
		return res, err
	}
	if _, err := d.onlineCount(ctx); err != nil { // the listing path warm, as in every step
		return res, err
	}
	// The same idle wait as after each step, so that the baseline has had
	// the same time to give memory back to the kernel.
	progress("agents: server restarted; idle for %s before the baseline", c.idle)
	time.Sleep(c.idle)
	pid := d.server.cmd.Process.Pid
	if res.baseline, err = sampleProc(pid); err != nil {
		return res, err
	}

	hold := exec.Command(self, "-dir", stateRoot, "-parallel", "32")
	hold.Env = append(os.Environ(), roleEnv+"=hold")
	stdin, err := hold.StdinPipe()
	if err != nil {
		return res, err
	}
	stdout, err := hold.StdoutPipe()
	if err != nil {
		return res, err
	}
	sim, err := r.start("agent simulator", hold)
	if err != nil {
		return res, err
	}
	defer sim.stop(10 * time.Second)
	defer stdin.Close()
	lines := bufio.NewScanner(stdout)

	res.idle = c.idle
	for _, n := range steps {
		row, err := holdStep(ctx, d, sim, stdin, lines, n, c.idle)
		if err != nil {
			// Report what the server looked like when it gave up, beside
			// the sizes that worked, rather than nothing.
			row.after, _ = sampleProc(pid)
			row.failure = firstLine(err.Error())
			res.rows = append(res.rows, row)
			res.failure = fmt.Sprintf("%d agents FAILED: %s (server then: RSS %s, %d threads, %d open files, exited: %v)",
				n, row.failure, fmtMiB(row.after.rssKiB), row.after.numThreads, row.after.fds, d.server.exited())
			progress("agents: %s", res.failure)
			break
		}
		res.rows = append(res.rows, row)
	}
	return res, nil
}

// holdStep grows the fleet to n agents and measures the server.
func holdStep(ctx context.Context, d *deployment, sim *proc, stdin io.Writer, lines *bufio.Scanner, n int, idle time.Duration) (agentRow, error) {
	row := agentRow{n: n}
	pid := d.server.cmd.Process.Pid
	before, err := sampleProc(pid)
	if err != nil {
		return row, err
	}
	progress("agents: connecting up to %d", n)
	fmt.Fprintf(stdin, "%d\n", n)
	if !lines.Scan() {
		return row, fmt.Errorf("the agent simulator stopped: %v\n%s", sim.err, sim.out)
	}
	row.dialed = time.Since(before.at)
	var held int
	if _, err := fmt.Sscanf(lines.Text(), "held %d failed %d dropped %d goroutines %d stack_kib %d heap_kib %d",
		&held, &row.failed, &row.dropped, &row.simGoroutines, &row.simStackKiB, &row.simHeapKiB); err != nil {
		return row, fmt.Errorf("agent simulator said %q", lines.Text())
	}
	if held < n {
		first := ""
		if _, f, ok := strings.Cut(sim.out.String(), "first failure: "); ok {
			first = "; first failure: " + firstLine(f)
		}
		return row, fmt.Errorf("only %d of %d simulated agents connected after %s (%d dials failed, %d connections dropped%s)",
			held, n, holdWait, row.failed, row.dropped, first)
	}
	deadline := time.Now().Add(10 * time.Minute)
	for {
		online, err := d.onlineCount(ctx)
		if err != nil {
			return row, err
		}
		if online >= n {
			break
		}
		if time.Now().After(deadline) {
			return row, fmt.Errorf("only %d of %d agents Online after 10 minutes", online, n)
		}
		time.Sleep(time.Second)
	}
	connected, err := sampleProc(pid)
	if err != nil {
		return row, err
	}
	row.connect = connected.at.Sub(before.at)
	row.connectCPU = float64(connected.cpuTicks-before.cpuTicks) / clockTicks
	progress("agents: %d connected after %s, all Online after %s; idle for %s", n,
		row.dialed.Round(100*time.Millisecond), row.connect.Round(100*time.Millisecond), idle)
	select {
	case <-ctx.Done():
		return row, ctx.Err()
	case <-time.After(idle):
	}
	if row.after, err = sampleProc(pid); err != nil {
		return row, err
	}
	row.idleCPU = float64(row.after.cpuTicks-connected.cpuTicks) / clockTicks / row.after.at.Sub(connected.at).Seconds() * 100
	if s, err := sampleProc(sim.cmd.Process.Pid); err == nil {
		row.simRSSKiB = s.rssKiB
	}
	progress("agents: %d: server RSS %s, idle CPU %.2f%%", n, fmtMiB(row.after.rssKiB), row.idleCPU)
	return row, nil
}

// agentsTable reports the server's cost per fleet size.
func agentsTable(a agentResult) *table {
	tb := &table{title: "Server holding idle agents (simulated agents in a separate process)",
		header: []string{"Agents", "Connect / all Online", "Server CPU to connect", "Server RSS", "Peak RSS", "RSS per added agent",
			"Server idle CPU", "Threads", "Target", "Status"}}
	prev, prevN := a.baseline.rssKiB, 0
	for _, r := range a.rows {
		target, met := "-", ""
		if r.n == 10000 {
			target, met = "idle RSS < 1 GiB", verdict(r.failure == "" && r.after.rssKiB < 1<<20, true)
			if r.after.hwmKiB >= 1<<20 {
				met += " (peak over)"
			}
		}
		if r.failure != "" {
			tb.add(strconv.Itoa(r.n), "did not finish", "-", fmtMiB(r.after.rssKiB), fmtMiB(r.after.hwmKiB), "-", "-",
				strconv.FormatInt(r.after.numThreads, 10), target, met)
			continue
		}
		perAgent := float64(r.after.rssKiB-prev) / float64(r.n-prevN)
		prev, prevN = r.after.rssKiB, r.n
		tb.add(strconv.Itoa(r.n), fmtSecs(r.dialed)+" / "+fmtSecs(r.connect), fmt.Sprintf("%.1f s", r.connectCPU), fmtMiB(r.after.rssKiB), fmtMiB(r.after.hwmKiB),
			fmtPerAgent(perAgent), fmt.Sprintf("%.2f%% of a core", r.idleCPU),
			strconv.FormatInt(r.after.numThreads, 10), target, met)
		if r.failed > 0 || r.dropped > 0 {
			tb.notes = append(tb.notes, fmt.Sprintf("%d agents: %d dials failed and %d connections dropped while connecting (agents retry with backoff)", r.n, r.failed, r.dropped))
		}
	}
	if a.failure != "" {
		tb.notes = append(tb.notes, a.failure)
	}
	tb.notes = append(tb.notes,
		fmt.Sprintf("registering %d agents (key, CSR, signed certificate each; 8 in parallel) took %s (%.0f/s)",
			a.registered, a.register.Round(time.Second), float64(a.registered)/a.register.Seconds()),
		fmt.Sprintf("server restarted after registration; baseline RSS %s with no agent connected; "+
			"RSS and idle CPU sampled after %s idle (heartbeats are every minute, keepalives every 15 s)",
			fmtMiB(a.baseline.rssKiB), a.idle),
		"connect: until the simulator's connections are all upgraded / until `tether instances` shows all Online (polled each second), "+
			"for the agents added at that step, 32 dialling at a time",
		"RSS per added agent = RSS growth since the previous row (or the baseline) / agents added; peak RSS is VmHWM since the server started; CPU from /proc/PID/stat utime+stime")
	if n := len(a.rows); n > 0 && a.rows[n-1].simRSSKiB > 0 {
		r := a.rows[n-1]
		tb.notes = append(tb.notes, fmt.Sprintf("the simulator (same TLS and tunnel code per connection) held %s for %d agents: "+
			"%.1f goroutines, %.1f KiB of goroutine stacks and %.1f KiB of heap per agent",
			fmtMiB(r.simRSSKiB), r.n, float64(r.simGoroutines)/float64(r.n),
			float64(r.simStackKiB)/float64(r.n), float64(r.simHeapKiB)/float64(r.n)))
	}
	return tb
}
