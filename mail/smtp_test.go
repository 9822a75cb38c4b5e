package mail_test

import (
	"context"
	"errors"
	"mime"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether/mail"
	"github.com/tetherhq/tether/mail/smtptest"
)

// Generous: the tests must pass on a busy 2-core machine.
const (
	testTimeout = 30 * time.Second
	waitTimeout = 30 * time.Second
)

func newSMTP(t *testing.T, cfg mail.SMTPConfig) *mail.SMTP {
	t.Helper()
	if cfg.From == "" {
		cfg.From = "Tether <tether@example.com>"
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = testTimeout
	}
	s, err := mail.NewSMTP(cfg)
	if err != nil {
		t.Fatalf("NewSMTP: %v", err)
	}
	return s
}

func testMessage(to string) mail.Message {
	return mail.Message{
		To:      to,
		Subject: "Grüße from Tether",
		Text:    "Hello,\nopen https://tether.example.com/invite?token=abc&x=1 to continue.\n",
		HTML:    `<p>Hello, <a href="https://tether.example.com/invite?token=abc&amp;x=1">continue</a></p>`,
		Notice:  "secret notice that must not be sent",
	}
}

func TestSMTPStartTLSWithAuth(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{TLS: true, Username: "mailer", Password: "s3cret"})
	s := newSMTP(t, mail.SMTPConfig{
		Host: srv.Host(), Port: srv.Port(), Security: "starttls",
		Username: "mailer", Password: "s3cret", RootCAs: srv.RootCAs(),
	})
	m := testMessage("Test User <testuser01@example.com>")
	if err := s.Send(context.Background(), m); err != nil {
		t.Fatalf("Send: %v", err)
	}
	got := srv.WaitFor(t, "testuser01@example.com", waitTimeout)

	if !got.TLS {
		t.Error("message was not sent over TLS")
	}
	if got.AuthUser != "mailer" {
		t.Errorf("AuthUser = %q, want mailer", got.AuthUser)
	}
	if got.From != "tether@example.com" {
		t.Errorf("envelope from = %q", got.From)
	}
	if len(got.To) != 1 || got.To[0] != "testuser01@example.com" {
		t.Errorf("envelope to = %q", got.To)
	}
	from, err := got.Header.AddressList("From")
	if err != nil || len(from) != 1 || from[0].Address != "tether@example.com" || from[0].Name != "Tether" {
		t.Errorf("From header = %q (%v)", got.Header.Get("From"), err)
	}
	to, err := got.Header.AddressList("To")
	if err != nil || len(to) != 1 || to[0].Address != "testuser01@example.com" || to[0].Name != "Test User" {
		t.Errorf("To header = %q (%v)", got.Header.Get("To"), err)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(got.Header.Get("Subject"))
	if err != nil || subject != m.Subject {
		t.Errorf("Subject = %q (%v), want %q", subject, err, m.Subject)
	}
	if d, err := got.Header.Date(); err != nil || time.Since(d).Abs() > time.Hour {
		t.Errorf("Date header = %q (%v)", got.Header.Get("Date"), err)
	}
	if id := got.Header.Get("Message-ID"); !strings.HasPrefix(id, "<") || !strings.HasSuffix(id, "@example.com>") {
		t.Errorf("Message-ID = %q, want <...@example.com>", id)
	}
	if ct := got.Header.Get("Content-Type"); !strings.HasPrefix(ct, "multipart/alternative") {
		t.Errorf("Content-Type = %q, want multipart/alternative", ct)
	}
	if strings.TrimSpace(got.Text) != strings.TrimSpace(m.Text) {
		t.Errorf("text part = %q, want %q", got.Text, m.Text)
	}
	if strings.TrimSpace(got.HTML) != m.HTML {
		t.Errorf("HTML part = %q, want %q", got.HTML, m.HTML)
	}
	if strings.Contains(string(got.Data), "secret notice") {
		t.Error("Notice was sent")
	}
}

