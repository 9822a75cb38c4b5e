package s3store

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/minio/minio-go/v7"
)

// Errors to test for with errors.Is.
var (
	// ErrNotFound: the object does not exist.
	ErrNotFound = errors.New("object not found")
	// ErrNoSuchBucket: the bucket does not exist.
	ErrNoSuchBucket = errors.New("bucket does not exist")
	// ErrAccessDenied: the credentials are wrong or lack a permission.
	ErrAccessDenied = errors.New("access denied")
	// ErrUnreachable: no HTTP answer from the endpoint (DNS, connection
	// refused, timeout, TLS).
	ErrUnreachable = errors.New("endpoint unreachable")
	// ErrEncryptionRequired: RequireEncryption is set, this store does not
	// encrypt, and the bucket's default encryption could not be confirmed.
	ErrEncryptionRequired = errors.New("encryption required")
	// ErrTampered: a client-side encrypted object failed authentication:
	// it was changed, truncated, or written under another key.
	ErrTampered = errors.New("client-side encrypted object failed authentication (tampered, truncated, or another key)")
	// ErrSizeMismatch: the body had more or fewer bytes than the size given.
	ErrSizeMismatch = errors.New("body size differs from the size given")
)

// Error is what every network operation returns on failure. It names the
// operation, the endpoint, bucket and key, and the S3 error code if the
// server answered with one.
type Error struct {
	Op         string // "put", "get", "stat", "check", "upload part 3", ...
	Endpoint   string // scheme://host[:port]
	Bucket     string
	Key        string // the full key, Prefix included; empty for bucket operations
	Code       string // the S3 error code ("NoSuchBucket", "SignatureDoesNotMatch"); empty without an S3 answer
	StatusCode int    // the HTTP status; 0 without an HTTP answer
	Message    string // the server's message, or a description of the failure
	Hint       string // what to check, when known
	Err        error  // the underlying error
	kind       error  // one of the Err* sentinels, or nil
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("s3store: ")
	b.WriteString(e.Op)
	b.WriteString(" s3://")
	b.WriteString(e.Bucket)
	if e.Key != "" {
		b.WriteString("/")
		b.WriteString(e.Key)
	}
	b.WriteString(" at ")
	b.WriteString(e.Endpoint)
	b.WriteString(": ")
	switch {
	case e.Code != "":
		b.WriteString(e.Code)
		if e.Message != "" {
			b.WriteString(": ")
			b.WriteString(e.Message)
		}
		if e.StatusCode != 0 {
			fmt.Fprintf(&b, " (HTTP %d)", e.StatusCode)
		}
	case e.Message != "":
		b.WriteString(e.Message)
	case e.Err != nil:
		b.WriteString(e.Err.Error())
	}
	if e.Hint != "" {
		b.WriteString("; ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

func (e *Error) Unwrap() []error {
	var errs []error
	if e.kind != nil {
		errs = append(errs, e.kind)
	}
	if e.Err != nil {
		errs = append(errs, e.Err)
	}
	return errs
}

// wrap turns a client error into an *Error naming op, bucket and key.
func (s *Store) wrap(op, key string, err error) error {
	if err == nil {
		return nil
	}
	var already *Error
	if errors.As(err, &already) {
		return err
	}
	e := &Error{Op: op, Endpoint: s.cfg.url, Bucket: s.cfg.Bucket, Key: key, Err: err}
	var resp minio.ErrorResponse
	if errors.As(err, &resp) && (resp.Code != "" || resp.StatusCode != 0) {
		e.Code, e.StatusCode, e.Message = resp.Code, resp.StatusCode, resp.Message
		if e.Code == "" {
			e.Code = fmt.Sprintf("HTTP%d", resp.StatusCode)
		}
		e.classify()
		return e
	}
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		e.Message = err.Error()
	case isNetError(err):
		e.kind = ErrUnreachable
		inner := err
		var ue *url.Error
		if errors.As(err, &ue) {
			inner = ue.Err // the URL is the endpoint's, named already
		}
		e.Message = "cannot reach the endpoint: " + inner.Error()
		e.Hint = "check Endpoint, the network, and for https the server's certificate"
	default:
		e.Message = err.Error()
	}
	return e
}

func (e *Error) classify() {
	switch e.Code {
	case "NoSuchKey", "NoSuchUpload":
		e.kind = ErrNotFound
	case "NoSuchBucket":
		e.kind = ErrNoSuchBucket
		e.Hint = "create the bucket, or fix Bucket"
	case "InvalidAccessKeyId", "XAdminUserNotFound":
		e.kind = ErrAccessDenied
		e.Hint = "the server does not know AccessKey"
	case "SignatureDoesNotMatch":
		e.kind = ErrAccessDenied
		e.Hint = "wrong SecretKey for AccessKey (or a proxy changed the request)"
	case "ExpiredToken", "InvalidToken", "TokenRefreshRequired":
		e.kind = ErrAccessDenied
		e.Hint = "SessionToken is expired or invalid"
	case "AccessDenied", "AllAccessDisabled":
		e.kind = ErrAccessDenied
		e.Hint = "the credentials lack a permission on the bucket (s3:PutObject, s3:GetObject, s3:ListBucket, s3:GetEncryptionConfiguration, s3:ListBucketMultipartUploads) or are wrong"
	case "AuthorizationHeaderMalformed", "AuthorizationQueryParametersError":
		e.Hint = "check Region (the bucket's region must sign the request)"
	case "PermanentRedirect", "301", "HTTP301":
		e.Hint = "the bucket is in another region: check Region and Endpoint"
	case "KMS.NotFoundException", "KMS.DisabledException", "KMSKeyNotAccessible":
		e.Hint = "check KMSKeyID and the key's policy"
	}
}

func isNetError(err error) bool {
	var ne net.Error
	var oe *net.OpError
	var de *net.DNSError
	if errors.As(err, &oe) || errors.As(err, &de) || errors.As(err, &ne) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "no such host") ||
		strings.Contains(msg, "tls:") || strings.Contains(msg, "x509:")
}
