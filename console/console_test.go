package console

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"path"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether/api"
)

// pagePaths are the console's pages, by the paths people use.
var pagePaths = []string{
	"/console/", "/console/signin", "/console/accept?token=abc", "/console/password",
	"/console/mfa", "/console/device?code=ABCD-EFGH",
}

type result struct {
	*http.Response
	body string
}

func do(t *testing.T, h http.Handler, method, target string, edit func(*http.Request)) result {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	if edit != nil {
		edit(req)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	return result{res, string(body)}
}

func cookieNamed(res *http.Response, name string) *http.Cookie {
	for _, c := range res.Cookies() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// assetURL is the versioned URL of an asset.
func assetURL(t *testing.T, name string) string {
	s, err := loadSite()
	if err != nil {
		t.Fatal(err)
	}
	return AssetsPath + s.version + "/" + name
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	h := Handler(Config{})
	const strict = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
	if ContentSecurityPolicy != strict {
		t.Errorf("ContentSecurityPolicy = %q, want %q", ContentSecurityPolicy, strict)
	}
	targets := append([]string{}, pagePaths...)
	targets = append(targets,
		assetURL(t, "tether.css"), assetURL(t, "js/lib/api.js"), assetURL(t, "favicon.svg"),
		assetURL(t, "vendor/asciinema-player/index.js"), assetURL(t, "vendor/asciinema-player/opts-flwsQGx_.js"),
		assetURL(t, "js/pages/recordings.js"), "/console/recordings/", "/console/recordings?text=x",
		"/console/no-such-page", "/console/assets/0000/js/nothing.js", "/console", "/elsewhere")
	for _, target := range targets {
		for _, method := range []string{http.MethodGet, http.MethodHead, http.MethodPost} {
			res := do(t, h, method, target, nil)
			csp := strict
			if p, _, _ := strings.Cut(target, "?"); p == "/console/recordings" && method != http.MethodPost {
				// Only the recordings page, whose player is WebAssembly,
				// may compile WebAssembly; see WASMContentSecurityPolicy.
				csp = strings.Replace(strict, "script-src 'self';", "script-src 'self' 'wasm-unsafe-eval';", 1)
			}
			want := map[string]string{
				"Content-Security-Policy": csp,
				"X-Content-Type-Options":  "nosniff",
				"Referrer-Policy":         "no-referrer",
				"X-Frame-Options":         "DENY",
			}
			for k, v := range want {
				if got := res.Header.Get(k); got != v {
					t.Errorf("%s %s: %s = %q, want %q", method, target, k, got, v)
				}
			}
		}
	}
}

func TestPagesServeHTMLWithModulesFromAssets(t *testing.T) {
	h := Handler(Config{})
	scriptTag := regexp.MustCompile(`(?is)<script\b([^>]*)>(.*?)</script>`)
	srcAttr := regexp.MustCompile(`\bsrc="([^"]*)"`)
	linkTag := regexp.MustCompile(`(?i)<link\b[^>]*\bhref="([^"]*)"`)
	for _, target := range pagePaths {
		res := do(t, h, http.MethodGet, target, nil)
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d", target, res.StatusCode)
			continue
		}
		if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q", target, ct)
		}
		if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("GET %s: Cache-Control %q, want no-store", target, cc)
		}
		if !strings.HasPrefix(res.body, "<!doctype html>") || !strings.Contains(res.body, "<title>") {
			t.Errorf("GET %s: not an HTML page:\n%s", target, res.body)
		}
		scripts := scriptTag.FindAllStringSubmatch(res.body, -1)
		if len(scripts) != 1 {
			t.Errorf("GET %s: %d scripts, want the page's one module", target, len(scripts))
		}
		var refs []string
		for _, s := range scripts {
			if strings.TrimSpace(s[2]) != "" {
				t.Errorf("GET %s: inline script %q", target, s[2])
			}
			if !strings.Contains(s[1], `type="module"`) {
				t.Errorf("GET %s: script %q is not a module", target, s[0])
			}
			src := srcAttr.FindStringSubmatch(s[1])
			if src == nil {
				t.Errorf("GET %s: script without src: %q", target, s[0])
				continue
			}
			refs = append(refs, src[1])
		}
		for _, l := range linkTag.FindAllStringSubmatch(res.body, -1) {
			refs = append(refs, l[1])
		}
		for _, ref := range refs {
			if !strings.HasPrefix(ref, AssetsPath) {
				t.Errorf("GET %s: references %s outside %s", target, ref, AssetsPath)
				continue
			}
			if a := do(t, h, http.MethodGet, ref, nil); a.StatusCode != http.StatusOK {
				t.Errorf("GET %s: its asset %s answers %d", target, ref, a.StatusCode)
			}
		}
	}
}

