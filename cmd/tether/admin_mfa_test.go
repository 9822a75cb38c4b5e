package main

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// tether admin mfa-settings: get shows the defaults; set changes only the
// flags given; bad values exit 2 naming the flag and change nothing; users
// without the permission are refused with exit 3.
func TestAdminMFASettings(t *testing.T) {
	ts := startServer(t, "")
	admin := newCLI(t)
	admin.login(ts, "admin", adminPassword)

	var set tether.MFASettings
	admin.okJSON(&set, "admin", "mfa-settings", "get")
	if !reflect.DeepEqual(set, tether.DefaultMFASettings()) {
		t.Fatalf("fresh settings = %+v, want the defaults %+v", set, tether.DefaultMFASettings())
	}
	mustContain(t, admin.ok("", "admin", "mfa-settings", "get"), "prompt", "context", "types", "totp,webauthn",
		"no-device", "allow", "users-manage-devices", "true", "lockout-threshold", "10")

	admin.okJSON(&set, "admin", "mfa-settings", "set", "--prompt", "always", "--lockout-threshold", "7")
	want := tether.MFASettings{Prompt: tether.MFAAlways, Types: []tether.MFADeviceKind{tether.MFATOTP, tether.MFAWebAuthn},
		NoDevice: tether.NoDeviceAllow, UsersManageDevices: true, LockoutThreshold: 7}
	if !reflect.DeepEqual(set, want) {
		t.Fatalf("after set --prompt always --lockout-threshold 7: %+v, want %+v", set, want)
	}
	out := admin.ok("", "admin", "mfa-settings", "set", "--types", "webauthn, totp", "--no-device", "email-otp", "--users-manage-devices", "false")
	mustContain(t, out, "Updated the MFA settings", "email-otp", "false")
	want.NoDevice, want.UsersManageDevices = tether.NoDeviceEmailOTP, false
	admin.okJSON(&set, "admin", "mfa-settings", "get")
	if !reflect.DeepEqual(set, want) {
		t.Fatalf("round trip: %+v, want %+v", set, want)
	}

	for _, bad := range []struct {
		args []string
		flag string
	}{
		{[]string{"--prompt", "sometimes"}, "--prompt"},
		{[]string{"--types", "totp,sms"}, "--types"},
		{[]string{"--types", ""}, "--types"},
		{[]string{"--no-device", "shrug"}, "--no-device"},
		{[]string{"--users-manage-devices", "maybe"}, "--users-manage-devices"},
		{[]string{"--lockout-threshold", "0"}, "--lockout-threshold"},
		{[]string{"--lockout-threshold", "101"}, "--lockout-threshold"},
		{[]string{"--lockout-threshold", "many"}, "--lockout-threshold"},
		{[]string{"--prompt", "never", "--types", "sms"}, "--types"},
		{nil, "--prompt"},
	} {
		stderr := admin.fails(exitUsage, "", append([]string{"admin", "mfa-settings", "set"}, bad.args...)...)
		mustContain(t, stderr, bad.flag)
	}
	admin.okJSON(&set, "admin", "mfa-settings", "get")
	if !reflect.DeepEqual(set, want) {
		t.Fatalf("bad input changed the settings to %+v", set)
	}

	// A user whose permission set allows none of it.
	admin.ok("", "admin", "permission-sets", "create", "DevelopmentPermissionSet",
		"--policy-file", "../../examples/policies/DevelopmentPermissionSet.json")
	admin.ok("", "admin", "users", "create", "dora", "--email", "dora@example.com")
	admin.ok(otherPassword+"\n", "admin", "users", "set-password", "dora", "--password-stdin")
	admin.ok("", "admin", "assignments", "create", "--user", "dora", "--permission-set", "DevelopmentPermissionSet")
	admin.ok("", "admin", "mfa-settings", "set", "--prompt", "context", "--no-device", "allow")
	dora := newCLI(t)
	dora.login(ts, "dora", otherPassword)
	mustContain(t, dora.fails(exitDenied, "", "admin", "mfa-settings", "set", "--prompt", "never"),
		"not authorized to perform: sso:GetMfaDeviceManagementForDirectory")
	mustContain(t, dora.fails(exitDenied, "", "admin", "mfa-settings", "get"), "sso:GetMfaDeviceManagementForDirectory")
	mustContain(t, dora.fails(exitDenied, "", "admin", "users", "unlock", "dora"), "identitystore:UpdateUser")
	mustContain(t, dora.fails(exitDenied, "", "admin", "users", "mfa-devices", "admin"), "sso:ListMfaDevicesForUser")
}

