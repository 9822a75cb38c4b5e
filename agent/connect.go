package agent

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/sessionproto"
	"github.com/tetherhq/tether/tunnel"
	"github.com/tetherhq/tether/upgrade"
)

// DefaultStateDir is where a registered agent keeps its identity.
const DefaultStateDir = "/var/lib/tether-agent"

// Files of the state dir. The key never leaves the machine: registration
// sends only a certificate request.
const (
	identityFile = "identity.json"
	keyFile      = "key.pem"
	certFile     = "cert.pem"
	caFile       = "ca.pem"
)

// Identity is what registration leaves in the state dir besides the key
// material.
type Identity struct {
	Server     string `json:"server"`
	InstanceID string `json:"instance_id"`
}

// Protocol is the Upgrade token of the agent connection; it must match the
// server's (server.AgentProtocol).
const Protocol = "tether-agent/1"

// LoadIdentity reads a state dir written by registration.
func LoadIdentity(dir string) (Identity, tls.Certificate, *x509.CertPool, error) {
	var id Identity
	b, err := os.ReadFile(filepath.Join(dir, identityFile))
	if err != nil {
		return id, tls.Certificate{}, nil, fmt.Errorf("this agent is not registered (no %s): run tether agent register first", filepath.Join(dir, identityFile))
	}
	if err := json.Unmarshal(b, &id); err != nil {
		return id, tls.Certificate{}, nil, fmt.Errorf("%s is damaged: %w", filepath.Join(dir, identityFile), err)
	}
	cert, err := tls.LoadX509KeyPair(filepath.Join(dir, certFile), filepath.Join(dir, keyFile))
	if err != nil {
		return id, tls.Certificate{}, nil, fmt.Errorf("loading the agent's certificate: %w", err)
	}
	caPEM, err := os.ReadFile(filepath.Join(dir, caFile))
	if err != nil {
		return id, tls.Certificate{}, nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		return id, tls.Certificate{}, nil, fmt.Errorf("%s holds no certificate", filepath.Join(dir, caFile))
	}
	return id, cert, pool, nil
}

// RunOptions configure a running agent.
type RunOptions struct {
	StateDir string
	Serve    Options // how sessions run on this host
	Log      *slog.Logger
	// Backoff bounds the wait between reconnection attempts.
	MinBackoff, MaxBackoff time.Duration
}

// ErrDeregistered ends Run: the server no longer knows this instance.
var ErrDeregistered = errors.New("the server refused this agent")

// Run keeps the agent connected to its server until ctx ends: it dials out,
// serves the streams the server opens, and reconnects after any failure with
// jittered exponential backoff. It never listens on a port. It returns early
// only when the server refuses the agent's identity (deregistered).
func Run(ctx context.Context, opt RunOptions) error {
	if opt.Log == nil {
		opt.Log = slog.Default()
	}
	if opt.MinBackoff == 0 {
		opt.MinBackoff = time.Second
	}
	if opt.MaxBackoff == 0 {
		opt.MaxBackoff = time.Minute
	}
	id, cert, pool, err := LoadIdentity(opt.StateDir)
	if err != nil {
		return err
	}
	backoff := opt.MinBackoff
	for {
		start := time.Now()
		err := connectOnce(ctx, id, cert, pool, opt)
		if ctx.Err() != nil {
			return nil
		}
		var refused *upgrade.Refused
		if errors.As(err, &refused) && (refused.Status == http.StatusForbidden || refused.Status == http.StatusUnauthorized) {
			return fmt.Errorf("%w: %s", ErrDeregistered, refusalMessage(refused))
		}
		if time.Since(start) > opt.MaxBackoff {
			backoff = opt.MinBackoff // the connection was good for a while
		}
		wait := backoff/2 + rand.N(backoff/2+1) // jitter, so a restarted server is not stampeded
		opt.Log.Warn("disconnected from the server; reconnecting", "server", id.Server, "err", err, "in", wait.Round(time.Millisecond))
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
		backoff = min(backoff*2, opt.MaxBackoff)
	}
}

func refusalMessage(r *upgrade.Refused) string {
	var e api.Error
	if json.Unmarshal(r.Body, &e) == nil && e.Message != "" {
		return e.Message
	}
	return r.Error()
}

// connectOnce holds one connection until it ends.
func connectOnce(ctx context.Context, id Identity, cert tls.Certificate, pool *x509.CertPool, opt RunOptions) error {
	inv, err := json.Marshal(InventoryOf(Inventory()))
	if err != nil {
		return err
	}
	dialCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	conn, _, err := upgrade.Dial(dialCtx, upgrade.Request{
		URL: id.Server + api.Prefix + "/agent/connect", Protocol: Protocol,
		Header: http.Header{"Tether-Inventory": {base64.StdEncoding.EncodeToString(inv)}},
		TLS:    &tls.Config{RootCAs: pool, Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12},
	})
	cancel()
	if err != nil {
		return err
	}
	sess, err := tunnel.Client(conn, nil)
	if err != nil {
		conn.Close()
		return err
	}
	defer sess.Close()
	opt.Log.Info("connected to the server", "server", id.Server, "instance", id.InstanceID)
	go func() {
		<-ctx.Done()
		sess.Close()
	}()
	for {
		st, err := sess.Accept(ctx)
		if err != nil {
			if sess.Err() != nil {
				return sess.Err()
			}
			return err
		}
		go serve(ctx, st, opt)
	}
}

// serve runs one stream the server opened.
func serve(ctx context.Context, st *tunnel.Stream, opt RunOptions) {
	req, err := sessionproto.DecodeOpenRequest(st.Header())
	if err != nil {
		st.Reset(err.Error())
		return
	}
	if err := ServeStream(ctx, st, req, opt.Serve); err != nil {
		opt.Log.Info("session stream ended", "session", req.SessionID, "kind", req.Kind, "err", err)
		st.Reset(err.Error())
		return
	}
	st.Close()
}

// InventoryOf converts the host facts to what the server keeps.
func InventoryOf(i Info) tether.Inventory {
	return tether.Inventory{Hostname: i.Hostname, IPAddresses: i.IPAddresses, Platform: i.Platform,
		PlatformVersion: i.PlatformVersion, AgentVersion: i.AgentVersion}
}
