// Package mfa holds Tether's second-factor primitives: time-based one-time
// passwords (RFC 6238), QR codes for enrolling them, and WebAuthn security
// keys and passkeys.
//
// The package keeps no state. Every function returns what the caller must
// persist (a TOTP secret and the last accepted time step, a WebAuthn
// credential blob, a ceremony's session state) and takes it back on the next
// call.
package mfa
