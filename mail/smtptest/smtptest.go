// Package smtptest runs a real SMTP server in-process for tests, so that
// code sending mail can be tested end to end. The server listens on
// 127.0.0.1, can offer STARTTLS with a self-signed certificate and AUTH
// PLAIN, records every message it accepts and decodes its text and HTML
// parts.
//
// It is built on github.com/emersion/go-smtp.
package smtptest

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"io"
	"log"
	"net"
	"net/mail"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Options configures a test server.
type Options struct {
	// Username and Password, when Username is set, enable AUTH PLAIN and
	// make it required before MAIL.
	Username, Password string
	// TLS offers STARTTLS with the server's self-signed certificate.
	TLS bool
	// ImplicitTLS serves TLS from the first byte (SMTPS) instead of STARTTLS.
	ImplicitTLS bool
	// RejectRecipient makes RCPT for this address fail with 550.
	RejectRecipient string
}

// Received is one message the server accepted.
type Received struct {
	From     string      // envelope sender (MAIL FROM)
	To       []string    // envelope recipients (RCPT TO)
	Data     []byte      // the message as transmitted
	Header   mail.Header // parsed top-level header
	Text     string      // first text/plain part, decoded, with \n line endings
	HTML     string      // first text/html part, decoded, with \n line endings
	TLS      bool        // the session was encrypted
	AuthUser string      // user name the client authenticated as, if any
}

// Server is a running test server.
type Server struct {
	opt  Options
	srv  *smtp.Server
	addr *net.TCPAddr
	pool *x509.CertPool
	cert []byte // DER of the self-signed certificate

	mu       sync.Mutex
	msgs     []Received
	taken    []bool        // taken[i]: msgs[i] was returned by WaitFor
	arrivals chan struct{} // closed and replaced on each new message
}

// Start starts a server on 127.0.0.1 with a free port. It is closed when the
// test ends.
func Start(t testing.TB, opt Options) *Server {
	t.Helper()
	cert, pool, err := selfSigned()
	if err != nil {
		t.Fatalf("smtptest: creating certificate: %v", err)
	}
	s := &Server{opt: opt, pool: pool, cert: cert.Certificate[0], arrivals: make(chan struct{})}

	srv := smtp.NewServer(smtp.BackendFunc(s.newSession))
	srv.Domain = "localhost"
	srv.ReadTimeout = time.Minute
	srv.WriteTimeout = time.Minute
	srv.MaxMessageBytes = 10 << 20
	srv.ErrorLog = log.New(io.Discard, "", 0) // failed handshakes are expected in tests
	// AUTH without TLS is allowed: the server only listens on loopback.
	srv.AllowInsecureAuth = true
	tlsCfg := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	if opt.TLS {
		srv.TLSConfig = tlsCfg
	}
	s.srv = srv

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("smtptest: listen: %v", err)
	}
	s.addr = l.Addr().(*net.TCPAddr)
	if opt.ImplicitTLS {
		l = tls.NewListener(l, tlsCfg)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		srv.Serve(l)
	}()
	t.Cleanup(func() {
		srv.Close()
		l.Close() // in case Close ran before Serve registered l
		<-done
	})
	return s
}

// Addr returns the server's address as host:port.
func (s *Server) Addr() string { return s.addr.String() }

// Host returns the server's IP address, 127.0.0.1.
func (s *Server) Host() string { return s.addr.IP.String() }

// Port returns the server's port.
func (s *Server) Port() int { return s.addr.Port }

// RootCAs returns a pool holding the server's self-signed certificate, which
// is valid for 127.0.0.1, ::1 and localhost.
func (s *Server) RootCAs() *x509.CertPool { return s.pool }

// CAPEM returns the server's self-signed certificate in PEM form, for
// programs that take a CA file (such as tether server --smtp-ca-file).
func (s *Server) CAPEM() []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: s.cert})
}

// Messages returns every message received so far, oldest first.
func (s *Server) Messages() []Received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Received(nil), s.msgs...)
}

// WaitFor returns the oldest message with envelope recipient to (compared
// case-insensitively) that no earlier WaitFor call returned, waiting up to
// timeout for one to arrive. It fails the test if none does, so call it from
// the test's goroutine.
func (s *Server) WaitFor(t testing.TB, to string, timeout time.Duration) Received {
	t.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		for i, m := range s.msgs {
			if !s.taken[i] && hasRecipient(m, to) {
				s.taken[i] = true
				s.mu.Unlock()
				return m
			}
		}
		arrivals := s.arrivals
		s.mu.Unlock()

		select {
		case <-arrivals:
		case <-deadline.C:
			t.Fatalf("smtptest: no message to %s arrived within %v (server %s has %d messages)",
				to, timeout, s.Addr(), len(s.Messages()))
			return Received{}
		}
	}
}

func hasRecipient(m Received, to string) bool {
	for _, r := range m.To {
		if strings.EqualFold(r, to) {
			return true
		}
	}
	return false
}

func (s *Server) add(m Received) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.msgs = append(s.msgs, m)
	s.taken = append(s.taken, false)
	close(s.arrivals)
	s.arrivals = make(chan struct{})
}

// session is one SMTP session; go-smtp starts a new one after STARTTLS.
type session struct {
	s    *Server
	tls  bool
	user string
	from string
	to   []string
}

func (s *Server) newSession(c *smtp.Conn) (smtp.Session, error) {
	_, isTLS := c.TLSConnectionState()
	return &session{s: s, tls: isTLS}, nil
}

func (ss *session) AuthMechanisms() []string {
	if ss.s.opt.Username == "" {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *session) Auth(mech string) (sasl.Server, error) {
	if ss.s.opt.Username == "" || mech != sasl.Plain {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if identity != "" && identity != username {
			return smtp.ErrAuthFailed
		}
		if username != ss.s.opt.Username || password != ss.s.opt.Password {
			return smtp.ErrAuthFailed
		}
		ss.user = username
		return nil
	}), nil
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.s.opt.Username != "" && ss.user == "" {
		return smtp.ErrAuthRequired
	}
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if ss.s.opt.RejectRecipient != "" && strings.EqualFold(to, ss.s.opt.RejectRecipient) {
		return &smtp.SMTPError{
			Code:         550,
			EnhancedCode: smtp.EnhancedCode{5, 1, 1},
			Message:      "mailbox " + strconv.Quote(to) + " unavailable",
		}
	}
	ss.to = append(ss.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	m := Received{From: ss.from, To: ss.to, Data: data, TLS: ss.tls, AuthUser: ss.user}
	if err := parse(&m); err != nil {
		return &smtp.SMTPError{
			Code:         554,
			EnhancedCode: smtp.EnhancedCode{5, 6, 0},
			Message:      "smtptest: cannot parse message: " + err.Error(),
		}
	}
	ss.s.add(m)
	return nil
}

func (ss *session) Reset() {
	ss.from = ""
	ss.to = nil
}

func (ss *session) Logout() error { return nil }
