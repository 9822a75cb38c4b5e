package server

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
	"github.com/tetherhq/tether/pki"
	"github.com/tetherhq/tether/store/sqlite"
)

// clock is a settable time source shared by the server and the test.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// auditLog keeps every audit event for assertions.
type auditLog struct {
	mu     sync.Mutex
	events []AuditEvent
}

func (a *auditLog) Record(_ context.Context, ev AuditEvent) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.events = append(a.events, ev)
}

func (a *auditLog) last() AuditEvent {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.events[len(a.events)-1]
}

type fixture struct {
	url   string
	ca    []byte
	http  *http.Client
	clock *clock
	audit *auditLog
}

const password = "pw-for-the-boss-1"

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "tether.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	clk := &clock{now: time.Now()}
	_, ca, err := Init(ctx, st, InitOptions{DataDir: dir, AdminUser: "admin", AdminPassword: password, Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	audit := &auditLog{}
	srv, err := New(ctx, Config{Store: st, Now: clk.Now, Audit: audit, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(sctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: ca.CertPool()}}}
	return &fixture{url: "https://" + ln.Addr().String(), ca: ca.CertPEM, http: hc, clock: clk, audit: audit}
}

func (f *fixture) client(t *testing.T, token string) *client.Client {
	c, err := client.New(f.url, f.ca, token)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (f *fixture) adminToken(t *testing.T) string {
	c := f.client(t, "")
	out, err := c.Login(context.Background(), api.LoginRequest{UserName: "admin", Password: password})
	if err != nil {
		t.Fatal(err)
	}
	return out.Token
}

// raw sends a request with a literal body and returns status and error body.
func (f *fixture) raw(t *testing.T, method, path, token, body string) (int, api.Error) {
	t.Helper()
	req, _ := http.NewRequest(method, f.url+path, strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := f.http.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var e api.Error
	b, _ := io.ReadAll(resp.Body)
	_ = json.Unmarshal(b, &e)
	return resp.StatusCode, e
}

func TestMalformedRequests(t *testing.T) {
	f := newFixture(t)
	tok := f.adminToken(t)
	cases := []struct {
		name, method, path, body string
		status                   int
		code, msg                string
	}{
		{"malformed JSON", "POST", "/api/v1/groups", `{"GroupName": `, 400, tether.EINVALID, "malformed JSON"},
		{"empty body", "POST", "/api/v1/groups", ``, 400, tether.EINVALID, "empty"},
		{"unknown field", "POST", "/api/v1/groups", `{"GroupName":"a","Colour":"red"}`, 400, tether.EINVALID, `unknown field "Colour"`},
		{"wrong type", "POST", "/api/v1/groups", `{"GroupName":42}`, 400, tether.EINVALID, "GroupName"},
		{"trailing data", "POST", "/api/v1/groups", `{"GroupName":"a"} {}`, 400, tether.EINVALID, "after the JSON object"},
		{"oversized", "POST", "/api/v1/groups", `{"GroupName":"` + strings.Repeat("a", api.MaxBodyBytes) + `"}`, 413, tether.ETOOLARGE, "larger than"},
		{"invalid name", "POST", "/api/v1/groups", `{"GroupName":"a b"}`, 400, tether.EINVALID, "GroupName"},
		{"unknown route", "GET", "/api/v1/nothing", ``, 404, "not_found", "no API endpoint"},
		{"missing user", "GET", "/api/v1/users/nobody", ``, 404, tether.ENOTFOUND, `user "nobody" not found`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, e := f.raw(t, tc.method, tc.path, tok, tc.body)
			if status != tc.status || e.Code != tc.code || !strings.Contains(e.Message, tc.msg) {
				t.Errorf("got %d %+v, want %d %s containing %q", status, e, tc.status, tc.code, tc.msg)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	tok := f.adminToken(t)

	for name, token := range map[string]string{"missing": "", "forged": "tth_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "garbage": "not-a-token"} {
		status, e := f.raw(t, "GET", "/api/v1/whoami", token, "")
		if status != 401 || e.Code != tether.EUNAUTHORIZED {
			t.Errorf("%s token: %d %+v", name, status, e)
		}
	}
	who, err := f.client(t, tok).WhoAmI(ctx)
	if err != nil || who.UserName != "admin" || who.PermissionSet != "AdministratorAccess" {
		t.Fatalf("whoami = %+v, %v", who, err)
	}
	if got := who.ExpiresAt.Sub(f.clock.Now()); got < 59*time.Minute || got > time.Hour {
		t.Errorf("token lives %s, want the permission set's 1h", got)
	}
	f.clock.Add(time.Hour + time.Second)
	_, err = f.client(t, tok).WhoAmI(ctx)
	if tether.ErrorCode(err) != tether.EUNAUTHORIZED || !strings.Contains(err.Error(), "expired") {
		t.Errorf("expired token: %v", err)
	}

	tok = f.adminToken(t)
	c := f.client(t, tok)
	if err := c.Logout(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := c.WhoAmI(ctx); tether.ErrorCode(err) != tether.EUNAUTHORIZED {
		t.Errorf("revoked token: %v", err)
	}
}

func TestAuthorizationAndAudit(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	admin := f.client(t, f.adminToken(t))
	// A reader may describe and list but nothing else; a deny on one group
	// wins over the allow.
	policy := `{"Version":"2012-10-17","Statement":[
	  {"Effect":"Allow","Action":["identitystore:List*","identitystore:Describe*"],"Resource":"*"},
	  {"Effect":"Deny","Action":"identitystore:DescribeGroup","Resource":"arn:aws:identitystore::*:group/Secret*"},
	  {"Effect":"Allow","Action":"identitystore:UpdateUser","Resource":"arn:aws:identitystore::*:user/${aws:username}",
	   "Condition":{"StringEquals":{"aws:RequestTag/team":"blue"}}}]}`
	must(t, ignore(admin.CreatePermissionSet(ctx, api.CreatePermissionSetRequest{Name: "Reader", InlinePolicy: policy})))
	must(t, ignore(admin.CreateUser(ctx, api.CreateUserRequest{UserName: "rita", Email: "rita@example.com"})))
	must(t, admin.SetPassword(ctx, "rita", "reader-pass-77"))
	must(t, admin.CreateAssignment(ctx, api.AssignmentRequest{PrincipalType: tether.PrincipalUser, PrincipalName: "rita", PermissionSetName: "Reader"}))
	must(t, ignore(admin.CreateGroup(ctx, "SecretOps", "")))

	rita := f.client(t, "")
	if _, err := rita.Login(ctx, api.LoginRequest{UserName: "rita", Password: "reader-pass-77"}); err != nil {
		t.Fatal(err)
	}
	if _, err := rita.Groups(ctx, ""); err != nil {
		t.Errorf("list groups: %v", err)
	}
	_, err := rita.Group(ctx, "SecretOps")
	assertDenied(t, err, "identitystore:DescribeGroup", ":group/SecretOps", "explicit deny")
	if ev := f.audit.last(); ev.Action != "identitystore:DescribeGroup" || ev.ErrorCode != tether.EFORBIDDEN || ev.UserName != "rita" {
		t.Errorf("audit event = %+v", ev)
	}
	_, err = rita.CreateGroup(ctx, "Mine", "")
	assertDenied(t, err, "identitystore:CreateGroup", ":group/Mine", "no identity-based policy allows")
	// Tag conditions and policy variables: only her own user, only team=blue.
	if _, err := rita.TagUser(ctx, "rita", api.TagRequest{Tags: map[string]string{"team": "blue"}}); err != nil {
		t.Errorf("tag self blue: %v", err)
	}
	_, err = rita.TagUser(ctx, "rita", api.TagRequest{Tags: map[string]string{"team": "red"}})
	assertDenied(t, err, "identitystore:UpdateUser", ":user/rita", "")
	_, err = rita.TagUser(ctx, "admin", api.TagRequest{Tags: map[string]string{"team": "blue"}})
	assertDenied(t, err, "identitystore:UpdateUser", ":user/admin", "")
	// Creating a user into a group needs the membership permission too.
	_, err = rita.CreateUser(ctx, api.CreateUserRequest{UserName: "x", Email: "x@example.com"})
	assertDenied(t, err, "identitystore:CreateUser", ":user/x", "")

	// A policy change applies from the next request.
	_, err = admin.PutInlinePolicy(ctx, "Reader", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"identitystore:CreateGroup","Resource":"*"}]}`)
	must(t, err)
	if _, err := rita.CreateGroup(ctx, "Mine", ""); err != nil {
		t.Errorf("after policy change: %v", err)
	}
	// Removing the assignment ends her sign-in.
	must(t, admin.DeleteAssignment(ctx, api.AssignmentRequest{PrincipalType: tether.PrincipalUser, PrincipalName: "rita", PermissionSetName: "Reader"}))
	if _, err := rita.WhoAmI(ctx); tether.ErrorCode(err) != tether.EUNAUTHORIZED {
		t.Errorf("after unassignment: %v", err)
	}
	// Disabling a user ends every sign-in.
	adminTok := f.adminToken(t)
	must(t, ignore(admin.SetUserDisabled(ctx, "admin", true)))
	if _, err := f.client(t, adminTok).WhoAmI(ctx); tether.ErrorCode(err) != tether.EUNAUTHORIZED {
		t.Errorf("disabled user: %v", err)
	}
	if n := len(f.audit.events); n < 10 {
		t.Errorf("only %d audit events for more than 10 calls", n)
	}
}

func assertDenied(t *testing.T, err error, action, resource, why string) {
	t.Helper()
	if tether.ErrorCode(err) != tether.EFORBIDDEN {
		t.Fatalf("want access denied for %s, got %v", action, err)
	}
	for _, s := range []string{"not authorized to perform: " + action, resource, why} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("%q lacks %q", err.Error(), s)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func ignore[T any](_ T, err error) error { return err }

func TestOperatorCertificate(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "tether.db"))
	must(t, err)
	defer st.Close()
	_, _, err = Init(ctx, st, InitOptions{DataDir: dir, AdminUser: "admin", AdminPassword: password})
	must(t, err)
	// The operator's own CA and certificate replace Tether's.
	own, _ := pki.NewCA("operator CA", time.Now())
	cert, err := own.IssueServer([]string{"127.0.0.1"}, time.Now())
	must(t, err)
	certFile, keyFile := filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	keyDER, _ := x509.MarshalPKCS8PrivateKey(cert.PrivateKey)
	must(t, os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Certificate[0]}), 0o600))
	must(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), 0o600))
	srv, err := New(ctx, Config{Store: st, TLSCertFile: certFile, TLSKeyFile: keyFile, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	must(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go srv.Serve(sctx, ln)
	c, err := client.New("https://"+ln.Addr().String(), own.CertPEM, "")
	must(t, err)
	if _, err := c.Login(ctx, api.LoginRequest{UserName: "admin", Password: password}); err != nil {
		t.Errorf("login through the operator's certificate: %v", err)
	}
	c, _ = client.New("https://"+ln.Addr().String(), srv.CA().CertPEM, "")
	_, err = c.Login(ctx, api.LoginRequest{UserName: "admin", Password: password})
	if tether.ErrorCode(err) != tether.EUNAVAILABLE || !strings.Contains(err.Error(), "CA") {
		t.Errorf("a client trusting only Tether's CA must refuse the operator's certificate, got %v", err)
	}
	_, err = New(ctx, Config{Store: st, TLSCertFile: certFile, TLSKeyFile: filepath.Join(dir, "missing.pem")})
	if tether.ErrorCode(err) != tether.EINVALID {
		t.Errorf("missing key file: %v", err)
	}
}
