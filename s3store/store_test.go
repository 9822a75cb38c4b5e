package s3store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether/internal/s3test"
)

// watcher is an http.RoundTripper that counts what reaches the server.
type watcher struct {
	base http.RoundTripper

	mu        sync.Mutex
	parts     int      // UploadPart requests answered 200
	puts      int      // PutObject requests answered 200
	sseHeader []string // x-amz-server-side-encryption values sent
	afterPart func(parts int)
}

func newWatcher() *watcher {
	return &watcher{base: http.DefaultTransport.(*http.Transport).Clone()}
}

func (w *watcher) RoundTrip(req *http.Request) (*http.Response, error) {
	if v := req.Header.Get("X-Amz-Server-Side-Encryption"); v != "" {
		w.mu.Lock()
		w.sseHeader = append(w.sseHeader, v)
		w.mu.Unlock()
	}
	resp, err := w.base.RoundTrip(req)
	if err != nil || resp.StatusCode != http.StatusOK || req.Method != http.MethodPut {
		return resp, err
	}
	q := req.URL.Query()
	w.mu.Lock()
	var after func(int)
	n := 0
	switch {
	case q.Has("partNumber"):
		w.parts++
		n, after = w.parts, w.afterPart
	case !q.Has("uploadId"):
		w.puts++
	}
	w.mu.Unlock()
	if after != nil {
		after(n)
	}
	return resp, err
}

func (w *watcher) counts() (parts, puts int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.parts, w.puts
}

func (w *watcher) reset() {
	w.mu.Lock()
	w.parts, w.puts, w.sseHeader, w.afterPart = 0, 0, nil, nil
	w.mu.Unlock()
}

// env is a gateway with a bucket and a store on it.
type env struct {
	srv    *s3test.Server
	bucket string
	w      *watcher
	cfg    Config
	store  *Store
}

func setup(t *testing.T, mutate func(*Config)) *env {
	t.Helper()
	srv := s3test.Start(t)
	e := &env{srv: srv, bucket: "recordings", w: newWatcher()}
	srv.CreateBucket(t, e.bucket)
	e.cfg = Config{
		Endpoint: srv.Endpoint(), Region: srv.Region(), Bucket: e.bucket,
		AccessKey: srv.AccessKey(), SecretKey: srv.SecretKey(), PathStyle: true,
		PartSize: MinPartSize, Transport: e.w,
	}
	if mutate != nil {
		mutate(&e.cfg)
	}
	e.store = e.newStore(t, e.cfg)
	return e
}

