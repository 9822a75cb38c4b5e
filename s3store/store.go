// Package s3store stores session recordings and other objects in any
// S3-compatible object store: AWS S3, MinIO, Ceph RGW, versitygw. It uses
// the MinIO Go client (github.com/minio/minio-go/v7), which speaks plain S3
// with SigV4 to all of them.
//
// # Uploads
//
// [Store.Put] streams a body of known or unknown size: bodies up to one
// part go in a single PUT, larger ones as a multipart upload of
// Config.PartSize parts, Config.Concurrency of them in flight, so memory
// stays near Concurrency*PartSize whatever the size. Every part carries
// Content-MD5 and a signed SHA-256, so the store rejects corrupted bytes.
// A failed Put aborts its multipart upload.
//
// [Store.PutResumable] uploads a file (an io.ReaderAt of known size) so
// that an interrupted upload, a cancelled context or a killed process, is
// finished later rather than redone:
//
//  1. It looks for a pending multipart upload of the same key
//     (ListMultipartUploads; the newest one if several) and lists its
//     parts (ListParts). Without one it starts a new upload; it never
//     aborts on failure, so the next call can go on.
//  2. It cuts the body into the same parts as before: the part size
//     depends only on Config.PartSize and the size.
//  3. For each part it reads the bytes and computes their MD5; a part the
//     store already has with the same size and an ETag equal to that MD5
//     is skipped, any other is uploaded (again). So only missing or
//     different parts are sent, and a changed file is never stitched
//     together from old parts.
//  4. It completes the upload with every part's ETag.
//
// The resumed upload keeps the metadata, content type and server-side
// encryption given when it was started. Where part ETags are not MD5s
// (SSE-KMS, SSE-C on AWS) parts cannot be matched and are all sent again:
// correct, only slower. Listing pending uploads needs
// s3:ListBucketMultipartUploads; without it PutResumable starts afresh.
// Pending uploads that are never resumed cost storage: give the bucket an
// AbortIncompleteMultipartUpload lifecycle rule, or call [Store.Abort].
//
// # Encryption
//
// Config.Encryption picks SSE-S3 or SSE-KMS (the store encrypts), or
// "client": AES-256-GCM on this machine in 64 KiB chunks, each
// authenticated, so objects of any size stream both ways and any change to
// the stored bytes makes [Store.Get]'s reader fail with ErrTampered. The
// format is described in crypt.go. Client-encrypted objects are marked
// with the metadata Tether-S3store-Encryption: client-aes256gcm-v1; their
// Content-Type in the bucket is application/octet-stream, and the one
// given is kept in Tether-S3store-Content-Type and reported by Stat.
//
// Config.RequireEncryption is the seed's "allow only encrypted S3
// buckets": uploads are refused with ErrEncryptionRequired unless this
// store encrypts (any Encryption but none) or the bucket reports default
// encryption (GetBucketEncryption). A server that does not implement
// GetBucketEncryption (versitygw) cannot confirm it, so it is refused too.
//
// # Errors
//
// Failures are *Error values naming the operation, the endpoint, the
// bucket, the full key and the S3 error code, with a hint where one
// helps; test for kinds with errors.Is: ErrNotFound, ErrNoSuchBucket,
// ErrAccessDenied, ErrUnreachable, ErrEncryptionRequired, ErrTampered,
// ErrSizeMismatch.
package s3store

import (
	"bytes"
	"context"
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/minio/minio-go/v7/pkg/encrypt"
)

// Metadata names this package keeps on objects; user metadata may not use
// the Tether-S3store- prefix.
const (
	metaEncryption  = "Tether-S3store-Encryption"
	metaContentType = "Tether-S3store-Content-Type"
	reservedPrefix  = "tether-s3store-"
	amzMeta         = "X-Amz-Meta-"
)

// policyTTL is how long a confirmed bucket encryption policy is trusted
// before uploads check it again.
const policyTTL = 10 * time.Minute

