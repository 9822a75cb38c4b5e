package identity

import (
	"context"
	"crypto/rand"
	"strings"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// Device authorization (RFC 8628 in spirit): a CLI without a browser asks
// for a device code and a short user code, the person approves the user code
// in the signed-in console, and the CLI's polling picks up a token of the
// approving identity (same user, permission set and MFA time).
const (
	DeviceAuthTTL      = 10 * time.Minute
	DevicePollInterval = 5 * time.Second
	// userCodeAlphabet has no vowels (no words) and no look-alikes.
	userCodeAlphabet = "BCDFGHJKLMNPQRSTVWXZ"
)

// Device-authorization poll outcomes, as error codes of the API.
const (
	DeviceAuthorizationPending = "authorization_pending"
	DeviceSlowDown             = "slow_down"
	DeviceExpired              = "expired_token"
	DeviceDenied               = "access_denied"
)

type deviceAuthData struct {
	UserCodeHash    string    `json:"UserCodeHash"`
	SourceIP        string    `json:"SourceIp"`
	LastPoll        time.Time `json:"LastPoll,omitzero"`
	Denied          bool      `json:"Denied,omitempty"`
	UserID          string    `json:"UserId,omitempty"`
	PermissionSetID string    `json:"PermissionSetId,omitempty"`
	MFAAt           time.Time `json:"MFAAt,omitzero"`
}

type userCodeData struct {
	DeviceHash string `json:"DeviceHash"`
}

// DeviceAuthorization is a started device sign-in.
type DeviceAuthorization struct {
	DeviceCode string
	UserCode   string // XXXX-XXXX
	ExpiresAt  time.Time
}

// StartDeviceAuthorization issues a device code and its user code.
func (s *Service) StartDeviceAuthorization(ctx context.Context, sourceIP string) (DeviceAuthorization, error) {
	userCode := newUserCode()
	var out DeviceAuthorization
	err := s.Store.Tx(ctx, func(tx store.Store) error {
		deviceCode, dt, err := s.issueTicket(ctx, tx, tether.TicketDeviceAuth, "",
			deviceAuthData{UserCodeHash: HashToken(userCode), SourceIP: sourceIP}, DeviceAuthTTL)
		if err != nil {
			return err
		}
		now := s.now()
		err = tx.CreateTicket(ctx, tether.Ticket{Hash: HashToken(userCode), Kind: tether.TicketDeviceUserCode,
			Data: mustJSON(userCodeData{DeviceHash: dt.Hash}), CreatedAt: now, ExpiresAt: dt.ExpiresAt})
		out = DeviceAuthorization{DeviceCode: deviceCode, UserCode: userCode, ExpiresAt: dt.ExpiresAt}
		return err
	})
	return out, err
}

// ApproveDevice approves (or denies) the device sign-in with userCode on
// behalf of the signed-in principal.
func (s *Service) ApproveDevice(ctx context.Context, p Principal, userCode string, deny bool) error {
	code := NormalizeUserCode(userCode)
	uc, err := s.ticket(ctx, code, tether.TicketDeviceUserCode, "device code", "start tether login --browser again")
	if err != nil {
		return err
	}
	var ud userCodeData
	if err := decodeTicket(uc, &ud); err != nil {
		return err
	}
	return s.Store.Tx(ctx, func(tx store.Store) error {
		if err := consume(ctx, tx, uc, "device code", "start tether login --browser again"); err != nil {
			return err
		}
		_, err := tx.UpdateTicket(ctx, ud.DeviceHash, func(t *tether.Ticket) error {
			var d deviceAuthData
			if err := decodeTicket(*t, &d); err != nil {
				return err
			}
			d.Denied = deny
			d.UserID, d.PermissionSetID, d.MFAAt = p.User.ID, p.PermissionSet.ID, p.Token.MFAAuthenticatedAt
			t.UserID, t.Data = p.User.ID, mustJSON(d)
			return nil
		})
		if tether.ErrorCode(err) == tether.ENOTFOUND {
			return tether.Errorf(tether.EUNAUTHORIZED, "this device sign-in expired; start tether login --browser again")
		}
		return err
	})
}

// PollDevice is the CLI's poll: pending, slow down, denied, expired, or the
// token of the approving identity (once).
func (s *Service) PollDevice(ctx context.Context, deviceCode string) (SignedIn, error) {
	now := s.now()
	var d deviceAuthData
	fast := false
	t, err := s.Store.UpdateTicket(ctx, HashToken(deviceCode), func(t *tether.Ticket) error {
		if t.Kind != tether.TicketDeviceAuth {
			return tether.Errorf(DeviceExpired, "unknown device code")
		}
		if err := decodeTicket(*t, &d); err != nil {
			return err
		}
		fast = !d.LastPoll.IsZero() && now.Sub(d.LastPoll) < DevicePollInterval-time.Second/2
		d.LastPoll = now
		t.Data = mustJSON(d)
		return nil
	})
	switch {
	case tether.ErrorCode(err) == tether.ENOTFOUND:
		return SignedIn{}, tether.Errorf(DeviceExpired, "the device code is unknown, used or expired; start tether login --browser again")
	case err != nil:
		return SignedIn{}, err
	case !now.Before(t.ExpiresAt):
		return SignedIn{}, tether.Errorf(DeviceExpired, "the device sign-in expired; start tether login --browser again")
	case d.Denied:
		_ = s.Store.DeleteTicket(ctx, t.Hash)
		return SignedIn{}, tether.Errorf(DeviceDenied, "the sign-in was denied in the console")
	case d.UserID == "" && fast:
		return SignedIn{}, tether.Errorf(DeviceSlowDown, "polling too fast; poll every %s", DevicePollInterval)
	case d.UserID == "":
		return SignedIn{}, tether.Errorf(DeviceAuthorizationPending, "waiting for approval in the console")
	}
	if err := consume(ctx, s.Store, t, "device code", "start tether login --browser again"); err != nil {
		return SignedIn{}, err
	}
	user, err := s.Store.UserByID(ctx, d.UserID)
	if err != nil || user.Status != tether.UserActive {
		return SignedIn{}, errBadCredentials
	}
	ps, err := s.Store.PermissionSetByID(ctx, d.PermissionSetID)
	if err != nil {
		return SignedIn{}, tether.Errorf(tether.EUNAUTHORIZED, "the approving permission set no longer exists; sign in again")
	}
	return s.issueToken(ctx, user, ps, d.SourceIP, d.MFAAt)
}

func newUserCode() string {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	out := make([]byte, 0, 9)
	for i, c := range b {
		if i == 4 {
			out = append(out, '-')
		}
		out = append(out, userCodeAlphabet[int(c)%len(userCodeAlphabet)])
	}
	return string(out)
}

// NormalizeUserCode accepts a user code typed in any case, with or without
// the dash or spaces.
func NormalizeUserCode(code string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(code) {
		if r != '-' && r != ' ' {
			b.WriteRune(r)
		}
	}
	c := b.String()
	if len(c) == 8 {
		return c[:4] + "-" + c[4:]
	}
	return c
}