func (e *env) newStore(t *testing.T, cfg Config) *Store {
	t.Helper()
	s, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return s
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func sum(b []byte) [32]byte { return sha256.Sum256(b) }

// get reads a whole object and fails the test on error.
func get(t *testing.T, s *Store, key string) []byte {
	t.Helper()
	rc, err := s.Get(testCtx(t), key)
	if err != nil {
		t.Fatalf("Get %s: %v", key, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("Get %s: read: %v", key, err)
	}
	return b
}

// onlyReader hides everything but Read, so Put cannot cheat with Seek.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func TestPutGetSmallWithMetadataAndPrefix(t *testing.T) {
	e := setup(t, func(c *Config) { c.Prefix = "tether/recordings/" })
	ctx := testCtx(t)
	if err := e.store.Check(ctx); err != nil {
		t.Fatalf("Check: %v", err)
	}
	body := []byte(`{"version": 2, "width": 80, "height": 24}` + "\n")
	meta := map[string]string{"Content-Type": "application/x-asciicast", "session-id": "s-123", "X-Amz-Meta-User": "alice"}
	if err := e.store.Put(ctx, "2026/s-123.cast", onlyReader{bytes.NewReader(body)}, int64(len(body)), meta); err != nil {
		t.Fatalf("Put: %v", err)
	}
	if got := get(t, e.store, "2026/s-123.cast"); !bytes.Equal(got, body) {
		t.Fatalf("Get = %q, want %q", got, body)
	}
	// The prefix is part of the key in the bucket.
	onDisk, err := os.ReadFile(filepath.Join(e.srv.Dir(), e.bucket, "tether", "recordings", "2026", "s-123.cast"))
	if err != nil || !bytes.Equal(onDisk, body) {
		t.Fatalf("stored file = %q, %v", onDisk, err)
	}
	info, err := e.store.Stat(ctx, "2026/s-123.cast")
	if err != nil {
		t.Fatalf("Stat: %v", err)
	}
	if info.Size != int64(len(body)) || info.ContentType != "application/x-asciicast" || info.FullKey != "tether/recordings/2026/s-123.cast" {
		t.Errorf("Stat = %+v", info)
	}
	if info.Metadata["Session-Id"] != "s-123" || info.Metadata["User"] != "alice" || len(info.Metadata) != 2 {
		t.Errorf("Stat metadata = %v, want Session-Id and User", info.Metadata)
	}
	if parts, puts := e.w.counts(); parts != 0 || puts != 1 {
		t.Errorf("sent %d parts and %d PUTs, want one PUT", parts, puts)
	}

	// Unknown size, and an empty object.
	if err := e.store.Put(ctx, "unknown-size", onlyReader{bytes.NewReader(body)}, -1, nil); err != nil {
		t.Fatalf("Put size -1: %v", err)
	}
	if got := get(t, e.store, "unknown-size"); !bytes.Equal(got, body) {
		t.Fatalf("Get = %q", got)
	}
	if err := e.store.Put(ctx, "empty", bytes.NewReader(nil), 0, nil); err != nil {
		t.Fatalf("Put empty: %v", err)
	}
	if got := get(t, e.store, "empty"); len(got) != 0 {
		t.Fatalf("Get empty = %q", got)
	}

	// A missing object.
	_, err = e.store.Stat(ctx, "nope")
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "s3://recordings/tether/recordings/nope") {
		t.Errorf("Stat missing: %v, want ErrNotFound naming the key", err)
	}
	_, err = e.store.Get(ctx, "nope")
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "NoSuchKey") {
		t.Errorf("Get missing: %v, want ErrNotFound with NoSuchKey", err)
	}

	// Bad metadata and keys never reach the server.
	for _, m := range []map[string]string{{"bad key": "v"}, {"k": "caf\u00e9"}, {"Tether-S3store-Encryption": "x"}, {"a": "1", "A": "2"}} {
		if err := e.store.Put(ctx, "x", bytes.NewReader(body), int64(len(body)), m); err == nil {
			t.Errorf("Put with metadata %v succeeded", m)
		}
	}
	for _, k := range []string{"", "a/../b", "a\nb", "a//b"} {
		if err := e.store.Put(ctx, k, bytes.NewReader(body), int64(len(body)), nil); err == nil {
			t.Errorf("Put with key %q succeeded", k)
		}
	}
}

func TestPutMultipart(t *testing.T) {
	e := setup(t, nil)
	ctx := testCtx(t)
	body := randomBytes(t, 20<<20)
	start := time.Now()
	if err := e.store.Put(ctx, "big.cast", onlyReader{bytes.NewReader(body)}, int64(len(body)), map[string]string{"Kind": "recording"}); err != nil {
		t.Fatalf("Put: %v", err)
	}
	t.Logf("20 MiB in 5 MiB parts: %s", time.Since(start).Round(time.Millisecond))
	if parts, puts := e.w.counts(); parts != 4 || puts != 0 {
		t.Errorf("sent %d parts and %d PUTs, want 4 parts", parts, puts)
	}
	if got := get(t, e.store, "big.cast"); sum(got) != sum(body) {
		t.Fatalf("Get: %d bytes, checksum differs", len(got))
	}
	info, err := e.store.Stat(ctx, "big.cast")
	if err != nil || info.Size != int64(len(body)) || info.Metadata["Kind"] != "recording" || !strings.HasSuffix(info.ETag, "-4") {
		t.Fatalf("Stat = %+v, %v", info, err)
	}

	// Unknown size: the same parts, the last one short.
	e.w.reset()
	body2 := body[:17<<20+12345]
	if err := e.store.Put(ctx, "stream.cast", onlyReader{bytes.NewReader(body2)}, -1, nil); err != nil {
		t.Fatalf("Put size -1: %v", err)
	}
	if parts, _ := e.w.counts(); parts != 4 {
		t.Errorf("sent %d parts, want 4", parts)
	}
	if got := get(t, e.store, "stream.cast"); sum(got) != sum(body2) {
		t.Fatal("stream.cast: checksum differs")
	}
}

