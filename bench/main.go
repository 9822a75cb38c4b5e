// Command bench is Tether's benchmark harness. It measures the product as
// it is deployed, the `tether` binary built once and run as separate
// processes (server, agent, CLI), against what it replaces: OpenSSH with a
// bastion. One run on one machine prints port-forward throughput (iperf3
// through `tether forward`, `ssh -L`, `ssh -J` and raw loopback), keystroke
// echo latency and session open time against ssh, and the server's memory
// and CPU while it holds hundreds to thousands of idle agents. On a shared
// two-core machine only ratios taken in one run mean much; that is why
// every comparison is made in the same run, and throughput rounds are
// interleaved.
//
//	go run ./bench                  # everything; agent fleets of 100 and 1000
//	go run ./bench -quick           # one short iperf round, fewer samples, 10 s idle windows
//	go run ./bench -agents 10000 -out bench.md
//	go run ./bench -only agents -agents 10000 -keep   # one section; keep logs/ of every process
//
// It needs iperf3, and for the baselines sshd and ssh (Debian packages
// iperf3, openssh-server, openssh-client); it fails naming any that are
// missing. It runs as root (sshd needs it), only on loopback, and stops
// every process it started when it ends, also on Ctrl-C. `go test ./bench`
// tests only its pure parts and starts nothing.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// targetName is the Name tag of the one real agent the sessions target.
const targetName = "bench-target"

// interrupted is set once Ctrl-C or SIGTERM has started the cleanup.
var interrupted atomic.Bool

// config is what the flags chose, and the external tools found.
type config struct {
	quick, skipSSH bool
	agents         int
	idle           time.Duration
	out            string
	keep           bool
	sections       map[string]bool
	tools          map[string]string
}

func main() {
	if role := os.Getenv(roleEnv); role != "" {
		os.Exit(simMain(role, os.Args[1:]))
	}
	var c config
	flag.BoolVar(&c.quick, "quick", false, "short iperf runs and fewer samples")
	flag.BoolVar(&c.skipSSH, "skip-ssh", false, "skip the OpenSSH baselines (no sshd or ssh needed)")
	flag.IntVar(&c.agents, "agents", 1000, "largest idle-agent fleet to measure (100, 1000, 10000 up to it; 0 skips)")
	flag.DurationVar(&c.idle, "idle", 0, "how long the fleet idles before the server's CPU and RSS are read (default 60s, 10s with -quick)")
	flag.StringVar(&c.out, "out", "", "also write the report as Markdown to this file")
	flag.BoolVar(&c.keep, "keep", false, "keep the temporary directory (logs/ of every process, data dirs) for inspection")
	only := flag.String("only", "throughput,latency,agents", "sections to run, comma-separated")
	flag.Parse()
	c.sections = map[string]bool{}
	for _, s := range strings.Split(*only, ",") {
		switch s = strings.TrimSpace(s); s {
		case "throughput", "latency", "agents":
			c.sections[s] = true
		default:
			fmt.Fprintf(os.Stderr, "bench: -only: unknown section %q (throughput, latency, agents)\n", s)
			os.Exit(2)
		}
	}
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "bench: unexpected arguments %q\n", flag.Args())
		os.Exit(2)
	}
	if c.idle == 0 {
		c.idle = 60 * time.Second
		if c.quick {
			c.idle = 10 * time.Second
		}
	}
	if err := run(&c); err != nil {
		if interrupted.Load() {
			select {} // the failure is the interrupt's doing; its handler exits
		}
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(c *config) error {
	var tools []tool
	if c.sections["throughput"] {
		tools = append(tools, tool{"iperf3", "iperf3"})
	}
	if c.skipSSH || !c.sections["throughput"] && !c.sections["latency"] {
		c.skipSSH = true
	} else {
		tools = append(tools, tool{"sshd", "openssh-server"}, tool{"ssh", "openssh-client"}, tool{"ssh-keygen", "openssh-client"})
	}
	var err error
	if c.tools, err = lookTools(tools...); err != nil {
		return err
	}
	if !c.skipSSH && os.Geteuid() != 0 {
		return errors.New("the ssh baselines run a throwaway sshd, which needs root; run as root or pass -skip-ssh")
	}

	dir, err := os.MkdirTemp("", "tether-bench-*")
	if err != nil {
		return err
	}
	r := &procs{logDir: filepath.Join(dir, "logs")}
	if err := os.MkdirAll(r.logDir, 0o700); err != nil {
		return err
	}
	cleanup := func() {
		r.shutdown()
		if c.keep {
			fmt.Fprintf(os.Stderr, "bench: kept %s\n", dir)
		} else {
			os.RemoveAll(dir)
		}
	}
	defer cleanup()
	// On Ctrl-C or SIGTERM, stop everything and leave at once: a
	// measurement in progress may be blocked on a process being stopped.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sigs
		interrupted.Store(true)
		fmt.Fprintf(os.Stderr, "\nbench: %s: stopping every process it started\n", s)
		cleanup()
		os.Exit(130)
	}()
	ctx := context.Background()

	machine := describeMachine(c)
	progress("building tether")
	bin, err := buildTether(ctx, dir)
	if err != nil {
		return err
	}
	var tables []*table
	if c.sections["throughput"] || c.sections["latency"] {
		progress("starting a tether server, a user and an agent")
		d, err := newDeployment(ctx, r, bin, filepath.Join(dir, "tether"))
		if err != nil {
			return err
		}
		if err := d.setupUser(ctx); err != nil {
			return err
		}
		if err := d.startAgent(ctx, targetName); err != nil {
			return err
		}
		var s *sshSetup
		if !c.skipSSH {
			progress("starting the throwaway sshds (target and bastion)")
			if s, err = startSSH(ctx, r, c.tools, filepath.Join(dir, "ssh")); err != nil {
				return err
			}
		}
		if c.sections["throughput"] {
			tp, err := benchThroughput(ctx, c, r, d, s)
			if err != nil {
				return err
			}
			tables = append(tables, throughputTable(tp))
		}
		if c.sections["latency"] {
			lat, err := benchLatency(ctx, c, r, d, s)
			if err != nil {
				return err
			}
			tables = append(tables, latencyTable(lat))
		}
		r.stopAll() // the fleet gets the machine to itself
	}
	if c.sections["agents"] && c.agents > 0 {
		ag, err := benchAgents(ctx, c, r, bin, filepath.Join(dir, "fleet"))
		if err != nil {
			return err
		}
		tables = append(tables, agentsTable(ag))
	}

	writeReport(os.Stdout, machine, tables, false)
	if c.out != "" {
		f, err := os.Create(c.out)
		if err != nil {
			return err
		}
		writeReport(f, machine, tables, true)
		if err := f.Close(); err != nil {
			return err
		}
		progress("wrote %s", c.out)
	}
	return nil
}

