package broker

import (
	"context"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"net"
	"unicode/utf8"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
	"github.com/tetherhq/tether/pki"
	"github.com/tetherhq/tether/store"
)

// Registration is an agent's request to join, proven by an activation.
type Registration struct {
	ActivationID   string
	ActivationCode string
	CSR            []byte // PEM certificate request for the agent's own key
	Name           string // Name tag; default: the activation's default name
	Tags           map[string]string
	Inventory      tether.Inventory
}

// validate bounds what an agent may report, so a hostile agent cannot fill
// the database.
func validateInventory(in tether.Inventory) error {
	for field, v := range map[string]string{"Hostname": in.Hostname, "Platform": in.Platform,
		"PlatformVersion": in.PlatformVersion, "AgentVersion": in.AgentVersion} {
		if utf8.RuneCountInString(v) > 256 || !utf8.ValidString(v) {
			return invalid(field, "must be valid UTF-8 of at most 256 characters")
		}
	}
	if len(in.IPAddresses) > 64 {
		return invalid("IPAddresses", "at most 64 addresses (got %d)", len(in.IPAddresses))
	}
	for _, ip := range in.IPAddresses {
		if net.ParseIP(ip) == nil {
			return invalid("IPAddresses", "%q is not an IP address", ip)
		}
	}
	return nil
}

// Registered is what a newly registered agent receives: its instance, its
// client certificate, and the CA to trust.
type Registered struct {
	Instance tether.Instance
	CertPEM  []byte
	CAPEM    []byte
}

// Register checks the activation, takes one of its slots, creates the
// instance and signs the agent's key, all or nothing.
func (s *Service) Register(ctx context.Context, r Registration) (Registered, error) {
	if err := validateInventory(r.Inventory); err != nil {
		return Registered{}, err
	}
	if err := identity.ValidateTags(r.Tags); err != nil {
		return Registered{}, err
	}
	id := NewInstanceID()
	certPEM, err := s.CA.IssueClient(r.CSR, id, s.now())
	if err != nil {
		return Registered{}, invalid("CSR", "%v", err)
	}
	cert, err := parseCert(certPEM)
	if err != nil {
		return Registered{}, err
	}
	var in tether.Instance
	err = s.Store.Tx(ctx, func(tx store.Store) error {
		a, err := s.consumeActivation(ctx, tx, r.ActivationID, r.ActivationCode)
		if err != nil {
			return err
		}
		tags := map[string]string{}
		for k, v := range a.Tags {
			tags[k] = v
		}
		if a.DefaultInstanceName != "" {
			tags["Name"] = a.DefaultInstanceName
		}
		for k, v := range r.Tags {
			tags[k] = v
		}
		if r.Name != "" {
			tags["Name"] = r.Name
		}
		if err := identity.ValidateTags(tags); err != nil {
			return err
		}
		now := s.now()
		in = tether.Instance{
			ID: id, Tags: tags, ActivationID: a.ID, CertFingerprint: pki.PublicKeyFingerprint(cert),
			Hostname: r.Inventory.Hostname, IPAddresses: r.Inventory.IPAddresses, Platform: r.Inventory.Platform,
			PlatformVersion: r.Inventory.PlatformVersion, AgentVersion: r.Inventory.AgentVersion,
			PingStatus: tether.PingConnectionLost, RegisteredAt: now,
		}
		return tx.CreateInstance(ctx, in)
	})
	if err != nil {
		return Registered{}, err
	}
	return Registered{Instance: in, CertPEM: certPEM, CAPEM: s.CA.CertPEM}, nil
}

func parseCert(certPEM []byte) (*x509.Certificate, error) {
	block, _ := pem.Decode(certPEM)
	if block == nil {
		return nil, errors.New("no certificate")
	}
	return x509.ParseCertificate(block.Bytes)
}

// Instances lists instances, optionally only those with all the given tags.
func (s *Service) Instances(ctx context.Context, tags map[string]string) ([]tether.Instance, error) {
	return s.Store.ListInstances(ctx, store.InstanceFilter{Tags: tags})
}

// Instance returns one instance.
func (s *Service) Instance(ctx context.Context, id string) (tether.Instance, error) {
	return s.Store.Instance(ctx, id)
}

// ResolveTarget finds an instance by ID or by its Name tag. A name shared by
// several live instances is ambiguous and refused, naming them.
func (s *Service) ResolveTarget(ctx context.Context, target string) (tether.Instance, error) {
	if in, err := s.Store.Instance(ctx, target); err == nil || tether.ErrorCode(err) != tether.ENOTFOUND {
		return in, err
	}
	list, err := s.Store.ListInstances(ctx, store.InstanceFilter{Tags: map[string]string{"Name": target}})
	if err != nil {
		return tether.Instance{}, err
	}
	var live []tether.Instance
	for _, in := range list {
		if in.PingStatus != tether.PingInactive {
			live = append(live, in)
		}
	}
	switch len(live) {
	case 0:
		return tether.Instance{}, tether.Errorf(tether.ENOTFOUND, "no instance has ID or Name %q", target)
	case 1:
		return live[0], nil
	}
	ids := ""
	for i, in := range live {
		if i > 0 {
			ids += ", "
		}
		ids += in.ID
	}
	return tether.Instance{}, tether.Errorf(tether.ECONFLICT, "several instances are named %q (%s); use an instance ID", target, ids)
}

