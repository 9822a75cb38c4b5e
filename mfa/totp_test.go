package mfa

import (
	"encoding/base32"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp"
)

// rfcSecret is the SHA-1 key of RFC 6238 Appendix B, base32 encoded.
var rfcSecret = base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte("12345678901234567890"))

func TestTOTPRFC6238Vectors(t *testing.T) {
	vectors := []struct {
		unix int64
		code string
	}{
		{59, "94287082"},
		{1111111109, "07081804"},
		{1111111111, "14050471"},
		{1234567890, "89005924"},
		{2000000000, "69279037"},
		{20000000000, "65353130"},
	}
	for _, v := range vectors {
		at := time.Unix(v.unix, 0)
		got, err := totpCode(rfcSecret, at, otp.DigitsEight)
		if err != nil {
			t.Fatalf("T=%d: %v", v.unix, err)
		}
		if got != v.code {
			t.Errorf("T=%d: 8-digit code %s, want %s", v.unix, got, v.code)
		}
		six, err := TOTPCode(rfcSecret, at)
		if err != nil {
			t.Fatalf("T=%d: %v", v.unix, err)
		}
		if want := v.code[2:]; six != want {
			t.Errorf("T=%d: 6-digit code %s, want %s", v.unix, six, want)
		}
	}
}

func TestNewTOTPKey(t *testing.T) {
	key, err := NewTOTPKey("Tether", "alice@example.com")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(key.Secret, "=") {
		t.Errorf("secret %q has padding", key.Secret)
	}
	raw, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(key.Secret)
	if err != nil || len(raw) != 20 {
		t.Fatalf("secret %q: %d bytes, %v; want 20 bytes of base32", key.Secret, len(raw), err)
	}
	u, err := url.Parse(key.URI)
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme != "otpauth" || u.Host != "totp" || u.Path != "/Tether:alice@example.com" {
		t.Errorf("URI %s: wrong scheme, type or label", key.URI)
	}
	q := u.Query()
	want := map[string]string{"secret": key.Secret, "issuer": "Tether", "algorithm": "SHA1", "digits": "6", "period": "30"}
	for k, v := range want {
		if q.Get(k) != v {
			t.Errorf("URI %s: %s=%q, want %q", key.URI, k, q.Get(k), v)
		}
	}
	other, err := NewTOTPKey("Tether", "alice@example.com")
	if err != nil {
		t.Fatal(err)
	}
	if other.Secret == key.Secret {
		t.Error("two keys share a secret")
	}
}

func TestNewTOTPKeyBadInput(t *testing.T) {
	for _, tc := range []struct{ issuer, account, want string }{
		{"", "alice", "issuer is empty"},
		{"Tether", " ", "account is empty"},
		{"Teth:er", "alice", "issuer \"Teth:er\" contains a colon"},
		{"Tether", "a:b", "account \"a:b\" contains a colon"},
	} {
		_, err := NewTOTPKey(tc.issuer, tc.account)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("NewTOTPKey(%q, %q) = %v, want error containing %q", tc.issuer, tc.account, err, tc.want)
		}
	}
}

func TestVerifyTOTPRoundTrip(t *testing.T) {
	key, err := NewTOTPKey("Tether", "alice")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Unix(1_700_000_015, 0) // mid-step
	code, err := TOTPCode(key.Secret, at)
	if err != nil {
		t.Fatal(err)
	}
	step, err := VerifyTOTP(key.Secret, " "+code+"\n", at, 0)
	if err != nil {
		t.Fatalf("VerifyTOTP: %v", err)
	}
	if want := at.Unix() / 30; step != want {
		t.Errorf("step %d, want %d", step, want)
	}
	// Lower-case secrets are accepted, as authenticator apps do.
	if _, err := VerifyTOTP(strings.ToLower(key.Secret), code, at, 0); err != nil {
		t.Errorf("lower-case secret: %v", err)
	}
}

func TestVerifyTOTPSkew(t *testing.T) {
	at := time.Unix(1_700_000_010, 0)
	for _, tc := range []struct {
		offset time.Duration
		ok     bool
	}{
		{-60 * time.Second, false},
		{-30 * time.Second, true},
		{0, true},
		{30 * time.Second, true},
		{60 * time.Second, false},
	} {
		// The code was shown at at+offset; the server checks at at.
		code, err := TOTPCode(rfcSecret, at.Add(tc.offset))
		if err != nil {
			t.Fatal(err)
		}
		step, err := VerifyTOTP(rfcSecret, code, at, 0)
		switch {
		case tc.ok && err != nil:
			t.Errorf("offset %v: %v", tc.offset, err)
		case tc.ok && step != at.Add(tc.offset).Unix()/30:
			t.Errorf("offset %v: step %d, want %d", tc.offset, step, at.Add(tc.offset).Unix()/30)
		case !tc.ok && !errors.Is(err, ErrCodeInvalid):
			t.Errorf("offset %v: err %v, want ErrCodeInvalid", tc.offset, err)
		}
	}
}

