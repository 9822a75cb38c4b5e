package console

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// fakeAPI plays the server's side of the console's contract (api/auth.go)
// well enough to drive the pages in a browser: it checks what the console
// sends (client header, CSRF double-submit, body shapes, WebAuthn encodings)
// and answers with the API's types. It is no model of the real rules.
type fakeAPI struct {
	mu       sync.Mutex
	users    map[string]*fakeUser
	tickets  map[string]*fakeTicket
	sessions map[string]*api.WhoAmI
	pending  map[string]pendingDevice // by DeviceId
	approved []api.DeviceApproval
	errs     []string // contract violations, for the test to report
	n        int
}

type fakeUser struct {
	name, password string
	mustChange     bool // step change-password first
	emailCode      bool // no device: a code by email (step email-code)
	permissionSets []string
	devices        []tether.MFADevice
	credentialIDs  []string // WebAuthn credential IDs (base64url)
}

type fakeTicket struct {
	user          *fakeUser
	step          string
	mfa           bool
	permissionSet string
	challenge     string
}

type pendingDevice struct {
	user      *fakeUser
	kind      tether.MFADeviceKind
	name      string
	challenge string
}

const (
	fakeTOTPCode  = "123456"
	fakeEmailCode = "654321"
)

func newFakeAPI() *fakeAPI {
	return &fakeAPI{
		users: map[string]*fakeUser{}, tickets: map[string]*fakeTicket{},
		sessions: map[string]*api.WhoAmI{}, pending: map[string]pendingDevice{},
	}
}

func (f *fakeAPI) addUser(name, password string, sets ...string) *fakeUser {
	f.mu.Lock()
	defer f.mu.Unlock()
	u := &fakeUser{name: name, password: password, permissionSets: sets}
	f.users[name] = u
	return u
}

func (f *fakeAPI) violations() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.errs)
}

func (f *fakeAPI) id(prefix string) string {
	f.n++
	return fmt.Sprintf("%s-%d", prefix, f.n)
}

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func randomB64() string {
	b := make([]byte, 32)
	rand.Read(b)
	return b64(b)
}

type apiErr struct {
	status int
	body   api.Error
}

func fail(status int, code, msg string) *apiErr {
	return &apiErr{status, api.Error{Code: code, Message: msg}}
}

func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var body map[string]json.RawMessage
	if r.Method != http.MethodGet && r.Method != http.MethodDelete || r.ContentLength > 0 {
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			f.errs = append(f.errs, fmt.Sprintf("%s %s: body is not a JSON object: %v", r.Method, r.URL.Path, err))
		}
	}
	res, e := f.serve(w, r, body)
	w.Header().Set("Content-Type", "application/json")
	if e != nil {
		w.WriteHeader(e.status)
		json.NewEncoder(w).Encode(e.body)
		return
	}
	json.NewEncoder(w).Encode(res)
}

