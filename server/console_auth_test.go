package server

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// consoleRequest sends a console request with the given cookies and, when
// csrf is set, the CSRF header.
func (f *fixture) consoleRequest(t *testing.T, method, path, body string, cookies []*http.Cookie, csrf string) (*http.Response, []byte) {
	t.Helper()
	req, _ := http.NewRequest(method, f.url+path, strings.NewReader(body))
	req.Header.Set(api.ConsoleHeader, api.ConsoleClient)
	req.Header.Set("Content-Type", "application/json")
	if csrf != "" {
		req.Header.Set(api.CSRFHeader, csrf)
	}
	for _, c := range cookies {
		req.AddCookie(c)
	}
	resp, err := f.http.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

func cookieNamed(resp *http.Response, name string) *http.Cookie {
	for _, c := range resp.Cookies() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// TestConsoleSignInCookie checks that a console sign-in puts the token in
// an HttpOnly, Secure, SameSite=Strict cookie and not in the body, that
// cookie-authenticated requests need the CSRF header, and that sign-out
// clears the cookie and revokes the token.
func TestConsoleSignInCookie(t *testing.T) {
	f := newFixture(t)
	csrf := &http.Cookie{Name: api.CSRFCookie, Value: "csrf-token-of-this-browser"}
	login := `{"UserName":"admin","Password":"` + password + `"}`

	resp, body := f.consoleRequest(t, "POST", "/api/v1/login", login, []*http.Cookie{csrf}, "")
	if resp.StatusCode != http.StatusForbidden || !strings.Contains(string(body), "CSRF") {
		t.Fatalf("console sign-in without the CSRF header: %d %s", resp.StatusCode, body)
	}
	resp, body = f.consoleRequest(t, "POST", "/api/v1/login", login, []*http.Cookie{csrf}, "wrong")
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("console sign-in with a wrong CSRF header: %d %s", resp.StatusCode, body)
	}
	resp, body = f.consoleRequest(t, "POST", "/api/v1/login", login, []*http.Cookie{csrf}, csrf.Value)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("console sign-in: %d %s", resp.StatusCode, body)
	}
	var out api.LoginResponse
	if err := json.Unmarshal(body, &out); err != nil || out.Token != "" || out.WhoAmI == nil {
		t.Fatalf("console sign-in body must carry WhoAmI and no token: %s", body)
	}
	session := cookieNamed(resp, api.SessionCookie)
	if session == nil || !session.HttpOnly || !session.Secure || session.SameSite != http.SameSiteStrictMode || session.Path != "/" {
		t.Fatalf("session cookie %+v: want HttpOnly, Secure, SameSite=Strict, Path=/", session)
	}

	cookies := []*http.Cookie{csrf, {Name: api.SessionCookie, Value: session.Value}}
	resp, body = f.consoleRequest(t, "GET", "/api/v1/whoami", "", cookies, "")
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "AdministratorAccess") {
		t.Fatalf("GET with the session cookie: %d %s", resp.StatusCode, body)
	}
	resp, body = f.consoleRequest(t, "POST", "/api/v1/groups", `{"GroupName":"g1"}`, cookies, "")
	if resp.StatusCode != http.StatusForbidden || !strings.Contains(string(body), "CSRF") {
		t.Fatalf("state change by cookie without CSRF header: %d %s", resp.StatusCode, body)
	}
	// A cross-site form post carries the cookie but no console header.
	req, _ := http.NewRequest("POST", f.url+"/api/v1/groups", strings.NewReader(`{"GroupName":"g2"}`))
	req.AddCookie(&http.Cookie{Name: api.SessionCookie, Value: session.Value})
	r2, err := f.http.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r2.Body.Close()
	if r2.StatusCode != http.StatusForbidden {
		t.Fatalf("cookie-authenticated post without CSRF: %d", r2.StatusCode)
	}
	resp, body = f.consoleRequest(t, "POST", "/api/v1/groups", `{"GroupName":"g1"}`, cookies, csrf.Value)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("state change with CSRF header: %d %s", resp.StatusCode, body)
	}

	resp, body = f.consoleRequest(t, "POST", "/api/v1/logout", `{}`, cookies, csrf.Value)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("logout: %d %s", resp.StatusCode, body)
	}
	if c := cookieNamed(resp, api.SessionCookie); c == nil || c.MaxAge >= 0 {
		t.Errorf("logout must clear the session cookie, got %+v", c)
	}
	resp, _ = f.consoleRequest(t, "GET", "/api/v1/whoami", "", cookies, "")
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("revoked cookie still works: %d", resp.StatusCode)
	}
}

// TestConsoleServed checks the console is mounted and / leads to it.
func TestConsoleServed(t *testing.T) {
	f := newFixture(t)
	noFollow := *f.http
	noFollow.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := noFollow.Get(f.url + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusFound || resp.Header.Get("Location") != api.ConsolePath {
		t.Fatalf("GET / = %d to %q, want a redirect to the console", resp.StatusCode, resp.Header.Get("Location"))
	}
	resp, err = f.http.Get(f.url + "/console/signin")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Fatalf("sign-in page: %d, CSP %q", resp.StatusCode, resp.Header.Get("Content-Security-Policy"))
	}
}

// TestLockoutAudited checks that a lockout is an audit event of its own and
// that failed sign-ins are audited with their error.
func TestLockoutAudited(t *testing.T) {
	f := newFixture(t)
	tok := f.adminToken(t)
	status, e := f.raw(t, "PUT", "/api/v1/settings/mfa", tok,
		`{"Prompt":"context","Types":["totp"],"NoDevice":"allow","UsersManageDevices":true,"LockoutThreshold":2}`)
	if status != 200 {
		t.Fatalf("put MFA settings: %d %+v", status, e)
	}
	for range 2 {
		status, e = f.raw(t, "POST", "/api/v1/login", "", `{"UserName":"admin","Password":"wrong-password-1"}`)
	}
	if status != 401 || !strings.Contains(e.Message, "locked") {
		t.Fatalf("second wrong password with threshold 2: %d %+v", status, e)
	}
	var locked, failed bool
	f.audit.mu.Lock()
	for _, ev := range f.audit.events {
		locked = locked || (ev.Action == "tether:UserLockedOut" && ev.UserName == "admin")
		failed = failed || (ev.Action == "sso:Login" && ev.ErrorCode == tether.EUNAUTHORIZED)
	}
	f.audit.mu.Unlock()
	if !locked || !failed {
		t.Fatalf("audit trail lacks the lockout (%v) or the failed sign-in (%v)", locked, failed)
	}
}
