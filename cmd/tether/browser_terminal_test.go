package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/binary"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	cdpinput "github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/internal/browser"
	"github.com/tetherhq/tether/sessionproto"
)

// Issue 6, Session Manager in the browser: testuser01 signs in, finds
// prod-server01 in Session Manager, runs a command in the browser terminal
// (xterm.js over the session WebSocket), terminates the session, and is
// refused dev-server01 with the policy's message. The pages run under the
// console's Content-Security-Policy: any violation is a page error.
func TestBrowserTerminal(t *testing.T) {
	f := newFleet(t)
	b := browser.Start(t)
	ctx := b.NewTab(t, 60*time.Second)
	// The test keeps the pages' WebSockets, to break one (the pages expose
	// nothing of their own).
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `(() => {
		const WS = window.WebSocket;
		window.testSockets = [];
		window.WebSocket = class extends WS {
			constructor(...args) { super(...args); window.testSockets.push(this); }
		};
	})()`}); err != nil {
		t.Fatal(err)
	}

	// Session Manager, after signing in on the way.
	termDo(t, ctx, chromedp.EmulateViewport(1280, 800), chromedp.Navigate(f.ts.url+"/console/instances"))
	termDo(t, ctx,
		termReady("signin"),
		chromedp.SendKeys(chromedp.CSS("#username"), "testuser01"),
		chromedp.SendKeys(chromedp.CSS("#password"), userPassword("testuser01")+"\n"),
		termReady("instances"),
		chromedp.WaitVisible(chromedp.CSS(`#instances tr[data-instance="`+f.prodID+`"]`)),
	)
	rows := termEval[string](t, ctx, `document.getElementById('instances').textContent`)
	for _, want := range []string{"prod-server01", f.prodID, "Online", "project=Production"} {
		if !strings.Contains(rows, want) {
			t.Errorf("Session Manager lacks %q: %q", want, rows)
		}
	}
	// The filter hides what does not match.
	termDo(t, ctx, chromedp.SendKeys(chromedp.CSS("#filter"), "no-such-instance"), chromedp.WaitVisible(chromedp.CSS("#no-instances")))
	termDo(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => { const f = document.getElementById('filter'); f.value = ''; f.dispatchEvent(new Event('input')); })()`))
	browser.Screenshot(t, ctx, "terminal-instances")

	// "Start session" opens the terminal in a new tab; this tab follows
	// its link.
	href := termEval[string](t, ctx, `document.querySelector('a[data-start="`+f.prodID+`"]').getAttribute('href')`)
	if want := "/console/session?target=" + f.prodID; href != want {
		t.Fatalf("Start session links to %q, want %q", href, want)
	}
	if tgt := termEval[string](t, ctx, `document.querySelector('a[data-start="`+f.prodID+`"]').target`); tgt != "_blank" {
		t.Errorf("Start session opens in %q, want a new tab", tgt)
	}
	termDo(t, ctx, chromedp.Navigate(f.ts.url+href), termReady("session"), chromedp.WaitVisible(chromedp.CSS("#terminate")))
	id := termEval[string](t, ctx, `document.getElementById('session-id').textContent`)
	if !strings.HasPrefix(id, "testuser01-") || termEval[string](t, ctx, `document.getElementById('instance-id').textContent`) != f.prodID {
		t.Errorf("header: session %q, instance %q", id, termEval[string](t, ctx, `document.getElementById('instance-id').textContent`))
	}
	termWaitTerminal(t, ctx, "$")
	// Typed as the browser's text input (as a paste or an input method
	// delivers it), then Enter as a key.
	termDo(t, ctx, chromedp.Focus(chromedp.CSS(".xterm-helper-textarea")))
	if _, err := chromedp.Call(ctx, cdpinput.InsertText, cdpinput.InsertTextParams{Text: "echo hello-$((6*7))"}); err != nil {
		t.Fatal(err)
	}
	termEnter(t, ctx)
	termWaitTerminal(t, ctx, "hello-42")
	browser.Screenshot(t, ctx, "terminal-session")

	// The connection breaks: the page resumes the session on a new one.
	termDo(t, ctx, chromedp.Evaluate[chromedp.Void](`window.testSockets.at(-1).close(4000, 'the test breaks the connection')`))
	deadline := time.Now().Add(15 * time.Second)
	for termEval[int](t, ctx, `window.testSockets.length`) < 2 ||
		termEval[string](t, ctx, `document.getElementById('session-state').textContent`) != "Connected" {
		if time.Now().After(deadline) {
			t.Fatalf("not resumed: state %q", termEval[string](t, ctx, `document.getElementById('session-state').textContent`))
		}
		time.Sleep(100 * time.Millisecond)
	}
	termDo(t, ctx, chromedp.Focus(chromedp.CSS(".xterm-helper-textarea")))
	if _, err := chromedp.Call(ctx, cdpinput.InsertText, cdpinput.InsertTextParams{Text: "echo resumed-$((5*5))"}); err != nil {
		t.Fatal(err)
	}
	termEnter(t, ctx)
	termWaitTerminal(t, ctx, "resumed-25")

	termDo(t, ctx,
		chromedp.Click(chromedp.CSS("#terminate")),
		chromedp.WaitVisible(chromedp.CSS(`body[data-ended]`)),
	)
	if state := termEval[string](t, ctx, `document.getElementById('session-state').textContent`); !strings.HasPrefix(state, "Session ended") {
		t.Errorf("after Terminate the state is %q", state)
	}
	browser.Screenshot(t, ctx, "terminal-ended")
	out := f.user1.ok("", "sessions", "--history")
	mustContain(t, out, id)

	// Session history shows it, with the forwarding instructions.
	termDo(t, ctx, chromedp.Navigate(f.ts.url+"/console/history"), termReady("history"),
		chromedp.WaitVisible(chromedp.CSS(`#ended tr[data-session="`+id+`"]`)))
	browser.Screenshot(t, ctx, "terminal-history")
	forwards := termEval[string](t, ctx, `document.getElementById('forwards').textContent`)
	if want := "tether forward " + f.prodID + " --port 5432 --local-port 15432"; !strings.Contains(forwards, want) {
		t.Errorf("forwarding instructions lack %q: %q", want, forwards)
	}

	// A shell that exits ends the session with its status.
	termDo(t, ctx, chromedp.Navigate(f.ts.url+href), termReady("session"), chromedp.WaitVisible(chromedp.CSS("#terminate")))
	termWaitTerminal(t, ctx, "$")
	termDo(t, ctx, chromedp.Focus(chromedp.CSS(".xterm-helper-textarea")))
	if _, err := chromedp.Call(ctx, cdpinput.InsertText, cdpinput.InsertTextParams{Text: "exit 7"}); err != nil {
		t.Fatal(err)
	}
	termEnter(t, ctx)
	termDo(t, ctx, chromedp.WaitVisible(chromedp.CSS(`body[data-ended]`)))
	if state := termEval[string](t, ctx, `document.getElementById('session-state').textContent`); state != "Session ended (exit 7)" {
		t.Errorf("after exit 7 the state is %q", state)
	}

	// dev-server01: the policy refuses, and the page says so.
	termDo(t, ctx, chromedp.Navigate(f.ts.url+"/console/session?target="+f.devID), termReady("session"),
		chromedp.WaitVisible(chromedp.CSS("#alert")))
	alert := termEval[string](t, ctx, `document.getElementById('alert').textContent`)
	for _, want := range []string{"is not authorized to perform: ssm:StartSession", ":managed-instance/" + f.devID} {
		if !strings.Contains(alert, want) {
			t.Errorf("refusal %q lacks %q", alert, want)
		}
	}
	browser.Screenshot(t, ctx, "terminal-refused")
	// The only errors are the API's two expected answers: who is signed in
	// before signing in, and the refused session.
	refused := "network error: Failed to load resource: the server responded with a status of "
	for _, e := range browser.PageErrors(ctx) {
		switch {
		case strings.HasPrefix(e, refused+"401") && strings.HasSuffix(e, "/api/v1/whoami)"):
		case strings.HasPrefix(e, refused+"403") && strings.HasSuffix(e, "/api/v1/sessions)"):
		default:
			t.Errorf("page error: %s", e)
		}
	}
}

