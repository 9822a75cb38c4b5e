package identity

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/mfa"
)

// MFA devices: registration (TOTP and WebAuthn), listing, removal, and the
// checks sign-in makes against them. A device is created unconfirmed when
// registration begins (holding the TOTP key, or the WebAuthn ceremony state)
// and becomes usable only when registration completes.
const (
	maxDevicesPerUser = 10
	// staleRegistration is how long an unfinished registration is kept.
	staleRegistration = time.Hour
	// rememberDevice is how long a device that passed MFA is trusted when
	// the prompt is "context".
	rememberDevice = 30 * 24 * time.Hour
	// maxDeviceNameLen bounds device names.
	maxDeviceNameLen = 64
)

// TOTPRegistration is a TOTP device awaiting its first code.
type TOTPRegistration struct {
	Device    tether.MFADevice
	URI       string
	Secret    string
	QRCodePNG []byte
}

// CheckSelfManagement refuses users managing their own devices when the
// settings reserve that to administrators.
func (s *Service) CheckSelfManagement(ctx context.Context) error {
	set, err := s.MFASettings(ctx)
	if err != nil {
		return err
	}
	if !set.UsersManageDevices {
		return tether.Errorf(tether.EFORBIDDEN, "in this directory only administrators manage MFA devices")
	}
	return nil
}

// newDevice checks that kind is allowed and the user has room, sweeps the
// user's stale registrations, and returns an unconfirmed device.
func (s *Service) newDevice(ctx context.Context, user tether.User, kind tether.MFADeviceKind, name string) (tether.MFADevice, error) {
	set, err := s.MFASettings(ctx)
	if err != nil {
		return tether.MFADevice{}, err
	}
	if !set.Allows(kind) {
		return tether.MFADevice{}, tether.Errorf(tether.EFORBIDDEN, "this directory does not allow %s MFA devices; allowed: %v", kind, set.Types)
	}
	if name == "" {
		name = map[tether.MFADeviceKind]string{tether.MFATOTP: "Authenticator app", tether.MFAWebAuthn: "Security key"}[kind]
	}
	if err := validateText("Name", name, maxDeviceNameLen); err != nil {
		return tether.MFADevice{}, err
	}
	devices, err := s.Store.ListMFADevices(ctx, user.ID)
	if err != nil {
		return tether.MFADevice{}, err
	}
	now := s.now()
	n := 0
	for _, d := range devices {
		if !d.Confirmed && now.Sub(d.CreatedAt) > staleRegistration {
			if err := s.Store.DeleteMFADevice(ctx, d.ID); err != nil && tether.ErrorCode(err) != tether.ENOTFOUND {
				return tether.MFADevice{}, err
			}
			continue
		}
		n++
	}
	if n >= maxDevicesPerUser {
		return tether.MFADevice{}, tether.Errorf(tether.ECONFLICT, "user %s already has %d MFA devices; remove one first", user.Username, n)
	}
	return tether.MFADevice{ID: "mfa-" + tether.RandomHex(8), UserID: user.ID, Kind: kind, Name: name, CreatedAt: now}, nil
}

// BeginTOTP starts registering an authenticator app.
func (s *Service) BeginTOTP(ctx context.Context, user tether.User, name string) (TOTPRegistration, error) {
	d, err := s.newDevice(ctx, user, tether.MFATOTP, name)
	if err != nil {
		return TOTPRegistration{}, err
	}
	acct, err := s.Store.Account(ctx)
	if err != nil {
		return TOTPRegistration{}, err
	}
	key, err := mfa.NewTOTPKey("Tether "+acct.ID, user.Username)
	if err != nil {
		return TOTPRegistration{}, tether.Errorf(tether.EINVALID, "%v", err)
	}
	png, err := mfa.QRPNG(key.URI, 256)
	if err != nil {
		return TOTPRegistration{}, err
	}
	d.Secret = key.Secret
	if err := s.Store.CreateMFADevice(ctx, d); err != nil {
		return TOTPRegistration{}, err
	}
	return TOTPRegistration{Device: d, URI: key.URI, Secret: key.Secret, QRCodePNG: png}, nil
}

// pendingDevice returns the user's unconfirmed device of kind.
func (s *Service) pendingDevice(ctx context.Context, user tether.User, id string, kind tether.MFADeviceKind) (tether.MFADevice, error) {
	d, err := s.Store.MFADevice(ctx, id)
	if err != nil || d.UserID != user.ID || d.Kind != kind {
		return tether.MFADevice{}, tether.Errorf(tether.ENOTFOUND, "no %s registration %q in progress for user %s", kind, id, user.Username)
	}
	if d.Confirmed {
		return tether.MFADevice{}, tether.Errorf(tether.ECONFLICT, "MFA device %s is already registered", id)
	}
	return d, nil
}