func TestPutSizeMismatch(t *testing.T) {
	e := setup(t, nil)
	ctx := testCtx(t)
	for _, c := range []struct {
		name      string
		body      int
		size      int64
		clientEnc bool
	}{
		{"short single", 100, 200, false},
		{"long single", 300, 200, false},
		{"long exact part", MinPartSize + 1, MinPartSize, false},
		{"short multipart", 11 << 20, 12 << 20, false},
		{"long multipart", 12<<20 + 1, 12 << 20, false},
		{"short encrypted", 100, 200, true},
		{"long encrypted", 12<<20 + 1, 12 << 20, true},
	} {
		s := e.store
		if c.clientEnc {
			cfg := e.cfg
			cfg.Encryption, cfg.ClientKey = EncryptionClient, testKey(t)
			s = e.newStore(t, cfg)
		}
		err := s.Put(ctx, "mismatch", onlyReader{bytes.NewReader(make([]byte, c.body))}, c.size, nil)
		if !errors.Is(err, ErrSizeMismatch) {
			t.Errorf("%s: Put = %v, want ErrSizeMismatch", c.name, err)
		}
		if _, err := e.store.Stat(ctx, "mismatch"); !errors.Is(err, ErrNotFound) {
			t.Errorf("%s: an object was stored (%v)", c.name, err)
		}
		if ups, err := e.store.uploads(ctx, "mismatch"); err != nil || len(ups) != 0 {
			t.Errorf("%s: pending uploads left: %v, %v", c.name, ups, err)
		}
	}
}

func TestSSES3(t *testing.T) {
	e := setup(t, func(c *Config) { c.Encryption = "SSE-S3" })
	ctx := testCtx(t)
	small := []byte("sse-s3 body")
	err := e.store.Put(ctx, "sse.cast", bytes.NewReader(small), int64(len(small)), nil)
	var se *Error
	if errors.As(err, &se) && (se.Code == "NotImplemented" || se.StatusCode == http.StatusNotImplemented) {
		t.Skipf("versitygw %s does not implement SSE-S3: %v", s3test.Version, err)
	}
	if err != nil {
		t.Fatalf("Put with SSE-S3: %v", err)
	}
	big := randomBytes(t, 11<<20)
	if err := e.store.Put(ctx, "sse-big.cast", bytes.NewReader(big), int64(len(big)), nil); err != nil {
		t.Fatalf("multipart Put with SSE-S3: %v", err)
	}
	e.w.mu.Lock()
	sent := append([]string(nil), e.w.sseHeader...)
	e.w.mu.Unlock()
	// One on the PUT and one on CreateMultipartUpload.
	if len(sent) != 2 || sent[0] != "AES256" || sent[1] != "AES256" {
		t.Errorf("x-amz-server-side-encryption sent: %v, want AES256 twice", sent)
	}
	if got := get(t, e.store, "sse.cast"); !bytes.Equal(got, small) {
		t.Fatalf("Get = %q", got)
	}
	if got := get(t, e.store, "sse-big.cast"); sum(got) != sum(big) {
		t.Fatal("sse-big.cast: checksum differs")
	}
	info, err := e.store.Stat(ctx, "sse.cast")
	if err != nil {
		t.Fatal(err)
	}
	// versitygw's posix backend accepts the header but stores files as
	// they are and does not echo it; AWS answers AES256.
	t.Logf("Stat Encryption = %q (the server's x-amz-server-side-encryption answer)", info.Encryption)
}