func TestHeadHasNoBody(t *testing.T) {
	h := Handler(Config{})
	for _, target := range []string{"/console/signin", assetURL(t, "tether.css")} {
		res := do(t, h, http.MethodHead, target, nil)
		if res.StatusCode != http.StatusOK || res.body != "" || res.Header.Get("Content-Length") == "" {
			t.Errorf("HEAD %s: status %d, body %d bytes, Content-Length %q", target, res.StatusCode, len(res.body), res.Header.Get("Content-Length"))
		}
	}
}

func TestCookies(t *testing.T) {
	for _, secure := range []bool{false, true} {
		h := Handler(Config{Secure: secure})
		res := do(t, h, http.MethodGet, "/console/signin", nil)
		csrf := cookieNamed(res.Response, api.CSRFCookie)
		device := cookieNamed(res.Response, api.DeviceCookie)
		if csrf == nil || device == nil {
			t.Fatalf("secure=%v: cookies %v, want %s and %s", secure, res.Cookies(), api.CSRFCookie, api.DeviceCookie)
		}
		for _, c := range []*http.Cookie{csrf, device} {
			if len(c.Value) != 43 {
				t.Errorf("%s = %q, want 32 random bytes in base64url", c.Name, c.Value)
			}
			if c.SameSite != http.SameSiteStrictMode || c.Path != "/" || c.Secure != secure {
				t.Errorf("secure=%v: %s has SameSite %v, Path %q, Secure %v", secure, c.Name, c.SameSite, c.Path, c.Secure)
			}
		}
		if csrf.HttpOnly {
			t.Errorf("%s is HttpOnly; the pages must read it", csrf.Name)
		}
		if csrf.MaxAge != 0 {
			t.Errorf("%s has Max-Age %d, want a session cookie", csrf.Name, csrf.MaxAge)
		}
		if !device.HttpOnly {
			t.Errorf("%s is not HttpOnly", device.Name)
		}
		if want := int((365 * 24 * time.Hour).Seconds()); device.MaxAge != want {
			t.Errorf("%s Max-Age = %d, want %d", device.Name, device.MaxAge, want)
		}

		// A browser that has them keeps them.
		again := do(t, h, http.MethodGet, "/console/", func(r *http.Request) {
			r.AddCookie(&http.Cookie{Name: api.CSRFCookie, Value: csrf.Value})
			r.AddCookie(&http.Cookie{Name: api.DeviceCookie, Value: device.Value})
		})
		if len(again.Cookies()) != 0 {
			t.Errorf("cookies replaced: %v", again.Cookies())
		}
		// A malformed one is replaced, the other kept.
		bad := do(t, h, http.MethodGet, "/console/", func(r *http.Request) {
			r.AddCookie(&http.Cookie{Name: api.CSRFCookie, Value: "short"})
			r.AddCookie(&http.Cookie{Name: api.DeviceCookie, Value: device.Value})
		})
		if c := cookieNamed(bad.Response, api.CSRFCookie); c == nil || c.Value == csrf.Value {
			t.Errorf("a malformed CSRF cookie was not replaced: %v", bad.Cookies())
		}
		if cookieNamed(bad.Response, api.DeviceCookie) != nil {
			t.Errorf("the device cookie was replaced: %v", bad.Cookies())
		}
	}
	// Each browser gets its own values.
	h := Handler(Config{})
	a := cookieNamed(do(t, h, http.MethodGet, "/console/", nil).Response, api.DeviceCookie)
	b := cookieNamed(do(t, h, http.MethodGet, "/console/", nil).Response, api.DeviceCookie)
	if a.Value == b.Value {
		t.Errorf("two browsers got the same device cookie %q", a.Value)
	}
	// Assets set no cookies.
	if c := do(t, h, http.MethodGet, assetURL(t, "tether.css"), nil).Cookies(); len(c) != 0 {
		t.Errorf("an asset set cookies: %v", c)
	}
}

