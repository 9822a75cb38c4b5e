package main

import (
	"context"
	"fmt"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Names of the throughput paths, as the table shows them.
const (
	pathRaw        = "raw loopback TCP"
	pathTether     = "tether forward (CLI -> server -> agent)"
	pathSSHGCM     = "ssh -L, aes128-gcm@openssh.com"
	pathSSHDefault = "ssh -L, default cipher"
	pathSSHJump    = "ssh -J (bastion sshd -> target sshd), default cipher"
	pathSSHJumpGCM = "ssh -J, aes128-gcm@openssh.com on both hops"
)

// throughput holds each path's iperf3 results in MB/s, one per round.
type throughput struct {
	paths         []string // in the order measured
	runs          map[string][]float64
	defaultCipher string
}

// mbps is a path's median over the rounds; 0 if it was not measured.
func (t throughput) mbps(path string) float64 {
	r := slices.Clone(t.runs[path])
	if len(r) == 0 {
		return 0
	}
	slices.Sort(r)
	if n := len(r); n%2 == 0 {
		return (r[n/2-1] + r[n/2]) / 2
	}
	return r[len(r)/2]
}

// benchThroughput starts `iperf3 -s` on loopback and every forwarder to
// it, then runs the iperf3 client through each path in turn, for several
// rounds: interleaving spreads any background load over all paths alike.
func benchThroughput(ctx context.Context, c *config, r *procs, d *deployment, s *sshSetup) (throughput, error) {
	t := throughput{runs: map[string][]float64{}}
	port, err := freePort()
	if err != nil {
		return t, err
	}
	srv, err := r.start("iperf3 -s", exec.Command(c.tools["iperf3"], "-s", "-B", "127.0.0.1", "-p", strconv.Itoa(port)))
	if err != nil {
		return t, err
	}
	defer srv.stop(time.Second)
	if err := waitListening(ctx, port, srv, 10*time.Second); err != nil {
		return t, err
	}
	local := map[string]int{pathRaw: port}
	t.paths = append(t.paths, pathRaw)

	tport, err := freePort()
	if err != nil {
		return t, err
	}
	cmd := exec.Command(d.bin, "forward", targetName, "--port", strconv.Itoa(port), "--local-port", strconv.Itoa(tport))
	cmd.Env = d.env(d.user)
	fwd, err := r.start("tether forward", cmd)
	if err != nil {
		return t, err
	}
	defer fwd.stop(3 * time.Second)
	if _, err := fwd.out.waitFor(ctx, fwd, "Waiting for connections", 30*time.Second); err != nil {
		return t, err
	}
	local[pathTether] = tport
	t.paths = append(t.paths, pathTether)

	if s != nil {
		out, err := runOut(ctx, s.command(ctx, "-G", "bench-direct"))
		if err != nil {
			return t, err
		}
		for _, line := range strings.Split(string(out), "\n") {
			if v, ok := strings.CutPrefix(line, "ciphers "); ok {
				t.defaultCipher, _, _ = strings.Cut(v, ",")
			}
		}
		for _, p := range []struct {
			name, host string
			extra      []string
		}{
			{pathSSHGCM, "bench-direct", []string{"-c", "aes128-gcm@openssh.com"}},
			{pathSSHDefault, "bench-direct", nil},
			{pathSSHJump, "bench-jump", nil},
			{pathSSHJumpGCM, "bench-jump-gcm", nil},
		} {
			lport, err := freePort()
			if err != nil {
				return t, err
			}
			fwd, err := s.forward(ctx, r, p.host, lport, port, p.extra...)
			if err != nil {
				return t, err
			}
			defer fwd.stop(3 * time.Second)
			local[p.name] = lport
			t.paths = append(t.paths, p.name)
		}
	}

	rounds := 3
	if c.quick {
		rounds = 1
	}
	for round := 1; round <= rounds; round++ {
		for _, p := range t.paths {
			v, err := runIperf(ctx, c, local[p])
			if err != nil {
				return t, fmt.Errorf("iperf3 through %s: %w", p, err)
			}
			t.runs[p] = append(t.runs[p], v)
			progress("throughput round %d/%d: %s: %.0f MB/s", round, rounds, p, v)
		}
	}
	return t, nil
}

// runIperf runs one iperf3 client test against the local port and returns
// the receiver's throughput.
func runIperf(ctx context.Context, c *config, port int) (float64, error) {
	secs := "5"
	if c.quick {
		secs = "2"
	}
	cmd := exec.CommandContext(ctx, c.tools["iperf3"], "-c", "127.0.0.1", "-p", strconv.Itoa(port), "-t", secs, "-J")
	out, err := runOut(ctx, cmd)
	if mbps, perr := parseIperf(out); perr == nil {
		return mbps, nil
	} else if err == nil {
		err = perr
	}
	return 0, err
}

// throughputTable compares the forward with each baseline.
func throughputTable(t throughput) *table {
	tb := &table{title: "Port-forward throughput (iperf3, receiver side)",
		header: []string{"Path", "Throughput", "Runs", "Tether forward / path", "Target", "Status"}}
	tether := t.mbps(pathTether)
	for _, p := range t.paths {
		v := t.mbps(p)
		runs := make([]string, len(t.runs[p]))
		for i, x := range t.runs[p] {
			runs[i] = fmt.Sprintf("%.0f", x)
		}
		target, status := "-", ""
		switch p {
		case pathSSHGCM:
			target, status = ">= 0.80x (aim)", verdict(tether >= 0.8*v, true)
		case pathSSHJump:
			target, status = ">= 1.00x", verdict(tether >= v, true)
		}
		name := p
		if p == pathSSHDefault {
			name += " (" + t.defaultCipher + ")"
		}
		tb.add(name, fmtMBps(v), strings.Join(runs, ", "), fmtRatio(tether, v), target, status)
	}
	if len(t.runs[pathRaw]) > 1 {
		tb.notes = append(tb.notes, fmt.Sprintf("throughput is the median of %d rounds; each round runs every path once, in this order", len(t.runs[pathRaw])))
	}
	if len(t.runs[pathSSHGCM]) == 0 {
		tb.notes = append(tb.notes, "ssh baselines skipped (-skip-ssh)")
	}
	return tb
}