func TestClientSideEncryption(t *testing.T) {
	key := testKey(t)
	e := setup(t, func(c *Config) { c.Encryption, c.ClientKey, c.Prefix = EncryptionClient, key, "enc/" })
	ctx := testCtx(t)
	for _, size := range []int{0, 1, encChunk, encChunk + 1, 12<<20 + 3} {
		body := randomBytes(t, size)
		name := "obj-" + strings.Repeat("x", size%7)
		e.w.reset()
		if err := e.store.Put(ctx, name, onlyReader{bytes.NewReader(body)}, int64(size), map[string]string{"Content-Type": "application/x-asciicast", "Session": "s-1"}); err != nil {
			t.Fatalf("size %d: Put: %v", size, err)
		}
		if got := get(t, e.store, name); sum(got) != sum(body) {
			t.Fatalf("size %d: round trip differs", size)
		}
		stored, err := os.ReadFile(filepath.Join(e.srv.Dir(), e.bucket, "enc", name))
		if err != nil {
			t.Fatal(err)
		}
		if int64(len(stored)) != encryptedSize(int64(size)) || !bytes.HasPrefix(stored, []byte("TTHRENC\x01")) {
			t.Fatalf("size %d: stored %d bytes, want %d with the header", size, len(stored), encryptedSize(int64(size)))
		}
		if size >= 32 && bytes.Contains(stored, body[:32]) {
			t.Fatalf("size %d: plaintext visible in the bucket", size)
		}
		info, err := e.store.Stat(ctx, name)
		if err != nil || info.Size != int64(size) || info.StoredSize != int64(len(stored)) || info.Encryption != EncryptionClient ||
			info.ContentType != "application/x-asciicast" || info.Metadata["Session"] != "s-1" || len(info.Metadata) != 1 {
			t.Fatalf("size %d: Stat = %+v, %v", size, info, err)
		}
	}
	if parts, _ := e.w.counts(); parts != 3 {
		t.Errorf("12 MiB encrypted: %d parts, want 3", parts)
	}

	// Tampering with the stored bytes is caught.
	body := randomBytes(t, 3*encChunk)
	if err := e.store.Put(ctx, "t.cast", bytes.NewReader(body), int64(len(body)), nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(e.srv.Dir(), e.bucket, "enc", "t.cast")
	stored, _ := os.ReadFile(path)
	readErr := func(key string) error {
		rc, err := e.store.Get(ctx, key)
		if err != nil {
			return err
		}
		defer rc.Close()
		_, err = io.ReadAll(rc)
		return err
	}
	tampered := append([]byte(nil), stored...)
	tampered[len(tampered)/2] ^= 1
	if err := os.WriteFile(path, tampered, 0o644); err != nil {
		t.Fatal(err)
	}
	err := readErr("t.cast")
	if !errors.Is(err, ErrTampered) || !strings.Contains(err.Error(), "s3://recordings/enc/t.cast") {
		t.Errorf("flipped bit: %v, want ErrTampered naming the object", err)
	}
	if err := os.WriteFile(path, stored[:len(stored)-(encChunk+encOverhead)], 0o644); err != nil {
		t.Fatal(err)
	}
	if err := readErr("t.cast"); !errors.Is(err, ErrTampered) {
		t.Errorf("dropped last chunk: %v, want ErrTampered", err)
	}
	// Another object's bytes under this key (a swap) are caught too.
	if err := os.WriteFile(path, stored, 0o644); err != nil {
		t.Fatal(err)
	}
	other, _ := os.ReadFile(filepath.Join(e.srv.Dir(), e.bucket, "enc", "obj-x"))
	if err := os.WriteFile(filepath.Join(e.srv.Dir(), e.bucket, "enc", "obj-x"), stored, 0o644); err != nil || len(other) == 0 {
		t.Fatal(err)
	}
	if err := readErr("obj-x"); !errors.Is(err, ErrTampered) {
		t.Errorf("object moved to another key: %v, want ErrTampered", err)
	}
	if got := get(t, e.store, "t.cast"); !bytes.Equal(got, body) {
		t.Error("restored object does not read back")
	}

	// The wrong key fails; a store without the key refuses to hand out
	// ciphertext.
	cfg := e.cfg
	cfg.ClientKey = testKey(t)
	if err := readErr2(ctx, e.newStore(t, cfg), "t.cast"); !errors.Is(err, ErrTampered) {
		t.Errorf("wrong ClientKey: %v, want ErrTampered", err)
	}
	cfg.Encryption, cfg.ClientKey = "", nil
	if _, err := e.newStore(t, cfg).Get(ctx, "t.cast"); err == nil || !strings.Contains(err.Error(), "client-side encrypted") {
		t.Errorf("Get without the key: %v, want a client-side encryption error", err)
	}
}

func readErr2(ctx context.Context, s *Store, key string) error {
	rc, err := s.Get(ctx, key)
	if err != nil {
		return err
	}
	defer rc.Close()
	_, err = io.ReadAll(rc)
	return err
}

func TestRequireEncryption(t *testing.T) {
	e := setup(t, func(c *Config) { c.RequireEncryption = true })
	ctx := testCtx(t)
	err := e.store.Check(ctx)
	if !errors.Is(err, ErrEncryptionRequired) {
		t.Fatalf("Check = %v, want ErrEncryptionRequired", err)
	}
	msg := err.Error()
	for _, want := range []string{"RequireEncryption refuses to upload", "s3://recordings", e.srv.Endpoint(), "Encryption"} {
		if !strings.Contains(msg, want) {
			t.Errorf("Check error %q lacks %q", msg, want)
		}
	}
	t.Logf("refusal: %v", err)
	body := []byte("secret session")
	if err := e.store.Put(ctx, "r.cast", bytes.NewReader(body), int64(len(body)), nil); !errors.Is(err, ErrEncryptionRequired) {
		t.Fatalf("Put = %v, want ErrEncryptionRequired", err)
	}
	if err := e.store.PutResumable(ctx, "r.cast", bytes.NewReader(body), int64(len(body)), nil); !errors.Is(err, ErrEncryptionRequired) {
		t.Fatalf("PutResumable = %v, want ErrEncryptionRequired", err)
	}
	if parts, puts := e.w.counts(); parts+puts != 0 {
		t.Fatalf("refused uploads sent %d parts and %d PUTs", parts, puts)
	}
	// Encrypting ourselves satisfies the requirement.
	cfg := e.cfg
	cfg.Encryption, cfg.ClientKey = EncryptionClient, testKey(t)
	s := e.newStore(t, cfg)
	if err := s.Check(ctx); err != nil {
		t.Fatalf("Check with client-side encryption: %v", err)
	}
	if err := s.Put(ctx, "r.cast", bytes.NewReader(body), int64(len(body)), nil); err != nil {
		t.Fatalf("Put with client-side encryption: %v", err)
	}
}

// TestPutResumable interrupts a multipart upload after two of four parts
// and checks that the next call sends only the other two.
func TestPutResumable(t *testing.T) {
	for _, mode := range []string{"plain", "client"} {
		t.Run(mode, func(t *testing.T) {
			e := setup(t, func(c *Config) {
				c.Concurrency = 1 // parts in order, so the interruption is exact
				if mode == "client" {
					c.Encryption, c.ClientKey = EncryptionClient, testKey(t)
				}
			})
			ctx := testCtx(t)
			body := randomBytes(t, 20<<20-10000) // 4 parts of 5 MiB, also when encrypted
			f := bytes.NewReader(body)

			// First attempt: the process "dies" after two parts.
			cctx, cancel := context.WithCancel(ctx)
			e.w.afterPart = func(n int) {
				if n == 2 {
					cancel()
				}
			}
			err := e.store.PutResumable(cctx, "rec.cast", f, int64(len(body)), map[string]string{"Session": "s-9"})
			cancel()
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("interrupted PutResumable = %v, want context.Canceled", err)
			}
			if _, err := e.store.Stat(ctx, "rec.cast"); !errors.Is(err, ErrNotFound) {
				t.Fatalf("object exists after an interrupted upload: %v", err)
			}
			id, have, err := e.store.pending(ctx, "rec.cast")
			if err != nil || id == "" {
				t.Fatalf("no pending upload after the interruption: %q, %v", id, err)
			}
			if len(have) != 2 {
				t.Fatalf("the store holds %d parts, want 2", len(have))
			}

			// Second attempt goes on with the same upload.
			e.w.reset()
			if err := e.store.PutResumable(ctx, "rec.cast", f, int64(len(body)), map[string]string{"Session": "s-9"}); err != nil {
				t.Fatalf("resumed PutResumable: %v", err)
			}
			if parts, puts := e.w.counts(); parts != 2 || puts != 0 {
				t.Errorf("resume sent %d parts and %d PUTs, want the 2 missing parts", parts, puts)
			}
			if got := get(t, e.store, "rec.cast"); sum(got) != sum(body) {
				t.Fatal("resumed object differs")
			}
			info, err := e.store.Stat(ctx, "rec.cast")
			if err != nil || info.Size != int64(len(body)) || info.Metadata["Session"] != "s-9" || !strings.HasSuffix(info.ETag, "-4") {
				t.Fatalf("Stat = %+v, %v", info, err)
			}
			if ups, _ := e.store.uploads(ctx, "rec.cast"); len(ups) != 0 {
				t.Errorf("%d uploads still pending", len(ups))
			}

			// Nothing pending: a fresh upload of all parts.
			e.w.reset()
			if err := e.store.PutResumable(ctx, "again.cast", f, int64(len(body)), nil); err != nil {
				t.Fatal(err)
			}
			if parts, _ := e.w.counts(); parts != 4 {
				t.Errorf("fresh PutResumable sent %d parts, want 4", parts)
			}
		})
	}
}