// TagInstance sets and removes tags of an instance.
func (s *Service) TagInstance(ctx context.Context, id string, set map[string]string, remove []string) (tether.Instance, error) {
	if err := identity.ValidateTags(set); err != nil {
		return tether.Instance{}, err
	}
	return s.Store.UpdateInstance(ctx, id, func(in *tether.Instance) error {
		for k, v := range set {
			in.Tags[k] = v
		}
		for _, k := range remove {
			delete(in.Tags, k)
		}
		return identity.ValidateTags(in.Tags)
	})
}

// Deregister retires an instance: it shows Inactive and its agent is refused
// from then on.
func (s *Service) Deregister(ctx context.Context, id string) (tether.Instance, error) {
	return s.Store.UpdateInstance(ctx, id, func(in *tether.Instance) error {
		if in.PingStatus == tether.PingInactive {
			return tether.Errorf(tether.ECONFLICT, "instance %s is already deregistered", id)
		}
		in.PingStatus, in.DeregisteredAt = tether.PingInactive, s.now()
		return nil
	})
}

// CheckAgent checks that a connecting agent is a registered, active
// instance holding the key it registered with.
func (s *Service) CheckAgent(ctx context.Context, id string, cert *x509.Certificate) error {
	in, err := s.Store.Instance(ctx, id)
	if err != nil {
		return err
	}
	return checkAgent(in, cert)
}

func checkAgent(in tether.Instance, cert *x509.Certificate) error {
	switch {
	case in.PingStatus == tether.PingInactive:
		return tether.Errorf(tether.EFORBIDDEN, "instance %s is deregistered; register the agent again with a new activation", in.ID)
	case in.CertFingerprint != pki.PublicKeyFingerprint(cert):
		return tether.Errorf(tether.EFORBIDDEN, "instance %s registered with a different key", in.ID)
	}
	return nil
}

// AgentConnected marks a checked agent's instance Online with its latest
// inventory. conn names this connection uniquely (replica and a random
// suffix), so that a late disconnect of an older connection does not mark a
// reconnected agent ConnectionLost.
func (s *Service) AgentConnected(ctx context.Context, id string, cert *x509.Certificate, inv tether.Inventory, conn string) (tether.Instance, error) {
	if err := validateInventory(inv); err != nil {
		return tether.Instance{}, err
	}
	return s.Store.UpdateInstance(ctx, id, func(in *tether.Instance) error {
		if err := checkAgent(*in, cert); err != nil {
			return err
		}
		in.PingStatus, in.LastPingAt, in.ConnectedReplica = tether.PingOnline, s.now(), conn
		if inv.Hostname != "" {
			in.Hostname, in.IPAddresses, in.Platform, in.PlatformVersion, in.AgentVersion =
				inv.Hostname, inv.IPAddresses, inv.Platform, inv.PlatformVersion, inv.AgentVersion
		}
		return nil
	})
}

// AgentHeartbeat records that an agent is alive.
func (s *Service) AgentHeartbeat(ctx context.Context, id string) error {
	_, err := s.Store.UpdateInstance(ctx, id, func(in *tether.Instance) error {
		if in.PingStatus != tether.PingInactive {
			in.PingStatus, in.LastPingAt = tether.PingOnline, s.now()
		}
		return nil
	})
	return err
}

// AgentDisconnected marks an instance ConnectionLost when conn was its
// current connection, unless it was deregistered meanwhile.
func (s *Service) AgentDisconnected(ctx context.Context, id, conn string) error {
	_, err := s.Store.UpdateInstance(ctx, id, func(in *tether.Instance) error {
		if in.PingStatus == tether.PingOnline && in.ConnectedReplica == conn {
			in.PingStatus = tether.PingConnectionLost
		}
		return nil
	})
	return err
}

// ResetConnections marks every Online instance ConnectionLost, for a server
// that starts: no agent is connected to it yet. (With several replicas this
// must become "the instances of replicas that are gone".)
func (s *Service) ResetConnections(ctx context.Context) error {
	online, err := s.Store.ListInstances(ctx, store.InstanceFilter{PingStatus: tether.PingOnline})
	if err != nil {
		return err
	}
	for _, in := range online {
		if _, err := s.Store.UpdateInstance(ctx, in.ID, func(in *tether.Instance) error {
			if in.PingStatus == tether.PingOnline {
				in.PingStatus = tether.PingConnectionLost
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}