// ConfirmTOTP completes a TOTP registration with a first valid code.
func (s *Service) ConfirmTOTP(ctx context.Context, user tether.User, id, code string) (tether.MFADevice, error) {
	d, err := s.pendingDevice(ctx, user, id, tether.MFATOTP)
	if err != nil {
		return d, err
	}
	now := s.now()
	step, err := mfa.VerifyTOTP(d.Secret, compactCode(code), now, 0)
	if err != nil {
		return d, codeError(err)
	}
	d, err = s.Store.UpdateMFADevice(ctx, id, func(d *tether.MFADevice) error {
		if d.Confirmed {
			return tether.Errorf(tether.ECONFLICT, "MFA device %s is already registered", id)
		}
		d.Confirmed, d.LastUsedStep, d.LastUsedAt = true, step, now
		return nil
	})
	if err == nil {
		s.emit(ctx, Event{Name: EventMFADeviceAdded, UserName: user.Username, Detail: string(d.Kind) + " " + d.ID})
	}
	return d, err
}

// compactCode accepts codes pasted with spaces ("123 456").
func compactCode(code string) string { return strings.Join(strings.Fields(code), "") }

// codeError turns a TOTP verification failure into an API error.
func codeError(err error) error {
	switch {
	case errors.Is(err, mfa.ErrCodeReplayed):
		return tether.Errorf(tether.EUNAUTHORIZED, "this code was already used; wait for the next code from your authenticator app")
	case errors.Is(err, mfa.ErrCodeInvalid):
		return tether.Errorf(tether.EUNAUTHORIZED, "the code is not valid; enter the current six-digit code from your authenticator app")
	}
	return tether.Errorf(tether.EINVALID, "%v", err)
}

func (s *Service) webauthn() (*mfa.WebAuthn, error) {
	if s.WebAuthn == nil {
		return nil, tether.Errorf(tether.EUNAVAILABLE, "security keys are not available on this server (no WebAuthn relying party configured)")
	}
	return s.WebAuthn, nil
}

// webauthnUser is user as WebAuthn sees it, with its confirmed credentials.
func (s *Service) webauthnUser(ctx context.Context, user tether.User) (mfa.WebAuthnUser, []tether.MFADevice, error) {
	devices, err := s.Store.ListMFADevices(ctx, user.ID)
	if err != nil {
		return mfa.WebAuthnUser{}, nil, err
	}
	u := mfa.WebAuthnUser{ID: []byte(user.ID), Name: user.Username, DisplayName: user.DisplayName}
	var creds []tether.MFADevice
	for _, d := range devices {
		if d.Kind == tether.MFAWebAuthn && d.Confirmed {
			u.Credentials = append(u.Credentials, []byte(d.Secret))
			creds = append(creds, d)
		}
	}
	return u, creds, nil
}

// BeginWebAuthnRegistration starts registering a security key or passkey;
// it returns the device ID and the options for navigator.credentials.create.
func (s *Service) BeginWebAuthnRegistration(ctx context.Context, user tether.User, name string) (string, []byte, error) {
	wa, err := s.webauthn()
	if err != nil {
		return "", nil, err
	}
	d, err := s.newDevice(ctx, user, tether.MFAWebAuthn, name)
	if err != nil {
		return "", nil, err
	}
	u, _, err := s.webauthnUser(ctx, user)
	if err != nil {
		return "", nil, err
	}
	options, session, err := wa.BeginRegistration(u)
	if err != nil {
		return "", nil, tether.Errorf(tether.EINVALID, "%v", err)
	}
	d.Secret = string(session) // the ceremony state until FinishWebAuthnRegistration
	return d.ID, options, s.Store.CreateMFADevice(ctx, d)
}

// FinishWebAuthnRegistration verifies the browser's attestation and
// confirms the device.
func (s *Service) FinishWebAuthnRegistration(ctx context.Context, user tether.User, id string, response []byte) (tether.MFADevice, error) {
	wa, err := s.webauthn()
	if err != nil {
		return tether.MFADevice{}, err
	}
	d, err := s.pendingDevice(ctx, user, id, tether.MFAWebAuthn)
	if err != nil {
		return d, err
	}
	u, _, err := s.webauthnUser(ctx, user)
	if err != nil {
		return d, err
	}
	cred, credID, err := wa.FinishRegistration(u, []byte(d.Secret), response)
	if err != nil {
		return d, tether.Errorf(tether.EINVALID, "the security key's registration was not accepted: %v", err)
	}
	d, err = s.Store.UpdateMFADevice(ctx, id, func(d *tether.MFADevice) error {
		if d.Confirmed {
			return tether.Errorf(tether.ECONFLICT, "MFA device %s is already registered", id)
		}
		// The attestation proved possession, as a TOTP device's first code does.
		d.Secret, d.CredentialID, d.Confirmed, d.LastUsedAt = string(cred), credID, true, s.now()
		return nil
	})
	if err == nil {
		s.emit(ctx, Event{Name: EventMFADeviceAdded, UserName: user.Username, Detail: string(d.Kind) + " " + d.ID})
	}
	return d, err
}