// TestPutResumableChangedContent: a pending upload of other bytes is not
// trusted: parts that differ are sent again.
func TestPutResumableChangedContent(t *testing.T) {
	e := setup(t, func(c *Config) { c.Concurrency = 1 })
	ctx := testCtx(t)
	body := randomBytes(t, 16<<20)
	cctx, cancel := context.WithCancel(ctx)
	e.w.afterPart = func(n int) {
		if n == 3 {
			cancel()
		}
	}
	_ = e.store.PutResumable(cctx, "c.cast", bytes.NewReader(body), int64(len(body)), nil)
	cancel()
	changed := append([]byte(nil), body...)
	changed[6<<20] ^= 0xff // inside part 2
	e.w.reset()
	if err := e.store.PutResumable(ctx, "c.cast", bytes.NewReader(changed), int64(len(changed)), nil); err != nil {
		t.Fatal(err)
	}
	// Part 2 differs and part 4 was never sent.
	if parts, _ := e.w.counts(); parts != 2 {
		t.Errorf("sent %d parts, want 2", parts)
	}
	if got := get(t, e.store, "c.cast"); sum(got) != sum(changed) {
		t.Fatal("object is not the new content")
	}
}

func TestAbort(t *testing.T) {
	e := setup(t, func(c *Config) { c.Concurrency = 1 })
	ctx := testCtx(t)
	body := randomBytes(t, 11<<20)
	cctx, cancel := context.WithCancel(ctx)
	e.w.afterPart = func(int) { cancel() }
	_ = e.store.PutResumable(cctx, "a.cast", bytes.NewReader(body), int64(len(body)), nil)
	n, err := e.store.Abort(ctx, "a.cast")
	if err != nil || n != 1 {
		t.Fatalf("Abort = %d, %v; want 1", n, err)
	}
	if id, _, err := e.store.pending(ctx, "a.cast"); id != "" || err != nil {
		t.Fatalf("still pending: %q, %v", id, err)
	}
}

