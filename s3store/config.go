package s3store

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/minio/minio-go/v7/pkg/s3utils"
)

// Encryption modes for [Config].Encryption.
const (
	// EncryptionNone stores objects as sent; the bucket's default
	// encryption, if any, applies.
	EncryptionNone = ""
	// EncryptionSSES3 asks S3 to encrypt each object with keys it manages
	// (x-amz-server-side-encryption: AES256).
	EncryptionSSES3 = "SSE-S3"
	// EncryptionSSEKMS asks S3 to encrypt each object with a KMS key
	// (x-amz-server-side-encryption: aws:kms and Config.KMSKeyID).
	EncryptionSSEKMS = "SSE-KMS"
	// EncryptionClient encrypts on this machine with AES-256-GCM under
	// Config.ClientKey before anything leaves it; see the package doc for
	// the format. The store never sees the plaintext or the key.
	EncryptionClient = "client"
)

// Sizes and limits.
const (
	// MinPartSize is S3's smallest part (all but the last).
	MinPartSize = 5 << 20
	// MaxPartSize is S3's largest part.
	MaxPartSize = 5 << 30
	// DefaultPartSize is used when Config.PartSize is 0.
	DefaultPartSize = 8 << 20
	// MaxParts is S3's largest part count; the part size grows for objects
	// larger than MaxParts*PartSize whose size is known.
	MaxParts = 10000
	// MaxObjectSize is S3's largest object (5 TiB).
	MaxObjectSize = 5 << 40
	// DefaultConcurrency is used when Config.Concurrency is 0.
	DefaultConcurrency = 4
	// DefaultMaxRetries is used when Config.MaxRetries is 0.
	DefaultMaxRetries = 5
	// maxKeyLen is S3's longest key, in bytes.
	maxKeyLen = 1024
	// maxUserMetadata is S3's limit on user metadata, keys and values.
	maxUserMetadata = 2 << 10
)

// Config says where and how objects are stored.
type Config struct {
	// Endpoint is the S3 API's URL: "https://minio.example.com:9000",
	// "http://127.0.0.1:7070", or a bare "host:port" (HTTPS). Empty means
	// AWS S3 (s3.amazonaws.com, regional endpoints by Region).
	Endpoint string
	// Region signs requests. Empty means us-east-1 for a custom Endpoint,
	// and for AWS the bucket's own region, looked up once.
	Region string
	// Bucket holds the objects. Required.
	Bucket string
	// Prefix is put before every key as is: "recordings/" stores key
	// "s-1.cast" as "recordings/s-1.cast".
	Prefix string
	// AccessKey, SecretKey and SessionToken are static credentials. With
	// none of them the usual AWS chain applies: AWS_ACCESS_KEY_ID and
	// friends, ~/.aws/credentials, then the EC2/ECS instance role.
	AccessKey, SecretKey, SessionToken string
	// PathStyle forces path-style requests (http://host/bucket/key), which
	// MinIO, Ceph and versitygw usually need. Without it AWS gets
	// virtual-hosted requests and other endpoints path-style.
	PathStyle bool
	// Encryption is one of EncryptionNone, EncryptionSSES3 ("SSE-S3", or
	// "AES256"), EncryptionSSEKMS ("SSE-KMS", or "aws:kms") with
	// KMSKeyID, or EncryptionClient ("client") with ClientKey.
	Encryption string
	// KMSKeyID is the KMS key (ID, ARN or alias) for SSE-KMS.
	KMSKeyID string
	// ClientKey is the 32-byte AES-256 key for client-side encryption.
	// Losing it loses every object written with it.
	ClientKey []byte
	// RequireEncryption is the seed's "allow only encrypted S3 buckets":
	// uploads are refused unless the bucket has default encryption
	// (GetBucketEncryption shows a rule) or Encryption makes this store
	// encrypt every object itself.
	RequireEncryption bool
	// PartSize is the multipart part size: 0 means DefaultPartSize; else
	// between MinPartSize and MaxPartSize. Bodies up to one part go in one
	// PUT. Memory used by an upload is about Concurrency*PartSize.
	PartSize int64
	// Concurrency is how many parts of one upload are sent at once: 0
	// means DefaultConcurrency.
	Concurrency int
	// MaxRetries is how many times one request is tried on a network
	// error, a 5xx or a throttle: 0 means DefaultMaxRetries, 1 no retry.
	MaxRetries int
	// Transport carries the requests: nil means a default HTTP transport.
	// Set it for a private CA, a proxy, or to watch requests in tests.
	Transport http.RoundTripper
}