// Devices lists a user's registered (confirmed) devices.
func (s *Service) Devices(ctx context.Context, user tether.User) ([]tether.MFADevice, error) {
	devices, err := s.Store.ListMFADevices(ctx, user.ID)
	return slices.DeleteFunc(devices, func(d tether.MFADevice) bool { return !d.Confirmed }), err
}

// RemoveDevice deletes one of the user's devices.
func (s *Service) RemoveDevice(ctx context.Context, user tether.User, id string) error {
	d, err := s.Store.MFADevice(ctx, id)
	if err != nil || d.UserID != user.ID {
		return tether.Errorf(tether.ENOTFOUND, "user %s has no MFA device %q", user.Username, id)
	}
	if err := s.Store.DeleteMFADevice(ctx, id); err != nil {
		return err
	}
	s.emit(ctx, Event{Name: EventMFADeviceRemoved, UserName: user.Username, Detail: string(d.Kind) + " " + d.ID})
	return nil
}

// usableDevices are the user's confirmed devices of allowed kinds.
func (s *Service) usableDevices(ctx context.Context, user tether.User, set tether.MFASettings) ([]tether.MFADevice, error) {
	devices, err := s.Devices(ctx, user)
	return slices.DeleteFunc(devices, func(d tether.MFADevice) bool {
		return !set.Allows(d.Kind) || (d.Kind == tether.MFAWebAuthn && s.WebAuthn == nil)
	}), err
}

func deviceKinds(devices []tether.MFADevice) []tether.MFADeviceKind {
	var kinds []tether.MFADeviceKind
	for _, d := range devices {
		if !slices.Contains(kinds, d.Kind) {
			kinds = append(kinds, d.Kind)
		}
	}
	slices.Sort(kinds)
	return kinds
}

// verifyTOTP accepts a code from any of the user's confirmed TOTP devices,
// once: the device's last used step moves forward in the same transaction
// that checks it, so two concurrent uses of one code cannot both pass.
func (s *Service) verifyTOTP(ctx context.Context, user tether.User, code string) error {
	devices, err := s.Devices(ctx, user)
	if err != nil {
		return err
	}
	now := s.now()
	result := mfa.ErrCodeInvalid
	for _, d := range devices {
		if d.Kind != tether.MFATOTP {
			continue
		}
		_, err := s.Store.UpdateMFADevice(ctx, d.ID, func(d *tether.MFADevice) error {
			step, err := mfa.VerifyTOTP(d.Secret, compactCode(code), now, d.LastUsedStep)
			if err != nil {
				return err
			}
			d.LastUsedStep, d.LastUsedAt = step, now
			return nil
		})
		switch {
		case err == nil:
			return nil
		case errors.Is(err, mfa.ErrCodeReplayed):
			result = err
		case !errors.Is(err, mfa.ErrCodeInvalid):
			return err
		}
	}
	return codeError(result)
}

// trustKey names a device (and address) that passed MFA for a user.
func trustKey(userID string, st *signInState) string {
	return HashToken("trusted:" + userID + ":" + st.DeviceID + ":" + st.SourceIP)
}

// trusted returns when this sign-in's device and address last passed MFA,
// if recently enough to skip the prompt (prompt "context"), else zero.
func (s *Service) trusted(ctx context.Context, user tether.User, st *signInState) (time.Time, error) {
	if st.DeviceID == "" {
		return time.Time{}, nil
	}
	t, err := s.Store.Ticket(ctx, trustKey(user.ID, st))
	switch {
	case tether.ErrorCode(err) == tether.ENOTFOUND:
		return time.Time{}, nil
	case err != nil:
		return time.Time{}, err
	case t.Kind != tether.TicketTrustedDevice || !s.now().Before(t.ExpiresAt):
		return time.Time{}, nil
	}
	return t.CreatedAt, nil
}

// RegistrableKinds are the kinds of device users can register now.
func (s *Service) RegistrableKinds(ctx context.Context) ([]tether.MFADeviceKind, error) {
	set, err := s.MFASettings(ctx)
	return s.registrable(set), err
}

// registrable are the kinds of device a user can register here: those the
// settings allow, WebAuthn only where a relying party is configured.
func (s *Service) registrable(set tether.MFASettings) []tether.MFADeviceKind {
	return slices.DeleteFunc(slices.Clone(set.Types), func(k tether.MFADeviceKind) bool {
		return k == tether.MFAWebAuthn && s.WebAuthn == nil
	})
}

// trustDevice remembers that this device and address passed MFA.
func (s *Service) trustDevice(ctx context.Context, user tether.User, st *signInState) error {
	if st.DeviceID == "" {
		return nil
	}
	now := s.now()
	key := trustKey(user.ID, st)
	_ = s.Store.DeleteTicket(ctx, key) // renew
	err := s.Store.CreateTicket(ctx, tether.Ticket{Hash: key, Kind: tether.TicketTrustedDevice, UserID: user.ID,
		Data: []byte("{}"), CreatedAt: now, ExpiresAt: now.Add(rememberDevice)})
	if tether.ErrorCode(err) == tether.ECONFLICT {
		return nil
	}
	return err
}