// tether mfa register/list/remove for one's own devices, and the
// administrator's view of them.
func TestMFADevices(t *testing.T) {
	ts := startServer(t, "")
	admin := newCLI(t)
	admin.login(ts, "admin", adminPassword)
	admin.ok("", "admin", "permission-sets", "create", "DevelopmentPermissionSet",
		"--policy-file", "../../examples/policies/DevelopmentPermissionSet.json")
	admin.ok("", "admin", "users", "create", "mia", "--email", "mia@example.com")
	admin.ok(otherPassword+"\n", "admin", "users", "set-password", "mia", "--password-stdin")
	admin.ok("", "admin", "assignments", "create", "--user", "mia", "--permission-set", "DevelopmentPermissionSet")
	mia := newCLI(t)
	mia.login(ts, "mia", otherPassword)

	var devices api.MFADevices
	mia.okJSON(&devices, "mfa", "list")
	if len(devices.Devices) != 0 {
		t.Fatalf("a new user has devices %+v", devices.Devices)
	}
	mustContain(t, mia.ok("", "mfa", "list"), "ID", "TYPE", "NAME", "REGISTERED", "LAST USED")

	// Usage errors name what is wrong.
	mustContain(t, mia.fails(exitUsage, "", "mfa", "register", "totp", "--begin", "--finish", "mfa-x", "--code", "123456"), "--begin", "--finish")
	mustContain(t, mia.fails(exitUsage, "", "mfa", "register", "totp", "--code", "123456"), "--finish")
	mustContain(t, mia.fails(exitUsage, "", "mfa", "register", "totp", "--finish", "mfa-x"), "--code")
	mustContain(t, mia.fails(exitUsage, "", "mfa", "register", "totp"), "no terminal", "--begin")
	mustContain(t, mia.fails(exitUsage, "", "mfa", "register", "sms"), "unknown command")
	mustContain(t, mia.fails(exitUsage, "", "mfa", "remove"), "ID")

	// Text mode shows the QR code, the secret and how to finish.
	text := mia.ok("", "mfa", "register", "totp", "--begin", "--name", "Old phone")
	mustContain(t, text, "Scan this QR code", "secret key", "tether mfa register totp --finish mfa-")
	oldID := strings.Fields(text[strings.Index(text, "--finish ")+len("--finish "):])[0]

	var begun struct{ DeviceId, URI, Secret string }
	mia.okJSON(&begun, "mfa", "register", "totp", "--begin", "--name", "New phone")
	mustContain(t, mia.fails(exitFailure, "", "mfa", "register", "totp", "--finish", begun.DeviceId, "--code", wrongTOTP(t, begun.Secret)), "not valid")
	mia.ok("", "mfa", "register", "totp", "--finish", begun.DeviceId, "--code", totpAt(t, begun.Secret, totpStep(time.Now())))
	mustContain(t, mia.fails(exitFailure, "", "mfa", "register", "totp", "--finish", begun.DeviceId, "--code", "123456"), "already registered")

	mia.okJSON(&devices, "mfa", "list")
	if len(devices.Devices) != 1 || devices.Devices[0].ID != begun.DeviceId || devices.Devices[0].Name != "New phone" {
		t.Fatalf("after one finished registration (and one not): %+v", devices.Devices)
	}
	mustContain(t, mia.ok("", "mfa", "list"), begun.DeviceId, "totp", "New phone")
	admin.okJSON(&devices, "admin", "users", "mfa-devices", "mia")
	if len(devices.Devices) != 1 || devices.Devices[0].ID != begun.DeviceId {
		t.Fatalf("the administrator sees %+v", devices.Devices)
	}

	// When administrators keep device management to themselves.
	admin.ok("", "admin", "mfa-settings", "set", "--users-manage-devices", "false")
	mustContain(t, mia.fails(exitDenied, "", "mfa", "list"), "only administrators manage MFA devices")
	mustContain(t, mia.fails(exitDenied, "", "mfa", "remove", begun.DeviceId), "only administrators")
	admin.ok("", "admin", "mfa-settings", "set", "--users-manage-devices", "true")

	mustContain(t, mia.fails(exitFailure, "", "mfa", "remove", "mfa-0000000000000000"), "no MFA device")
	mia.ok("", "mfa", "remove", oldID) // an unfinished registration can be discarded too
	mustContain(t, mia.ok("", "mfa", "remove", begun.DeviceId), "Removed MFA device "+begun.DeviceId)
	mia.okJSON(&devices, "mfa", "list")
	if len(devices.Devices) != 0 {
		t.Fatalf("after remove: %+v", devices.Devices)
	}

	// The administrator removes a device for a user who lost it.
	mia.okJSON(&begun, "mfa", "register", "totp", "--begin")
	mia.ok("", "mfa", "register", "totp", "--finish", begun.DeviceId, "--code", totpAt(t, begun.Secret, totpStep(time.Now())))
	mustContain(t, admin.fails(exitFailure, "", "admin", "users", "remove-mfa-device", "admin", begun.DeviceId), "no MFA device")
	admin.ok("", "admin", "users", "remove-mfa-device", "mia", begun.DeviceId)
	admin.okJSON(&devices, "admin", "users", "mfa-devices", "mia")
	if len(devices.Devices) != 0 {
		t.Fatalf("after the administrator's removal: %+v", devices.Devices)
	}
}

// otherPassword is the password of test users other than the seed's.
const otherPassword = "Plain-Passw0rd-42"
