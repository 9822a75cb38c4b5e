package identity_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
)

var userCodeRE = regexp.MustCompile(`^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$`)

const cliIP = "198.51.100.7"

// TestDeviceAuthorization: a CLI polls while a signed-in person approves
// its user code; it then gets a token of that person's identity, once.
func TestDeviceAuthorization(t *testing.T) {
	t.Parallel()
	e := newEnv(t, nil)
	e.addPermissionSet("ReadOnly")
	user := e.addUser("gwen", identity.AdministratorAccess, "ReadOnly")
	_, secret := e.registerTOTP(user, "Phone")

	// Gwen signs in to the console with MFA, as ReadOnly.
	r := req("gwen")
	r.PermissionSet = "ReadOnly"
	out, err := e.signIn(r)
	step := wantStep(t, out, err, identity.StepMFA)
	mfaAt := e.clock.Now()
	out, err = e.svc.SignInCode(e.ctx, step.Ticket, e.code(secret), testIP)
	approver := e.authenticate(wantSignedIn(t, out, err))

	e.clock.Advance(time.Minute)
	da, err := e.svc.StartDeviceAuthorization(e.ctx, cliIP)
	if err != nil {
		t.Fatalf("StartDeviceAuthorization: %v", err)
	}
	if !userCodeRE.MatchString(da.UserCode) {
		t.Errorf("user code %q is not XXXX-XXXX of consonants", da.UserCode)
	}
	if !strings.HasPrefix(da.DeviceCode, identity.TokenPrefix) {
		t.Errorf("device code %q", da.DeviceCode)
	}
	if want := e.clock.Now().Add(10 * time.Minute); !da.ExpiresAt.Equal(want) {
		t.Errorf("device authorization expires at %v, want %v", da.ExpiresAt, want)
	}

	_, err = e.svc.PollDevice(e.ctx, da.DeviceCode)
	wantErr(t, err, identity.DeviceAuthorizationPending)
	_, err = e.svc.PollDevice(e.ctx, da.DeviceCode)
	wantErr(t, err, identity.DeviceSlowDown, "poll every 5s")
	e.clock.Advance(5 * time.Second)
	_, err = e.svc.PollDevice(e.ctx, da.DeviceCode)
	wantErr(t, err, identity.DeviceAuthorizationPending)

	// A code that does not exist is refused.
	wantErr(t, e.svc.ApproveDevice(e.ctx, approver, "BBBB-BBBB", false), tether.EUNAUTHORIZED)

	// Typed in lower case without the dash.
	typed := strings.ToLower(strings.ReplaceAll(da.UserCode, "-", ""))
	if got := identity.NormalizeUserCode(typed); got != da.UserCode {
		t.Fatalf("NormalizeUserCode(%q) = %q, want %q", typed, got, da.UserCode)
	}
	e.clock.Advance(time.Minute)
	if err := e.svc.ApproveDevice(e.ctx, approver, typed, false); err != nil {
		t.Fatalf("ApproveDevice: %v", err)
	}
	// The user code works once.
	wantErr(t, e.svc.ApproveDevice(e.ctx, approver, da.UserCode, false), tether.EUNAUTHORIZED)

	// The next poll (even a fast one) gets the token.
	e.clock.Advance(time.Second)
	in, err := e.svc.PollDevice(e.ctx, da.DeviceCode)
	if err != nil {
		t.Fatalf("PollDevice after approval: %v", err)
	}
	if in.User.Username != "gwen" || in.PermissionSet.Name != "ReadOnly" {
		t.Errorf("device token is for %s/%s, want gwen/ReadOnly", in.User.Username, in.PermissionSet.Name)
	}
	if in.Token.SourceIP != cliIP {
		t.Errorf("device token source IP = %q, want the CLI's %q", in.Token.SourceIP, cliIP)
	}
	if in.Token.Hash == approver.Token.Hash {
		t.Errorf("the device got the approver's own token")
	}
	e.wantMFAAt(&in, mfaAt)
	if p := e.authenticate(&in); p.PermissionSet.Name != "ReadOnly" || p.User.Username != "gwen" {
		t.Errorf("device token authenticates as %s/%s", p.PermissionSet.Name, p.User.Username)
	}

	// Used: the next poll fails.
	e.clock.Advance(5 * time.Second)
	_, err = e.svc.PollDevice(e.ctx, da.DeviceCode)
	wantErr(t, err, identity.DeviceExpired, "used")
}

// TestDeviceAuthorizationDeniedAndExpired covers the other endings.
func TestDeviceAuthorizationDeniedAndExpired(t *testing.T) {
	t.Parallel()
	e := newEnv(t, settings(func(s *tether.MFASettings) { s.Prompt = tether.MFANever }))
	r := req(adminName)
	r.Password = adminPassword
	out, err := e.signIn(r)
	approver := e.authenticate(wantSignedIn(t, out, err))

	// Denied.
	da, err := e.svc.StartDeviceAuthorization(e.ctx, cliIP)
	if err != nil {
		t.Fatalf("StartDeviceAuthorization: %v", err)
	}
	if err := e.svc.ApproveDevice(e.ctx, approver, da.UserCode, true); err != nil {
		t.Fatalf("ApproveDevice(deny): %v", err)
	}
	_, err = e.svc.PollDevice(e.ctx, da.DeviceCode)
	wantErr(t, err, identity.DeviceDenied, "denied")
	e.clock.Advance(5 * time.Second)
	_, err = e.svc.PollDevice(e.ctx, da.DeviceCode)
	wantErr(t, err, identity.DeviceExpired)

	// Expired: neither polling nor approving works after 10 minutes.
	da, err = e.svc.StartDeviceAuthorization(e.ctx, cliIP)
	if err != nil {
		t.Fatalf("StartDeviceAuthorization: %v", err)
	}
	e.clock.Advance(10*time.Minute - time.Second)
	_, err = e.svc.PollDevice(e.ctx, da.DeviceCode)
	wantErr(t, err, identity.DeviceAuthorizationPending)
	e.clock.Advance(time.Second)
	_, err = e.svc.PollDevice(e.ctx, da.DeviceCode)
	wantErr(t, err, identity.DeviceExpired, "expired")
	wantErr(t, e.svc.ApproveDevice(e.ctx, approver, da.UserCode, false), tether.EUNAUTHORIZED, "expired")

	// Unknown device codes, and a user code used as a device code.
	_, err = e.svc.PollDevice(e.ctx, "tth_no-such-device-code")
	wantErr(t, err, identity.DeviceExpired)
	da, err = e.svc.StartDeviceAuthorization(e.ctx, cliIP)
	if err != nil {
		t.Fatalf("StartDeviceAuthorization: %v", err)
	}
	_, err = e.svc.PollDevice(e.ctx, da.UserCode)
	wantErr(t, err, identity.DeviceExpired)
	// The device code cannot be typed as a user code either.
	wantErr(t, e.svc.ApproveDevice(e.ctx, approver, da.DeviceCode, false), tether.EUNAUTHORIZED)
	_, err = e.svc.PollDevice(e.ctx, da.DeviceCode)
	wantErr(t, err, identity.DeviceAuthorizationPending)
}
