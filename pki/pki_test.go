package pki

import (
	"crypto/tls"
	"crypto/x509"
	"strings"
	"testing"
	"time"
)

func TestCAIssuesVerifiableServerCertificate(t *testing.T) {
	now := time.Now()
	ca, err := NewCA("test CA", now)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ca.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Unmarshal(b)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := loaded.IssueServer([]string{"localhost", "127.0.0.1"}, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"localhost", "127.0.0.1"} {
		_, err := cert.Leaf.Verify(x509.VerifyOptions{DNSName: name, Roots: ca.CertPool()})
		if err != nil {
			t.Errorf("verify for %s: %v", name, err)
		}
	}
	if _, err := cert.Leaf.Verify(x509.VerifyOptions{DNSName: "example.com", Roots: ca.CertPool()}); err == nil {
		t.Error("certificate verified for a name it was not issued for")
	}
	other, _ := NewCA("other", now)
	if _, err := cert.Leaf.Verify(x509.VerifyOptions{DNSName: "localhost", Roots: other.CertPool()}); err == nil {
		t.Error("certificate verified against a foreign CA")
	}
}

func TestTLSHandshakeWithIssuedCertificate(t *testing.T) {
	ca, _ := NewCA("test CA", time.Now())
	cert, err := ca.IssueServer([]string{"127.0.0.1"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}})
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err == nil {
			c.(*tls.Conn).Handshake()
			c.Close()
		}
	}()
	conn, err := tls.Dial("tcp", ln.Addr().String(), &tls.Config{RootCAs: ca.CertPool()})
	if err != nil {
		t.Fatal(err)
	}
	conn.Close()
}

func TestFingerprintAndPEM(t *testing.T) {
	ca, _ := NewCA("test CA", time.Now())
	fp := Fingerprint(ca.Cert)
	if !strings.HasPrefix(fp, "SHA256:") || len(fp) != len("SHA256:")+32*3-1 {
		t.Errorf("fingerprint %q has the wrong shape", fp)
	}
	parsed, err := ParseCertificatePEM(ca.CertPEM)
	if err != nil || Fingerprint(parsed) != fp {
		t.Errorf("PEM round trip changed the certificate: %v", err)
	}
	if _, err := ParseCertificatePEM([]byte("garbage")); err == nil {
		t.Error("garbage parsed as a certificate")
	}
	if _, err := Unmarshal([]byte(`{"cert":"x"}`)); err == nil {
		t.Error("broken CA document accepted")
	}
}

func TestClientCertificates(t *testing.T) {
	now := time.Now()
	ca, _ := NewCA("test CA", now)
	keyPEM, csrPEM, err := NewKeyAndCSR()
	if err != nil {
		t.Fatal(err)
	}
	certPEM, err := ca.IssueClient(csrPEM, "mi-0123456789abcdef0", now)
	if err != nil {
		t.Fatal(err)
	}
	pair, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		t.Fatalf("issued certificate does not match the key: %v", err)
	}
	cert, _ := x509.ParseCertificate(pair.Certificate[0])
	if cert.Subject.CommonName != "mi-0123456789abcdef0" {
		t.Errorf("CN = %q", cert.Subject.CommonName)
	}
	if _, err := cert.Verify(x509.VerifyOptions{Roots: ca.CertPool(), KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}); err != nil {
		t.Errorf("client certificate does not verify: %v", err)
	}
	if len(PublicKeyFingerprint(cert)) != 64 {
		t.Errorf("fingerprint %q", PublicKeyFingerprint(cert))
	}
	for name, bad := range map[string][]byte{"garbage": []byte("x"), "a certificate": certPEM} {
		if _, err := ca.IssueClient(bad, "mi-x", now); err == nil {
			t.Errorf("%s accepted as a certificate request", name)
		}
	}
}
