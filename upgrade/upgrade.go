// Package upgrade turns an HTTPS request into a raw, long-lived connection
// with the HTTP/1.1 Upgrade handshake, on both sides. Agents and the CLI
// reach the server this way on the same port as the API, so the connection
// crosses HTTP proxies (CONNECT) and load balancers that pass upgrades, and
// is authenticated (client certificate or bearer token) before any byte of
// the tunnel protocol flows.
package upgrade

import (
	"bufio"
	"context"
	"crypto/tls"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Request describes one upgrade: where, as what protocol, with which headers.
type Request struct {
	URL      string // https://host:port/path
	Protocol string // value of the Upgrade header, e.g. "tether-agent/1"
	Header   http.Header
	TLS      *tls.Config // RootCAs and client certificates; NextProtos is forced to http/1.1
	// Proxy picks an HTTP proxy for the URL; nil means the environment's
	// (HTTPS_PROXY, NO_PROXY), as net/http does.
	Proxy func(*http.Request) (*url.URL, error)
}

// Dial opens the connection: TCP (through a CONNECT proxy when one applies),
// TLS, the upgrade request, and the 101 answer. Any other answer is returned
// as an error carrying the server's message, with the response for its
// status code.
func Dial(ctx context.Context, req Request) (net.Conn, *http.Response, error) {
	u, err := url.Parse(req.URL)
	if err != nil || u.Scheme != "https" {
		return nil, nil, fmt.Errorf("upgrade URL %q must be https", req.URL)
	}
	addr := u.Host
	if u.Port() == "" {
		addr = net.JoinHostPort(u.Hostname(), "443")
	}
	proxy := req.Proxy
	if proxy == nil {
		proxy = http.ProxyFromEnvironment
	}
	pu, err := proxy(&http.Request{URL: u})
	if err != nil {
		return nil, nil, fmt.Errorf("choosing a proxy: %w", err)
	}
	raw, err := dialTCP(ctx, addr, pu)
	if err != nil {
		return nil, nil, err
	}
	cfg := req.TLS.Clone()
	if cfg == nil {
		cfg = &tls.Config{}
	}
	cfg.NextProtos = []string{"http/1.1"}
	if cfg.ServerName == "" {
		cfg.ServerName = u.Hostname()
	}
	conn := tls.Client(raw, cfg)
	if err := conn.HandshakeContext(ctx); err != nil {
		raw.Close()
		return nil, nil, fmt.Errorf("TLS handshake with %s: %w", addr, err)
	}
	c, resp, err := handshake(ctx, conn, u, req)
	if err != nil {
		conn.Close()
	}
	return c, resp, err
}

func handshake(ctx context.Context, conn net.Conn, u *url.URL, req Request) (net.Conn, *http.Response, error) {
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
		defer conn.SetDeadline(time.Time{})
	}
	hr, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, err
	}
	for k, v := range req.Header {
		hr.Header[k] = v
	}
	hr.Header.Set("Connection", "Upgrade")
	hr.Header.Set("Upgrade", req.Protocol)
	if err := hr.Write(conn); err != nil {
		return nil, nil, fmt.Errorf("sending the upgrade request: %w", err)
	}
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, hr)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the upgrade answer: %w", err)
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		return nil, resp, &Refused{Status: resp.StatusCode, Body: body}
	}
	if !strings.EqualFold(resp.Header.Get("Upgrade"), req.Protocol) {
		return nil, resp, fmt.Errorf("server switched to %q, want %q", resp.Header.Get("Upgrade"), req.Protocol)
	}
	return withBuffer(conn, br), resp, nil
}

// Refused is a server's answer other than 101.
type Refused struct {
	Status int
	Body   []byte // usually a JSON api.Error
}

func (r *Refused) Error() string {
	return fmt.Sprintf("server refused the upgrade: %d %s: %s", r.Status, http.StatusText(r.Status), strings.TrimSpace(string(r.Body)))
}