func TestSMTPWrongPassword(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{TLS: true, Username: "mailer", Password: "s3cret"})
	s := newSMTP(t, mail.SMTPConfig{
		Host: srv.Host(), Port: srv.Port(),
		Username: "mailer", Password: "wrong-password", RootCAs: srv.RootCAs(),
	})
	err := s.Send(context.Background(), testMessage("testuser01@example.com"))
	if err == nil {
		t.Fatal("Send with a wrong password succeeded")
	}
	t.Log(err)
	for _, want := range []string{"AUTH", srv.Addr(), "mailer"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "wrong-password") {
		t.Errorf("error %q contains the password", err)
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("server received %d messages", n)
	}
}

func TestSMTPRejectedRecipient(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{TLS: true, RejectRecipient: "nobody@example.com"})
	s := newSMTP(t, mail.SMTPConfig{Host: srv.Host(), Port: srv.Port(), RootCAs: srv.RootCAs()})
	err := s.Send(context.Background(), testMessage("Nobody <nobody@example.com>"))
	if err == nil {
		t.Fatal("Send to a rejected recipient succeeded")
	}
	t.Log(err)
	for _, want := range []string{"RCPT", "nobody@example.com", srv.Addr(), "550"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	// The same sender still works for other recipients.
	if err := s.Send(context.Background(), testMessage("somebody@example.com")); err != nil {
		t.Fatalf("Send after rejection: %v", err)
	}
	srv.WaitFor(t, "somebody@example.com", waitTimeout)
}

func TestSMTPConnectionRefused(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().(*net.TCPAddr)
	l.Close()
	s := newSMTP(t, mail.SMTPConfig{Host: "127.0.0.1", Port: addr.Port})
	err = s.Send(context.Background(), testMessage("testuser01@example.com"))
	if err == nil {
		t.Fatal("Send to a closed port succeeded")
	}
	t.Log(err)
	for _, want := range []string{"127.0.0.1:" + strconv.Itoa(addr.Port), "dial"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

func TestSMTPSecurityNone(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{Username: "mailer", Password: "s3cret"})
	// Credentials may go unencrypted only because the server is on loopback.
	s := newSMTP(t, mail.SMTPConfig{
		Host: srv.Host(), Port: srv.Port(), Security: "none", Username: "mailer", Password: "s3cret",
	})
	if err := s.Send(context.Background(), testMessage("testuser01@example.com")); err != nil {
		t.Fatalf("Send: %v", err)
	}
	got := srv.WaitFor(t, "testuser01@example.com", waitTimeout)
	if got.TLS {
		t.Error("TLS recorded for a plain connection")
	}
	if got.AuthUser != "mailer" {
		t.Errorf("AuthUser = %q", got.AuthUser)
	}
}

func TestSMTPStartTLSRequired(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	s := newSMTP(t, mail.SMTPConfig{Host: srv.Host(), Port: srv.Port()}) // starttls by default
	err := s.Send(context.Background(), testMessage("testuser01@example.com"))
	if err == nil {
		t.Fatal("starttls sender delivered over a server without STARTTLS")
	}
	t.Log(err)
	for _, want := range []string{"STARTTLS", srv.Addr()} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("server received %d messages", n)
	}
}

func TestSMTPUntrustedCertificate(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{TLS: true})
	s := newSMTP(t, mail.SMTPConfig{Host: srv.Host(), Port: srv.Port()}) // system roots
	err := s.Send(context.Background(), testMessage("testuser01@example.com"))
	if err == nil || !strings.Contains(err.Error(), "STARTTLS") {
		t.Fatalf("Send with an untrusted certificate: error %v, want one naming STARTTLS", err)
	}
	t.Log(err)

	s = newSMTP(t, mail.SMTPConfig{Host: srv.Host(), Port: srv.Port(), InsecureSkipVerify: true})
	if err := s.Send(context.Background(), testMessage("testuser01@example.com")); err != nil {
		t.Fatalf("Send with InsecureSkipVerify: %v", err)
	}
	if got := srv.WaitFor(t, "testuser01@example.com", waitTimeout); !got.TLS {
		t.Error("message was not sent over TLS")
	}
}

