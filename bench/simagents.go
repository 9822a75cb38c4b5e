package main

import (
	"bufio"
	"context"
	"crypto/tls"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tetherhq/tether/agent"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/tunnel"
	"github.com/tetherhq/tether/upgrade"
)

// The agent simulator is this same program started again with roleEnv
// set: a process of its own, so that N agent sockets and the server's N
// sockets do not share one file-descriptor limit. It speaks the real
// protocol with the agent package's code: agent.Register for each
// identity, then for each agent what agent.Run does (LoadIdentity, the
// HTTPS upgrade, tunnel.Client, reconnection with the same jittered
// backoff), written out here so that every failed dial and dropped
// connection is counted for the report instead of only logged.
const roleEnv = "TETHER_BENCH_ROLE"

// simAgentDir is the state dir of simulated agent i.
func simAgentDir(root string, i int) string {
	return filepath.Join(root, fmt.Sprintf("agent-%05d", i))
}

// simMain runs the simulator role and returns the exit status.
func simMain(role string, args []string) int {
	fs := flag.NewFlagSet(role, flag.ExitOnError)
	root := fs.String("dir", "", "root of the agents' state dirs")
	server := fs.String("server", "", "server URL (register)")
	caFile := fs.String("ca", "", "server CA file (register)")
	acts := fs.String("activations", "", "comma-separated ID:CODE, 1000 registrations each (register)")
	n := fs.Int("n", 0, "number of agents to register (register)")
	parallel := fs.Int("parallel", 8, "registrations or dials in flight")
	fs.Parse(args)
	ctx := context.Background()
	var err error
	switch role {
	case "register":
		err = simRegister(ctx, *root, *server, *caFile, strings.Split(*acts, ","), *n, *parallel)
	case "hold":
		err = simHold(ctx, *root, *parallel)
	default:
		err = fmt.Errorf("unknown %s %q", roleEnv, role)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "agent simulator:", err)
		return 1
	}
	return 0
}

// simRegister registers n agents, agent i with activation i/1000.
func simRegister(ctx context.Context, root, server, caFile string, acts []string, n, parallel int) error {
	caPEM, err := os.ReadFile(caFile)
	if err != nil {
		return err
	}
	var next, done atomic.Int64
	var firstErr error
	var once sync.Once
	var stop atomic.Bool
	var wg sync.WaitGroup
	for range parallel {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n || stop.Load() {
					return
				}
				id, code, _ := strings.Cut(acts[i/1000], ":")
				_, err := agent.Register(ctx, agent.RegisterOptions{Server: server, CAPEM: caPEM,
					ActivationID: id, ActivationCode: code, Name: fmt.Sprintf("sim-%05d", i),
					Tags: map[string]string{"fleet": "sim"}, StateDir: simAgentDir(root, i)})
				if err != nil {
					once.Do(func() { firstErr = fmt.Errorf("registering agent %d: %w", i, err) })
					stop.Store(true)
					return
				}
				if d := done.Add(1); d%1000 == 0 {
					fmt.Fprintf(os.Stderr, "registered %d of %d\n", d, n)
				}
			}
		})
	}
	wg.Wait()
	return firstErr
}

// simHold reads target counts from stdin, one a line. For each it starts
// agents until that many run, waits (up to holdWait) until all of them are
// connected, and answers "held CONNECTED failed FAILED dropped DROPPED"
// (counted since the start) with its own goroutines, stack and heap: the
// agents' side runs the same TLS and tunnel code per connection as the
// server, so it shows where a connection's memory goes. It holds every connection until
// stdin ends.
func simHold(ctx context.Context, root string, parallel int) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	inv, err := json.Marshal(agent.InventoryOf(agent.Inventory()))
	if err != nil {
		return err
	}
	h := &holder{root: root, inventory: base64.StdEncoding.EncodeToString(inv)}
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		want, err := strconv.Atoi(strings.TrimSpace(in.Text()))
		if err != nil {
			return fmt.Errorf("want a number of agents, got %q", in.Text())
		}
		h.startUpTo(ctx, want, parallel)
		for deadline := time.Now().Add(holdWait); h.connected.Load() < int64(want) && time.Now().Before(deadline); {
			time.Sleep(50 * time.Millisecond)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Printf("held %d failed %d dropped %d goroutines %d stack_kib %d heap_kib %d\n",
			h.connected.Load(), h.failed.Load(), h.dropped.Load(), runtime.NumGoroutine(), ms.StackInuse>>10, ms.HeapInuse>>10)
		if e := h.firstErr(); e != nil {
			fmt.Fprintln(os.Stderr, "first failure:", e)
		}
	}
	return nil // cancel closes every connection
}

