package main

import (
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// throughput is what iperf3 measured through each path, in MB/s; zero
// where the path was skipped.
type throughput struct {
	raw, tether, sshGCM, sshDefault, sshJump, sshJumpGCM float64
	defaultCipher                                        string
}

// benchThroughput starts `iperf3 -s` on loopback and runs the iperf3
// client through each path to it in turn.
func benchThroughput(ctx context.Context, c *config, r *procs, d *deployment, s *sshSetup) (throughput, error) {
	var t throughput
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
	measure := func(name string, local int) (float64, error) {
		progress("throughput: %s", name)
		mbps, err := runIperf(ctx, c, local)
		if err != nil {
			return 0, fmt.Errorf("iperf3 through %s: %w", name, err)
		}
		progress("throughput: %s: %.0f MB/s", name, mbps)
		return mbps, nil
	}

	if t.raw, err = measure("raw loopback", port); err != nil {
		return t, err
	}

	local, err := freePort()
	if err != nil {
		return t, err
	}
	cmd := exec.Command(d.bin, "forward", targetName, "--port", strconv.Itoa(port), "--local-port", strconv.Itoa(local))
	cmd.Env = d.env(d.user)
	fwd, err := r.start("tether forward", cmd)
	if err != nil {
		return t, err
	}
	if _, err := fwd.out.waitFor(ctx, fwd, "Waiting for connections", 30*time.Second); err != nil {
		return t, err
	}
	t.tether, err = measure("tether forward", local)
	fwd.stop(3 * time.Second)
	if err != nil {
		return t, err
	}

	if s == nil {
		return t, nil
	}
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
		dst        *float64
	}{
		{"ssh -L aes128-gcm", "bench-direct", []string{"-c", "aes128-gcm@openssh.com"}, &t.sshGCM},
		{"ssh -L " + t.defaultCipher, "bench-direct", nil, &t.sshDefault},
		{"ssh -J", "bench-jump", nil, &t.sshJump},
		{"ssh -J aes128-gcm", "bench-jump-gcm", nil, &t.sshJumpGCM},
	} {
		local, err := freePort()
		if err != nil {
			return t, err
		}
		fwd, err := s.forward(ctx, r, p.host, local, port, p.extra...)
		if err != nil {
			return t, err
		}
		*p.dst, err = measure(p.name, local)
		fwd.stop(3 * time.Second)
		if err != nil {
			return t, err
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
		header: []string{"Path", "Throughput", "Tether forward / path", "Target", "Status"}}
	tb.add("raw loopback TCP", fmtMBps(t.raw), fmtRatio(t.tether, t.raw), "-", "")
	tb.add("tether forward (CLI -> server -> agent)", fmtMBps(t.tether), "1.00x", "-", "")
	if t.sshGCM > 0 {
		tb.add("ssh -L, aes128-gcm@openssh.com", fmtMBps(t.sshGCM), fmtRatio(t.tether, t.sshGCM),
			">= 0.80x (aim)", verdict(t.tether >= 0.8*t.sshGCM, true))
		tb.add("ssh -L, default cipher ("+t.defaultCipher+")", fmtMBps(t.sshDefault), fmtRatio(t.tether, t.sshDefault), "-", "")
		tb.add("ssh -J (bastion sshd -> target sshd), default cipher", fmtMBps(t.sshJump), fmtRatio(t.tether, t.sshJump),
			">= 1.00x", verdict(t.tether >= t.sshJump, true))
		tb.add("ssh -J, aes128-gcm@openssh.com on both hops", fmtMBps(t.sshJumpGCM), fmtRatio(t.tether, t.sshJumpGCM), "-", "")
	} else {
		tb.notes = append(tb.notes, "ssh baselines skipped (-skip-ssh)")
	}
	return tb
}
