// Package browser drives Debian's Chromium from Go tests with chromedp, so
// the web console is tested the way a person uses it: pages load under their
// real Content-Security-Policy, buttons are clicked, WebAuthn answers through
// a virtual authenticator, and screenshots are kept for people to look at.
// Tests skip when Chromium is missing, except in CI (CI=true), where they
// fail: a browser test that silently stops running is worse than none.
package browser

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/webauthn"
	"github.com/chromedp/chromedp"
)

// ExecPath is where Debian's chromium package installs the browser.
const ExecPath = "/usr/bin/chromium"

// startTimeout bounds the browser's start; a busy two-core machine can take
// several seconds.
const startTimeout = 60 * time.Second

// Browser is one headless Chromium process for one test.
type Browser struct {
	ctx context.Context // the chromedp context that owns the process
}

// Start launches headless Chromium for a test and closes it when the test
// ends. Without Chromium it skips the test, unless CI=true, where it fails.
func Start(t testing.TB) *Browser {
	t.Helper()
	if _, err := os.Stat(ExecPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("browser tests need Chromium at %s (apt-get install -y chromium): %v", ExecPath, err)
		}
		t.Skipf("no Chromium at %s (apt-get install -y chromium): %v", ExecPath, err)
	}
	output := &lockedBuffer{}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(ExecPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.IgnoreCertErrors,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 800),
		chromedp.CombinedOutput(output),
		// Without these Chromium reaches out to Google's hosts, which
		// this network does not have.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("disable-client-side-phishing-detection", true),
		chromedp.Flag("safebrowsing-disable-auto-update", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter,AutofillServerCommunication"),
		// Keep background tabs as fast as the front one: tests on a busy
		// machine must not wait on throttled timers.
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-hang-monitor", true),
		chromedp.Flag("disable-popup-blocking", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx, chromedp.WithLogf(t.Logf))
	b := &Browser{ctx: ctx}
	t.Cleanup(func() {
		// Close the browser gracefully, then wait for the process, so
		// that t.TempDir can remove its profile.
		done := make(chan struct{})
		go func() {
			defer close(done)
			closeCtx, closeCancel := context.WithTimeout(ctx, 20*time.Second)
			defer closeCancel()
			chromedp.Cancel(closeCtx)
			cancel()
			cancelAlloc()
			if c := chromedp.FromContext(ctx); c != nil && c.Allocator != nil {
				c.Allocator.Wait()
			}
		}()
		select {
		case <-done:
		case <-time.After(40 * time.Second):
			t.Errorf("Chromium did not exit")
		}
		if t.Failed() {
			t.Logf("Chromium's output:\n%s", output.tail(4000))
		}
	})

	// The first run starts the process and binds its life to ctx, so it
	// must not run under a timeout; a watchdog bounds it instead.
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(ctx) }()
	select {
	case err := <-started:
		if err != nil {
			t.Fatalf("start Chromium: %v\n%s", err, output.tail(4000))
		}
	case <-time.After(startTimeout):
		cancel()
		t.Fatalf("Chromium did not start within %v\n%s", startTimeout, output.tail(4000))
	}
	return b
}

// NewTab opens a tab in its own window and returns its context. Every action
// run with the context shares its deadline: the tab's actions must all be
// done within timeout. The tab closes when the test ends. The context
// collects the page's errors for PageErrors.
func (b *Browser) NewTab(t testing.TB, timeout time.Duration) context.Context {
	t.Helper()
	errs := &pageErrors{}
	tab, cancel := chromedp.NewContext(b.ctx, chromedp.WithListener(errs.listen))
	t.Cleanup(cancel)
	// As with the browser, the first run opens the tab for the life of tab.
	opened := make(chan error, 1)
	go func() { opened <- chromedp.Do(tab) }()
	select {
	case err := <-opened:
		if err != nil {
			t.Fatalf("open a tab: %v", err)
		}
	case <-time.After(startTimeout):
		cancel()
		t.Fatalf("Chromium did not open a tab within %v", startTimeout)
	}
	ctx, cancelTimeout := context.WithTimeout(tab, timeout)
	t.Cleanup(cancelTimeout)
	return context.WithValue(ctx, pageErrorsKey{}, errs)
}