// A link from another site (an invitation email) arrives without the
// SameSite=Strict cookies the browser may hold: the page reloads itself
// rather than replace them.
func TestCrossSiteNavigationDoesNotReplaceCookies(t *testing.T) {
	h := Handler(Config{Secure: true})
	res := do(t, h, http.MethodGet, "/console/accept?token=abc", func(r *http.Request) {
		r.Header.Set("Sec-Fetch-Site", "cross-site")
		r.Header.Set("Sec-Fetch-Mode", "navigate")
	})
	if res.StatusCode != http.StatusOK || len(res.Cookies()) != 0 {
		t.Errorf("status %d, cookies %v; want 200 and none", res.StatusCode, res.Cookies())
	}
	if !strings.Contains(res.body, `<meta http-equiv="refresh" content="0">`) {
		t.Errorf("no reload in %s", res.body)
	}
	if res.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("reload page is cacheable")
	}
	// The reload is same-origin, and gets the page (and cookies if still missing).
	res = do(t, h, http.MethodGet, "/console/accept?token=abc", func(r *http.Request) {
		r.Header.Set("Sec-Fetch-Site", "same-origin")
	})
	if strings.Contains(res.body, "http-equiv") || len(res.Cookies()) != 2 {
		t.Errorf("same-origin load: cookies %v, body %.200s", res.Cookies(), res.body)
	}
}

func TestNotFound(t *testing.T) {
	h := Handler(Config{})
	for _, target := range []string{
		"/console/no-such-page", "/console/signin/", "/console/index.html", "/console/pages/signin.html",
		"/console/assets/", "/console/assets/tether.css", assetURL(t, "js/nothing.js"), "/console/templates/layout.html",
	} {
		res := do(t, h, http.MethodGet, target, nil)
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", target, res.StatusCode)
		}
		if !strings.Contains(res.body, "Page not found") || res.Header.Get("Content-Type") != "text/html; charset=utf-8" {
			t.Errorf("GET %s: not the 404 page: %.200s", target, res.body)
		}
	}
}

func TestRedirectsAndMethods(t *testing.T) {
	h := Handler(Config{})
	res := do(t, h, http.MethodGet, "/console?x=1", nil)
	if res.StatusCode != http.StatusPermanentRedirect || res.Header.Get("Location") != "/console/?x=1" {
		t.Errorf("GET /console: %d to %q", res.StatusCode, res.Header.Get("Location"))
	}
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
		res := do(t, h, method, "/console/signin", nil)
		if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s /console/signin: %d, Allow %q", method, res.StatusCode, res.Header.Get("Allow"))
		}
	}
}

func TestAssets(t *testing.T) {
	h := Handler(Config{})
	for name, want := range map[string]string{
		"tether.css":             "text/css; charset=utf-8",
		"js/lib/api.js":          "text/javascript; charset=utf-8",
		"js/pages/signin.js":     "text/javascript; charset=utf-8",
		"js/lib/b64url.js":       "text/javascript; charset=utf-8",
		"favicon.svg":            "image/svg+xml",
		"js/lib/webauthn.js":     "text/javascript; charset=utf-8",
		"js/pages/mfa.js":        "text/javascript; charset=utf-8",
		"js/lib/mfa-register.js": "text/javascript; charset=utf-8",
	} {
		res := do(t, h, http.MethodGet, assetURL(t, name), nil)
		if res.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", name, res.StatusCode)
			continue
		}
		if got := res.Header.Get("Content-Type"); got != want {
			t.Errorf("%s: Content-Type %q, want %q", name, got, want)
		}
		if got := res.Header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
			t.Errorf("%s: Cache-Control %q", name, got)
		}
		etag := res.Header.Get("ETag")
		if etag == "" {
			t.Errorf("%s: no ETag", name)
		}
		cached := do(t, h, http.MethodGet, assetURL(t, name), func(r *http.Request) { r.Header.Set("If-None-Match", etag) })
		if cached.StatusCode != http.StatusNotModified {
			t.Errorf("%s: If-None-Match answered %d", name, cached.StatusCode)
		}
		// Another version (an older page) gets the file, but not for keeps.
		other := do(t, h, http.MethodGet, AssetsPath+"0123456789ab/"+name, nil)
		if other.StatusCode != http.StatusOK || other.Header.Get("Cache-Control") != "no-cache" {
			t.Errorf("%s under another version: %d, Cache-Control %q", name, other.StatusCode, other.Header.Get("Cache-Control"))
		}
	}
}