func str(body map[string]json.RawMessage, key string) string {
	var s string
	json.Unmarshal(body[key], &s)
	return s
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request, body map[string]json.RawMessage) (any, *apiErr) {
	csrf, _ := r.Cookie(api.CSRFCookie)
	switch {
	case r.Header.Get(api.ConsoleHeader) != api.ConsoleClient:
		f.errs = append(f.errs, r.URL.Path+": no "+api.ConsoleHeader+" header")
	case r.Header.Get("Content-Type") != "application/json":
		f.errs = append(f.errs, r.URL.Path+": Content-Type "+r.Header.Get("Content-Type"))
	case csrf == nil || csrf.Value == "" || r.Header.Get(api.CSRFHeader) != csrf.Value:
		f.errs = append(f.errs, r.URL.Path+": the CSRF header does not match the cookie")
		return nil, fail(http.StatusForbidden, "csrf", "The CSRF token is missing or wrong.")
	}
	if _, err := r.Cookie(api.DeviceCookie); err != nil {
		f.errs = append(f.errs, r.URL.Path+": no device cookie")
	}
	path := strings.TrimPrefix(r.URL.Path, api.Prefix)
	key := r.Method + " " + path

	// Public: sign-in, invitations.
	switch key {
	case "POST /login":
		u := f.users[str(body, "UserName")]
		if u == nil || u.password != str(body, "Password") {
			return nil, fail(http.StatusUnauthorized, "UnauthorizedException", "Incorrect username or password.")
		}
		return f.next(w, &fakeTicket{user: u})
	case "POST /invitations/inspect":
		if str(body, "Token") != "invite-token" {
			return nil, fail(http.StatusNotFound, "NotFound", "This invitation has expired or was already used.")
		}
		return api.Invitation{UserName: "newuser", Email: "newuser@example.com", ExpiresAt: time.Now().Add(72 * time.Hour)}, nil
	case "POST /invitations/accept":
		if len(str(body, "Password")) < 8 {
			return nil, fail(http.StatusBadRequest, "InvalidPassword", "The password must be at least 8 characters long.")
		}
		f.users["newuser"] = &fakeUser{name: "newuser", password: str(body, "Password"), permissionSets: []string{"DevelopmentPermissionSet"}}
		return struct{}{}, nil
	}
	if strings.HasPrefix(path, "/login/") {
		t := f.tickets[str(body, "Ticket")]
		if t == nil {
			return nil, fail(http.StatusUnauthorized, "ExpiredTicket", "Your sign-in has expired. Start over.")
		}
		return f.step(w, t, path, body)
	}

	// Signed in.
	c, _ := r.Cookie(api.SessionCookie)
	var who *api.WhoAmI
	if c != nil {
		who = f.sessions[c.Value]
	}
	if who == nil {
		return nil, fail(http.StatusUnauthorized, "Unauthenticated", "Sign in first.")
	}
	u := f.users[who.UserName]
	switch {
	case key == "GET /whoami":
		return who, nil
	case key == "POST /logout":
		delete(f.sessions, c.Value)
		http.SetCookie(w, &http.Cookie{Name: api.SessionCookie, Value: "", Path: "/", MaxAge: -1})
		return struct{}{}, nil
	case key == "GET /me/permission-sets":
		return api.PermissionSetNames{PermissionSets: u.permissionSets}, nil
	case key == "POST /me/switch":
		ps := str(body, "PermissionSet")
		if !slices.Contains(u.permissionSets, ps) {
			return nil, fail(http.StatusForbidden, "AccessDenied", "You are not assigned "+ps+".")
		}
		next := f.signIn(w, u, ps, who.MFAAuthenticated)
		delete(f.sessions, c.Value)
		return next, nil
	case key == "POST /me/password":
		if str(body, "OldPassword") != u.password {
			return nil, fail(http.StatusBadRequest, "InvalidPassword", "The current password is wrong.")
		}
		u.password = str(body, "NewPassword")
		return struct{}{}, nil
	case key == "GET /me/mfa-devices":
		return api.MFADevices{Devices: append([]tether.MFADevice{}, u.devices...)}, nil
	case key == "POST /me/mfa-devices/totp":
		return f.beginTOTP(u, str(body, "Name")), nil
	case key == "POST /me/mfa-devices/verify":
		d, e := f.finishTOTP(u, str(body, "DeviceId"), str(body, "Code"))
		if e != nil {
			return nil, e
		}
		return api.MFADeviceResponse{Device: d}, nil
	case key == "POST /me/mfa-devices/webauthn/begin":
		return f.beginWebAuthn(u, str(body, "Name")), nil
	case key == "POST /me/mfa-devices/webauthn/finish":
		d, e := f.finishWebAuthn(u, body)
		if e != nil {
			return nil, e
		}
		return api.MFADeviceResponse{Device: d}, nil
	case r.Method == http.MethodDelete && strings.HasPrefix(path, "/me/mfa-devices/"):
		id := strings.TrimPrefix(path, "/me/mfa-devices/")
		u.devices = slices.DeleteFunc(u.devices, func(d tether.MFADevice) bool { return d.ID == id })
		return struct{}{}, nil
	case key == "POST /device/approve":
		var a api.DeviceApproval
		json.Unmarshal(body["UserCode"], &a.UserCode)
		json.Unmarshal(body["Deny"], &a.Deny)
		if a.UserCode != "WDJB-MJHT" {
			return nil, fail(http.StatusNotFound, "NotFound", "No sign-in is waiting for the code "+a.UserCode+".")
		}
		f.approved = append(f.approved, a)
		return struct{}{}, nil
	}
	return nil, fail(http.StatusNotFound, "not_found", "no API endpoint "+key)
}