func TestVerifyTOTPReplay(t *testing.T) {
	at := time.Unix(1_700_000_010, 0)
	code, _ := TOTPCode(rfcSecret, at)
	step, err := VerifyTOTP(rfcSecret, code, at, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyTOTP(rfcSecret, code, at, step); !errors.Is(err, ErrCodeReplayed) {
		t.Errorf("same code again: %v, want ErrCodeReplayed", err)
	}
	// A code from before the last accepted step is a replay too.
	old, _ := TOTPCode(rfcSecret, at.Add(-30*time.Second))
	if _, err := VerifyTOTP(rfcSecret, old, at, step); !errors.Is(err, ErrCodeReplayed) {
		t.Errorf("older code: %v, want ErrCodeReplayed", err)
	}
	next := at.Add(30 * time.Second)
	nextCode, _ := TOTPCode(rfcSecret, next)
	got, err := VerifyTOTP(rfcSecret, nextCode, next, step)
	if err != nil {
		t.Fatalf("next step: %v", err)
	}
	if got != step+1 {
		t.Errorf("next step %d, want %d", got, step+1)
	}
	if ErrCodeReplayed.Error() != "this code was already used; wait for the next one" {
		t.Errorf("ErrCodeReplayed text %q", ErrCodeReplayed)
	}
}

func TestVerifyTOTPBadCodes(t *testing.T) {
	at := time.Unix(1_700_000_010, 0)
	good, _ := TOTPCode(rfcSecret, at)
	for _, code := range []string{"", "   ", "abcdef", "12345a", good[:5], good + "0", "１２３４５６", "123 456", "-12345", "+12345"} {
		if _, err := VerifyTOTP(rfcSecret, code, at, 0); !errors.Is(err, ErrCodeInvalid) {
			t.Errorf("code %q: %v, want ErrCodeInvalid", code, err)
		}
	}
	wrong := "000000"
	if good == wrong {
		wrong = "111111"
	}
	if _, err := VerifyTOTP(rfcSecret, wrong, at, 0); !errors.Is(err, ErrCodeInvalid) {
		t.Errorf("wrong code: %v, want ErrCodeInvalid", err)
	}
}

func TestTOTPBadSecret(t *testing.T) {
	at := time.Unix(1_700_000_010, 0)
	for _, tc := range []struct{ secret, want string }{
		{"", "TOTP secret is empty"},
		{"not base32!", "TOTP secret is not valid base32"},
		{"AB1", "TOTP secret is not valid base32"},
	} {
		if _, err := TOTPCode(tc.secret, at); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("TOTPCode(%q) = %v, want error containing %q", tc.secret, err, tc.want)
		}
		_, err := VerifyTOTP(tc.secret, "123456", at, 0)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("VerifyTOTP(%q) = %v, want error containing %q", tc.secret, err, tc.want)
		}
		if errors.Is(err, ErrCodeInvalid) {
			t.Errorf("VerifyTOTP(%q): a bad secret must not look like a bad code", tc.secret)
		}
	}
}

func TestTOTPTimeRange(t *testing.T) {
	if _, err := TOTPCode(rfcSecret, time.Unix(-1, 0)); err == nil {
		t.Error("time before 1970 accepted")
	}
	if _, err := VerifyTOTP(rfcSecret, "123456", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), 0); err == nil {
		t.Error("time after 9999 accepted")
	}
	// The first step has no earlier neighbour; it must still verify.
	code, _ := TOTPCode(rfcSecret, time.Unix(5, 0))
	if step, err := VerifyTOTP(rfcSecret, code, time.Unix(5, 0), -1); err != nil || step != 0 {
		t.Errorf("step 0: step %d, %v", step, err)
	}
}

func FuzzVerifyTOTP(f *testing.F) {
	for _, s := range []string{"", "123456", " 287082 ", "12345", "1234567", "abcdef", "\x00\xff", "٣٣٣٣٣٣"} {
		f.Add(s)
	}
	at := time.Unix(59, 0)
	f.Fuzz(func(t *testing.T, code string) {
		step, err := VerifyTOTP(rfcSecret, code, at, 0)
		if err == nil {
			if step < 1 || step > 2 {
				t.Fatalf("code %q matched step %d outside the window", code, step)
			}
			return
		}
		if !errors.Is(err, ErrCodeInvalid) && !errors.Is(err, ErrCodeReplayed) {
			t.Fatalf("code %q: unexpected error %v", code, err)
		}
	})
}
