package upgrade

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"testing"
	"time"
)

// echoServer upgrades requests for "test/1" and echoes bytes back.
func echoServer(t *testing.T) *httptest.Server {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Token") != "ok" {
			http.Error(w, `{"Code":"unauthorized"}`, http.StatusUnauthorized)
			return
		}
		conn, err := Accept(w, r, "test/1")
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		// Answer at once, so the client may read tunnel bytes buffered
		// together with the 101.
		conn.Write([]byte("hello\n"))
		io.Copy(conn, conn)
		conn.Close()
	}))
	t.Cleanup(srv.Close)
	return srv
}

func tlsConfig(srv *httptest.Server) *tls.Config {
	pool := x509.NewCertPool()
	pool.AddCert(srv.Certificate())
	return &tls.Config{RootCAs: pool}
}

func noProxy(*http.Request) (*url.URL, error) { return nil, nil }

func roundTrip(t *testing.T, conn net.Conn) {
	t.Helper()
	br := bufio.NewReader(conn)
	line, err := br.ReadString('\n')
	if err != nil || line != "hello\n" {
		t.Fatalf("greeting %q, %v", line, err)
	}
	conn.Write([]byte("ping\n"))
	line, err = br.ReadString('\n')
	if err != nil || line != "ping\n" {
		t.Fatalf("echo %q, %v", line, err)
	}
}

func TestDialAndAccept(t *testing.T) {
	srv := echoServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, _, err := Dial(ctx, Request{URL: srv.URL + "/x", Protocol: "test/1", Header: http.Header{"X-Token": {"ok"}}, TLS: tlsConfig(srv), Proxy: noProxy})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	roundTrip(t, conn)
}

func TestRefused(t *testing.T) {
	srv := echoServer(t)
	ctx := context.Background()
	_, resp, err := Dial(ctx, Request{URL: srv.URL, Protocol: "test/1", TLS: tlsConfig(srv), Proxy: noProxy})
	var refused *Refused
	if !asRefused(err, &refused) || refused.Status != 401 || resp.StatusCode != 401 || string(refused.Body) != "{\"Code\":\"unauthorized\"}\n" {
		t.Fatalf("got %v", err)
	}
	_, _, err = Dial(ctx, Request{URL: srv.URL, Protocol: "test/1", TLS: &tls.Config{}, Proxy: noProxy})
	if err == nil {
		t.Fatal("a server outside the trusted CAs was accepted")
	}
	if _, _, err = Dial(ctx, Request{URL: "http://example.com", Protocol: "test/1"}); err == nil {
		t.Fatal("plain http accepted")
	}
}

func asRefused(err error, target **Refused) bool {
	r, ok := err.(*Refused)
	*target = r
	return ok
}

// A CONNECT proxy, as corporate networks put between agents and servers.
func TestThroughConnectProxy(t *testing.T) {
	srv := echoServer(t)
	var connects atomic.Int32
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodConnect || r.Header.Get("Proxy-Authorization") == "" {
			http.Error(w, "CONNECT with credentials only", http.StatusProxyAuthRequired)
			return
		}
		connects.Add(1)
		up, err := net.Dial("tcp", r.Host)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		down, _, _ := w.(http.Hijacker).Hijack()
		down.Write([]byte("HTTP/1.1 200 Connection established\r\n\r\n"))
		go func() { io.Copy(up, down); up.Close() }()
		io.Copy(down, up)
		down.Close()
	}))
	defer proxy.Close()
	pu, _ := url.Parse(proxy.URL)
	pu.User = url.UserPassword("agent", "secret")
	conn, _, err := Dial(context.Background(), Request{URL: srv.URL, Protocol: "test/1", Header: http.Header{"X-Token": {"ok"}},
		TLS: tlsConfig(srv), Proxy: http.ProxyURL(pu)})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	roundTrip(t, conn)
	if connects.Load() != 1 {
		t.Errorf("%d CONNECTs through the proxy, want 1", connects.Load())
	}
}
