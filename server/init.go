package server

import (
	"context"
	"os"
	"path/filepath"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
	"github.com/tetherhq/tether/pki"
	"github.com/tetherhq/tether/store"
)

// InitOptions describes a new deployment.
type InitOptions struct {
	DataDir       string // ca.pem is written here
	Region        string
	AdminUser     string
	AdminPassword string
	Now           func() time.Time
}

// CAFile is the name of the CA certificate in the data dir, the file clients
// and agents are given to trust the server.
const CAFile = "ca.pem"

// Init creates the account, the first administrator with the
// AdministratorAccess permission set, and the CA, in one transaction, then
// writes the CA certificate to DataDir/ca.pem.
func Init(ctx context.Context, st store.Store, opt InitOptions) (tether.Account, *pki.CA, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if err := identity.ValidateUsername(opt.AdminUser); err != nil {
		return tether.Account{}, nil, err
	}
	var acct tether.Account
	var ca *pki.CA
	err := st.Tx(ctx, func(tx store.Store) error {
		var err error
		acct, err = (&identity.Service{Store: tx, Now: opt.Now}).Init(ctx, identity.Bootstrap{
			Region: opt.Region, AdminUser: opt.AdminUser, AdminPassword: opt.AdminPassword,
		})
		if err != nil {
			return err
		}
		ca, err = pki.NewCA("Tether CA "+acct.ID, opt.Now())
		if err != nil {
			return err
		}
		b, err := ca.Marshal()
		if err != nil {
			return err
		}
		return tx.PutSetting(ctx, caSetting, b)
	})
	if err != nil {
		return tether.Account{}, nil, err
	}
	if err := WriteCAFile(opt.DataDir, ca); err != nil {
		return tether.Account{}, nil, err
	}
	return acct, ca, nil
}

// WriteCAFile writes the CA certificate (public, mode 0644) into dir.
func WriteCAFile(dir string, ca *pki.CA) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return tether.Errorf(tether.EINVALID, "data dir: %v", err)
	}
	return os.WriteFile(filepath.Join(dir, CAFile), ca.CertPEM, 0o644)
}