// next answers a sign-in with its next step, or signs in.
func (f *fakeAPI) next(w http.ResponseWriter, t *fakeTicket) (any, *apiErr) {
	ticket := f.id("ticket")
	f.tickets[ticket] = t
	step := &api.LoginStep{Ticket: ticket, ExpiresAt: time.Now().Add(5 * time.Minute)}
	switch {
	case t.user.mustChange:
		step.Step, step.Message = api.StepChangePassword, "You must set a new password before you continue."
	case !t.mfa && t.user.emailCode && len(t.user.devices) == 0:
		step.Step, step.Email = api.StepEmailCode, "t*****1@example.com"
		step.Message = "We emailed you a one-time code."
	case !t.mfa && len(t.user.devices) == 0:
		step.Step, step.Methods = api.StepRegisterMFA, []string{"totp", "webauthn"}
		step.Message = "Your organization requires an MFA device. Register one to continue."
	case !t.mfa:
		step.Step, step.Methods = api.StepMFA, []string{"totp"}
		if len(t.user.credentialIDs) > 0 {
			step.Methods = append(step.Methods, "webauthn")
		}
		step.Message = "Enter a code from your MFA device."
	case t.permissionSet == "" && len(t.user.permissionSets) > 1:
		step.Step, step.PermissionSets = api.StepChoosePermissionSet, t.user.permissionSets
		step.Message = "You are assigned several permission sets. Choose one."
	default:
		delete(f.tickets, ticket)
		ps := t.permissionSet
		if ps == "" {
			ps = t.user.permissionSets[0]
		}
		return f.signIn(w, t.user, ps, true), nil
	}
	t.step = step.Step
	return api.LoginResponse{Next: step}, nil
}