func TestWrongCredentials(t *testing.T) {
	e := setup(t, nil)
	ctx := testCtx(t)
	cfg := e.cfg
	cfg.SecretKey = "not-the-secret"
	s := e.newStore(t, cfg)
	err := s.Check(ctx)
	if !errors.Is(err, ErrAccessDenied) || !strings.Contains(err.Error(), "SignatureDoesNotMatch") || !strings.Contains(err.Error(), "SecretKey") {
		t.Errorf("Check with a wrong secret: %v", err)
	}
	t.Logf("wrong secret: %v", err)
	body := []byte("x")
	err = s.Put(ctx, "k", bytes.NewReader(body), 1, nil)
	if !errors.Is(err, ErrAccessDenied) || !strings.Contains(err.Error(), "s3://recordings/k") {
		t.Errorf("Put with a wrong secret: %v", err)
	}

	cfg = e.cfg
	cfg.AccessKey = "nobody"
	err = e.newStore(t, cfg).Check(ctx)
	if !errors.Is(err, ErrAccessDenied) {
		t.Errorf("Check with an unknown access key: %v", err)
	}
	t.Logf("unknown access key: %v", err)
}

func TestUnreachableEndpoint(t *testing.T) {
	// Port 1 (tcpmux) is privileged and unused: connections are refused.
	endpoint := "http://127.0.0.1:1"
	if c, err := net.DialTimeout("tcp", "127.0.0.1:1", time.Second); err == nil {
		c.Close()
		t.Skip("something listens on 127.0.0.1:1")
	}
	s, err := New(context.Background(), Config{Endpoint: endpoint, Bucket: "recordings", AccessKey: "a", SecretKey: "b", PathStyle: true, MaxRetries: 2})
	if err != nil {
		t.Fatal(err)
	}
	ctx := testCtx(t)
	start := time.Now()
	err = s.Check(ctx)
	if !errors.Is(err, ErrUnreachable) || !strings.Contains(err.Error(), endpoint) {
		t.Fatalf("Check = %v, want ErrUnreachable naming %s", err, endpoint)
	}
	t.Logf("unreachable (%s): %v", time.Since(start).Round(time.Millisecond), err)
	body := []byte("x")
	if err := s.Put(ctx, "k", bytes.NewReader(body), 1, nil); !errors.Is(err, ErrUnreachable) || !strings.Contains(err.Error(), endpoint) {
		t.Fatalf("Put = %v", err)
	}
	// With the default retries it still ends soon.
	s2, _ := New(context.Background(), Config{Endpoint: endpoint, Bucket: "recordings", AccessKey: "a", SecretKey: "b", PathStyle: true})
	start = time.Now()
	if err := s2.Check(ctx); !errors.Is(err, ErrUnreachable) {
		t.Fatalf("Check = %v", err)
	}
	if took := time.Since(start); took > 20*time.Second {
		t.Errorf("default retries took %s", took)
	}
}

