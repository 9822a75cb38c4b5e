package identity

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"

	"github.com/tetherhq/tether"
)

// Password rules: long enough to resist guessing, short enough that hashing a
// hostile input stays cheap.
const (
	MinPasswordLen = 10
	MaxPasswordLen = 256
)

// argon2id parameters: OWASP's recommended minimum (19 MiB, 2 passes, 1
// lane), which keeps sign-in around tens of milliseconds on a small server.
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
	argonSaltLen = 16
)

// CheckPassword applies the password rules: length, not the username (in any
// case, also reversed), not one of the most common passwords.
func CheckPassword(username, password string) error {
	n := utf8.RuneCountInString(password)
	switch {
	case !utf8.ValidString(password):
		return invalid("Password", "must be valid UTF-8")
	case n < MinPasswordLen:
		return invalid("Password", "must be at least %d characters", MinPasswordLen)
	case n > MaxPasswordLen:
		return invalid("Password", "must be at most %d characters", MaxPasswordLen)
	}
	lower := strings.ToLower(password)
	if username != "" && (strings.Contains(lower, strings.ToLower(username)) || lower == reverse(strings.ToLower(username))) {
		return invalid("Password", "must not contain the username")
	}
	if isCommonPassword(lower) {
		return invalid("Password", "is one of the most common passwords; choose another")
	}
	return nil
}

// HashPassword returns a PHC-formatted argon2id hash.
func HashPassword(password string) (string, error) {
	salt := make([]byte, argonSaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

var b64 = base64.RawStdEncoding

// VerifyPassword reports whether password matches a hash from HashPassword.
// The comparison is constant-time. A malformed hash never matches.
func VerifyPassword(hash, password string) bool {
	var version, memory, iterations int
	var threads uint8
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &memory, &iterations, &threads); err != nil {
		return false
	}
	if memory <= 0 || memory > 1<<22 || iterations <= 0 || iterations > 64 || threads == 0 {
		return false // refuse parameters that would let a corrupt row exhaust the server
	}
	salt, err1 := b64.DecodeString(parts[4])
	want, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 {
		return false
	}
	got := argon2.IDKey([]byte(password), salt, uint32(iterations), uint32(memory), threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// dummyHash is verified against when a username does not exist, so that an
// unknown user costs as much time as a wrong password.
var dummyHash = func() string {
	h, err := HashPassword("tether-dummy-password-for-timing")
	if err != nil {
		panic(err)
	}
	return h
}()

// GeneratePassword returns a random password that passes CheckPassword.
func GeneratePassword() string {
	b := make([]byte, 18)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// errBadCredentials is the one answer to every failed sign-in, so that an
// error never reveals whether a username exists.
var errBadCredentials = tether.Errorf(tether.EUNAUTHORIZED, "invalid username or password")
