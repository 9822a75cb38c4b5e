package tether

import (
	"crypto/rand"
	"encoding/hex"
)

// RandomHex returns n random hex digits: the tails of instance IDs
// ("mi-" + 17), session IDs and permission set IDs.
func RandomHex(n int) string {
	b := make([]byte, (n+1)/2)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b)[:n]
}

// NewUUID returns a random (version 4) UUID, the shape of identity store and
// activation IDs.
func NewUUID() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b)
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}