// termWaitTerminal waits until the terminal's rows show want.
func termWaitTerminal(t *testing.T, ctx context.Context, want string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := termEval[string](t, ctx, `(document.querySelector('.xterm-rows') || {}).textContent || ''`)
		if strings.Contains(got, want) {
			return
		}
		if time.Now().After(deadline) {
			browser.Screenshot(t, ctx, "terminal-failed")
			t.Fatalf("the terminal does not show %q: %q (state %q, alert %q, page errors %q)", want, got,
				termEval[string](t, ctx, `document.getElementById('session-state').textContent`),
				termEval[string](t, ctx, `document.getElementById('alert').textContent`), browser.PageErrors(ctx))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func termDo(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	step, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(step, actions...); err != nil {
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		alert, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.getElementById('alert') || {}).textContent || ''`))
		t.Fatalf("%v (at %s; alert %q; page errors %q)", err, loc, alert, browser.PageErrors(ctx))
	}
}

func termReady(page string) chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(`body[data-page="` + page + `"][data-ready]`))
}

func termEval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// termEnter presses Enter as a keyboard does: a raw key-down, which xterm.js
// handles, and a key-up. (chromedp's KeyEvent also sends the key's
// character as a separate event, which a browser would not deliver after a
// handled key-down, so the terminal would get two Enters.)
func termEnter(t *testing.T, ctx context.Context) {
	t.Helper()
	for _, typ := range []cdpinput.DispatchKeyEventType{cdpinput.DispatchKeyEventTypeRawKeyDown, cdpinput.DispatchKeyEventTypeKeyUp} {
		if _, err := chromedp.Call(ctx, cdpinput.DispatchKeyEvent, cdpinput.DispatchKeyEventParams{
			Type: typ, Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13,
		}); err != nil {
			t.Fatalf("pressing Enter: %v", err)
		}
	}
}

// The terminal's WebSocket without a browser: output, a broken connection
// resumed from the bytes received (the server first says how much input it
// got), the exit status, and the Origin check.
func TestBrowserTerminalWebSocketResume(t *testing.T) {
	f := newFleet(t)
	var st struct {
		Token string `json:"token"`
	}
	b, err := os.ReadFile(filepath.Join(f.user1.configDir, "config.json"))
	if err != nil || json.Unmarshal(b, &st) != nil || st.Token == "" {
		t.Fatalf("reading testuser01's token: %v", err)
	}
	caPEM, err := os.ReadFile(f.ts.caFile)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}, Timeout: 20 * time.Second}
	auth := http.Header{"Authorization": {"Bearer " + st.Token}}

	body, _ := json.Marshal(api.StartSessionRequest{Target: f.prodID, Kind: "shell"})
	req, _ := http.NewRequest("POST", f.ts.url+api.Prefix+"/sessions", bytes.NewReader(body))
	req.Header = auth.Clone()
	req.Header.Set("Content-Type", "application/json")
	res, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var sess api.StartSessionResponse
	err = json.NewDecoder(res.Body).Decode(&sess)
	res.Body.Close()
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("starting a session: %d %v", res.StatusCode, err)
	}
	wsURL := "wss" + strings.TrimPrefix(f.ts.url, "https") + api.Prefix + "/sessions/" + sess.ID + "/ws?cols=100&rows=30"
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	dial := func(query string, header http.Header) (*websocket.Conn, *http.Response, error) {
		return websocket.Dial(ctx, wsURL+query, &websocket.DialOptions{HTTPClient: hc, HTTPHeader: header})
	}

	// Another site's page may not connect.
	evil := auth.Clone()
	evil.Set("Origin", "https://evil.example")
	if _, res, err := dial("", evil); err == nil || res == nil || res.StatusCode != http.StatusForbidden {
		t.Errorf("a foreign Origin: %v (%v)", res, err)
	}

	// Signed in by cookie (as the console is), the handshake must carry the
	// CSRF cookie's value in the query.
	for _, query := range []string{"", "&csrf=other"} {
		byCookie := http.Header{"Cookie": {api.SessionCookie + "=" + st.Token + "; " + api.CSRFCookie + "=token-1"}}
		if _, res, err := dial(query, byCookie); err == nil || res == nil || res.StatusCode != http.StatusForbidden {
			t.Errorf("by cookie with query %q: %v (%v)", query, res, err)
		}
	}

	var received int
	var output strings.Builder
	send := func(c *websocket.Conn, typ sessionproto.Type, payload string) {
		t.Helper()
		msg := append([]byte{byte(typ), 0, 0, 0, 0}, payload...)
		binary.BigEndian.PutUint32(msg[1:5], uint32(len(payload)))
		if err := c.Write(ctx, websocket.MessageBinary, msg); err != nil {
			t.Fatalf("sending %s: %v", typ, err)
		}
	}
	// readUntil reads messages until the output contains want or an Exit
	// comes, which it returns.
	readUntil := func(c *websocket.Conn, want string) *int32 {
		t.Helper()
		for !strings.Contains(output.String(), want) {
			typ, msg, err := c.Read(ctx)
			if err != nil || typ != websocket.MessageBinary || len(msg) < 5 {
				t.Fatalf("waiting for %q: %v (output %q)", want, err, output.String())
			}
			received += len(msg)
			switch sessionproto.Type(msg[0]) {
			case sessionproto.Output, sessionproto.Stderr:
				output.Write(msg[5:])
			case sessionproto.Exit:
				code, _ := sessionproto.DecodeExit(msg[5:])
				return &code
			case sessionproto.Error:
				t.Fatalf("session error: %s", msg[5:])
			}
		}
		return nil
	}

	c, _, err := dial("", auth)
	if err != nil {
		t.Fatal(err)
	}
	first := "echo first-$((2*3))\n"
	send(c, sessionproto.Input, first)
	readUntil(c, "first-6")
	c.CloseNow() // the network breaks

	c, _, err = dial("&resume=true&received="+strconv.Itoa(received), auth)
	if err != nil {
		t.Fatalf("resuming: %v", err)
	}
	defer c.CloseNow()
	typ, msg, err := c.Read(ctx)
	if err != nil || typ != websocket.MessageBinary || len(msg) < 5 || sessionproto.Type(msg[0]) != sessionproto.Resumed {
		t.Fatalf("the first message after resuming: %v %q", err, msg)
	}
	if n, err := sessionproto.DecodeResumed(msg[5:]); err != nil || n != uint64(len(first)) {
		t.Errorf("Resumed says %d input bytes (%v), want %d", n, err, len(first))
	}
	send(c, sessionproto.Resize, string(sessionproto.EncodeResize(120, 40)))
	send(c, sessionproto.Input, "echo second-$((3*3)) $(tput cols)\nexit 3\n")
	readUntil(c, "second-9 120")
	code := readUntil(c, "\x00never")
	if code == nil || *code != 3 {
		t.Fatalf("exit status %v, want 3", code)
	}
	if _, _, err := c.Read(ctx); websocket.CloseStatus(err) != websocket.StatusNormalClosure {
		t.Errorf("after the exit: %v, want a normal closure", err)
	}
	if strings.Count(output.String(), "first-6") != 1 || strings.Count(output.String(), "second-9 120") != 1 {
		t.Errorf("output after resuming repeats or loses bytes: %q", output.String())
	}
}
