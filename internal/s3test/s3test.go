// Package s3test runs a real S3-compatible server for tests: versitygw
// (Apache-2.0, https://github.com/versity/versitygw) serving a temporary
// directory through its posix backend. Nothing here fakes S3: requests are
// signed with SigV4 and answered by the same gateway people deploy.
//
// The gateway is one binary, built once per machine with the Go toolchain
// from the Go module proxy (`go install
// github.com/versity/versitygw/cmd/versitygw@` + [Version]) into a cache
// directory, and reused by every test binary after that. The first build
// takes about a minute on a two-core machine (most of it compiling; the
// download is about 20 MB of module source); later runs find the binary and
// start a gateway in well under a second. Set TETHER_VERSITYGW to the path
// of a versitygw binary to skip the build.
//
// Each [Start] runs its own gateway on a free loopback port over its own
// directory and stops it when the test ends, so tests share nothing. When
// the gateway cannot be had (no Go toolchain, no module proxy) tests skip,
// except with CI=true, where they fail: a storage test that silently stops
// running is worse than none.
package s3test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// Version is the versitygw release the tests run.
const Version = "v1.8.0"

// pkgPath is the gateway's main package.
const pkgPath = "github.com/versity/versitygw/cmd/versitygw"

// EnvBinary names a versitygw binary to use instead of building one.
const EnvBinary = "TETHER_VERSITYGW"

const (
	region = "us-east-1"
	// buildTimeout bounds the one-time build; a cold module cache on a
	// busy two-core machine needs a few minutes at worst.
	buildTimeout = 15 * time.Minute
	// readyTimeout bounds one gateway's start.
	readyTimeout = 30 * time.Second
)

// Server is one running versitygw gateway.
type Server struct {
	endpoint  string
	dir       string
	accessKey string
	secretKey string
	client    *minio.Client
}

// Endpoint is the gateway's URL, http://127.0.0.1:PORT.
func (s *Server) Endpoint() string { return s.endpoint }

// Region is the region the gateway signs and answers for.
func (s *Server) Region() string { return region }

// AccessKey is the root user's access key.
func (s *Server) AccessKey() string { return s.accessKey }

// SecretKey is the root user's secret key.
func (s *Server) SecretKey() string { return s.secretKey }

// Dir is the directory the gateway serves: each bucket is a subdirectory
// and each object a file under it (object "a/b" of bucket "x" is Dir()/x/a/b),
// so a test can look at, or tamper with, what was stored.
func (s *Server) Dir() string { return s.dir }

// CreateBucket creates a bucket through the S3 API (CreateBucket), failing
// the test on error.
func (s *Server) CreateBucket(t testing.TB, name string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.client.MakeBucket(ctx, name, minio.MakeBucketOptions{Region: region}); err != nil {
		t.Fatalf("s3test: create bucket %q at %s: %v", name, s.endpoint, err)
	}
}

// unavailable skips the test, or fails it under CI=true.
func unavailable(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") == "true" {
		t.Fatalf("s3test: %s (CI=true, so this fails instead of skipping)", msg)
	}
	t.Skipf("s3test: %s", msg)
}

// Start runs a fresh gateway over an empty directory for this test and
// stops it when the test ends. It skips the test when the gateway cannot be
// built or run, except with CI=true, where it fails.
func Start(t testing.TB) *Server {
	t.Helper()
	bin, built, took, err := binary()
	if err != nil {
		unavailable(t, "no versitygw: %v", err)
	}
	if built {
		t.Logf("s3test: built versitygw %s in %s (once per machine; cached at %s)", Version, took.Round(100*time.Millisecond), bin)
	}
	dir := t.TempDir()
	accessKey := "tether-test-access"
	secretKey := "tether-test-secret-" + strconv.FormatInt(time.Now().UnixNano(), 36)

	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		srv, err := launch(t, bin, dir, accessKey, secretKey)
		if err == nil {
			return srv
		}
		lastErr = err
	}
	unavailable(t, "versitygw %s did not start: %v", bin, lastErr)
	return nil
}

