package main

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/tetherhq/tether/internal/browser"
)

// Issue 6 in the browser: the audit trail, finding a session by a command
// typed in it and playing its recording, and the session preferences, read
// and changed by the admin and refused to a user whose permission set
// denies ssm:UpdateServiceSetting. The pages run under the console's
// Content-Security-Policy: any violation is a page error and fails the test.
// The recordings page plays with asciinema-player, whose WebAssembly its CSP
// alone allows ('wasm-unsafe-eval').
func TestBrowserRecordingsAuditPreferences(t *testing.T) {
	f := newFleet(t)
	// The printf colours its output: the player shows it in colour, without
	// the escape sequences.
	out := f.user1.ok("echo marker-$((6*7))\nprintf 'in \\033[1;31mred\\033[0m\\rout\\n'\nexit\n", "connect", "prod-server01")
	mustContain(t, out, "marker-42")
	eventually(t, "the session's commands in the search index", func() bool {
		r := f.admin.run("", "recordings", "search", "echo marker")
		return r.code == 0 && strings.Contains(r.stdout, "testuser01")
	})

	b := browser.Start(t)
	ctx := b.NewTab(t, 90*time.Second)
	defer checkBrowserErrors(t, ctx)

	// Signing in on the audit page's way back.
	browserDo(t, ctx, chromedp.Navigate(f.ts.url+"/console/audit"))
	browserSignIn(t, ctx, "admin", adminPassword, "audit")

	// The audit trail: testuser01's StartSession, and its details.
	browserDo(t, ctx,
		chromedp.SendKeys(chromedp.CSS("#filter-user"), "testuser01"),
		chromedp.SendKeys(chromedp.CSS("#filter-event"), "ssm:StartSession\n"),
		chromedp.WaitVisible(chromedp.CSS(`#events-body tr[data-event="ssm:StartSession"]`)),
	)
	rows := browserEval[string](t, ctx, `[...document.querySelectorAll('#events-body tr')].map((r) => r.innerText).join('\n')`)
	mustContain(t, rows, "ssm:StartSession", "testuser01", "Success")
	if strings.Contains(rows, "admin\t") {
		t.Errorf("the user filter let other users' events through:\n%s", rows)
	}
	browserDo(t, ctx,
		chromedp.Click(chromedp.CSS(`#events-body tr[data-event="ssm:StartSession"] button`)),
		chromedp.WaitVisible(chromedp.CSS("#details-dialog")),
	)
	mustContain(t, browserText(t, ctx, "#details-facts"), "ssm:StartSession", "testuser01")
	if params := browserText(t, ctx, "#details-params"); params == "" {
		t.Errorf("the details show no request parameters")
	}
	browser.Screenshot(t, ctx, "audit-details")
	browserDo(t, ctx, chromedp.Click(chromedp.CSS(`#details-dialog button[value=close]`)))
	browser.Screenshot(t, ctx, "audit")
	browserPhone(t, ctx, "audit")

	// Recordings: find the session by the command and play it.
	browserDo(t, ctx,
		chromedp.Click(chromedp.CSS(`.topnav a[href="/console/recordings"]`)),
		browserReady("recordings"),
		chromedp.SendKeys(chromedp.CSS("#search-text"), "echo marker\n"),
		chromedp.WaitVisible(chromedp.CSS("#results-body button[data-session]")),
	)
	mustContain(t, browserText(t, ctx, "#results-body"), "echo marker-$((6*7))", "testuser01")
	// The page's CSP allows WebAssembly (asciinema-player) and nothing more.
	if csp := browserFetchHeader(t, ctx, "/console/recordings", "Content-Security-Policy"); !strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval';") {
		t.Errorf("the recordings page's CSP: %q", csp)
	}
	errsBefore := len(browser.PageErrors(ctx))
	browserDo(t, ctx,
		chromedp.Click(chromedp.CSS("#results-body button[data-session]")),
		chromedp.WaitVisible(chromedp.CSS(`#player-card[data-player="asciinema"][data-state="ended"]`)),
	)
	// asciinema-player renders the terminal as text in its element; the
	// colours are its, the escape sequences never show.
	screen := playerText(t, ctx)
	mustContain(t, screen, "echo marker-$((6*7))", "marker-42", "outred") // "in red", then "out" over "in "
	if strings.Contains(screen, "\x1b") {
		t.Errorf("the player shows escape sequences: %q", screen)
	}
	// Played again at 4x, paused and skipped to the end.
	browserDo(t, ctx,
		chromedp.SetValue(chromedp.CSS("#player-speed"), "4"),
		chromedp.Click(chromedp.CSS("#player-play")),
		chromedp.Click(chromedp.CSS("#player-end")),
		chromedp.WaitVisible(chromedp.CSS(`#player-card[data-state="ended"]`)),
	)
	mustContain(t, playerText(t, ctx), "marker-42")
	if errs := browser.PageErrors(ctx)[errsBefore:]; len(errs) > 0 {
		t.Errorf("page errors or CSP violations while playing: %q", errs)
	}
	browser.Screenshot(t, ctx, "recordings")
	browserPhone(t, ctx, "recordings")
	// The player's source: the asciicast export, to the admin only.
	session := browserEval[string](t, ctx, `document.getElementById('player-card').dataset.session`)
	cast := browserFetch(t, ctx, "/api/v1/recordings/"+session+"/asciicast")
	mustContain(t, cast, "200 application/x-asciicast\n", `{"version":2,`, "marker-42")

	// Preferences: the admin reads and changes idleSessionTimeout.
	browserDo(t, ctx,
		chromedp.Click(chromedp.CSS(`.topnav a[href="/console/preferences"]`)),
		browserReady("preferences"),
		chromedp.WaitVisible(chromedp.CSS("#pref-idleSessionTimeout")),
	)
	before := browserValue(t, ctx, "#pref-idleSessionTimeout")
	if _, err := strconv.Atoi(before); err != nil {
		t.Fatalf("idleSessionTimeout shows %q", before)
	}
	browserDo(t, ctx,
		browserClear("#pref-idleSessionTimeout"),
		chromedp.SendKeys(chromedp.CSS("#pref-idleSessionTimeout"), "17"),
		chromedp.Click(chromedp.CSS("#save-button")),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	mustContain(t, browserText(t, ctx, "#notice"), "idleSessionTimeout")
	mustContain(t, f.admin.ok("", "admin", "preferences", "get"), "17")
	browserDo(t, ctx, chromedp.Reload(), browserReady("preferences"))
	if got := browserValue(t, ctx, "#pref-idleSessionTimeout"); got != "17" {
		t.Errorf("after saving and reloading, idleSessionTimeout shows %q", got)
	}
	browser.Screenshot(t, ctx, "preferences-admin")
	// Reset, confirmed in the dialog, brings the default back; then 17 again
	// for testuser01 to see.
	browserDo(t, ctx,
		chromedp.Click(chromedp.CSS("#reset-button")),
		chromedp.WaitVisible(chromedp.CSS("#reset-dialog")),
		chromedp.Click(chromedp.CSS(`#reset-dialog button[value=reset]`)),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if got := browserValue(t, ctx, "#pref-idleSessionTimeout"); got != before {
		t.Errorf("after the reset, idleSessionTimeout shows %q, want the default %q", got, before)
	}
	browserDo(t, ctx,
		browserClear("#pref-idleSessionTimeout"),
		chromedp.SendKeys(chromedp.CSS("#pref-idleSessionTimeout"), "17"),
		chromedp.Click(chromedp.CSS("#save-button")),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	browserPhone(t, ctx, "preferences")

	// testuser01 (ProductionPermissionSet) reads them but may not change them.
	browserDo(t, ctx, chromedp.Click(chromedp.CSS("#signout")), browserReady("signin"))
	browserDo(t, ctx, chromedp.Navigate(f.ts.url+"/console/preferences"))
	browserSignIn(t, ctx, "testuser01", userPassword("testuser01"), "preferences")
	browserDo(t, ctx, chromedp.WaitVisible(chromedp.CSS("#pref-idleSessionTimeout")))
	if got := browserValue(t, ctx, "#pref-idleSessionTimeout"); got != "17" {
		t.Errorf("testuser01 sees idleSessionTimeout %q", got)
	}
	browserDo(t, ctx,
		browserClear("#pref-idleSessionTimeout"),
		chromedp.SendKeys(chromedp.CSS("#pref-idleSessionTimeout"), "5"),
		chromedp.Click(chromedp.CSS("#save-button")),
		chromedp.WaitVisible(chromedp.CSS("#alert")),
	)
	mustContain(t, browserText(t, ctx, "#alert"), "testuser01", "is not authorized to perform: ssm:UpdateServiceSetting")
	browser.Screenshot(t, ctx, "preferences-denied")
	mustContain(t, browserFetch(t, ctx, "/api/v1/recordings/"+session+"/asciicast"),
		"403 ", "is not authorized to perform: tether:GetSessionRecording")
	mustContain(t, f.admin.ok("", "admin", "preferences", "get"), "17")
}

// browserSignIn signs in on the sign-in page and waits for the page it
// returns to.
func browserSignIn(t *testing.T, ctx context.Context, user, password, page string) {
	t.Helper()
	browserDo(t, ctx,
		browserReady("signin"),
		browserClear("#username"),
		chromedp.SendKeys(chromedp.CSS("#username"), user),
		browserClear("#password"),
		chromedp.SendKeys(chromedp.CSS("#password"), password+"\n"),
		browserReady(page),
	)
}

func browserDo(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	step, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(step, actions...); err != nil {
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		alert, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.getElementById('alert') || {}).textContent || ''`))
		browser.Screenshot(t, ctx, "failed")
		t.Fatalf("%v (at %s; alert %q; page errors %q)", err, loc, alert, browser.PageErrors(ctx))
	}
}

// browserPhone screenshots the page at an iPhone's size and checks that it
// need not scroll sideways.
func browserPhone(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	browserDo(t, ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(1)))
	browser.Screenshot(t, ctx, name+"-390x844")
	if w := browserEval[int](t, ctx, "document.documentElement.scrollWidth - window.innerWidth"); w > 0 {
		t.Errorf("%s at 390x844: the page is %dpx wider than the viewport", name, w)
	}
	browserDo(t, ctx, chromedp.EmulateViewport(1280, 800))
}

// browserFetch GETs path in the page, as its modules do, and returns
// "STATUS CONTENT-TYPE\nBODY".
func browserFetch(t *testing.T, ctx context.Context, path string) string {
	t.Helper()
	return browserEval[string](t, ctx, `fetch(`+strconv.Quote(path)+`, {headers: {'X-Tether-Client': 'console'}, credentials: 'same-origin'})
		.then(async (r) => r.status + ' ' + r.headers.get('Content-Type') + '\n' + await r.text())`, chromedp.EvalAwaitPromise)
}

// browserReady waits until the named page's module is done setting up.
func browserReady(page string) chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(`body[data-page="` + page + `"][data-ready]`))
}

func browserClear(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](`document.querySelector(` + strconv.Quote(sel) + `).value = ''`)
}

func browserText(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

func browserValue(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("value of %s: %v", sel, err)
	}
	return s
}

func browserEval[T any](t *testing.T, ctx context.Context, expr string, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, opts...))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// playerText is the text asciinema-player shows in its terminal, once it
// shows marker-42 (the player draws after seeking).
func playerText(t *testing.T, ctx context.Context) string {
	t.Helper()
	text := ""
	eventually(t, "marker-42 in asciinema-player's terminal", func() bool {
		text = browserEval[string](t, ctx, `[...document.querySelectorAll('#player-view .ap-term .ap-line')].map((l) => l.textContent).join('\n')`)
		return strings.Contains(text, "marker-42")
	})
	return text
}

// browserFetchHeader fetches path in the tab and returns a response header.
func browserFetchHeader(t *testing.T, ctx context.Context, path, header string) string {
	t.Helper()
	return browserEval[string](t, ctx, `fetch(`+strconv.Quote(path)+`, {credentials: 'same-origin'}).then((r) => r.headers.get(`+strconv.Quote(header)+`) || '')`, chromedp.EvalAwaitPromise)
}

// checkBrowserErrors fails on the tab's errors (exceptions, console.error,
// CSP violations, failed loads) other than the API's expected refusals: who
// is signed in before signing in, the denied save and recording.
func checkBrowserErrors(t *testing.T, ctx context.Context) {
	t.Helper()
	for _, e := range browser.PageErrors(ctx) {
		refused := "network error: Failed to load resource: the server responded with a status of "
		switch {
		case strings.HasPrefix(e, refused+"401") && strings.HasSuffix(e, "/api/v1/whoami)"): // before signing in
			continue
		case strings.HasPrefix(e, refused+"403") && strings.HasSuffix(e, "/api/v1/preferences)"): // the denied save
			continue
		case strings.HasPrefix(e, refused+"403") && strings.HasSuffix(e, "/asciicast)"): // testuser01's fetch
			continue
		}
		t.Errorf("page error: %s", e)
	}
}
