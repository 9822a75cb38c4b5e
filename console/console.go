// Package console is Tether's web console: the sign-in conversation, the user
// portal and the account pages (password, MFA devices, CLI device approval,
// invitations). The pages are plain HTML, one stylesheet and small ES modules,
// embedded in the binary, with no build step and no inline script or style, so
// a strict Content-Security-Policy holds. The modules talk only to the JSON API
// under /api/v1; this package serves the files and sets the two cookies that
// the API relies on: the CSRF token the pages echo in a header, and the device
// identifier that lets MFA prompt "only when the sign-in context changes".
//
// Adding a page: write pages/NAME.html (it defines the template "main"), its
// module assets/js/pages/NAME.js, and list it in the pages table below.
package console

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/tetherhq/tether/api"
)

//go:embed pages templates assets
var files embed.FS

// Config configures the console.
type Config struct {
	// Secure sets the Secure attribute on the cookies the console sets. Set
	// it whenever the console is served over HTTPS, which is always in
	// production.
	Secure bool
}

// ContentSecurityPolicy is sent with every response of the console: scripts,
// styles and connections only from the console's own origin, no inline code,
// no framing.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// WASMContentSecurityPolicy is ContentSecurityPolicy with one addition,
// 'wasm-unsafe-eval' in script-src, sent only with the pages that set
// page.wasm (the session recordings). Their player, asciinema-player
// (assets/vendor/asciinema-player), emulates the terminal in WebAssembly, and
// Chromium compiles WebAssembly under a CSP only when script-src allows
// 'wasm-unsafe-eval'. The addition permits compiling WebAssembly, not eval of
// JavaScript or scripts from elsewhere; every other page and every asset keeps
// the strict policy. (The player's build we vendor starts no Web Worker, so
// no asset needs the allowance: a worker script's own response would.)
const WASMContentSecurityPolicy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// AssetsPath is where the static assets live, below a version segment that
// changes whenever any asset does (so they can be cached for a year).
const AssetsPath = api.ConsolePath + "assets/"

// deviceCookieAge is how long the browser keeps the device identifier.
const deviceCookieAge = 365 * 24 * time.Hour

// page is one HTML page of the console.
type page struct {
	name     string // pages/NAME.html, and its module assets/js/pages/NAME.js if any
	title    string
	signedIn bool // shows the navigation and account area of the top bar
	narrow   bool // a single centred card (sign-in, invitation)
	wasm     bool // served with WASMContentSecurityPolicy (WebAssembly allowed)
}

// pages maps the path below api.ConsolePath to its page.
var pages = map[string]page{
	"":         {name: "index", title: "Portal", signedIn: true},
	"signin":   {name: "signin", title: "Sign in", narrow: true},
	"accept":   {name: "accept", title: "Accept invitation", narrow: true},
	"password": {name: "password", title: "Change password", signedIn: true},
	"mfa":      {name: "mfa", title: "MFA devices", signedIn: true},
	"device":   {name: "device", title: "Approve CLI sign-in", signedIn: true, narrow: true},
	// Administration.
	"admin":                 {name: "admin", title: "Administration", signedIn: true},
	"admin/users":           {name: "admin-users", title: "Users", signedIn: true},
	"admin/groups":          {name: "admin-groups", title: "Groups", signedIn: true},
	"admin/permission-sets": {name: "admin-permission-sets", title: "Permission sets", signedIn: true},
	"admin/assignments":     {name: "admin-assignments", title: "Assignments", signedIn: true},
	"admin/mfa":             {name: "admin-mfa", title: "MFA settings", signedIn: true},
	"admin/instances":       {name: "admin-instances", title: "Instances and activations", signedIn: true},

	// Audit trail, session recordings and Session Manager preferences.
	"audit":       {name: "audit", title: "Audit trail", signedIn: true},
	"recordings":  {name: "recordings", title: "Session recordings", signedIn: true, wasm: true},
	"preferences": {name: "preferences", title: "Session preferences", signedIn: true},

	// Session Manager: instances, the browser terminal, session history.
	"instances": {name: "instances", title: "Session Manager", signedIn: true},
	"session":   {name: "session", title: "Session", signedIn: true},
	"history":   {name: "history", title: "Session history", signedIn: true},
}

