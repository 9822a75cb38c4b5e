package mfa

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/fxamacker/cbor/v2"
	"github.com/go-webauthn/webauthn/protocol"
)

const (
	testRPID   = "localhost"
	testOrigin = "https://localhost:8443"
)

var b64 = base64.RawURLEncoding

// softAuthenticator is a software security key holding one ES256
// credential, enough to drive real registration and login ceremonies.
type softAuthenticator struct {
	key       *ecdsa.PrivateKey
	credID    []byte
	signCount uint32
	origin    string // origin the "browser" reports in clientDataJSON
}

func newSoftAuthenticator(t testing.TB) *softAuthenticator {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id := make([]byte, 32)
	rand.Read(id)
	return &softAuthenticator{key: key, credID: id, origin: testOrigin}
}

func testWebAuthn(t testing.TB) *WebAuthn {
	t.Helper()
	w, err := NewWebAuthn(WebAuthnConfig{RPID: testRPID, RPDisplayName: "Tether", RPOrigins: []string{testOrigin}})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func testUser() WebAuthnUser {
	return WebAuthnUser{ID: []byte("user-0001"), Name: "alice", DisplayName: "Alice"}
}

// optionsOf decodes the {"publicKey":{...}} options of a Begin call.
type optionsOf struct {
	PublicKey struct {
		Challenge string `json:"challenge"`
		RP        struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		} `json:"rp"`
		User struct {
			ID          string `json:"id"`
			Name        string `json:"name"`
			DisplayName string `json:"displayName"`
		} `json:"user"`
		AuthenticatorSelection struct {
			ResidentKey      string `json:"residentKey"`
			UserVerification string `json:"userVerification"`
		} `json:"authenticatorSelection"`
		ExcludeCredentials []struct {
			ID   string `json:"id"`
			Type string `json:"type"`
		} `json:"excludeCredentials"`
		AllowCredentials []struct {
			ID   string `json:"id"`
			Type string `json:"type"`
		} `json:"allowCredentials"`
	} `json:"publicKey"`
}

func decodeOptions(t testing.TB, data []byte) optionsOf {
	t.Helper()
	var o optionsOf
	if err := json.Unmarshal(data, &o); err != nil {
		t.Fatalf("options %s: %v", data, err)
	}
	if o.PublicKey.Challenge == "" {
		t.Fatalf("options have no challenge: %s", data)
	}
	return o
}

func (a *softAuthenticator) clientData(typ, challenge string) []byte {
	cd, _ := json.Marshal(map[string]any{"type": typ, "challenge": challenge, "origin": a.origin, "crossOrigin": false})
	return cd
}

// authData builds authenticator data: rpIdHash, flags, signCount and, when
// attested is set, the attested credential data with the COSE public key.
func (a *softAuthenticator) authData(t testing.TB, attested bool) []byte {
	t.Helper()
	rpHash := sha256.Sum256([]byte(testRPID))
	flags := byte(0x01 | 0x04) // UP | UV
	if attested {
		flags |= 0x40 // AT
	}
	out := append(rpHash[:], flags)
	out = binary.BigEndian.AppendUint32(out, a.signCount)
	if !attested {
		return out
	}
	out = append(out, make([]byte, 16)...) // AAGUID: zero
	out = binary.BigEndian.AppendUint16(out, uint16(len(a.credID)))
	out = append(out, a.credID...)
	pub, err := a.key.PublicKey.ECDH()
	if err != nil {
		t.Fatal(err)
	}
	raw := pub.Bytes() // 0x04 || X || Y
	cose := map[int]any{
		1:  2,          // kty: EC2
		3:  -7,         // alg: ES256
		-1: 1,          // crv: P-256
		-2: raw[1:33],  // x
		-3: raw[33:65], // y
	}
	return append(out, mustCBOR(t, cose)...)
}