// VirtualAuthenticator enables the WebAuthn domain in the tab of ctx and adds
// a CTAP2 platform ("internal") authenticator with resident keys and user
// verification that always succeeds without a touch. It returns its ID.
func VirtualAuthenticator(ctx context.Context) (string, error) {
	if _, err := chromedp.Call(ctx, webauthn.Enable, webauthn.EnableParams{EnableUI: new(false)}); err != nil {
		return "", fmt.Errorf("enable WebAuthn: %w", err)
	}
	res, err := chromedp.Call(ctx, webauthn.AddVirtualAuthenticator, webauthn.AddVirtualAuthenticatorParams{
		Options: &webauthn.VirtualAuthenticatorOptions{
			Protocol:                    webauthn.AuthenticatorProtocolCtap2,
			Ctap2version:                webauthn.Ctap2versionCtap21,
			Transport:                   webauthn.AuthenticatorTransportInternal,
			HasResidentKey:              true,
			HasUserVerification:         true,
			IsUserVerified:              true,
			AutomaticPresenceSimulation: true,
		},
	})
	if err != nil {
		return "", fmt.Errorf("add a virtual authenticator: %w", err)
	}
	return string(res.AuthenticatorID), nil
}

// ArtifactsDir is where screenshots go: $TETHER_ARTIFACTS, or
// tether-artifacts in the temporary directory.
func ArtifactsDir() string {
	if dir := os.Getenv("TETHER_ARTIFACTS"); dir != "" {
		return dir
	}
	return filepath.Join(os.TempDir(), "tether-artifacts")
}

// Screenshot saves a full-page PNG of the tab of ctx as
// ArtifactsDir()/<test name>/<name>.png and logs the path.
func Screenshot(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	dir := filepath.Join(ArtifactsDir(), safePath(t.Name()))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	file := filepath.Join(dir, safePath(name)+".png")
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	t.Logf("screenshot: %s", file)
}

// safePath keeps letters, digits, '.', '-', '_' and (as directories) '/'.
func safePath(name string) string {
	var parts []string
	for _, part := range strings.Split(name, "/") {
		part = strings.Map(func(r rune) rune {
			switch {
			case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
				return r
			}
			return '_'
		}, part)
		if strings.Trim(part, ".") == "" {
			part = "_"
		}
		parts = append(parts, part)
	}
	return filepath.Join(parts...)
}

// PageErrors returns what went wrong in the tab of ctx so far: uncaught
// exceptions, console.error calls, and the browser's error log (failed
// loads, Content-Security-Policy violations). ctx must come from NewTab.
func PageErrors(ctx context.Context) []string {
	errs, ok := ctx.Value(pageErrorsKey{}).(*pageErrors)
	if !ok {
		panic("browser.PageErrors: the context does not come from Browser.NewTab")
	}
	errs.mu.Lock()
	defer errs.mu.Unlock()
	return append([]string(nil), errs.list...)
}

type pageErrorsKey struct{}

// pageErrors collects a tab's errors. listen runs on chromedp's event loop:
// it only appends.
type pageErrors struct {
	mu   sync.Mutex
	list []string
}

func (p *pageErrors) listen(ev any) {
	var msg string
	switch ev := ev.(type) {
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg = "uncaught: " + d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		if d.URL != "" {
			msg += fmt.Sprintf(" (%s:%d)", d.URL, d.LineNumber+1)
		}
	case *runtime.EventConsoleAPICalled:
		if ev.Type != runtime.ConsoleAPICalledTypeError && ev.Type != runtime.ConsoleAPICalledTypeAssert {
			return
		}
		var args []string
		for _, a := range ev.Args {
			switch {
			case len(a.Value) > 0:
				args = append(args, strings.Trim(string(a.Value), `"`))
			case a.Description != "":
				args = append(args, a.Description)
			default:
				args = append(args, string(a.Type))
			}
		}
		msg = "console." + string(ev.Type) + ": " + strings.Join(args, " ")
	case *log.EventEntryAdded:
		e := ev.Entry
		if e.Level != log.EntryLevelError {
			return
		}
		msg = fmt.Sprintf("%s error: %s", e.Source, e.Text)
		if e.URL != "" {
			msg += " (" + e.URL + ")"
		}
	default:
		return
	}
	p.mu.Lock()
	p.list = append(p.list, msg)
	p.mu.Unlock()
}

// lockedBuffer is the browser's output, written by the process's copier
// and read when a test fails.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) tail(n int) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := b.buf.String()
	if len(s) > n {
		s = "…" + s[len(s)-n:]
	}
	return s
}