func TestMissingBucket(t *testing.T) {
	e := setup(t, nil)
	ctx := testCtx(t)
	cfg := e.cfg
	cfg.Bucket = "no-such-bucket"
	s := e.newStore(t, cfg)
	err := s.Check(ctx)
	if !errors.Is(err, ErrNoSuchBucket) || !strings.Contains(err.Error(), "s3://no-such-bucket") || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("Check = %v", err)
	}
	t.Logf("missing bucket: %v", err)
	body := []byte("x")
	if err := s.Put(ctx, "k", bytes.NewReader(body), 1, nil); !errors.Is(err, ErrNoSuchBucket) || !strings.Contains(err.Error(), "NoSuchBucket") {
		t.Errorf("Put = %v", err)
	}
	big := randomBytes(t, 6<<20)
	if err := s.PutResumable(ctx, "k", bytes.NewReader(big), int64(len(big)), nil); !errors.Is(err, ErrNoSuchBucket) {
		t.Errorf("PutResumable = %v", err)
	}
}

func TestConfigErrors(t *testing.T) {
	ok := Config{Endpoint: "http://127.0.0.1:9000", Bucket: "recordings", AccessKey: "a", SecretKey: "b"}
	for _, c := range []struct {
		field  string
		mutate func(*Config)
	}{
		{"Bucket", func(c *Config) { c.Bucket = "" }},
		{"Bucket", func(c *Config) { c.Bucket = "a/b" }},
		{"Endpoint", func(c *Config) { c.Endpoint = "ftp://host" }},
		{"Endpoint", func(c *Config) { c.Endpoint = "http://host:9000/bucket" }},
		{"Endpoint", func(c *Config) { c.Endpoint = "http://" }},
		{"Region", func(c *Config) { c.Region = "EU West" }},
		{"Prefix", func(c *Config) { c.Prefix = "/abs/" }},
		{"Prefix", func(c *Config) { c.Prefix = "a/../b/" }},
		{"AccessKey", func(c *Config) { c.AccessKey = "" }},
		{"SecretKey", func(c *Config) { c.SecretKey = "" }},
		{"Encryption", func(c *Config) { c.Encryption = "rot13" }},
		{"KMSKeyID", func(c *Config) { c.Encryption = "SSE-KMS" }},
		{"KMSKeyID", func(c *Config) { c.KMSKeyID = "key" }},
		{"ClientKey", func(c *Config) { c.Encryption = "client"; c.ClientKey = make([]byte, 16) }},
		{"ClientKey", func(c *Config) { c.ClientKey = make([]byte, 32) }},
		{"PartSize", func(c *Config) { c.PartSize = 1 << 20 }},
		{"PartSize", func(c *Config) { c.PartSize = 6 << 30 }},
		{"Concurrency", func(c *Config) { c.Concurrency = -1 }},
		{"MaxRetries", func(c *Config) { c.MaxRetries = -1 }},
	} {
		cfg := ok
		c.mutate(&cfg)
		_, err := New(context.Background(), cfg)
		if err == nil || !strings.Contains(err.Error(), "config: "+c.field+":") {
			t.Errorf("%s: New = %v, want an error naming %s", c.field, err, c.field)
		}
	}
	for _, cfg := range []Config{
		ok,
		{Bucket: "recordings", Region: "eu-west-1"}, // AWS with the default credential chain
		{Endpoint: "minio.example.com:9000", Bucket: "recordings", Encryption: "SSE-KMS", KMSKeyID: "alias/rec", AccessKey: "a", SecretKey: "b", SessionToken: "t"},
		{Endpoint: "https://s3.example.com", Bucket: "recordings", Encryption: "AES256", RequireEncryption: true},
	} {
		if _, err := New(context.Background(), cfg); err != nil {
			t.Errorf("New(%+v) = %v", cfg, err)
		}
	}
}

func TestPartSizeGrowsForHugeObjects(t *testing.T) {
	s, err := New(context.Background(), Config{Endpoint: "http://127.0.0.1:1", Bucket: "bkt", PartSize: MinPartSize})
	if err != nil {
		t.Fatal(err)
	}
	for _, total := range []int64{0, MinPartSize * MaxParts, MinPartSize*MaxParts + 1, 1 << 40} {
		ps, err := s.partSizeFor(total)
		if err != nil || ps < MinPartSize || (total+ps-1)/ps > MaxParts {
			t.Errorf("partSizeFor(%d) = %d, %v", total, ps, err)
		}
	}
	if _, err := s.partSizeFor(6 << 40); err == nil {
		t.Error("6 TiB accepted")
	}
}