func mustCBOR(t testing.TB, v any) []byte {
	t.Helper()
	em, err := cbor.CTAP2EncOptions().EncMode()
	if err != nil {
		t.Fatal(err)
	}
	data, err := em.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// register answers registration options as navigator.credentials.create
// would, serialized as the browser glue must send it.
func (a *softAuthenticator) register(t testing.TB, options []byte) []byte {
	t.Helper()
	o := decodeOptions(t, options)
	authData := a.authData(t, true)
	attObj := mustCBOR(t, map[string]any{
		"fmt":      "none",
		"attStmt":  map[string]any{},
		"authData": authData,
	})
	spki, err := x509.MarshalPKIXPublicKey(&a.key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	resp, _ := json.Marshal(map[string]any{
		"id":    b64.EncodeToString(a.credID),
		"rawId": b64.EncodeToString(a.credID),
		"type":  "public-key",
		"response": map[string]any{
			"clientDataJSON":    b64.EncodeToString(a.clientData("webauthn.create", o.PublicKey.Challenge)),
			"attestationObject": b64.EncodeToString(attObj),
			"transports":        []string{"usb"},
			// Extra members that PublicKeyCredential.toJSON() adds.
			"authenticatorData":  b64.EncodeToString(authData),
			"publicKey":          b64.EncodeToString(spki),
			"publicKeyAlgorithm": -7,
		},
		"clientExtensionResults":  map[string]any{"credProps": map[string]any{"rk": true}},
		"authenticatorAttachment": "cross-platform",
	})
	return resp
}

// login answers login options as navigator.credentials.get would, signing
// authData || SHA-256(clientDataJSON) with ES256.
func (a *softAuthenticator) login(t testing.TB, options []byte, userHandle []byte) []byte {
	t.Helper()
	o := decodeOptions(t, options)
	a.signCount++
	authData := a.authData(t, false)
	clientData := a.clientData("webauthn.get", o.PublicKey.Challenge)
	cdHash := sha256.Sum256(clientData)
	digest := sha256.Sum256(append(append([]byte(nil), authData...), cdHash[:]...))
	sig, err := ecdsa.SignASN1(rand.Reader, a.key, digest[:])
	if err != nil {
		t.Fatal(err)
	}
	resp, _ := json.Marshal(map[string]any{
		"id":    b64.EncodeToString(a.credID),
		"rawId": b64.EncodeToString(a.credID),
		"type":  "public-key",
		"response": map[string]any{
			"clientDataJSON":    b64.EncodeToString(clientData),
			"authenticatorData": b64.EncodeToString(authData),
			"signature":         b64.EncodeToString(sig),
			"userHandle":        b64.EncodeToString(userHandle),
		},
		"clientExtensionResults": map[string]any{},
	})
	return resp
}

// enrol registers a new soft authenticator for u and returns it with u
// holding the stored credential.
func enrol(t testing.TB, w *WebAuthn, u WebAuthnUser) (*softAuthenticator, WebAuthnUser) {
	t.Helper()
	a := newSoftAuthenticator(t)
	options, session, err := w.BeginRegistration(u)
	if err != nil {
		t.Fatal(err)
	}
	cred, id, err := w.FinishRegistration(u, session, a.register(t, options))
	if err != nil {
		t.Fatalf("FinishRegistration: %v", err)
	}
	if id != b64.EncodeToString(a.credID) {
		t.Fatalf("credential ID %q, want %q", id, b64.EncodeToString(a.credID))
	}
	u.Credentials = append(u.Credentials, cred)
	return a, u
}

func TestWebAuthnRegisterAndLogin(t *testing.T) {
	w := testWebAuthn(t)
	u := testUser()

	options, _, err := w.BeginRegistration(u)
	if err != nil {
		t.Fatal(err)
	}
	o := decodeOptions(t, options)
	if o.PublicKey.RP.ID != testRPID || o.PublicKey.RP.Name != "Tether" {
		t.Errorf("rp %+v", o.PublicKey.RP)
	}
	if o.PublicKey.User.ID != b64.EncodeToString(u.ID) || o.PublicKey.User.Name != "alice" || o.PublicKey.User.DisplayName != "Alice" {
		t.Errorf("user %+v", o.PublicKey.User)
	}
	if sel := o.PublicKey.AuthenticatorSelection; sel.ResidentKey != "preferred" || sel.UserVerification != "preferred" {
		t.Errorf("authenticatorSelection %+v, want residentKey and userVerification preferred", sel)
	}

	a, u := enrol(t, w, u)
	var stored map[string]any
	if err := json.Unmarshal(u.Credentials[0], &stored); err != nil {
		t.Fatalf("credential blob is not JSON: %v", err)
	}

	for i := 0; i < 2; i++ {
		options, session, err := w.BeginLogin(u)
		if err != nil {
			t.Fatal(err)
		}
		lo := decodeOptions(t, options)
		if len(lo.PublicKey.AllowCredentials) != 1 || lo.PublicKey.AllowCredentials[0].ID != b64.EncodeToString(a.credID) {
			t.Errorf("allowCredentials %+v", lo.PublicKey.AllowCredentials)
		}
		updated, id, err := w.FinishLogin(u, session, a.login(t, options, u.ID))
		if err != nil {
			t.Fatalf("login %d: %v", i, err)
		}
		if id != b64.EncodeToString(a.credID) {
			t.Errorf("login %d: credential ID %q", i, id)
		}
		u.Credentials[0] = updated
	}
	var rec struct {
		Authenticator struct {
			SignCount uint32 `json:"signCount"`
		} `json:"authenticator"`
	}
	json.Unmarshal(u.Credentials[0], &rec)
	if rec.Authenticator.SignCount != 2 {
		t.Errorf("stored sign count %d, want 2", rec.Authenticator.SignCount)
	}

	// A sign count that does not increase suggests a cloned authenticator.
	options, session, _ := w.BeginLogin(u)
	a.signCount = 1 // login() makes it 2, which was already seen
	_, _, err = w.FinishLogin(u, session, a.login(t, options, u.ID))
	if err == nil || !strings.Contains(err.Error(), "cloned") {
		t.Errorf("non-increasing sign count: %v, want cloned-authenticator error", err)
	}
}

func TestWebAuthnExcludesAndRefusesDuplicate(t *testing.T) {
	w := testWebAuthn(t)
	a, u := enrol(t, w, testUser())
	options, session, err := w.BeginRegistration(u)
	if err != nil {
		t.Fatal(err)
	}
	o := decodeOptions(t, options)
	if len(o.PublicKey.ExcludeCredentials) != 1 || o.PublicKey.ExcludeCredentials[0].ID != b64.EncodeToString(a.credID) {
		t.Errorf("excludeCredentials %+v", o.PublicKey.ExcludeCredentials)
	}
	_, _, err = w.FinishRegistration(u, session, a.register(t, options))
	if err == nil || !strings.Contains(err.Error(), "already registered") {
		t.Errorf("duplicate registration: %v", err)
	}
}

func TestWebAuthnWrongOrigin(t *testing.T) {
	w := testWebAuthn(t)
	u := testUser()
	a := newSoftAuthenticator(t)
	a.origin = "https://evil.example"
	options, session, _ := w.BeginRegistration(u)
	_, _, err := w.FinishRegistration(u, session, a.register(t, options))
	if err == nil {
		t.Fatal("registration from a foreign origin accepted")
	}
	// The error names the protocol error type and its developer details.
	if msg := err.Error(); !strings.Contains(msg, "verification_error") || !strings.Contains(msg, "evil.example") {
		t.Errorf("error %q does not explain the origin mismatch", msg)
	}
	var pe *protocol.Error
	if !errors.As(err, &pe) {
		t.Errorf("error %v does not wrap *protocol.Error", err)
	}

	a, u = enrol(t, w, u)
	a.origin = "https://evil.example"
	options, session, _ = w.BeginLogin(u)
	if _, _, err := w.FinishLogin(u, session, a.login(t, options, u.ID)); err == nil {
		t.Error("login from a foreign origin accepted")
	}
}

func TestWebAuthnWrongChallenge(t *testing.T) {
	w := testWebAuthn(t)
	u := testUser()
	a := newSoftAuthenticator(t)
	options, _, _ := w.BeginRegistration(u)
	_, otherSession, _ := w.BeginRegistration(u)
	if _, _, err := w.FinishRegistration(u, otherSession, a.register(t, options)); err == nil {
		t.Error("registration answering another challenge accepted")
	} else if !strings.Contains(err.Error(), "challenge") {
		t.Errorf("error %q does not mention the challenge", err)
	}

	a, u = enrol(t, w, u)
	options, _, _ = w.BeginLogin(u)
	_, otherSession, _ = w.BeginLogin(u)
	if _, _, err := w.FinishLogin(u, otherSession, a.login(t, options, u.ID)); err == nil {
		t.Error("login answering another challenge accepted")
	}
}

func TestWebAuthnTamperedSignature(t *testing.T) {
	w := testWebAuthn(t)
	a, u := enrol(t, w, testUser())
	options, session, _ := w.BeginLogin(u)
	var resp map[string]any
	json.Unmarshal(a.login(t, options, u.ID), &resp)
	r := resp["response"].(map[string]any)
	sig, _ := b64.DecodeString(r["signature"].(string))
	sig[len(sig)-1] ^= 0x01
	r["signature"] = b64.EncodeToString(sig)
	tampered, _ := json.Marshal(resp)
	if _, _, err := w.FinishLogin(u, session, tampered); err == nil {
		t.Error("tampered signature accepted")
	}

	// Signed by a different key for the same credential ID.
	options, session, _ = w.BeginLogin(u)
	forger := newSoftAuthenticator(t)
	forger.credID = a.credID
	if _, _, err := w.FinishLogin(u, session, forger.login(t, options, u.ID)); err == nil {
		t.Error("signature by another key accepted")
	}
}

func TestWebAuthnSessionMisuse(t *testing.T) {
	w := testWebAuthn(t)
	a, u := enrol(t, w, testUser())
	options, loginSession, _ := w.BeginLogin(u)
	if _, _, err := w.FinishRegistration(u, loginSession, a.register(t, options)); err == nil || !strings.Contains(err.Error(), "session state is for \"login\"") {
		t.Errorf("login session used for registration: %v", err)
	}
	for _, s := range [][]byte{nil, []byte("{"), []byte(`{"ceremony":"login","session":{}}`)} {
		if _, _, err := w.FinishLogin(u, s, a.login(t, options, u.ID)); err == nil || !strings.Contains(err.Error(), "session state") {
			t.Errorf("session %q: %v", s, err)
		}
	}
	// Session state expires with the ceremony timeout.
	var st map[string]any
	json.Unmarshal(loginSession, &st)
	st["session"].(map[string]any)["expires"] = "2001-01-01T00:00:00Z"
	expired, _ := json.Marshal(st)
	if _, _, err := w.FinishLogin(u, expired, a.login(t, options, u.ID)); err == nil || !strings.Contains(err.Error(), "Expired") {
		t.Errorf("expired session: %v", err)
	}
	// The session belongs to the user it was begun for.
	other := u
	other.ID = []byte("user-0002")
	if _, _, err := w.FinishLogin(other, loginSession, a.login(t, options, u.ID)); err == nil {
		t.Error("another user's session accepted")
	}
}

func TestWebAuthnBadInput(t *testing.T) {
	if _, err := NewWebAuthn(WebAuthnConfig{RPDisplayName: "Tether", RPOrigins: []string{testOrigin}}); err == nil || !strings.Contains(err.Error(), "RPID is empty") {
		t.Errorf("empty RPID: %v", err)
	}
	for _, origin := range []string{"localhost:8443", "http://tether.example.com", "https://other.example", "https://localhost/path"} {
		_, err := NewWebAuthn(WebAuthnConfig{RPID: "localhost", RPDisplayName: "Tether", RPOrigins: []string{origin}})
		if err == nil || !strings.Contains(err.Error(), origin) {
			t.Errorf("origin %q: %v", origin, err)
		}
	}
	if _, err := NewWebAuthn(WebAuthnConfig{RPID: "example.com", RPDisplayName: "Tether", RPOrigins: []string{"https://tether.example.com"}}); err != nil {
		t.Errorf("subdomain origin: %v", err)
	}

	w := testWebAuthn(t)
	if _, _, err := w.BeginLogin(testUser()); err == nil || !strings.Contains(err.Error(), "no registered") {
		t.Errorf("login without credentials: %v", err)
	}
	if _, _, err := w.BeginRegistration(WebAuthnUser{Name: "alice"}); err == nil || !strings.Contains(err.Error(), "user ID") {
		t.Errorf("empty user ID: %v", err)
	}
	u := testUser()
	u.Credentials = [][]byte{[]byte("not json")}
	if _, _, err := w.BeginLogin(u); err == nil || !strings.Contains(err.Error(), "stored WebAuthn credential 0") {
		t.Errorf("corrupt stored credential: %v", err)
	}
}

func TestWebAuthnGarbageResponses(t *testing.T) {
	w := testWebAuthn(t)
	a, u := enrol(t, w, testUser())
	_, regSession, _ := w.BeginRegistration(u)
	options, loginSession, _ := w.BeginLogin(u)
	valid := a.login(t, options, u.ID)
	garbage := []string{
		"", "{", "null", "[]", "42", `"x"`, "{}",
		`{"id":"","rawId":"","type":"public-key"}`,
		`{"id":"AA","rawId":"AA","type":"public-key","response":{}}`,
		`{"id":"AA","rawId":"AA","type":"public-key","response":{"clientDataJSON":"e30","attestationObject":"oA","authenticatorData":"AA","signature":"AA"}}`,
		`{"id":"!!","rawId":"AA","type":"public-key"}`,
		string(valid) + "trailing",
		strings.Repeat("[", 100000),
		string(make([]byte, maxResponseSize+1)),
	}
	for _, g := range garbage {
		if _, _, err := w.FinishRegistration(u, regSession, []byte(g)); err == nil {
			t.Errorf("registration accepted %.40q", g)
		}
		if _, _, err := w.FinishLogin(u, loginSession, []byte(g)); err == nil {
			t.Errorf("login accepted %.40q", g)
		} else if strings.Contains(err.Error(), "internal error") {
			t.Errorf("login input %.40q caused a panic: %v", g, err)
		}
	}
}

func TestWebAuthnErrorDetails(t *testing.T) {
	w := testWebAuthn(t)
	u := testUser()
	_, session, _ := w.BeginRegistration(u)
	bad := `{"id":"AA","rawId":"AA","type":"public-key","response":{"clientDataJSON":"e30","attestationObject":"oA"}}`
	_, _, err := w.FinishRegistration(u, session, []byte(bad))
	if err == nil || !strings.Contains(err.Error(), "Authenticator data length too short") || !strings.Contains(err.Error(), "Got 0 bytes") {
		t.Errorf("attestation without authData: %v, want the reason spelled out", err)
	}
}

func FuzzFinishLogin(f *testing.F) {
	w := testWebAuthn(f)
	a, u := enrol(f, w, testUser())
	options, session, err := w.BeginLogin(u)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(a.login(f, options, u.ID))
	f.Add([]byte(`{"id":"AA","rawId":"AA","type":"public-key","response":{"clientDataJSON":"e30","authenticatorData":"AA","signature":"AA"}}`))
	f.Add([]byte("{}"))
	f.Fuzz(func(t *testing.T, response []byte) {
		_, _, err := w.FinishLogin(u, session, response)
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("panic on input %q: %v", response, err)
		}
	})
}