// launch starts one gateway on a free port. A port taken between choosing
// and binding makes it fail; Start then tries again.
func launch(t testing.TB, bin, dir, accessKey, secretKey string) (*Server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	// A health path of its own: a gateway of another test that won the
	// port race cannot pass for this one.
	healthPath := "/tether-s3test-health-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	logPath := filepath.Join(t.TempDir(), "versitygw.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin,
		"--access", accessKey, "--secret", secretKey,
		"--port", addr, "--region", region,
		"--health", healthPath, "--quiet",
		"posix", dir)
	cmd.Stdout = logFile
	cmd.Stderr = logFile
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	cmd.SysProcAttr = procAttr()
	started := time.Now()
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	exited := make(chan struct{})
	var waitErr error
	go func() {
		waitErr = cmd.Wait()
		logFile.Close()
		close(exited)
	}()
	stop := func() {
		select {
		case <-exited:
			return
		default:
		}
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
	}

	endpoint := "http://" + addr
	hc := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(readyTimeout)
	for {
		select {
		case <-exited:
			out, _ := os.ReadFile(logPath)
			return nil, fmt.Errorf("versitygw exited at start (%v): %s", waitErr, tail(out))
		default:
		}
		resp, err := hc.Get(endpoint + healthPath)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			stop()
			out, _ := os.ReadFile(logPath)
			return nil, fmt.Errorf("versitygw not ready at %s after %s: %s", endpoint, readyTimeout, tail(out))
		}
		time.Sleep(20 * time.Millisecond)
	}

	client, err := minio.New(addr, &minio.Options{
		Creds:  credentials.NewStaticV4(accessKey, secretKey, ""),
		Region: region,
	})
	if err != nil {
		stop()
		return nil, err
	}
	t.Logf("s3test: versitygw %s at %s over %s (ready in %s)", Version, endpoint, dir, time.Since(started).Round(time.Millisecond))
	t.Cleanup(func() {
		stop()
		if t.Failed() {
			out, _ := os.ReadFile(logPath)
			t.Logf("s3test: versitygw output:\n%s", tail(out))
		}
	})
	return &Server{endpoint: endpoint, dir: dir, accessKey: accessKey, secretKey: secretKey, client: client}, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// tail keeps the end of a log for error messages.
func tail(b []byte) string {
	const max = 4000
	b = bytes.TrimSpace(b)
	if len(b) > max {
		b = append([]byte("..."), b[len(b)-max:]...)
	}
	return string(b)
}

var (
	binOnce  sync.Once
	binPath  string
	binBuilt bool
	binTook  time.Duration
	binErr   error
)

// binary finds or builds the gateway once per test binary. built and took
// tell whether this call built it and how long that took.
func binary() (path string, built bool, took time.Duration, err error) {
	first := false
	binOnce.Do(func() {
		first = true
		binPath, binBuilt, binTook, binErr = findOrBuild()
	})
	return binPath, binBuilt && first, binTook, binErr
}

// BinaryPath returns the gateway binary, building it first if needed, for
// callers outside tests (a script that wants the same gateway).
func BinaryPath() (string, error) {
	p, _, _, err := binary()
	return p, err
}

func findOrBuild() (string, bool, time.Duration, error) {
	if p := os.Getenv(EnvBinary); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", false, 0, fmt.Errorf("%s=%s: %w", EnvBinary, p, err)
		}
		return p, false, 0, nil
	}
	cache, err := os.UserCacheDir()
	if err != nil || cache == "" {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "tether-s3test", "versitygw-"+Version+"-"+runtime.GOOS+"-"+runtime.GOARCH)
	bin := filepath.Join(dir, "versitygw")
	if isExecutable(bin) {
		return bin, false, 0, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", false, 0, err
	}
	// Several test binaries (go test ./...) may get here at once: one
	// builds while the others wait on the lock, then find the binary.
	unlock, err := lockFile(filepath.Join(dir, ".lock"))
	if err != nil {
		return "", false, 0, err
	}
	defer unlock()
	if isExecutable(bin) {
		return bin, false, 0, nil
	}
	start := time.Now()
	if err := build(dir, bin); err != nil {
		return "", false, 0, err
	}
	return bin, true, time.Since(start), nil
}

// build runs `go install PKG@Version` with GOBIN in a fresh directory and
// moves the result into place, so a crash never leaves half a binary.
func build(dir, bin string) error {
	gobin, err := goTool()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(dir, "build-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ctx, cancel := context.WithTimeout(context.Background(), buildTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, gobin, "install", pkgPath+"@"+Version)
	cmd.Dir = tmp // outside any module: go install pkg@version ignores ours anyway
	cmd.Env = append(filteredEnv("GOBIN", "GOWORK", "GOFLAGS", "CGO_ENABLED", "GOOS", "GOARCH"),
		"GOBIN="+tmp, "GOWORK=off", "GOFLAGS=-trimpath", "CGO_ENABLED=0")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("go install %s@%s: %v\n%s", pkgPath, Version, err, tail(out))
	}
	return os.Rename(filepath.Join(tmp, "versitygw"), bin)
}

// goTool finds the go command: the one running the tests first.
func goTool() (string, error) {
	if p, err := exec.LookPath("go"); err == nil {
		return p, nil
	}
	if root := runtime.GOROOT(); root != "" {
		p := filepath.Join(root, "bin", "go")
		if isExecutable(p) {
			return p, nil
		}
	}
	return "", errors.New("no go command in PATH to build versitygw with")
}

func filteredEnv(drop ...string) []string {
	var env []string
next:
	for _, kv := range os.Environ() {
		for _, d := range drop {
			if strings.HasPrefix(kv, d+"=") {
				continue next
			}
		}
		env = append(env, kv)
	}
	return env
}

func isExecutable(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}