// The Content-Security-Policy forbids inline code; these scans keep the
// files from relying on it, and keep server data out of HTML parsing.
func TestEmbeddedFilesHaveNoInlineCode(t *testing.T) {
	htmlRules := map[string]*regexp.Regexp{
		"inline script":      regexp.MustCompile(`(?is)<script\b[^>]*>\s*[^<\s]`),
		"style element":      regexp.MustCompile(`(?i)<style\b`),
		"style attribute":    regexp.MustCompile(`(?i)\sstyle\s*=`),
		"event handler":      regexp.MustCompile(`(?i)\son[a-z]+\s*=`),
		"javascript: URL":    regexp.MustCompile(`(?i)javascript:`),
		"external reference": regexp.MustCompile(`(?i)(?:src|href)\s*=\s*"(?:https?:)?//`),
	}
	jsRules := map[string]*regexp.Regexp{
		"HTML parsing":      regexp.MustCompile(`\.(?:inner|outer)HTML\b|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser`),
		"code from strings": regexp.MustCompile(`\beval\s*\(|new\s+Function\b|setTimeout\s*\(\s*['"\x60]`),
		"inline style":      regexp.MustCompile(`\.style\b|cssText`),
		"remote URL":        regexp.MustCompile(`https?://`),
	}
	scriptTag := regexp.MustCompile(`(?i)<script\b[^>]*>`)
	formTag := regexp.MustCompile(`(?i)<form\b[^>]*>`)
	check := func(name, text string, rules map[string]*regexp.Regexp) {
		for rule, re := range rules {
			if m := re.FindString(text); m != "" {
				t.Errorf("%s: %s: %q", name, rule, m)
			}
		}
		for _, tag := range scriptTag.FindAllString(text, -1) {
			if !strings.Contains(tag, " src=") {
				t.Errorf("%s: script without src: %q", name, tag)
			}
		}
		// A form the page's module has not taken over yet must not put
		// a password into a URL.
		for _, tag := range formTag.FindAllString(text, -1) {
			if !strings.Contains(tag, ` method="post"`) && !strings.Contains(tag, ` method="dialog"`) {
				t.Errorf("%s: form without method post: %q", name, tag)
			}
		}
	}
	n := 0
	err := fs.WalkDir(files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(files, p)
		if err != nil {
			return err
		}
		n++
		switch path.Ext(p) {
		case ".html":
			check(p, string(b), htmlRules)
		case ".js":
			// Vendored libraries (xterm.js) are not ours to scan; they are
			// served from the console's origin like every asset.
			if !strings.HasPrefix(p, "assets/vendor/") {
				check(p, string(b), jsRules)
			}
		case ".css":
			if strings.Contains(string(b), "@import") || strings.Contains(string(b), "url(http") {
				t.Errorf("%s loads from elsewhere", p)
			}
		}
		return nil
	})
	if err != nil || n < 10 {
		t.Fatalf("walked %d embedded files: %v", n, err)
	}
	// And the pages as served, after templating.
	h := Handler(Config{})
	for _, target := range append(pagePaths, "/console/nope") {
		check(target, do(t, h, http.MethodGet, target, nil).body, htmlRules)
	}
}

// Every module import names a file that exists (relative imports stay under
// the same versioned assets path).
func TestModuleImportsResolve(t *testing.T) {
	importRe := regexp.MustCompile(`(?m)^\s*(?:import\s*|(?:import|export)\b[^;'"]*?\bfrom\s*)['"]([^'"]+)['"]`)
	s, err := loadSite()
	if err != nil {
		t.Fatal(err)
	}
	imports := 0
	for name, a := range s.assets {
		if path.Ext(name) != ".js" {
			continue
		}
		for _, m := range importRe.FindAllStringSubmatch(string(a.body), -1) {
			imports++
			spec := m[1]
			if !strings.HasPrefix(spec, "./") && !strings.HasPrefix(spec, "../") {
				t.Errorf("%s imports %q: only relative imports stay under the versioned path", name, spec)
				continue
			}
			target := path.Join(path.Dir(name), spec)
			if _, ok := s.assets[target]; !ok {
				t.Errorf("%s imports %q: no asset %s", name, spec, target)
			}
		}
	}
	if imports < 20 {
		t.Errorf("found only %d imports: is the pattern still right?", imports)
	}
}

// The asset version is a hash of the assets: it changes when one does.
func TestAssetVersionFollowsContent(t *testing.T) {
	a, err := buildSite(files)
	if err != nil {
		t.Fatal(err)
	}
	b, err := buildSite(files)
	if err != nil {
		t.Fatal(err)
	}
	if a.version != b.version || len(a.version) != 12 {
		t.Fatalf("versions %q and %q", a.version, b.version)
	}
	changed := overlayFS{FS: files, name: "assets/tether.css", body: []byte("body{}")}
	c, err := buildSite(changed)
	if err != nil {
		t.Fatal(err)
	}
	if c.version == a.version {
		t.Errorf("version %q did not change with the stylesheet", c.version)
	}
	if !strings.Contains(string(c.pages["signin"]), AssetsPath+c.version+"/") {
		t.Errorf("the sign-in page does not use version %s", c.version)
	}
}

// overlayFS replaces one file of an fs.FS.
type overlayFS struct {
	fs.FS
	name string
	body []byte
}

func (o overlayFS) ReadFile(name string) ([]byte, error) {
	if name == o.name {
		return o.body, nil
	}
	return fs.ReadFile(o.FS, name)
}