// holdWait bounds how long the simulator waits for its agents to connect,
// reconnections included.
const holdWait = 10 * time.Minute

// Reconnection backoff, as agent.Run's defaults.
const (
	minBackoff = time.Second
	maxBackoff = time.Minute
)

// holder keeps the simulated agents' connections.
type holder struct {
	root, inventory            string
	started                    int
	connected, failed, dropped atomic.Int64
	mu                         sync.Mutex
	err                        error
}

func (h *holder) firstErr() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.err
}

func (h *holder) fail(err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.err == nil {
		h.err = err
	}
}

// startUpTo starts agents h.started..want-1. At most parallel are in their
// first dial at once: a fleet ramping up, not one stampede.
func (h *holder) startUpTo(ctx context.Context, want, parallel int) {
	slots := make(chan struct{}, parallel)
	for ; h.started < want; h.started++ {
		slots <- struct{}{}
		go h.run(ctx, h.started, func() { <-slots })
	}
}

// run is agent i: what agent.Run does, with the same backoff, but
// counting each failed dial and each dropped connection. firstDone is
// called once the first dial has ended either way.
func (h *holder) run(ctx context.Context, i int, firstDone func()) {
	id, cert, pool, err := agent.LoadIdentity(simAgentDir(h.root, i))
	if err != nil {
		h.failed.Add(1)
		h.fail(fmt.Errorf("agent %d: %w", i, err))
		firstDone()
		return
	}
	tlsConf := &tls.Config{RootCAs: pool, Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	backoff := minBackoff
	for {
		start := time.Now()
		sess, err := h.dial(ctx, id, tlsConf)
		if firstDone != nil {
			firstDone()
			firstDone = nil
		}
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			h.failed.Add(1)
			h.fail(fmt.Errorf("agent %d: %w", i, err))
		} else {
			h.connected.Add(1)
			h.hold(ctx, sess)
			h.connected.Add(-1)
			if ctx.Err() != nil {
				return
			}
			h.dropped.Add(1)
			h.fail(fmt.Errorf("agent %d dropped: %v", i, sess.Err()))
		}
		if time.Since(start) > maxBackoff {
			backoff = minBackoff
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff/2 + rand.N(backoff/2+1)):
		}
		backoff = min(backoff*2, maxBackoff)
	}
}

// dial does what the real agent does on each connection: the HTTPS
// upgrade with its client certificate and inventory, then the tunnel.
func (h *holder) dial(ctx context.Context, id agent.Identity, tlsConf *tls.Config) (*tunnel.Session, error) {
	dialCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	conn, _, err := upgrade.Dial(dialCtx, upgrade.Request{
		URL: id.Server + api.Prefix + "/agent/connect", Protocol: agent.Protocol,
		Header: http.Header{"Tether-Inventory": {h.inventory}}, TLS: tlsConf,
	})
	if err != nil {
		return nil, err
	}
	sess, err := tunnel.Client(conn, nil)
	if err != nil {
		conn.Close()
		return nil, err
	}
	return sess, nil
}

// hold keeps sess until it ends or ctx does; the server may open streams,
// which a simulated agent refuses.
func (h *holder) hold(ctx context.Context, sess *tunnel.Session) {
	go func() {
		select {
		case <-ctx.Done():
			sess.Close()
		case <-sess.Done():
		}
	}()
	for {
		st, err := sess.Accept(ctx)
		if err != nil {
			break
		}
		st.Reset("a simulated agent serves no sessions")
	}
	<-sess.Done()
}