// Store uploads to and reads from one bucket. It is safe for concurrent use.
type Store struct {
	cfg    *normalized
	client *minio.Client
	core   *minio.Core

	mu       sync.Mutex
	policyAt time.Time // when RequireEncryption was last confirmed
}

// ObjectInfo describes a stored object.
type ObjectInfo struct {
	Key          string // as given to Put, without Prefix
	FullKey      string // Prefix+Key, the key in the bucket
	Size         int64  // bytes Get returns (the plaintext size for client-side encryption)
	StoredSize   int64  // bytes in the bucket
	ETag         string
	ContentType  string
	LastModified time.Time
	// Metadata is the user metadata, keys in canonical HTTP form
	// ("session-id" comes back as "Session-Id").
	Metadata map[string]string
	// Encryption is how the object is encrypted: EncryptionClient,
	// EncryptionSSES3, EncryptionSSEKMS, or "" when the store does not say.
	Encryption string
}

// New checks cfg and makes a Store. It does not contact the endpoint: call
// Check for that.
func New(ctx context.Context, cfg Config) (*Store, error) {
	n, err := validate(cfg)
	if err != nil {
		return nil, err
	}
	var creds *credentials.Credentials
	if n.AccessKey != "" {
		creds = credentials.NewStaticV4(n.AccessKey, n.SecretKey, n.SessionToken)
	} else {
		creds = credentials.NewChainCredentials([]credentials.Provider{
			&credentials.EnvAWS{},
			&credentials.FileAWSCredentials{},
			&credentials.IAM{Client: &http.Client{Transport: http.DefaultTransport}},
		})
	}
	lookup := minio.BucketLookupAuto
	if n.PathStyle {
		lookup = minio.BucketLookupPath
	} else if n.aws {
		lookup = minio.BucketLookupDNS
	}
	client, err := minio.New(n.host, &minio.Options{
		Creds:        creds,
		Secure:       n.secure,
		Transport:    n.Transport,
		Region:       n.Region,
		BucketLookup: lookup,
		MaxRetries:   n.MaxRetries,
	})
	if err != nil {
		return nil, configError("Endpoint", "%q: %v", cfg.Endpoint, err)
	}
	client.SetAppInfo("tether-s3store", "1")
	return &Store{cfg: n, client: client, core: &minio.Core{Client: client}}, nil
}

// Bucket is the configured bucket.
func (s *Store) Bucket() string { return s.cfg.Bucket }

// Endpoint is the endpoint as errors show it (scheme://host[:port]).
func (s *Store) Endpoint() string { return s.cfg.url }

// Check confirms that the endpoint answers, the credentials work, the
// bucket exists and can be listed (s3:ListBucket), and, with
// RequireEncryption, that the encryption policy is met. Its error names
// the problem.
func (s *Store) Check(ctx context.Context) error {
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var err error
	for obj := range s.client.ListObjects(lctx, s.cfg.Bucket, minio.ListObjectsOptions{Prefix: s.cfg.Prefix, MaxKeys: 1}) {
		err = obj.Err
		break // one answer is enough
	}
	cancel()
	if err != nil {
		var resp minio.ErrorResponse
		if errors.As(err, &resp) && resp.Code == "NoSuchBucket" {
			return &Error{Op: "check", Endpoint: s.cfg.url, Bucket: s.cfg.Bucket, Code: resp.Code, StatusCode: resp.StatusCode,
				Message: "the bucket does not exist", Hint: "create it, or fix Bucket", Err: err, kind: ErrNoSuchBucket}
		}
		return s.wrap("check", "", err)
	}
	if err := ctx.Err(); err != nil {
		return s.wrap("check", "", err)
	}
	return s.checkPolicy(ctx, true)
}