// normalized is a checked Config with defaults filled in.
type normalized struct {
	Config
	host   string // host[:port] for the client
	secure bool
	aws    bool
	url    string // the endpoint as shown in errors
}

func configError(field, format string, args ...any) error {
	return fmt.Errorf("s3store: config: %s: %s", field, fmt.Sprintf(format, args...))
}

// validate checks cfg and fills defaults; every error names the field.
func validate(cfg Config) (*normalized, error) {
	n := &normalized{Config: cfg}
	n.ClientKey = append([]byte(nil), cfg.ClientKey...)

	// Endpoint.
	ep := strings.TrimSpace(cfg.Endpoint)
	switch {
	case ep == "":
		n.aws, n.secure, n.host = true, true, "s3.amazonaws.com"
		n.url = "https://s3.amazonaws.com"
	default:
		raw := ep
		if !strings.Contains(raw, "://") {
			raw = "https://" + raw
		}
		u, err := url.Parse(raw)
		if err != nil {
			return nil, configError("Endpoint", "%q is not a URL: %v", cfg.Endpoint, err)
		}
		switch u.Scheme {
		case "http":
		case "https":
			n.secure = true
		default:
			return nil, configError("Endpoint", "%q: scheme must be http or https, not %q", cfg.Endpoint, u.Scheme)
		}
		if u.Host == "" || u.Hostname() == "" {
			return nil, configError("Endpoint", "%q has no host", cfg.Endpoint)
		}
		if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
			return nil, configError("Endpoint", "%q must be scheme://host[:port] only, without a path, query or user (the bucket goes in Bucket)", cfg.Endpoint)
		}
		n.host = u.Host
		n.url = u.Scheme + "://" + u.Host
		n.aws = strings.EqualFold(u.Hostname(), "s3.amazonaws.com")
	}

	// Region.
	n.Region = strings.TrimSpace(cfg.Region)
	if n.Region == "" && !n.aws {
		n.Region = "us-east-1"
	}
	for _, r := range n.Region {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return nil, configError("Region", "%q: only lower-case letters, digits and '-' (like eu-west-1)", cfg.Region)
		}
	}

	// Bucket.
	if cfg.Bucket == "" {
		return nil, configError("Bucket", "required")
	}
	if err := s3utils.CheckValidBucketName(cfg.Bucket); err != nil {
		return nil, configError("Bucket", "%q: %v", cfg.Bucket, err)
	}

	// Prefix.
	if cfg.Prefix != "" {
		if strings.HasPrefix(cfg.Prefix, "/") {
			return nil, configError("Prefix", "%q must not start with '/'", cfg.Prefix)
		}
		if err := checkKeyText(cfg.Prefix); err != nil {
			return nil, configError("Prefix", "%q: %v", cfg.Prefix, err)
		}
		if len(cfg.Prefix) >= maxKeyLen {
			return nil, configError("Prefix", "%d bytes leaves no room for a key (S3 keys are at most %d bytes)", len(cfg.Prefix), maxKeyLen)
		}
	}

	// Credentials.
	switch {
	case cfg.AccessKey == "" && cfg.SecretKey == "" && cfg.SessionToken == "":
	case cfg.AccessKey == "":
		return nil, configError("AccessKey", "required with SecretKey or SessionToken")
	case cfg.SecretKey == "":
		return nil, configError("SecretKey", "required with AccessKey")
	}

	// Encryption.
	switch strings.TrimSpace(cfg.Encryption) {
	case "", "none":
		n.Encryption = EncryptionNone
	case "SSE-S3", "sse-s3", "AES256":
		n.Encryption = EncryptionSSES3
	case "SSE-KMS", "sse-kms", "aws:kms":
		n.Encryption = EncryptionSSEKMS
	case "client", "CLIENT", "client-side":
		n.Encryption = EncryptionClient
	default:
		return nil, configError("Encryption", "%q: want \"\" (none), %q, %q or %q", cfg.Encryption, EncryptionSSES3, EncryptionSSEKMS, EncryptionClient)
	}
	if n.Encryption == EncryptionSSEKMS && strings.TrimSpace(cfg.KMSKeyID) == "" {
		return nil, configError("KMSKeyID", "required with Encryption %q", EncryptionSSEKMS)
	}
	if n.Encryption != EncryptionSSEKMS && cfg.KMSKeyID != "" {
		return nil, configError("KMSKeyID", "set, but Encryption is %q, not %q", n.Encryption, EncryptionSSEKMS)
	}
	if n.Encryption == EncryptionClient && len(cfg.ClientKey) != 32 {
		return nil, configError("ClientKey", "must be 32 bytes (AES-256) with Encryption %q, got %d", EncryptionClient, len(cfg.ClientKey))
	}
	if n.Encryption != EncryptionClient && len(cfg.ClientKey) != 0 {
		return nil, configError("ClientKey", "set, but Encryption is %q, not %q", n.Encryption, EncryptionClient)
	}

	// Sizes.
	switch {
	case cfg.PartSize == 0:
		n.PartSize = DefaultPartSize
	case cfg.PartSize < MinPartSize:
		return nil, configError("PartSize", "%d is below S3's minimum part of %d bytes (5 MiB)", cfg.PartSize, MinPartSize)
	case cfg.PartSize > MaxPartSize:
		return nil, configError("PartSize", "%d is above S3's maximum part of %d bytes (5 GiB)", cfg.PartSize, int64(MaxPartSize))
	}
	switch {
	case cfg.Concurrency == 0:
		n.Concurrency = DefaultConcurrency
	case cfg.Concurrency < 0 || cfg.Concurrency > 64:
		return nil, configError("Concurrency", "%d: want 1 to 64", cfg.Concurrency)
	}
	switch {
	case cfg.MaxRetries == 0:
		n.MaxRetries = DefaultMaxRetries
	case cfg.MaxRetries < 0 || cfg.MaxRetries > 100:
		return nil, configError("MaxRetries", "%d: want 1 to 100", cfg.MaxRetries)
	}
	return n, nil
}

