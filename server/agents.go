package server

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"sync"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/tunnel"
	"github.com/tetherhq/tether/upgrade"
)

// AgentProtocol is the Upgrade token of agent connections; its version is
// the tunnel protocol's.
const AgentProtocol = "tether-agent/1"

// InventoryHeader carries the agent's inventory (base64 of JSON) on connect.
const InventoryHeader = "Tether-Inventory"

// heartbeatEvery is how often the server records that a connected agent is
// alive (LastPingAt); the tunnel's keepalive notices a dead one much sooner.
// Each record is a database write, so with thousands of agents this is
// kept as rare as the ping time's use (SSM's is five minutes) allows.
const heartbeatEvery = 5 * time.Minute

// agentConn is one connected agent.
type agentConn struct {
	instanceID string
	connID     string
	tunnel     *tunnel.Session
}

// agentRegistry holds the agents connected to this replica.
type agentRegistry struct {
	mu       sync.Mutex
	conns    map[string]*agentConn
	watchers sync.WaitGroup // one per connection, until it is recorded gone
}

func (a *agentRegistry) get(id string) *agentConn {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.conns[id]
}

// put registers c, returning the connection it replaces (an agent that
// reconnected before its old connection was noticed dead).
func (a *agentRegistry) put(c *agentConn) *agentConn {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.conns == nil {
		a.conns = map[string]*agentConn{}
	}
	old := a.conns[c.instanceID]
	a.conns[c.instanceID] = c
	return old
}

// remove forgets c if it is still the instance's connection.
func (a *agentRegistry) remove(c *agentConn) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.conns[c.instanceID] == c {
		delete(a.conns, c.instanceID)
	}
}

func (a *agentRegistry) disconnect(id, reason string) {
	if c := a.get(id); c != nil {
		c.tunnel.CloseWithError(reason)
	}
}

func (a *agentRegistry) closeAll(reason string) {
	a.mu.Lock()
	conns := make([]*agentConn, 0, len(a.conns))
	for _, c := range a.conns {
		conns = append(conns, c)
	}
	a.mu.Unlock()
	for _, c := range conns {
		c.tunnel.CloseWithError(reason)
	}
}

// agentConnect takes an agent's connection. The agent proves who it is with
// its client certificate (checked by TLS against the CA, then against the
// instance's registered key by the broker); no user token is involved.
func (s *Server) agentConnect(c *call) (operation, error) {
	r := c.r
	if r.TLS == nil || len(r.TLS.VerifiedChains) == 0 {
		return operation{}, tether.Errorf(tether.EUNAUTHORIZED, "agents connect with the client certificate they got at registration")
	}
	cert := r.TLS.VerifiedChains[0][0]
	id := cert.Subject.CommonName
	var inv tether.Inventory
	if h := r.Header.Get(InventoryHeader); h != "" {
		b, err := base64.StdEncoding.DecodeString(h)
		if err != nil || json.Unmarshal(b, &inv) != nil {
			return operation{}, tether.Errorf(tether.EINVALID, "%s header must be base64 of a JSON inventory", InventoryHeader)
		}
	}
	if !upgrade.IsRequest(r, AgentProtocol) {
		return operation{}, tether.Errorf(tether.EINVALID, "agents must upgrade to %s (this server speaks tunnel protocol version %d)", AgentProtocol, tunnel.Version)
	}
	return operation{Action: "ssm:UpdateInstanceInformation", Resource: s.account.ManagedInstanceARN(id),
		Run: func(ctx context.Context) (any, error) {
			if err := s.broker.CheckAgent(ctx, id, cert); err != nil {
				return nil, err
			}
			conn, err := upgrade.Accept(c.w, r, AgentProtocol)
			if err != nil {
				return nil, tether.Errorf(tether.EINVALID, "%v", err)
			}
			c.hijacked = true
			sess, err := tunnel.Server(conn, nil)
			if err != nil {
				conn.Close()
				return nil, err
			}
			// Into the registry before the instance shows Online, so that
			// whoever sees it Online can open a session on it.
			ac := &agentConn{instanceID: id, connID: s.replica + "/" + newRequestID(), tunnel: sess}
			if old := s.agents.put(ac); old != nil {
				old.tunnel.CloseWithError("the agent connected again")
			}
			if _, err := s.broker.AgentConnected(ctx, id, cert, inv, ac.connID); err != nil {
				sess.CloseWithError(tether.ErrorMessage(err))
			}
			s.agents.watchers.Add(1)
			go s.watchAgent(ac)
			return nil, nil
		}}, nil
}

// watchAgent records heartbeats while the agent is connected and marks it
// ConnectionLost when the connection ends.
func (s *Server) watchAgent(ac *agentConn) {
	defer s.agents.watchers.Done()
	tick := time.NewTicker(heartbeatEvery)
	defer tick.Stop()
	for {
		select {
		case <-ac.tunnel.Done():
			s.agents.remove(ac)
			s.markDisconnected(ac.instanceID, ac.connID)
			s.log.Info("agent disconnected", "instance", ac.instanceID, "reason", ac.tunnel.Err())
			return
		case <-tick.C:
			if err := s.broker.AgentHeartbeat(context.Background(), ac.instanceID); err != nil {
				s.log.Warn("recording agent heartbeat", "instance", ac.instanceID, "err", err)
			}
		}
	}
}

func (s *Server) markDisconnected(id, connID string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.broker.AgentDisconnected(ctx, id, connID); err != nil {
		s.log.Warn("marking agent disconnected", "instance", id, "err", err)
	}
}