// checkPolicy enforces RequireEncryption; a confirmation is trusted for
// policyTTL unless force.
func (s *Store) checkPolicy(ctx context.Context, force bool) error {
	if !s.cfg.RequireEncryption || s.cfg.Encryption != EncryptionNone {
		return nil
	}
	s.mu.Lock()
	fresh := !s.policyAt.IsZero() && time.Since(s.policyAt) < policyTTL
	s.mu.Unlock()
	if fresh && !force {
		return nil
	}
	refuse := func(code string, status int, msg string, err error) error {
		return &Error{Op: "check encryption", Endpoint: s.cfg.url, Bucket: s.cfg.Bucket, Code: code, StatusCode: status,
			Message: "RequireEncryption refuses to upload: " + msg,
			Hint:    "turn on default encryption for the bucket, or set Encryption to SSE-S3, SSE-KMS or client",
			Err:     err, kind: ErrEncryptionRequired}
	}
	conf, err := s.client.GetBucketEncryption(ctx, s.cfg.Bucket)
	if err != nil {
		var resp minio.ErrorResponse
		if !errors.As(err, &resp) {
			return s.wrap("check encryption", "", err)
		}
		switch resp.Code {
		case "ServerSideEncryptionConfigurationNotFoundError":
			return refuse(resp.Code, resp.StatusCode, "the bucket has no default encryption", err)
		case "NotImplemented", "XNotImplemented":
			return refuse(resp.Code, resp.StatusCode, "the server does not implement GetBucketEncryption, so the bucket's default encryption cannot be confirmed", err)
		case "AccessDenied":
			return refuse(resp.Code, resp.StatusCode, "the bucket's encryption cannot be read (the credentials need s3:GetEncryptionConfiguration)", err)
		}
		return s.wrap("check encryption", "", err)
	}
	if conf == nil || len(conf.Rules) == 0 {
		return refuse("", 0, "the bucket's encryption configuration has no rules", nil)
	}
	s.mu.Lock()
	s.policyAt = time.Now()
	s.mu.Unlock()
	return nil
}

