package identity

import (
	"context"
	"regexp"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// AdministratorAccess is the permission set of the first administrator.
const AdministratorAccess = "AdministratorAccess"

// AdministratorPolicy allows every action on every resource.
const AdministratorPolicy = `{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "AdministratorAccess", "Effect": "Allow", "Action": "*", "Resource": "*"}
  ]
}`

// DefaultRegion is the region name in ARNs unless configured.
const DefaultRegion = "us-east-1"

var regionRE = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)

// Bootstrap is what a new deployment starts from.
type Bootstrap struct {
	Region        string
	AdminUser     string
	AdminEmail    string
	AdminPassword string
}

// Init creates the account, the first administrator and the
// AdministratorAccess permission set assigned to them, all or nothing. It is
// ECONFLICT on an already initialised store.
func (s *Service) Init(ctx context.Context, b Bootstrap) (tether.Account, error) {
	if b.Region == "" {
		b.Region = DefaultRegion
	}
	if !regionRE.MatchString(b.Region) {
		return tether.Account{}, invalid("Region", "%q may contain only lowercase letters, digits and -", b.Region)
	}
	if b.AdminEmail == "" {
		b.AdminEmail = b.AdminUser + "@localhost"
	}
	if err := CheckPassword(b.AdminUser, b.AdminPassword); err != nil {
		return tether.Account{}, err
	}
	hash, err := HashPassword(b.AdminPassword)
	if err != nil {
		return tether.Account{}, err
	}
	acct := tether.Account{ID: NewAccountID(), Region: b.Region, CreatedAt: s.now()}
	err = s.Store.Tx(ctx, func(tx store.Store) error {
		if _, err := tx.Account(ctx); err == nil {
			return tether.Errorf(tether.ECONFLICT, "this database is already initialised")
		}
		if err := tx.CreateAccount(ctx, acct); err != nil {
			return err
		}
		in := &Service{Store: tx, Now: s.Now}
		admin, err := in.CreateUser(ctx, NewUser{Username: b.AdminUser, Email: b.AdminEmail, DisplayName: "Administrator"})
		if err != nil {
			return err
		}
		if _, err := tx.UpdateUser(ctx, admin.Username, func(u *tether.User) error {
			u.PasswordHash, u.Status = hash, tether.UserActive
			return nil
		}); err != nil {
			return err
		}
		if _, err := in.CreatePermissionSet(ctx, NewPermissionSet{
			Name: AdministratorAccess, Description: "Full access to every action on every resource",
			InlinePolicy: AdministratorPolicy,
		}); err != nil {
			return err
		}
		return in.CreateAssignment(ctx, AssignmentKey{PrincipalType: tether.PrincipalUser, PrincipalName: admin.Username, PermissionSet: AdministratorAccess})
	})
	return acct, err
}
