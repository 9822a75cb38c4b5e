package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tetherhq/tether/api"
	apiclient "github.com/tetherhq/tether/client"
	"github.com/tetherhq/tether/pki"
)

// RegisterOptions describe one registration.
type RegisterOptions struct {
	Server         string // https://host:port
	CAPEM          []byte // the server's CA (its ca.pem)
	ActivationID   string
	ActivationCode string
	Name           string
	Tags           map[string]string
	StateDir       string
}

// Register proves the activation to the server and stores the agent's new
// identity: a key generated here, the certificate the server signed for it,
// the CA, and the instance ID. The state dir is private (0700).
func Register(ctx context.Context, o RegisterOptions) (Identity, error) {
	if _, err := os.Stat(filepath.Join(o.StateDir, identityFile)); err == nil {
		id, _, _, _ := LoadIdentity(o.StateDir)
		return Identity{}, fmt.Errorf("this agent is already registered as %s in %s; remove that directory to register again", id.InstanceID, o.StateDir)
	}
	if err := os.MkdirAll(o.StateDir, 0o700); err != nil {
		return Identity{}, err
	}
	if err := os.Chmod(o.StateDir, 0o700); err != nil {
		return Identity{}, err
	}
	keyPEM, csrPEM, err := pki.NewKeyAndCSR()
	if err != nil {
		return Identity{}, err
	}
	c, err := apiclient.New(o.Server, o.CAPEM, "")
	if err != nil {
		return Identity{}, err
	}
	resp, err := c.Register(ctx, api.RegisterRequest{
		ActivationId: o.ActivationID, ActivationCode: o.ActivationCode, CSR: string(csrPEM),
		Name: o.Name, Tags: o.Tags, Inventory: InventoryOf(Inventory()),
	})
	if err != nil {
		return Identity{}, err
	}
	id := Identity{Server: o.Server, InstanceID: resp.InstanceId}
	idJSON, err := json.MarshalIndent(id, "", "  ")
	if err != nil {
		return Identity{}, err
	}
	// The identity file goes last: its presence means registration is complete.
	for _, f := range []struct {
		name string
		data []byte
	}{{keyFile, keyPEM}, {certFile, []byte(resp.Certificate)}, {caFile, o.CAPEM}, {identityFile, append(idJSON, '\n')}} {
		if err := os.WriteFile(filepath.Join(o.StateDir, f.name), f.data, 0o600); err != nil {
			return Identity{}, errors.Join(fmt.Errorf("saving the agent's identity: %w", err), os.Remove(filepath.Join(o.StateDir, keyFile)))
		}
	}
	return id, nil
}