// putOptions checks user metadata and builds the upload's options.
func (s *Store) putOptions(meta map[string]string) (minio.PutObjectOptions, error) {
	var opts minio.PutObjectOptions
	user := map[string]string{}
	seen := map[string]string{}
	total := 0
	for k, v := range meta {
		if strings.EqualFold(k, "Content-Type") {
			if !printableASCII(v) {
				return opts, fmt.Errorf("s3store: metadata Content-Type %q: only printable ASCII", v)
			}
			opts.ContentType = v
			continue
		}
		name := k
		if len(name) >= len(amzMeta) && strings.EqualFold(name[:len(amzMeta)], amzMeta) {
			name = name[len(amzMeta):]
		}
		if name == "" {
			return opts, fmt.Errorf("s3store: metadata key %q is empty", k)
		}
		for _, r := range name {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
				return opts, fmt.Errorf("s3store: metadata key %q: only letters, digits, '-', '_' and '.'", k)
			}
		}
		if strings.HasPrefix(strings.ToLower(name), reservedPrefix) {
			return opts, fmt.Errorf("s3store: metadata key %q: the Tether-S3store- prefix is reserved", k)
		}
		if other, dup := seen[strings.ToLower(name)]; dup {
			return opts, fmt.Errorf("s3store: metadata keys %q and %q are the same in HTTP", other, k)
		}
		seen[strings.ToLower(name)] = k
		if !printableASCII(v) {
			return opts, fmt.Errorf("s3store: metadata %q: value must be printable ASCII", k)
		}
		total += len(name) + len(v)
		user[amzMeta+name] = v
	}
	if total > maxUserMetadata {
		return opts, fmt.Errorf("s3store: metadata is %d bytes, S3 allows %d", total, maxUserMetadata)
	}
	switch s.cfg.Encryption {
	case EncryptionSSES3:
		opts.ServerSideEncryption = encrypt.NewSSE()
	case EncryptionSSEKMS:
		sse, err := encrypt.NewSSEKMS(s.cfg.KMSKeyID, nil)
		if err != nil {
			return opts, configError("KMSKeyID", "%v", err)
		}
		opts.ServerSideEncryption = sse
	case EncryptionClient:
		user[amzMeta+metaEncryption] = encScheme
		if opts.ContentType != "" {
			user[amzMeta+metaContentType] = opts.ContentType
		}
		opts.ContentType = "application/octet-stream"
	}
	opts.UserMetadata = user
	return opts, nil
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// partSizeFor is the part size for a body of total bytes (-1: unknown):
// Config.PartSize, grown to keep within MaxParts parts.
func (s *Store) partSizeFor(total int64) (int64, error) {
	ps := s.cfg.PartSize
	if total > ps*MaxParts {
		ps = (total + MaxParts - 1) / MaxParts
		ps = (ps + 1<<20 - 1) &^ (1<<20 - 1) // whole MiB
	}
	if ps > MaxPartSize || total > MaxObjectSize {
		return 0, fmt.Errorf("s3store: %d bytes is more than S3's largest object (%d bytes)", total, int64(MaxObjectSize))
	}
	return ps, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// Put uploads size bytes from r under Prefix+key (size -1: unknown, read
// to EOF), with meta as user metadata ("Content-Type" sets the content
// type). It streams: memory stays near Concurrency*PartSize. A body that
// is not exactly size bytes fails with ErrSizeMismatch and stores nothing.
func (s *Store) Put(ctx context.Context, key string, r io.Reader, size int64, meta map[string]string) error {
	full, err := s.cfg.objectKey(key)
	if err != nil {
		return err
	}
	opts, err := s.putOptions(meta)
	if err != nil {
		return err
	}
	if err := s.checkPolicy(ctx, false); err != nil {
		return err
	}
	counted := &countingReader{r: r}
	var src io.Reader = counted
	total := size
	if size >= 0 {
		// Read one byte past size to notice a longer body.
		src = io.LimitReader(counted, size+1)
	}
	if s.cfg.Encryption == EncryptionClient {
		sl, err := newSealer(s.cfg.ClientKey, randomSalt(), encChunk, key)
		if err != nil {
			return err
		}
		if size >= 0 {
			total = encryptedSize(size)
			// The encrypted stream must not see the extra byte.
			src = newEncryptReader(&exactReader{r: src, size: size}, sl)
		} else {
			src = newEncryptReader(src, sl)
		}
	}
	partSize, err := s.partSizeFor(total)
	if err != nil {
		return err
	}
	sizeErr := func() error {
		if size >= 0 && counted.n != size {
			msg := fmt.Sprintf("the body had %d bytes, not the %d given", counted.n, size)
			if counted.n > size {
				msg = fmt.Sprintf("the body is longer than the %d bytes given", size)
			}
			return &Error{Op: "put", Endpoint: s.cfg.url, Bucket: s.cfg.Bucket, Key: full, Message: msg, kind: ErrSizeMismatch}
		}
		return nil
	}

	// The first part decides between one PUT and a multipart upload.
	// Small bodies get a buffer of their size, not a whole part.
	var first []byte
	var n int
	var rerr error
	if total >= 0 && total < partSize {
		first = make([]byte, total)
		n, rerr = io.ReadFull(src, first)
	} else if total < 0 {
		var bb bytes.Buffer
		m, err := io.CopyN(&bb, src, partSize)
		first, n, rerr = bb.Bytes(), int(m), err
		if err == nil {
			first = first[:n:n]
		}
	} else {
		first = make([]byte, partSize)
		n, rerr = io.ReadFull(src, first)
	}
	if rerr != nil && rerr != io.EOF && rerr != io.ErrUnexpectedEOF {
		return s.readError("put", full, rerr)
	}
	if rerr == nil && int64(n) == total {
		// Exactly one part; a longer body shows in one more byte.
		var one [1]byte
		if _, err := io.ReadFull(src, one[:]); err != nil && err != io.EOF {
			return s.readError("put", full, err)
		}
		rerr = io.EOF
	}
	if rerr != nil {
		if err := sizeErr(); err != nil {
			return err
		}
		return s.putSingle(ctx, full, first[:n], opts)
	}

	uploadID, err := s.core.NewMultipartUpload(ctx, s.cfg.Bucket, full, opts)
	if err != nil {
		return s.wrap("create multipart upload", full, err)
	}
	u := s.newUploader(ctx, full, uploadID, partSize)
	defer u.cancel()
	<-u.bufs // first takes one buffer's place
	u.upload(1, first, n)
	for num := 2; ; num++ {
		buf, err := u.buffer()
		if err != nil {
			break // failed or cancelled: wait reports it
		}
		n, rerr := io.ReadFull(src, buf)
		if rerr != nil && rerr != io.EOF && rerr != io.ErrUnexpectedEOF {
			u.bufs <- buf
			u.fail(s.readError("put", full, rerr))
			break
		}
		if n == 0 {
			u.bufs <- buf
			break
		}
		if num > MaxParts {
			u.bufs <- buf
			u.fail(&Error{Op: "put", Endpoint: s.cfg.url, Bucket: s.cfg.Bucket, Key: full,
				Message: fmt.Sprintf("the body is larger than %d parts of %d bytes: give its size, or raise PartSize", MaxParts, partSize)})
			break
		}
		u.upload(num, buf, n)
		if rerr != nil {
			break
		}
	}
	err = u.wait()
	if err == nil {
		err = sizeErr()
	}
	if err == nil {
		err = u.complete()
	}
	if err != nil {
		actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		_ = s.core.AbortMultipartUpload(actx, s.cfg.Bucket, full, uploadID)
		cancel()
		return err
	}
	return nil
}

// exactReader passes size bytes through and fails on a longer body.
type exactReader struct {
	r    io.Reader
	size int64
	n    int64
}

func (e *exactReader) Read(p []byte) (int, error) {
	if e.n >= e.size {
		var one [1]byte
		if n, _ := io.ReadFull(e.r, one[:]); n > 0 {
			return 0, ErrSizeMismatch
		}
		return 0, io.EOF
	}
	if rest := e.size - e.n; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := e.r.Read(p)
	e.n += int64(n)
	if err == io.EOF && e.n < e.size {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

func (s *Store) readError(op, full string, err error) error {
	if errors.Is(err, ErrSizeMismatch) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &Error{Op: op, Endpoint: s.cfg.url, Bucket: s.cfg.Bucket, Key: full,
			Message: "the body's length differs from the size given", Err: err, kind: ErrSizeMismatch}
	}
	return &Error{Op: op, Endpoint: s.cfg.url, Bucket: s.cfg.Bucket, Key: full, Message: "reading the body: " + err.Error(), Err: err}
}

// putSingle stores a body of at most one part with one PUT.
func (s *Store) putSingle(ctx context.Context, full string, body []byte, opts minio.PutObjectOptions) error {
	md := md5.Sum(body)
	sh := sha256.Sum256(body)
	_, err := s.core.PutObject(ctx, s.cfg.Bucket, full, bytes.NewReader(body), int64(len(body)),
		base64.StdEncoding.EncodeToString(md[:]), hex.EncodeToString(sh[:]), opts)
	return s.wrap("put", full, err)
}

// uploader sends the parts of one multipart upload, Concurrency at a time.
type uploader struct {
	s        *Store
	key      string
	uploadID string
	partSize int64
	ctx      context.Context
	cancel   context.CancelFunc
	bufs     chan []byte // free part buffers (nil until first used)
	wg       sync.WaitGroup

	mu    sync.Mutex
	err   error
	etags map[int]string
}

func (s *Store) newUploader(ctx context.Context, full, uploadID string, partSize int64) *uploader {
	uctx, cancel := context.WithCancel(ctx)
	u := &uploader{s: s, key: full, uploadID: uploadID, partSize: partSize, ctx: uctx, cancel: cancel,
		bufs: make(chan []byte, s.cfg.Concurrency), etags: map[int]string{}}
	for i := 0; i < s.cfg.Concurrency; i++ {
		u.bufs <- nil
	}
	return u
}

// buffer waits for a free part buffer.
func (u *uploader) buffer() ([]byte, error) {
	select {
	case b := <-u.bufs:
		if int64(cap(b)) < u.partSize {
			b = make([]byte, u.partSize)
		}
		return b[:u.partSize], nil
	case <-u.ctx.Done():
		return nil, u.ctx.Err()
	}
}

func (u *uploader) fail(err error) {
	u.mu.Lock()
	if u.err == nil {
		u.err = err
	}
	u.mu.Unlock()
	u.cancel()
}

// upload sends part num (buf[:n]) in the background and frees buf after.
func (u *uploader) upload(num int, buf []byte, n int) {
	u.wg.Add(1)
	go func() {
		defer u.wg.Done()
		defer func() { u.bufs <- buf }()
		etag, err := u.s.sendPart(u.ctx, u.key, u.uploadID, num, buf[:n])
		if err != nil {
			u.fail(err)
			return
		}
		u.record(num, etag)
	}()
}

func (u *uploader) record(num int, etag string) {
	u.mu.Lock()
	u.etags[num] = etag
	u.mu.Unlock()
}

// wait waits for the parts in flight and returns the first error; a
// cancelled context is reported as the caller's.
func (u *uploader) wait() error {
	u.wg.Wait()
	u.mu.Lock()
	err := u.err
	u.mu.Unlock()
	if err == nil {
		if cerr := u.ctx.Err(); cerr != nil {
			err = u.s.wrap("put", u.key, cerr)
		}
	}
	return err
}

// complete joins the recorded parts into the object.
func (u *uploader) complete() error {
	parts := make([]minio.CompletePart, 0, len(u.etags))
	for num, etag := range u.etags {
		parts = append(parts, minio.CompletePart{PartNumber: num, ETag: etag})
	}
	sort.Slice(parts, func(i, j int) bool { return parts[i].PartNumber < parts[j].PartNumber })
	for i, p := range parts {
		if p.PartNumber != i+1 {
			return &Error{Op: "complete multipart upload", Endpoint: u.s.cfg.url, Bucket: u.s.cfg.Bucket, Key: u.key,
				Message: fmt.Sprintf("part %d is missing", i+1)}
		}
	}
	_, err := u.s.core.CompleteMultipartUpload(u.ctx, u.s.cfg.Bucket, u.key, u.uploadID, parts, minio.PutObjectOptions{})
	return u.s.wrap("complete multipart upload", u.key, err)
}

// sendPart uploads one part with its MD5 and SHA-256.
func (s *Store) sendPart(ctx context.Context, full, uploadID string, num int, body []byte) (string, error) {
	md := md5.Sum(body)
	sh := sha256.Sum256(body)
	part, err := s.core.PutObjectPart(ctx, s.cfg.Bucket, full, uploadID, num, bytes.NewReader(body), int64(len(body)),
		minio.PutObjectPartOptions{Md5Base64: base64.StdEncoding.EncodeToString(md[:]), Sha256Hex: hex.EncodeToString(sh[:])})
	if err != nil {
		return "", s.wrap(fmt.Sprintf("upload part %d", num), full, err)
	}
	etag := strings.Trim(part.ETag, `"`)
	if want := hex.EncodeToString(md[:]); isMD5ETag(etag) && !strings.EqualFold(etag, want) {
		return "", &Error{Op: fmt.Sprintf("upload part %d", num), Endpoint: s.cfg.url, Bucket: s.cfg.Bucket, Key: full,
			Message: fmt.Sprintf("the store's ETag %s is not the part's MD5 %s", etag, want)}
	}
	return etag, nil
}

func isMD5ETag(etag string) bool {
	if len(etag) != 32 {
		return false
	}
	_, err := hex.DecodeString(etag)
	return err == nil
}