func (f *fakeAPI) signIn(w http.ResponseWriter, u *fakeUser, ps string, mfa bool) api.LoginResponse {
	token := randomB64()
	name := "TetherReserved_" + ps + "_0a1b2c3d4e5f6a7b/" + u.name
	who := &api.WhoAmI{
		UserName: u.name, UserId: "u-" + u.name, Identity: name,
		Arn:           "arn:aws:sts::123456789012:assumed-role/" + name,
		PermissionSet: ps, AccountId: "123456789012", Region: "us-east-1",
		ExpiresAt: time.Now().Add(time.Hour), MFAAuthenticated: mfa,
	}
	f.sessions[token] = who
	http.SetCookie(w, &http.Cookie{Name: api.SessionCookie, Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
	return api.LoginResponse{WhoAmI: who}
}

func (f *fakeAPI) step(w http.ResponseWriter, t *fakeTicket, path string, body map[string]json.RawMessage) (any, *apiErr) {
	wrongStep := fail(http.StatusBadRequest, "InvalidStep", "This sign-in is not at that step.")
	switch path {
	case "/login/password":
		if t.step != api.StepChangePassword {
			return nil, wrongStep
		}
		if len(str(body, "NewPassword")) < 8 {
			return nil, fail(http.StatusBadRequest, "InvalidPassword", "The password must be at least 8 characters long.")
		}
		t.user.password, t.user.mustChange = str(body, "NewPassword"), false
		return f.next(w, t)
	case "/login/email-code":
		if t.step != api.StepEmailCode {
			return nil, wrongStep
		}
		return api.EmailCodeResponse{Email: "t*****1@example.com"}, nil
	case "/login/code":
		if t.step == api.StepEmailCode && str(body, "Code") == fakeEmailCode {
			t.mfa = true
			return f.next(w, t)
		}
		if t.step != api.StepMFA && t.step != api.StepEmailCode {
			return nil, wrongStep
		}
		if str(body, "Code") != fakeTOTPCode || t.step != api.StepMFA {
			return nil, fail(http.StatusUnauthorized, "InvalidCode", "The MFA code is not valid.")
		}
		t.mfa = true
		return f.next(w, t)
	case "/login/webauthn/begin":
		t.challenge = randomB64()
		var allow []map[string]string
		for _, id := range t.user.credentialIDs {
			allow = append(allow, map[string]string{"type": "public-key", "id": id})
		}
		opts, _ := json.Marshal(map[string]any{"publicKey": map[string]any{
			"challenge": t.challenge, "rpId": "localhost", "timeout": 60000,
			"allowCredentials": allow, "userVerification": "preferred",
		}})
		return api.WebAuthnOptions{Options: opts}, nil
	case "/login/webauthn/finish":
		var cred struct {
			ID, RawID, Type string
			Response        struct{ ClientDataJSON, AuthenticatorData, Signature, UserHandle string }
		}
		if err := json.Unmarshal(body["Credential"], &cred); err != nil {
			return nil, fail(http.StatusBadRequest, "Invalid", "credential: "+err.Error())
		}
		if msg := checkClientData(cred.Response.ClientDataJSON, "webauthn.get", t.challenge); msg != "" {
			f.errs = append(f.errs, "webauthn finish: "+msg)
			return nil, fail(http.StatusBadRequest, "Invalid", msg)
		}
		if !slices.Contains(t.user.credentialIDs, cred.RawID) || cred.ID != cred.RawID || cred.Type != "public-key" ||
			!isB64(cred.Response.AuthenticatorData) || !isB64(cred.Response.Signature) {
			f.errs = append(f.errs, fmt.Sprintf("webauthn finish: bad assertion %+v", cred))
			return nil, fail(http.StatusBadRequest, "Invalid", "The security key's answer is not valid.")
		}
		t.mfa = true
		return f.next(w, t)
	case "/login/permission-set":
		ps := str(body, "PermissionSet")
		if t.step != api.StepChoosePermissionSet || !slices.Contains(t.user.permissionSets, ps) {
			return nil, wrongStep
		}
		t.permissionSet = ps
		return f.next(w, t)
	case "/login/register/totp":
		return f.beginTOTP(t.user, str(body, "Name")), nil
	case "/login/register/totp/finish":
		d, e := f.finishTOTP(t.user, str(body, "DeviceId"), str(body, "Code"))
		if e != nil {
			return nil, e
		}
		t.mfa = true
		login, e := f.next(w, t)
		if e != nil {
			return nil, e
		}
		lr := login.(api.LoginResponse)
		return api.MFADeviceResponse{Device: d, Login: &lr}, nil
	case "/login/register/webauthn/begin":
		return f.beginWebAuthn(t.user, str(body, "Name")), nil
	case "/login/register/webauthn/finish":
		d, e := f.finishWebAuthn(t.user, body)
		if e != nil {
			return nil, e
		}
		t.mfa = true
		login, e := f.next(w, t)
		if e != nil {
			return nil, e
		}
		lr := login.(api.LoginResponse)
		return api.MFADeviceResponse{Device: d, Login: &lr}, nil
	}
	return nil, fail(http.StatusNotFound, "not_found", "no API endpoint "+path)
}

func (f *fakeAPI) beginTOTP(u *fakeUser, name string) api.TOTPRegistration {
	id := f.id("mfa")
	f.pending[id] = pendingDevice{user: u, kind: tether.MFATOTP, name: name}
	return api.TOTPRegistration{
		DeviceId: id, Secret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
		URI:       "otpauth://totp/Tether:" + u.name + "?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Tether",
		QRCodePNG: fakeQR(),
	}
}

func (f *fakeAPI) finishTOTP(u *fakeUser, id, code string) (tether.MFADevice, *apiErr) {
	p, ok := f.pending[id]
	if !ok || p.user != u || p.kind != tether.MFATOTP {
		return tether.MFADevice{}, fail(http.StatusNotFound, "NotFound", "No such device is being registered.")
	}
	if code != fakeTOTPCode {
		return tether.MFADevice{}, fail(http.StatusBadRequest, "InvalidCode", "The authenticator code is not valid.")
	}
	delete(f.pending, id)
	d := tether.MFADevice{ID: id, UserID: "u-" + u.name, Kind: tether.MFATOTP, Name: p.name, Confirmed: true, CreatedAt: time.Now()}
	u.devices = append(u.devices, d)
	return d, nil
}

func (f *fakeAPI) beginWebAuthn(u *fakeUser, name string) api.WebAuthnOptions {
	id := f.id("mfa")
	challenge := randomB64()
	f.pending[id] = pendingDevice{user: u, kind: tether.MFAWebAuthn, name: name, challenge: challenge}
	var exclude []map[string]string
	for _, c := range u.credentialIDs {
		exclude = append(exclude, map[string]string{"type": "public-key", "id": c})
	}
	opts, _ := json.Marshal(map[string]any{"publicKey": map[string]any{
		"rp":                     map[string]string{"id": "localhost", "name": "Tether"},
		"user":                   map[string]string{"id": b64([]byte("u-" + u.name)), "name": u.name, "displayName": u.name},
		"challenge":              challenge,
		"pubKeyCredParams":       []map[string]any{{"type": "public-key", "alg": -7}, {"type": "public-key", "alg": -257}},
		"timeout":                60000,
		"excludeCredentials":     exclude,
		"authenticatorSelection": map[string]string{"residentKey": "preferred", "userVerification": "preferred"},
		"attestation":            "none",
	}})
	return api.WebAuthnOptions{DeviceId: id, Options: opts}
}

func (f *fakeAPI) finishWebAuthn(u *fakeUser, body map[string]json.RawMessage) (tether.MFADevice, *apiErr) {
	id := str(body, "DeviceId")
	p, ok := f.pending[id]
	if !ok || p.user != u || p.kind != tether.MFAWebAuthn {
		return tether.MFADevice{}, fail(http.StatusNotFound, "NotFound", "No such device is being registered.")
	}
	var cred struct {
		ID, RawID, Type string
		Response        struct {
			ClientDataJSON, AttestationObject string
			Transports                        []string
		}
	}
	if err := json.Unmarshal(body["Credential"], &cred); err != nil {
		return tether.MFADevice{}, fail(http.StatusBadRequest, "Invalid", "credential: "+err.Error())
	}
	if msg := checkClientData(cred.Response.ClientDataJSON, "webauthn.create", p.challenge); msg != "" {
		f.errs = append(f.errs, "webauthn register: "+msg)
		return tether.MFADevice{}, fail(http.StatusBadRequest, "Invalid", msg)
	}
	if cred.ID == "" || cred.ID != cred.RawID || !isB64(cred.RawID) || cred.Type != "public-key" || !isB64(cred.Response.AttestationObject) {
		f.errs = append(f.errs, fmt.Sprintf("webauthn register: bad credential %+v", cred))
		return tether.MFADevice{}, fail(http.StatusBadRequest, "Invalid", "The security key's answer is not valid.")
	}
	if str(body, "Name") != p.name {
		f.errs = append(f.errs, fmt.Sprintf("webauthn register: name %q at the end, %q at the start", str(body, "Name"), p.name))
	}
	delete(f.pending, id)
	d := tether.MFADevice{ID: id, UserID: "u-" + u.name, Kind: tether.MFAWebAuthn, Name: p.name, CredentialID: cred.RawID, Confirmed: true, CreatedAt: time.Now()}
	u.devices = append(u.devices, d)
	u.credentialIDs = append(u.credentialIDs, cred.RawID)
	return d, nil
}

func isB64(s string) bool {
	b, err := base64.RawURLEncoding.DecodeString(s)
	return err == nil && len(b) > 0
}

// checkClientData checks the browser's clientDataJSON: its type, that the
// challenge went through base64url both ways intact, and the origin.
func checkClientData(encoded, typ, challenge string) string {
	raw, err := base64.RawURLEncoding.DecodeString(encoded)
	if err != nil {
		return "clientDataJSON is not base64url: " + err.Error()
	}
	var cd struct{ Type, Challenge, Origin string }
	if err := json.Unmarshal(raw, &cd); err != nil {
		return "clientDataJSON: " + err.Error()
	}
	if cd.Type != typ || cd.Challenge != challenge || !strings.HasPrefix(cd.Origin, "https://localhost:") {
		return fmt.Sprintf("clientDataJSON %+v, want type %s and challenge %s", cd, typ, challenge)
	}
	return ""
}

// fakeQR is a PNG data: URL that looks like a QR code.
func fakeQR() string {
	const n, scale = 25, 8
	img := image.NewGray(image.Rect(0, 0, n*scale, n*scale))
	for y := range n * scale {
		for x := range n * scale {
			cx, cy := x/scale, y/scale
			finder := func(ox, oy int) bool {
				dx, dy := cx-ox, cy-oy
				if dx < 0 || dy < 0 || dx > 6 || dy > 6 {
					return false
				}
				return dx == 0 || dy == 0 || dx == 6 || dy == 6 || (dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4)
			}
			dark := finder(0, 0) || finder(n-7, 0) || finder(0, n-7) ||
				(cx > 7 || cy > 7) && (cx < n-8 || cy > 7) && (cx > 7 || cy < n-8) && (cx*7+cy*13+cx*cy)%5 < 2
			img.SetGray(x, y, color.Gray{Y: map[bool]uint8{true: 0, false: 255}[dark]})
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	return "data:image/png;base64," + base64.StdEncoding.EncodeToString(buf.Bytes())
}
