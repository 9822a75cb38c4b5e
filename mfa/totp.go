package mfa

import (
	"crypto/subtle"
	"encoding/base32"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"
)

// TOTP parameters. They are the defaults of every authenticator app and are
// written into the enrolment URI, so changing them breaks enrolled users.
const (
	totpPeriod = 30 // seconds per time step
	totpDigits = otp.DigitsSix
	totpSkew   = 1 // steps accepted either side of the current one

	maxTOTPUnix = 253402300799 // 9999-12-31T23:59:59Z
)

// Errors returned by VerifyTOTP for codes the user typed. They are meant to
// be shown to the user; test for them with errors.Is.
var (
	ErrCodeReplayed = errors.New("this code was already used; wait for the next one")
	ErrCodeInvalid  = errors.New("the code is not valid")
)

// TOTPKey is a freshly generated TOTP secret and its enrolment URI.
type TOTPKey struct {
	// Secret is the shared secret, base32 without padding. Store it
	// encrypted; anyone holding it can produce codes.
	Secret string
	// URI is the otpauth://totp/... URI that authenticator apps read from a
	// QR code (see QRPNG and QRTerminal).
	URI string
}

// NewTOTPKey generates a random 160-bit secret for account at issuer (the
// product name shown in the authenticator app). Neither may be empty or
// contain a colon, which separates them in the URI.
func NewTOTPKey(issuer, account string) (TOTPKey, error) {
	if err := checkLabelPart("issuer", issuer); err != nil {
		return TOTPKey{}, err
	}
	if err := checkLabelPart("account", account); err != nil {
		return TOTPKey{}, err
	}
	key, err := totp.Generate(totp.GenerateOpts{
		Issuer:      issuer,
		AccountName: account,
		Period:      totpPeriod,
		SecretSize:  20,
		Digits:      totpDigits,
		Algorithm:   otp.AlgorithmSHA1,
	})
	if err != nil {
		return TOTPKey{}, fmt.Errorf("generate TOTP key: %w", err)
	}
	return TOTPKey{Secret: key.Secret(), URI: key.URL()}, nil
}

func checkLabelPart(what, s string) error {
	switch {
	case strings.TrimSpace(s) == "":
		return fmt.Errorf("TOTP %s is empty", what)
	case strings.Contains(s, ":"):
		return fmt.Errorf("TOTP %s %q contains a colon, which the otpauth URI uses as a separator", what, s)
	}
	return nil
}

// TOTPCode returns the 6-digit code for secret at time t.
func TOTPCode(secret string, t time.Time) (string, error) {
	return totpCode(secret, t, totpDigits)
}

// totpCode computes a code with the given number of digits; the RFC 6238
// test vectors use 8.
func totpCode(secret string, t time.Time, digits otp.Digits) (string, error) {
	if err := checkSecret(secret); err != nil {
		return "", err
	}
	if err := checkTime(t); err != nil {
		return "", err
	}
	return codeAt(secret, t.Unix()/totpPeriod, digits)
}

// codeAt computes the code of one time step of an already checked secret.
func codeAt(secret string, step int64, digits otp.Digits) (string, error) {
	code, err := totp.GenerateCodeCustom(secret, time.Unix(step*totpPeriod, 0), totp.ValidateOpts{
		Period:    totpPeriod,
		Digits:    digits,
		Algorithm: otp.AlgorithmSHA1,
	})
	if err != nil {
		return "", fmt.Errorf("compute TOTP code: %w", err)
	}
	return code, nil
}

func checkTime(t time.Time) error {
	if u := t.Unix(); u < 0 || u > maxTOTPUnix {
		return fmt.Errorf("TOTP time %s is outside the years 1970 to 9999", t.UTC().Format(time.RFC3339))
	}
	return nil
}

// checkSecret reports whether secret is non-empty base32, accepting what
// authenticator apps accept: lower case and missing padding.
func checkSecret(secret string) error {
	s := strings.ToUpper(strings.TrimSpace(secret))
	if s == "" {
		return errors.New("TOTP secret is empty")
	}
	if _, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(strings.TrimRight(s, "=")); err != nil {
		return fmt.Errorf("TOTP secret is not valid base32: %w", err)
	}
	return nil
}

// VerifyTOTP checks a 6-digit code against secret at time t, accepting the
// time step of t and one step either way for clock skew. It returns the
// matched time step (unix seconds / 30), which the caller stores and passes
// back as lastStep next time: a code whose step is not after lastStep is
// refused with ErrCodeReplayed, so each code works once. A code that is not
// exactly 6 ASCII digits (after trimming spaces), or matches no step, is
// ErrCodeInvalid. Other errors mean the secret or time is unusable.
func VerifyTOTP(secret, code string, t time.Time, lastStep int64) (step int64, err error) {
	if err := checkSecret(secret); err != nil {
		return 0, err
	}
	code = strings.TrimSpace(code)
	if !isDigits(code, totpDigits.Length()) {
		return 0, fmt.Errorf("%w: enter the %d digits shown in your authenticator app", ErrCodeInvalid, totpDigits.Length())
	}
	if err := checkTime(t); err != nil {
		return 0, err
	}
	now := t.Unix() / totpPeriod
	replayed := false
	matched := int64(-1)
	// Check every candidate step without stopping early so that timing says
	// nothing about which step matched.
	for s := now - totpSkew; s <= now+totpSkew; s++ {
		if s < 0 {
			continue
		}
		want, err := codeAt(secret, s, totpDigits)
		if err != nil {
			return 0, err
		}
		if subtle.ConstantTimeCompare([]byte(want), []byte(code)) != 1 {
			continue
		}
		if s <= lastStep {
			replayed = true
		} else if matched < 0 {
			matched = s
		}
	}
	switch {
	case matched >= 0:
		return matched, nil
	case replayed:
		return 0, ErrCodeReplayed
	default:
		return 0, ErrCodeInvalid
	}
}

func isDigits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
