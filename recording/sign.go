package recording

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
)

// Signature algorithms, as named in Manifest.Algorithm.
const (
	AlgEd25519 = "Ed25519"
	AlgECDSA   = "ECDSA-SHA256"
	AlgRSA     = "RSA-PKCS1v15-SHA256"
)

// signContext separates manifest signatures from anything else the
// server's key signs.
const signContext = "tether recording manifest v1\n"

// manifestDigest is what every algorithm signs: SHA-256 over the context
// string and the manifest's stored JSON.
func manifestDigest(payload []byte) []byte {
	h := sha256.New()
	h.Write([]byte(signContext))
	h.Write(payload)
	return h.Sum(nil)
}

// algorithmFor names the algorithm for a public key, or fails for key
// types the format does not support.
func algorithmFor(pub crypto.PublicKey) (string, error) {
	switch pub.(type) {
	case ed25519.PublicKey:
		return AlgEd25519, nil
	case *ecdsa.PublicKey:
		return AlgECDSA, nil
	case *rsa.PublicKey:
		return AlgRSA, nil
	}
	return "", fmt.Errorf("recording: unsupported key type %T (want Ed25519, ECDSA or RSA)", pub)
}

// KeyID is the hex SHA-256 of a public key's PKIX (SubjectPublicKeyInfo)
// encoding: the manifest names the key that signed it.
func KeyID(pub crypto.PublicKey) (string, error) {
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return "", fmt.Errorf("recording: %w", err)
	}
	sum := sha256.Sum256(der)
	return hex.EncodeToString(sum[:]), nil
}

// sign signs a manifest payload. Ed25519 signs the digest as its message
// (pure Ed25519 does its own hashing, and a crypto.Signer for it takes
// crypto.Hash(0)); ECDSA and RSA sign the digest as a SHA-256 hash.
func sign(s crypto.Signer, payload []byte) ([]byte, error) {
	digest := manifestDigest(payload)
	var opts crypto.SignerOpts = crypto.SHA256
	if _, ok := s.Public().(ed25519.PublicKey); ok {
		opts = crypto.Hash(0)
	}
	sig, err := s.Sign(rand.Reader, digest, opts)
	if err != nil {
		return nil, fmt.Errorf("recording: signing the manifest: %w", err)
	}
	return sig, nil
}

// checkSignature verifies a manifest payload's signature with pub.
func checkSignature(pub crypto.PublicKey, alg string, payload, sig []byte) error {
	want, err := algorithmFor(pub)
	if err != nil {
		return err
	}
	if alg != want {
		return fmt.Errorf("manifest is signed with %s but the verification key is %s", alg, want)
	}
	digest := manifestDigest(payload)
	ok := false
	switch pub := pub.(type) {
	case ed25519.PublicKey:
		ok = len(pub) == ed25519.PublicKeySize && ed25519.Verify(pub, digest, sig)
	case *ecdsa.PublicKey:
		ok = ecdsa.VerifyASN1(pub, digest, sig)
	case *rsa.PublicKey:
		ok = rsa.VerifyPKCS1v15(pub, crypto.SHA256, digest, sig) == nil
	}
	if !ok {
		return errors.New("manifest signature does not verify with the given key")
	}
	return nil
}
