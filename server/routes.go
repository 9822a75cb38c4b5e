package server

import (
	"net/http"

	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/console"
)

// routes lists every API endpoint. Each handler only builds an operation;
// Server.handle authenticates, authorizes, audits and runs it.
func (s *Server) routes() http.Handler {
	p := api.Prefix
	table := []route{
		{pattern: "POST " + p + "/login", public: true, build: s.login},
		{pattern: "POST " + p + "/login/code", public: true, build: loginStep(s, "sso:VerifyMfaCode", s.loginCode)},
		{pattern: "POST " + p + "/login/email-code", public: true, build: loginStep(s, "sso:SendEmailCode", s.loginEmailCode)},
		{pattern: "POST " + p + "/login/password", public: true, build: loginStep(s, "sso:ChangePassword", s.loginPassword)},
		{pattern: "POST " + p + "/login/permission-set", public: true, build: loginStep(s, "sso:Login", s.loginPermissionSet)},
		{pattern: "POST " + p + "/login/webauthn/begin", public: true, build: loginStep(s, "sso:VerifyMfaCode", s.loginWebAuthnBegin)},
		{pattern: "POST " + p + "/login/webauthn/finish", public: true, build: loginStep(s, "sso:VerifyMfaCode", s.loginWebAuthnFinish)},
		{pattern: "POST " + p + "/login/register/totp", public: true, build: loginStep(s, "sso:CreateMfaDevice", s.loginRegisterTOTP)},
		{pattern: "POST " + p + "/login/register/totp/finish", public: true, build: loginStep(s, "sso:CreateMfaDevice", s.loginRegisterTOTPFinish)},
		{pattern: "POST " + p + "/login/register/webauthn/begin", public: true, build: loginStep(s, "sso:CreateMfaDevice", s.loginRegisterWebAuthn)},
		{pattern: "POST " + p + "/login/register/webauthn/finish", public: true, build: loginStep(s, "sso:CreateMfaDevice", s.loginRegisterWebAuthnFinish)},
		{pattern: "POST " + p + "/invitations/inspect", public: true, build: loginStep(s, "sso:DescribeInvitation", s.inspectInvitation)},
		{pattern: "POST " + p + "/invitations/accept", public: true, build: loginStep(s, "sso:AcceptInvitation", s.acceptInvitation)},
		{pattern: "POST " + p + "/device/authorize", public: true, build: loginStep(s, "sso:StartDeviceAuthorization", s.startDeviceAuth)},
		{pattern: "POST " + p + "/device/token", public: true, build: loginStep(s, "sso:CreateToken", s.pollDeviceAuth)},
		{pattern: "POST " + p + "/device/approve", build: s.approveDevice},
		{pattern: "POST " + p + "/logout", build: s.logout},
		{pattern: "GET " + p + "/whoami", build: s.whoami},

		{pattern: "POST " + p + "/me/password", build: s.changePassword},
		{pattern: "GET " + p + "/me/permission-sets", build: s.myPermissionSets},
		{pattern: "POST " + p + "/me/switch", build: s.switchPermissionSet},
		{pattern: "GET " + p + "/me/mfa-devices", build: selfDevices(s, "sso:ListMfaDevices", s.myDevices)},
		{pattern: "POST " + p + "/me/mfa-devices/totp", build: selfDevices(s, "sso:CreateMfaDevice", s.myTOTPBegin)},
		{pattern: "POST " + p + "/me/mfa-devices/verify", build: selfDevices(s, "sso:CreateMfaDevice", s.myTOTPVerify)},
		{pattern: "POST " + p + "/me/mfa-devices/webauthn/begin", build: selfDevices(s, "sso:CreateMfaDevice", s.myWebAuthnBegin)},
		{pattern: "POST " + p + "/me/mfa-devices/webauthn/finish", build: selfDevices(s, "sso:CreateMfaDevice", s.myWebAuthnFinish)},
		{pattern: "DELETE " + p + "/me/mfa-devices/{id}", build: selfDevices(s, "sso:DeleteMfaDevice", s.myDeviceRemove)},

		{pattern: "GET " + p + "/audit", build: s.lookupEvents},
		{pattern: "GET " + p + "/recordings/search", build: s.searchCommands},
		{pattern: "GET " + p + "/recordings/{id}", build: s.getRecording},
		{pattern: "GET " + p + "/recordings/{id}/verify", build: s.verifyRecording},
		{pattern: "GET " + p + "/recordings/{id}/asciicast", build: s.getAsciicast},
		{pattern: "GET " + p + "/log-groups", build: s.listLogGroups},
		{pattern: "POST " + p + "/log-groups", build: s.createLogGroup},
		{pattern: "DELETE " + p + "/log-groups/{group}", build: s.deleteLogGroup},
		{pattern: "GET " + p + "/log-groups/{group}/streams", build: s.listLogStreams},
		{pattern: "GET " + p + "/log-groups/{group}/events", build: s.logEvents},
		{pattern: "GET " + p + "/preferences", build: s.getPreferences},
		{pattern: "PUT " + p + "/preferences", build: s.updatePreferences},
		{pattern: "POST " + p + "/preferences/reset", build: s.resetPreferences},

		{pattern: "GET " + p + "/settings/mfa", build: s.getMFASettings},
		{pattern: "PUT " + p + "/settings/mfa", build: s.putMFASettings},

		{pattern: "POST " + p + "/groups", build: s.createGroup},
		{pattern: "GET " + p + "/groups", build: s.listGroups},
		{pattern: "GET " + p + "/groups/{name}", build: s.getGroup},
		{pattern: "DELETE " + p + "/groups/{name}", build: s.deleteGroup},
		{pattern: "GET " + p + "/groups/{name}/members", build: s.listMembers},
		{pattern: "PUT " + p + "/groups/{name}/members/{user}", build: s.addMember},
		{pattern: "DELETE " + p + "/groups/{name}/members/{user}", build: s.removeMember},

		{pattern: "POST " + p + "/users", build: s.createUser},
		{pattern: "GET " + p + "/users", build: s.listUsers},
		{pattern: "GET " + p + "/users/{name}", build: s.getUser},
		{pattern: "DELETE " + p + "/users/{name}", build: s.deleteUser},
		{pattern: "PUT " + p + "/users/{name}/password", build: s.setPassword},
		{pattern: "POST " + p + "/users/{name}/disable", build: s.setUserStatus(true)},
		{pattern: "POST " + p + "/users/{name}/enable", build: s.setUserStatus(false)},
		{pattern: "POST " + p + "/users/{name}/tags", build: s.tagUser},
		{pattern: "POST " + p + "/users/{name}/unlock", build: s.unlockUser},
		{pattern: "POST " + p + "/users/{name}/invite", build: s.inviteUser},
		{pattern: "GET " + p + "/users/{name}/mfa-devices", build: s.userDevices},
		{pattern: "DELETE " + p + "/users/{name}/mfa-devices/{id}", build: s.removeUserDevice},

		{pattern: "POST " + p + "/permission-sets", build: s.createPermissionSet},
		{pattern: "GET " + p + "/permission-sets", build: s.listPermissionSets},
		{pattern: "GET " + p + "/permission-sets/{name}", build: s.getPermissionSet},
		{pattern: "DELETE " + p + "/permission-sets/{name}", build: s.deletePermissionSet},
		{pattern: "PUT " + p + "/permission-sets/{name}/policy", build: s.putInlinePolicy},
		{pattern: "POST " + p + "/permission-sets/{name}/tags", build: s.tagPermissionSet},

		{pattern: "POST " + p + "/policy/simulate", build: s.simulatePolicy},

		{pattern: "POST " + p + "/assignments", build: s.createAssignment},
		{pattern: "GET " + p + "/assignments", build: s.listAssignments},
		{pattern: "DELETE " + p + "/assignments", build: s.deleteAssignment},

		{pattern: "POST " + p + "/activations", build: s.createActivation},
		{pattern: "GET " + p + "/activations", build: s.listActivations},
		{pattern: "DELETE " + p + "/activations/{id}", build: s.deleteActivation},
		{pattern: "POST " + p + "/agent/register", public: true, build: s.register},
		{pattern: "GET " + p + "/agent/connect", public: true, build: s.agentConnect},

		{pattern: "GET " + p + "/instances", build: s.listInstances},
		{pattern: "POST " + p + "/instances/{id}/tags", build: s.tagInstance},
		{pattern: "POST " + p + "/instances/{id}/deregister", build: s.deregisterInstance},
		{pattern: "GET " + p + "/instances/{id}/connection-status", build: s.connectionStatus},

		{pattern: "POST " + p + "/sessions", build: s.startSession},
		{pattern: "GET " + p + "/sessions", build: s.listSessions},
		{pattern: "GET " + p + "/sessions/{id}/stream", build: s.sessionStream},
		{pattern: "GET " + p + "/sessions/{id}/ws", build: s.sessionWebSocket},
		{pattern: "POST " + p + "/sessions/{id}/terminate", build: s.terminateSession},
	}
	mux := http.NewServeMux()
	for _, rt := range table {
		mux.Handle(rt.pattern, s.handle(rt))
	}
	mux.Handle(api.ConsolePath, console.Handler(console.Config{Secure: true}))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, api.ConsolePath, http.StatusFound)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"Status": "ok"})
	})
	mux.HandleFunc(p+"/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, api.Error{Code: "not_found", Message: "no API endpoint " + r.Method + " " + r.URL.Path})
	})
	return s.middleware(mux)
}