// notFoundPage answers every path the console does not know.
var notFoundPage = page{name: "notfound", title: "Page not found", narrow: true}

// layoutData is what templates/layout.html and the pages see.
type layoutData struct {
	Page     string // the page's name, as data-page on <body>
	Title    string
	Assets   string // URL prefix of the versioned assets, without a trailing slash
	Script   string // the page's module below Assets, or ""
	SignedIn bool
	Narrow   bool
	Current  string // path of the page, for aria-current in the navigation
}

// asset is one embedded static file, ready to serve.
type asset struct {
	body        []byte
	contentType string
	etag        string
}

// site is everything the handler serves, built once from the embedded files.
type site struct {
	version  string            // hash of all assets
	assets   map[string]asset  // by path below assets/
	pages    map[string][]byte // rendered HTML by path below api.ConsolePath
	wasm     map[string]bool   // the paths below api.ConsolePath of pages with page.wasm
	notFound []byte
}

var contentTypes = map[string]string{
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".json": "application/json",
	".txt":  "text/plain; charset=utf-8",
}

var loadSite = sync.OnceValues(func() (*site, error) { return buildSite(files) })

// buildSite reads the assets, hashes them, and renders every page.
func buildSite(fsys fs.FS) (*site, error) {
	s := &site{assets: map[string]asset{}, pages: map[string][]byte{}, wasm: map[string]bool{}}
	var names []string
	err := fs.WalkDir(fsys, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		ct, ok := contentTypes[path.Ext(p)]
		if !ok {
			return fmt.Errorf("console: no content type for %s", p)
		}
		sum := sha256.Sum256(body)
		name := strings.TrimPrefix(p, "assets/")
		s.assets[name] = asset{body: body, contentType: ct, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
		names = append(names, name)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		fmt.Fprintf(h, "%s\x00%s\x00", n, s.assets[n].etag)
	}
	s.version = hex.EncodeToString(h.Sum(nil)[:6])

	base, err := template.ParseFS(fsys, "templates/*.html")
	if err != nil {
		return nil, err
	}
	render := func(rel string, p page) ([]byte, error) {
		t, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if _, err := t.ParseFS(fsys, "pages/"+p.name+".html"); err != nil {
			return nil, err
		}
		data := layoutData{
			Page: p.name, Title: p.title, Assets: strings.TrimSuffix(AssetsPath, "/") + "/" + s.version,
			SignedIn: p.signedIn, Narrow: p.narrow, Current: api.ConsolePath + rel,
		}
		if script := "js/pages/" + p.name + ".js"; s.assets[script].body != nil {
			data.Script = script
		}
		var buf bytes.Buffer
		if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	for rel, p := range pages {
		if s.pages[rel], err = render(rel, p); err != nil {
			return nil, fmt.Errorf("console: page %s: %w", p.name, err)
		}
		if p.wasm {
			s.wasm[rel] = true
		}
	}
	if s.notFound, err = render("", notFoundPage); err != nil {
		return nil, fmt.Errorf("console: page %s: %w", notFoundPage.name, err)
	}
	return s, nil
}

type handler struct {
	cfg  Config
	site *site
}

// Handler serves the console under api.ConsolePath ("/console/"). The caller
// mounts it at that prefix; it sees the full request path.
func Handler(cfg Config) http.Handler {
	s, err := loadSite()
	if err != nil {
		// The files are embedded, so this is a bug in this package that its
		// tests catch, never a condition of the deployment.
		panic(err)
	}
	return &handler{cfg: cfg, site: s}
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", ContentSecurityPolicy)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "no-referrer")
	hdr.Set("X-Frame-Options", "DENY")

	if r.URL.Path == strings.TrimSuffix(api.ConsolePath, "/") {
		target := api.ConsolePath
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusPermanentRedirect)
		return
	}
	rel, ok := strings.CutPrefix(r.URL.Path, api.ConsolePath)
	if !ok {
		h.servePage(w, r, http.StatusNotFound, h.site.notFound)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if name, ok := strings.CutPrefix(rel, "assets/"); ok {
		h.serveAsset(w, r, name)
		return
	}
	if body, ok := h.site.pages[rel]; ok {
		if h.site.wasm[rel] {
			hdr.Set("Content-Security-Policy", WASMContentSecurityPolicy)
		}
		h.servePage(w, r, http.StatusOK, body)
		return
	}
	h.servePage(w, r, http.StatusNotFound, h.site.notFound)
}

// serveAsset serves assets/NAME given as VERSION/NAME. A request for another
// version (a page from an older or newer replica) gets today's file, but not
// cached, so that a cache never keeps a file under the wrong version.
func (h *handler) serveAsset(w http.ResponseWriter, r *http.Request, versioned string) {
	version, name, _ := strings.Cut(versioned, "/")
	a, ok := h.site.assets[name]
	if !ok {
		h.servePage(w, r, http.StatusNotFound, h.site.notFound)
		return
	}
	hdr := w.Header()
	hdr.Set("Content-Type", a.contentType)
	hdr.Set("ETag", a.etag)
	if version == h.site.version {
		hdr.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		hdr.Set("Cache-Control", "no-cache")
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.body))
}

// servePage writes an HTML page, never cached, after making sure the browser
// holds the CSRF and device cookies.
func (h *handler) servePage(w http.ResponseWriter, r *http.Request, status int, body []byte) {
	hdr := w.Header()
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("Content-Type", "text/html; charset=utf-8")
	if !h.ensureCookies(w, r) {
		// A top-level navigation from another site (a link in an email)
		// does not carry SameSite=Strict cookies, so their absence says
		// nothing: setting new ones would replace the device identifier
		// the browser already holds. Reload from this origin instead; that
		// request carries them.
		body = reloadPage
		status = http.StatusOK
	}
	hdr.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// reloadPage reloads itself: see servePage.
var reloadPage = []byte(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0"><title>Tether</title><link rel="icon" href="data:,"></head>
<body><p>Loading Tether…</p></body></html>
`)

// ensureCookies sets the CSRF and device cookies the request lacks. It
// returns false, setting nothing, when the request is a navigation from
// another site that lacks them.
func (h *handler) ensureCookies(w http.ResponseWriter, r *http.Request) bool {
	needCSRF := !validToken(r, api.CSRFCookie)
	needDevice := !validToken(r, api.DeviceCookie)
	if !needCSRF && !needDevice {
		return true
	}
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		return false
	}
	if needCSRF {
		http.SetCookie(w, &http.Cookie{
			Name: api.CSRFCookie, Value: randomToken(), Path: "/",
			Secure: h.cfg.Secure, SameSite: http.SameSiteStrictMode,
			// Not HttpOnly: the pages read it to send it back in the
			// X-CSRF-Token header (double-submit).
		})
	}
	if needDevice {
		http.SetCookie(w, &http.Cookie{
			Name: api.DeviceCookie, Value: randomToken(), Path: "/",
			MaxAge: int(deviceCookieAge / time.Second), HttpOnly: true,
			Secure: h.cfg.Secure, SameSite: http.SameSiteStrictMode,
		})
	}
	return true
}

// tokenLen is the length of randomToken's result.
var tokenLen = base64.RawURLEncoding.EncodedLen(32)

func randomToken() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand)
	return base64.RawURLEncoding.EncodeToString(b)
}

// validToken reports whether the request carries the cookie with a value
// randomToken could have made.
func validToken(r *http.Request, name string) bool {
	c, err := r.Cookie(name)
	if err != nil || len(c.Value) != tokenLen {
		return false
	}
	_, err = base64.RawURLEncoding.DecodeString(c.Value)
	return err == nil
}