func TestSMTPImplicitTLS(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{ImplicitTLS: true, Username: "mailer", Password: "s3cret"})
	s := newSMTP(t, mail.SMTPConfig{
		Host: srv.Host(), Port: srv.Port(), Security: "tls",
		Username: "mailer", Password: "s3cret", RootCAs: srv.RootCAs(),
	})
	if err := s.Send(context.Background(), testMessage("testuser01@example.com")); err != nil {
		t.Fatalf("Send: %v", err)
	}
	got := srv.WaitFor(t, "testuser01@example.com", waitTimeout)
	if !got.TLS || got.AuthUser != "mailer" {
		t.Errorf("TLS = %v, AuthUser = %q", got.TLS, got.AuthUser)
	}
}

func TestSMTPCancelledContext(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{TLS: true})
	s := newSMTP(t, mail.SMTPConfig{Host: srv.Host(), Port: srv.Port(), RootCAs: srv.RootCAs()})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := s.Send(ctx, testMessage("testuser01@example.com"))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Send with a cancelled context: %v, want context.Canceled", err)
	}
}

func TestSMTPConcurrentSends(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{TLS: true, Username: "mailer", Password: "s3cret"})
	s := newSMTP(t, mail.SMTPConfig{
		Host: srv.Host(), Port: srv.Port(), Username: "mailer", Password: "s3cret", RootCAs: srv.RootCAs(),
	})
	const n = 4
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			errs <- s.Send(context.Background(), testMessage("user"+strconv.Itoa(i)+"@example.com"))
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	for i := range n {
		srv.WaitFor(t, "user"+strconv.Itoa(i)+"@example.com", waitTimeout)
	}
}

func TestSMTPBadMessage(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{TLS: true})
	s := newSMTP(t, mail.SMTPConfig{Host: srv.Host(), Port: srv.Port(), RootCAs: srv.RootCAs()})
	for _, tc := range []struct {
		name string
		m    mail.Message
		want string
	}{
		{"bad recipient", mail.Message{To: "not an address", Text: "x"}, "recipient address"},
		{"no body", mail.Message{To: "a@example.com", Subject: "s"}, "no text or HTML body"},
	} {
		err := s.Send(context.Background(), tc.m)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func TestNewSMTPValidation(t *testing.T) {
	valid := mail.SMTPConfig{Host: "smtp.example.com", From: "Tether <tether@example.com>"}
	for _, tc := range []struct {
		name string
		edit func(*mail.SMTPConfig)
		want string
	}{
		{"no host", func(c *mail.SMTPConfig) { c.Host = "" }, "host"},
		{"blank host", func(c *mail.SMTPConfig) { c.Host = "  " }, "host"},
		{"host with space", func(c *mail.SMTPConfig) { c.Host = "smtp example.com" }, "host"},
		{"no from", func(c *mail.SMTPConfig) { c.From = "" }, "from"},
		{"bad from", func(c *mail.SMTPConfig) { c.From = "Tether tether at example" }, "from"},
		{"bad security", func(c *mail.SMTPConfig) { c.Security = "ssl" }, "security"},
		{"port too big", func(c *mail.SMTPConfig) { c.Port = 70000 }, "port"},
		{"negative port", func(c *mail.SMTPConfig) { c.Port = -1 }, "port"},
		{"negative timeout", func(c *mail.SMTPConfig) { c.Timeout = -time.Second }, "timeout"},
		{"password without user", func(c *mail.SMTPConfig) { c.Password = "p" }, "username"},
	} {
		cfg := valid
		tc.edit(&cfg)
		_, err := mail.NewSMTP(cfg)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one naming %q", tc.name, err, tc.want)
		}
	}
	for _, tc := range []struct {
		security string
		port     int
		want     string
	}{
		{"", 0, "smtp.example.com:587"},
		{"starttls", 0, "smtp.example.com:587"},
		{"none", 0, "smtp.example.com:587"},
		{"tls", 0, "smtp.example.com:465"},
		{"tls", 2465, "smtp.example.com:2465"},
	} {
		cfg := valid
		cfg.Security, cfg.Port = tc.security, tc.port
		s, err := mail.NewSMTP(cfg)
		if err != nil {
			t.Errorf("security %q port %d: %v", tc.security, tc.port, err)
		} else if s.Addr() != tc.want {
			t.Errorf("security %q port %d: Addr() = %q, want %q", tc.security, tc.port, s.Addr(), tc.want)
		}
	}
}
