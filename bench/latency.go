package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"

	"github.com/creack/pty"
)

// remoteCat is what both shells run for the echo test: the remote
// terminal raw and without echo, so each byte makes the round trip
// through cat alone. The quotes keep the typed command (which a shell
// echoes) from containing the ready marker that its output prints.
const (
	remoteCat   = `stty raw -echo; echo RE''ADY; exec cat`
	readyMarker = "READY"
)

// echoLatency starts cmd on a new pseudo-terminal, types typed (if any),
// waits for the ready marker, then times n single-byte round trips:
// write one byte, read it back.
func echoLatency(ctx context.Context, r *procs, name string, cmd *exec.Cmd, typed string, n int) ([]time.Duration, error) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		return nil, err
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 80}); err != nil {
		tty.Close()
		return nil, err
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	p, err := r.start(name, cmd)
	tty.Close() // the child has its copy; EOF on ptmx once it exits
	if err != nil {
		return nil, err
	}
	defer p.stop(3 * time.Second)

	chunks := make(chan []byte, 64)
	go func() {
		defer close(chunks)
		for {
			buf := make([]byte, 4096)
			n, err := ptmx.Read(buf)
			if n > 0 {
				chunks <- buf[:n]
			}
			if err != nil {
				return
			}
		}
	}()
	if typed != "" {
		if _, err := ptmx.Write([]byte(typed + "\r")); err != nil {
			return nil, err
		}
	}
	if err := waitReady(ctx, chunks, 30*time.Second); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}

	samples := make([]time.Duration, 0, n)
	for i := 0; i < n; i++ {
		b := byte('a' + i%26)
		start := time.Now()
		if _, err := ptmx.Write([]byte{b}); err != nil {
			return nil, err
		}
		if err := awaitByte(ctx, chunks, b, 5*time.Second); err != nil {
			return nil, fmt.Errorf("%s: echo %d of %d: %w", name, i+1, n, err)
		}
		samples = append(samples, time.Since(start))
	}
	return samples, nil
}

// waitReady reads until the ready marker and the end of its line, so what
// follows is cat's echo alone.
func waitReady(ctx context.Context, chunks <-chan []byte, timeout time.Duration) error {
	var seen []byte
	deadline := time.After(timeout)
	for {
		if i := bytes.Index(seen, []byte(readyMarker)); i >= 0 {
			if bytes.IndexByte(seen[i:], '\n') >= 0 {
				return nil
			}
		}
		select {
		case c, ok := <-chunks:
			if !ok {
				return fmt.Errorf("the terminal closed before %q appeared; it showed:\n%s", readyMarker, seen)
			}
			seen = append(seen, c...)
		case <-deadline:
			return fmt.Errorf("no %q after %s; the terminal showed:\n%s", readyMarker, timeout, seen)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// awaitByte reads until b arrives.
func awaitByte(ctx context.Context, chunks <-chan []byte, b byte, timeout time.Duration) error {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		select {
		case c, ok := <-chunks:
			if !ok {
				return errors.New("the terminal closed")
			}
			if bytes.IndexByte(c, b) >= 0 {
				return nil
			}
		case <-timer.C:
			return fmt.Errorf("no echo after %s", timeout)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// latency holds the keystroke and session-open samples of both systems.
type latency struct {
	tetherEcho, sshEcho []time.Duration
	tetherOpen, sshOpen []time.Duration
}

// benchLatency measures keystroke echo through an interactive session
// and the wall time of opening a session that runs `true`.
func benchLatency(ctx context.Context, c *config, r *procs, d *deployment, s *sshSetup) (latency, error) {
	var l latency
	echoes, opens := 1000, 10
	if c.quick {
		echoes, opens = 200, 5
	}
	var err error
	progress("latency: %d keystroke echoes through tether connect", echoes)
	cmd := exec.Command(d.bin, "connect", targetName)
	cmd.Env = d.env(d.user)
	if l.tetherEcho, err = echoLatency(ctx, r, "tether connect", cmd, remoteCat, echoes); err != nil {
		return l, err
	}
	if s != nil {
		progress("latency: %d keystroke echoes through ssh -tt", echoes)
		cmd := exec.Command(s.ssh, "-F", s.config, "-tt", "bench-direct", remoteCat)
		cmd.Env = append(os.Environ(), "TERM=xterm")
		if l.sshEcho, err = echoLatency(ctx, r, "ssh -tt", cmd, "", echoes); err != nil {
			return l, err
		}
	}

	progress("latency: %d session opens each (tether connect --command true, ssh host true)", opens)
	tetherRun := func() *exec.Cmd {
		cmd := exec.CommandContext(ctx, d.bin, "connect", targetName, "--command", "true")
		cmd.Env = d.env(d.user)
		return cmd
	}
	sshRun := func() *exec.Cmd { return s.command(ctx, "bench-direct", "true") }
	// One run of each first, not counted: it warms page caches and the
	// server's first-request paths, which every later run finds warm.
	for i := -1; i < opens; i++ {
		t, err := wallTime(ctx, tetherRun())
		if err != nil {
			return l, err
		}
		if i >= 0 {
			l.tetherOpen = append(l.tetherOpen, t)
		}
		if s == nil {
			continue
		}
		if t, err = wallTime(ctx, sshRun()); err != nil {
			return l, err
		}
		if i >= 0 {
			l.sshOpen = append(l.sshOpen, t)
		}
	}
	return l, nil
}

// wallTime runs cmd to completion and returns how long the process took.
func wallTime(ctx context.Context, cmd *exec.Cmd) (time.Duration, error) {
	start := time.Now()
	_, err := runOut(ctx, cmd)
	return time.Since(start), err
}

// latencyTable compares tether with ssh on echo and session open.
func latencyTable(l latency) *table {
	tb := &table{title: "Interactive latency",
		header: []string{"Measure", "Tether", "ssh", "Tether / ssh", "Target", "Status"}}
	ratio := func(a, b time.Duration) string { return fmtRatio(float64(a), float64(b)) }
	te50, te99 := percentile(l.tetherEcho, 50), percentile(l.tetherEcho, 99)
	se50, se99 := percentile(l.sshEcho, 50), percentile(l.sshEcho, 99)
	tb.add(fmt.Sprintf("keystroke echo p50 (%d samples)", len(l.tetherEcho)), fmtMs(te50), fmtMs(se50), ratio(te50, se50), "-", "")
	tb.add(fmt.Sprintf("keystroke echo p99 (%d samples)", len(l.tetherEcho)), fmtMs(te99), fmtMs(se99), ratio(te99, se99),
		"< 2 ms", verdict(te99 < 2*time.Millisecond, true))
	to, so := median(l.tetherOpen), median(l.sshOpen)
	tb.add(fmt.Sprintf("open session + run true, median of %d", len(l.tetherOpen)), fmtMs(to), fmtMs(so), ratio(to, so),
		"<= 0.50x", verdict(to <= so/2, so > 0))
	tb.notes = append(tb.notes,
		"echo: one byte written to a local pseudo-terminal until it reads back, remote side `"+remoteCat+"`;"+
			" tether: interactive `tether connect`, ssh: `ssh -tt host`",
		"session open: wall time of the whole process, `tether connect TARGET --command true` vs `ssh host true`")
	return tb
}
