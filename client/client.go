// Package client is the Go client of Tether's HTTP API, used by the CLI and
// by end-to-end tests. It trusts only the server's CA, and turns API errors
// back into *tether.Error values so callers branch on the same codes the
// server used.
package client

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/upgrade"
)

// Client calls one Tether server.
type Client struct {
	base  *url.URL
	token string
	tls   *tls.Config
	http  *http.Client
}

// New returns a client for serverURL (https://host:port) trusting the CA
// certificates in caPEM. token may be empty for sign-in.
func New(serverURL string, caPEM []byte, token string) (*Client, error) {
	u, err := url.Parse(serverURL)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		return nil, tether.Errorf(tether.EINVALID, "server URL %q must look like https://host:port", serverURL)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		return nil, tether.Errorf(tether.EINVALID, "the CA file holds no PEM certificate")
	}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	tlsConfig := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	transport.TLSClientConfig = tlsConfig
	return &Client{base: u, token: token, tls: tlsConfig, http: &http.Client{Transport: transport, Timeout: 60 * time.Second}}, nil
}

// Token returns the bearer token in use.
func (c *Client) Token() string { return c.token }

// SetToken replaces the bearer token.
func (c *Client) SetToken(t string) { c.token = t }

// UserAgent identifies the Go client (and so the CLI) in the audit trail.
const UserAgent = "tether-cli/0.1"

// do sends a request with an optional JSON body and decodes a JSON answer
// into out (if non-nil).
func (c *Client) do(ctx context.Context, method, path string, query url.Values, in, out any) error {
	u := *c.base
	u.Path = strings.TrimRight(u.Path, "/") + api.Prefix + path
	u.RawQuery = query.Encode()
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), body)
	if err != nil {
		return err
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("User-Agent", UserAgent)
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return unreachable(c.base, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return tether.Errorf(tether.EUNAVAILABLE, "reading the answer of %s: %v", c.base.Host, err)
	}
	if resp.StatusCode >= 300 {
		return apiError(resp.Status, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			return tether.Errorf(tether.EINTERNAL, "decoding the answer of %s %s: %v", method, path, err)
		}
	}
	return nil
}

// stream GETs path and returns the answer's body to read as it arrives.
func (c *Client) stream(ctx context.Context, path string) (io.ReadCloser, error) {
	u := *c.base
	u.Path = strings.TrimRight(u.Path, "/") + api.Prefix + path
	req, err := http.NewRequestWithContext(ctx, "GET", u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", UserAgent)
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, unreachable(c.base, err)
	}
	if resp.StatusCode >= 300 {
		defer resp.Body.Close()
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		return nil, apiError(resp.Status, b)
	}
	return resp.Body, nil
}

// apiError turns an error answer back into a *tether.Error.
func apiError(status string, body []byte) error {
	var e api.Error
	if json.Unmarshal(body, &e) != nil || e.Code == "" {
		return tether.Errorf(tether.EINTERNAL, "server answered %s: %s", status, truncate(body))
	}
	return &tether.Error{Code: e.Code, Message: e.Message}
}

func refusedError(r *upgrade.Refused) error {
	return apiError(fmt.Sprint(r.Status), r.Body)
}

// unreachable explains a transport failure, naming the server and the most
// common causes.
func unreachable(base *url.URL, err error) error {
	var certErr *tls.CertificateVerificationError
	var unknown x509.UnknownAuthorityError
	var host x509.HostnameError
	switch {
	case errors.As(err, &certErr), errors.As(err, &unknown):
		return tether.Errorf(tether.EUNAVAILABLE, "the server at %s presented a certificate not signed by the given CA (wrong --ca-file?): %v", base.Host, err)
	case errors.As(err, &host):
		return tether.Errorf(tether.EUNAVAILABLE, "the server's certificate is not valid for %s: %v", base.Hostname(), err)
	}
	return tether.Errorf(tether.EUNAVAILABLE, "cannot reach the Tether server at %s: %v", base.Host, err)
}

func truncate(b []byte) string {
	if len(b) > 200 {
		b = b[:200]
	}
	return strings.TrimSpace(string(b))
}

func path(format string, names ...string) string {
	args := make([]any, len(names))
	for i, n := range names {
		args[i] = url.PathEscape(n)
	}
	return fmt.Sprintf(format, args...)
}