// dialTCP connects to addr directly or through an HTTP CONNECT proxy.
func dialTCP(ctx context.Context, addr string, proxy *url.URL) (net.Conn, error) {
	var d net.Dialer
	if proxy == nil {
		c, err := d.DialContext(ctx, "tcp", addr)
		if err != nil {
			return nil, fmt.Errorf("connecting to %s: %w", addr, err)
		}
		return c, nil
	}
	paddr := proxy.Host
	if proxy.Port() == "" {
		paddr = net.JoinHostPort(proxy.Hostname(), "80")
	}
	c, err := d.DialContext(ctx, "tcp", paddr)
	if err != nil {
		return nil, fmt.Errorf("connecting to proxy %s: %w", paddr, err)
	}
	if dl, ok := ctx.Deadline(); ok {
		c.SetDeadline(dl)
		defer c.SetDeadline(time.Time{})
	}
	connect := &http.Request{Method: http.MethodConnect, URL: &url.URL{Opaque: addr}, Host: addr, Header: http.Header{}}
	if proxy.User != nil {
		pw, _ := proxy.User.Password()
		cred := base64.StdEncoding.EncodeToString([]byte(proxy.User.Username() + ":" + pw))
		connect.Header.Set("Proxy-Authorization", "Basic "+cred)
	}
	if err := connect.Write(c); err != nil {
		c.Close()
		return nil, fmt.Errorf("proxy %s: %w", paddr, err)
	}
	br := bufio.NewReader(c)
	resp, err := http.ReadResponse(br, connect)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("proxy %s: %w", paddr, err)
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		c.Close()
		return nil, fmt.Errorf("proxy %s refused CONNECT %s: %s", paddr, addr, resp.Status)
	}
	return withBuffer(c, br), nil
}

// Accept answers an upgrade request with 101 and returns the raw
// connection. The caller has authenticated the request already.
func Accept(w http.ResponseWriter, r *http.Request, protocol string) (net.Conn, error) {
	if !strings.EqualFold(r.Header.Get("Upgrade"), protocol) || !headerHas(r.Header, "Connection", "upgrade") {
		return nil, fmt.Errorf("this endpoint needs Connection: Upgrade and Upgrade: %s", protocol)
	}
	hj, ok := w.(http.Hijacker)
	if !ok {
		return nil, fmt.Errorf("the connection cannot be upgraded (HTTP/2?); use HTTP/1.1")
	}
	conn, rw, err := hj.Hijack()
	if err != nil {
		return nil, err
	}
	resp := "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: " + protocol + "\r\n\r\n"
	if _, err := conn.Write([]byte(resp)); err != nil {
		conn.Close()
		return nil, err
	}
	conn.SetDeadline(time.Time{}) // the server's read timeout must not cut a long-lived tunnel
	return withBuffer(conn, rw.Reader), nil
}

// IsRequest reports whether r asks to upgrade to protocol.
func IsRequest(r *http.Request, protocol string) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), protocol)
}

func headerHas(h http.Header, key, token string) bool {
	for _, v := range h.Values(key) {
		for _, t := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(t), token) {
				return true
			}
		}
	}
	return false
}

// withBuffer returns conn reading first whatever br already buffered.
func withBuffer(conn net.Conn, br *bufio.Reader) net.Conn {
	if br == nil || br.Buffered() == 0 {
		return conn
	}
	return &bufferedConn{Conn: conn, r: br}
}

type bufferedConn struct {
	net.Conn
	r *bufio.Reader
}

func (c *bufferedConn) Read(p []byte) (int, error) {
	if c.r != nil {
		if c.r.Buffered() > 0 {
			return c.r.Read(p)
		}
		c.r = nil
	}
	return c.Conn.Read(p)
}

// CloseWrite half-closes when the underlying connection can.
func (c *bufferedConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return fmt.Errorf("connection does not support half-close")
}