// writeReport prints the machine and every table.
func writeReport(w io.Writer, machine []string, tables []*table, markdown bool) {
	if markdown {
		fmt.Fprintf(w, "## Tether benchmark\n\n")
		for _, m := range machine {
			fmt.Fprintf(w, "- %s\n", m)
		}
		fmt.Fprintln(w)
	} else {
		fmt.Fprintf(w, "\nTether benchmark\n")
		for _, m := range machine {
			fmt.Fprintf(w, "  %s\n", m)
		}
		fmt.Fprintln(w)
	}
	for _, t := range tables {
		if markdown {
			t.writeMarkdown(w)
		} else {
			t.writeText(w)
		}
	}
}

// describeMachine says where and when the numbers were taken.
func describeMachine(c *config) []string {
	model := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	kernel, _ := os.ReadFile("/proc/sys/kernel/osrelease")
	mode := "full"
	if c.quick {
		mode = "quick"
	}
	out := []string{
		"date: " + time.Now().Format("2006-01-02 15:04:05 MST"),
		fmt.Sprintf("machine: %s, %d cores, Linux %s", model, runtime.NumCPU(), strings.TrimSpace(string(kernel))),
		fmt.Sprintf("run: %s, %s, flags %s", mode, runtime.Version(), strings.Join(os.Args[1:], " ")),
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		f := strings.Fields(string(b))
		if len(f) >= 3 {
			out = append(out, "load average at start: "+strings.Join(f[:3], " ")+" (other work on the machine skews every number)")
		}
	}
	var versions []string
	if p, ok := c.tools["ssh"]; ok {
		if b, err := exec.Command(p, "-V").CombinedOutput(); err == nil {
			versions = append(versions, strings.TrimSpace(string(b)))
		}
	}
	if p, ok := c.tools["iperf3"]; !ok {
	} else if b, err := exec.Command(p, "--version").Output(); err == nil {
		versions = append(versions, strings.SplitN(string(b), "\n", 2)[0])
	}
	if len(versions) > 0 {
		out = append(out, "tools: "+strings.Join(versions, "; "))
	}
	return out
}

// progress tells the person waiting what the harness is doing.
func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s  %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}
