package identity

import (
	"context"
	"encoding/json"
	"slices"

	"github.com/tetherhq/tether"
)

const mfaSettingsKey = "mfa"

// MaxLockoutThreshold bounds the configurable number of failures before a
// lockout; more would make guessing affordable.
const MaxLockoutThreshold = 100

// MFASettings returns the directory's MFA settings, the defaults until an
// administrator changes them.
func (s *Service) MFASettings(ctx context.Context) (tether.MFASettings, error) {
	raw, err := s.Store.Setting(ctx, mfaSettingsKey)
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		return tether.DefaultMFASettings(), nil
	} else if err != nil {
		return tether.MFASettings{}, err
	}
	set := tether.DefaultMFASettings()
	if err := json.Unmarshal(raw, &set); err != nil {
		return tether.MFASettings{}, tether.Errorf(tether.EINTERNAL, "the stored MFA settings are unreadable: %w", err)
	}
	return set, nil
}

// PutMFASettings validates and stores the MFA settings.
func (s *Service) PutMFASettings(ctx context.Context, set tether.MFASettings) (tether.MFASettings, error) {
	if err := ValidateMFASettings(&set); err != nil {
		return tether.MFASettings{}, err
	}
	raw, err := json.Marshal(set)
	if err != nil {
		return tether.MFASettings{}, err
	}
	return set, s.Store.PutSetting(ctx, mfaSettingsKey, raw)
}

// ValidateMFASettings checks every field, fills the lockout default, and
// sorts and deduplicates the types.
func ValidateMFASettings(set *tether.MFASettings) error {
	switch set.Prompt {
	case tether.MFAAlways, tether.MFAContext, tether.MFANever:
	default:
		return invalid("Prompt", "must be always, context or never, not %q", set.Prompt)
	}
	for _, k := range set.Types {
		if k != tether.MFATOTP && k != tether.MFAWebAuthn {
			return invalid("Types", "must list totp and/or webauthn, not %q", k)
		}
	}
	slices.Sort(set.Types)
	set.Types = slices.Compact(set.Types)
	if len(set.Types) == 0 && set.Prompt != tether.MFANever {
		return invalid("Types", "must allow at least one kind of MFA device (totp, webauthn) unless Prompt is never")
	}
	switch set.NoDevice {
	case tether.NoDeviceRegister, tether.NoDeviceEmailOTP, tether.NoDeviceBlock, tether.NoDeviceAllow:
	default:
		return invalid("NoDevice", "must be register, email-otp, block or allow, not %q", set.NoDevice)
	}
	switch {
	case set.LockoutThreshold == 0:
		set.LockoutThreshold = tether.DefaultMFASettings().LockoutThreshold
	case set.LockoutThreshold < 1 || set.LockoutThreshold > MaxLockoutThreshold:
		return invalid("LockoutThreshold", "must be between 1 and %d, not %d", MaxLockoutThreshold, set.LockoutThreshold)
	}
	return nil
}