// checkKeyText rejects what S3-compatible stores disagree on: invalid
// UTF-8, control characters, and "." or ".." path segments (a posix
// backend would resolve them).
func checkKeyText(s string) error {
	if !utf8.ValidString(s) {
		return errors.New("not valid UTF-8")
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return fmt.Errorf("control character %U", r)
		}
	}
	for _, seg := range strings.Split(s, "/") {
		if seg == "." || seg == ".." {
			return fmt.Errorf("path segment %q", seg)
		}
	}
	return nil
}

// objectKey checks a caller's key and returns Prefix+key.
func (n *normalized) objectKey(key string) (string, error) {
	if key == "" {
		return "", errors.New("s3store: empty key")
	}
	if strings.HasPrefix(key, "/") && n.Prefix == "" {
		return "", fmt.Errorf("s3store: key %q must not start with '/'", key)
	}
	if strings.Contains(n.Prefix+key, "//") {
		return "", fmt.Errorf("s3store: key %q: Prefix+key %q has an empty path segment", key, n.Prefix+key)
	}
	if err := checkKeyText(key); err != nil {
		return "", fmt.Errorf("s3store: key %q: %v", key, err)
	}
	full := n.Prefix + key
	if len(full) > maxKeyLen {
		return "", fmt.Errorf("s3store: key %q: Prefix+key is %d bytes, S3 allows %d", key, len(full), maxKeyLen)
	}
	return full, nil
}
