package browser

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/webauthn"
	"github.com/chromedp/chromedp"
)

const csp = "default-src 'none'; script-src 'self'; connect-src 'self'"

// site serves a few small pages, each a body and a module.
func site(t *testing.T) *httptest.Server {
	t.Helper()
	files := map[string]string{
		"/": `<!doctype html><title>click</title>
<button id="go">Go</button><p id="out">Waiting</p>
<script type="module" src="/click.js"></script>`,
		"/click.js": `document.getElementById('go').addEventListener('click', () => {
  const out = document.getElementById('out');
  out.textContent = 'Clicked';
  out.dataset.state = 'done';
});`,
		"/bad": `<!doctype html><title>bad</title>
<script>document.title = 'inline ran';</script>
<script type="module" src="/bad.js"></script>`,
		"/bad.js": `console.error('something broke');
setTimeout(() => { throw new Error('uncaught boom'); }, 0);`,
		"/webauthn": `<!doctype html><title>webauthn</title><script type="module" src="/webauthn.js"></script>`,
		"/webauthn.js": `window.register = async () => {
  const challenge = () => crypto.getRandomValues(new Uint8Array(32));
  const created = await navigator.credentials.create({publicKey: {
    rp: {id: 'localhost', name: 'Tether test'},
    user: {id: new TextEncoder().encode('user-1'), name: 'testuser01', displayName: 'Test User'},
    challenge: challenge(),
    pubKeyCredParams: [{type: 'public-key', alg: -7}],
    authenticatorSelection: {residentKey: 'required', userVerification: 'required'},
  }});
  const asserted = await navigator.credentials.get({publicKey: {
    rpId: 'localhost', challenge: challenge(), userVerification: 'required',
  }});
  return {
    created: created.id, type: created.type, asserted: asserted.id,
    userHandle: new TextDecoder().decode(asserted.response.userHandle),
    secure: window.isSecureContext,
  };
};`,
	}
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		ct := "text/html; charset=utf-8"
		if strings.HasSuffix(r.URL.Path, ".js") {
			ct = "text/javascript; charset=utf-8"
		}
		w.Header().Set("Content-Type", ct)
		w.Header().Set("Content-Security-Policy", csp)
		w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// localhost is the server's URL with the host name localhost, which WebAuthn
// accepts as a relying party on a secure context.
func localhost(srv *httptest.Server) string {
	return strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
}

// waitFor polls cond until it holds or ctx ends.
func waitFor(t *testing.T, ctx context.Context, what string, cond func() bool) {
	t.Helper()
	tick := time.NewTicker(25 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v", what, ctx.Err())
		case <-tick.C:
		}
	}
}

func TestClickScreenshotAndPageErrors(t *testing.T) {
	srv := site(t)
	b := Start(t)
	ctx := b.NewTab(t, 90*time.Second)

	err := chromedp.Do(ctx,
		chromedp.Navigate(localhost(srv)+"/"),
		chromedp.WaitVisible(chromedp.CSS("#go")),
		chromedp.Click(chromedp.CSS("#go")),
		chromedp.WaitVisible(chromedp.CSS(`#out[data-state="done"]`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#out")))
	if err != nil || text != "Clicked" {
		t.Fatalf("text after the click = %q, %v; want Clicked", text, err)
	}
	width, err := chromedp.Run(ctx, chromedp.Evaluate[int]("window.innerWidth"))
	if err != nil || width != 1280 {
		t.Errorf("window.innerWidth = %d, %v; want 1280", width, err)
	}
	if errs := PageErrors(ctx); len(errs) != 0 {
		t.Errorf("page errors on a clean page: %q", errs)
	}

	Screenshot(t, ctx, "clicked")
	file := filepath.Join(ArtifactsDir(), t.Name(), "clicked.png")
	png, err := os.ReadFile(file)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatalf("screenshot %s: %d bytes, %v", file, len(png), err)
	}

	// An inline script (blocked by the CSP), console.error and an uncaught
	// exception all show up.
	if err := chromedp.Do(ctx, chromedp.Navigate(localhost(srv)+"/bad")); err != nil {
		t.Fatal(err)
	}
	want := []string{"Content Security Policy", "something broke", "uncaught boom"}
	waitFor(t, ctx, "the page's errors", func() bool {
		all := strings.Join(PageErrors(ctx), "\n")
		for _, w := range want {
			if !strings.Contains(all, w) {
				return false
			}
		}
		return true
	})
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil || title != "bad" {
		t.Errorf("title %q, %v: the inline script ran", title, err)
	}
	t.Logf("page errors: %q", PageErrors(ctx))
}

func TestVirtualAuthenticator(t *testing.T) {
	srv := site(t)
	b := Start(t)
	ctx := b.NewTab(t, 90*time.Second)

	id, err := VirtualAuthenticator(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(localhost(srv)+"/webauthn")); err != nil {
		t.Fatal(err)
	}
	type outcome struct {
		Created, Type, Asserted, UserHandle string
		Secure                              bool
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[outcome]("window.register()", chromedp.EvalAwaitPromise,
		func(p *runtime.EvaluateParams) { p.UserGesture = new(true) }))
	if err != nil {
		t.Fatalf("navigator.credentials: %v (page errors %q)", err, PageErrors(ctx))
	}
	if !got.Secure || got.Type != "public-key" || got.Created == "" || got.Asserted != got.Created || got.UserHandle != "user-1" {
		t.Errorf("got %+v; want a credential created and then used, for user-1", got)
	}
	creds, err := chromedp.Call(ctx, webauthn.GetCredentials, webauthn.GetCredentialsParams{AuthenticatorID: webauthn.AuthenticatorID(id)})
	if err != nil {
		t.Fatal(err)
	}
	if len(creds.Credentials) != 1 || !creds.Credentials[0].IsResidentCredential || creds.Credentials[0].RpID != "localhost" {
		t.Errorf("authenticator holds %+v; want one resident credential for localhost", creds.Credentials)
	}
	if errs := PageErrors(ctx); len(errs) != 0 {
		t.Errorf("page errors: %q", errs)
	}
}

func TestSafePath(t *testing.T) {
	for in, want := range map[string]string{
		"TestX":            "TestX",
		"TestX/sub_case":   "TestX/sub_case",
		"TestX/a b:c":      "TestX/a_b_c",
		"TestX/../../etc":  "TestX/_/_/etc",
		"phone 390x844.v2": "phone_390x844.v2",
		"TestX//double":    "TestX/_/double",
	} {
		if got := filepath.ToSlash(safePath(in)); got != want {
			t.Errorf("safePath(%q) = %q, want %q", in, got, want)
		}
	}
}
