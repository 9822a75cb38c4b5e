package mail

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	netmail "net/mail"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"
)

// SMTP security modes.
const (
	SecurityStartTLS = "starttls" // plain connection upgraded with STARTTLS; refuses servers without it
	SecurityTLS      = "tls"      // implicit TLS from the first byte (SMTPS)
	SecurityNone     = "none"     // no encryption at all
)

// SMTPConfig configures an SMTP relay.
type SMTPConfig struct {
	Host string
	Port int // default 587, or 465 when Security is "tls"

	// Security is "starttls" (default), "tls" (implicit TLS) or "none".
	Security string

	// Username, when set, makes the client authenticate with PLAIN or LOGIN,
	// whichever the server offers. The password is never logged.
	Username, Password string

	// From is the sender, e.g. "Tether <tether@example.com>". Required.
	From string

	RootCAs            *x509.CertPool // nil means the system roots
	InsecureSkipVerify bool

	// Timeout bounds connecting and each SMTP command. Default 15s.
	Timeout time.Duration
}

// SMTP sends messages through an SMTP server. It is safe for concurrent use;
// each Send opens its own connection.
type SMTP struct {
	cfg    SMTPConfig
	addr   string // host:port, for connecting and for error messages
	from   *netmail.Address
	client *gomail.Client
}

// NewSMTP validates cfg, fills in defaults and returns a sender.
func NewSMTP(cfg SMTPConfig) (*SMTP, error) {
	if strings.TrimSpace(cfg.Host) == "" {
		return nil, errors.New("mail: SMTP host is required")
	}
	if strings.ContainsAny(cfg.Host, " \t\r\n/") {
		return nil, fmt.Errorf("mail: SMTP host %q is not a host name or IP address", cfg.Host)
	}
	switch cfg.Security {
	case "":
		cfg.Security = SecurityStartTLS
	case SecurityStartTLS, SecurityTLS, SecurityNone:
	default:
		return nil, fmt.Errorf("mail: unknown SMTP security %q (want starttls, tls or none)", cfg.Security)
	}
	switch {
	case cfg.Port == 0 && cfg.Security == SecurityTLS:
		cfg.Port = 465
	case cfg.Port == 0:
		cfg.Port = 587
	case cfg.Port < 1 || cfg.Port > 65535:
		return nil, fmt.Errorf("mail: SMTP port %d is out of range 1-65535", cfg.Port)
	}
	if cfg.Username == "" && cfg.Password != "" {
		return nil, errors.New("mail: SMTP password is set but username is empty")
	}
	from, err := parseFrom(cfg.From)
	if err != nil {
		return nil, fmt.Errorf("mail: SMTP from address %q: %w", cfg.From, err)
	}
	switch {
	case cfg.Timeout == 0:
		cfg.Timeout = 15 * time.Second
	case cfg.Timeout < 0:
		return nil, fmt.Errorf("mail: SMTP timeout %v is negative", cfg.Timeout)
	}

	// The go-mail Client runs the mail transaction (MAIL, RCPT, DATA) on a
	// connection that Send sets up itself; see Send for why.
	client, err := gomail.NewClient(cfg.Host, gomail.WithPort(cfg.Port), gomail.WithTimeout(cfg.Timeout))
	if err != nil {
		return nil, fmt.Errorf("mail: SMTP client for %s: %w", cfg.Host, err)
	}
	addr := net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port))
	return &SMTP{cfg: cfg, addr: addr, from: from, client: client}, nil
}

// Addr returns the server address, host:port, with the default port applied.
func (s *SMTP) Addr() string { return s.addr }

// Send delivers m. Errors name the server and the step that failed.
//
// go-mail's Client.DialAndSend performs dial, STARTTLS and AUTH in one call
// and returns their errors unlabelled, so an operator could not tell a
// refused connection from a bad password. Send therefore drives those steps
// with go-mail's smtp package and hands the ready connection to
// Client.SendWithSMTPClient for the transaction.
func (s *SMTP) Send(ctx context.Context, m Message) error {
	msg, err := buildMsg(s.from, m)
	if err != nil {
		return err
	}
	c, err := s.connect(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	defer context.AfterFunc(ctx, func() { c.Close() })() // cancelling ctx aborts the transaction

	if err := s.client.SendWithSMTPClient(c, msg); err != nil {
		var se *gomail.SendError
		if errors.As(err, &se) && se.Reason == gomail.ErrSMTPRcptTo {
			return s.fail(ctx, "RCPT for address "+msg.GetTo()[0].Address+" rejected", err)
		}
		return s.fail(ctx, "sending message", err)
	}
	// The server has accepted the message; a failed QUIT must not make the
	// caller retry and deliver it twice.
	_ = c.Quit()
	return nil
}

// connect dials the server and performs greeting, EHLO, TLS and AUTH. On
// success the caller owns the client.
func (s *SMTP) connect(ctx context.Context) (_ *smtp.Client, err error) {
	tlsCfg := &tls.Config{
		ServerName:         s.cfg.Host,
		RootCAs:            s.cfg.RootCAs,
		InsecureSkipVerify: s.cfg.InsecureSkipVerify,
		MinVersion:         tls.VersionTLS12,
	}
	dialer := net.Dialer{Timeout: s.cfg.Timeout}
	conn, err := dialer.DialContext(ctx, "tcp", s.addr)
	if err != nil {
		return nil, s.fail(ctx, "dial", err)
	}
	// Cancelling ctx aborts whatever step is in progress.
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer func() {
		stop()
		if err != nil {
			conn.Close()
		}
	}()
	if err := conn.SetDeadline(time.Now().Add(s.cfg.Timeout)); err != nil {
		return nil, s.fail(ctx, "setting deadline", err)
	}

	if s.cfg.Security == SecurityTLS {
		tc := tls.Client(conn, tlsCfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			return nil, s.fail(ctx, "TLS handshake", err)
		}
		conn = tc
	}
	c, err := smtp.NewClient(conn, s.cfg.Host)
	if err != nil {
		return nil, s.fail(ctx, "reading greeting", err)
	}
	if err := c.Hello(helloName()); err != nil {
		return nil, s.fail(ctx, "EHLO", err)
	}

	if s.cfg.Security == SecurityStartTLS {
		if ok, _ := c.Extension("STARTTLS"); !ok {
			return nil, fmt.Errorf("mail: SMTP server %s does not offer STARTTLS; refusing to send "+
				"unencrypted (set security to \"none\" to allow it)", s.addr)
		}
		if err := c.UpdateDeadline(s.cfg.Timeout); err != nil {
			return nil, s.fail(ctx, "setting deadline", err)
		}
		// The handshake runs as part of StartTLS's second EHLO.
		if err := c.StartTLS(tlsCfg); err != nil {
			return nil, s.fail(ctx, "STARTTLS", err)
		}
	}

	if s.cfg.Username != "" {
		if err := s.auth(ctx, c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// auth logs in with PLAIN or LOGIN. go-mail refuses to send the password
// over an unencrypted connection unless the server is on localhost.
func (s *SMTP) auth(ctx context.Context, c *smtp.Client) error {
	step := fmt.Sprintf("AUTH as %q", s.cfg.Username)
	ok, offered := c.Extension("AUTH")
	if !ok {
		return fmt.Errorf("mail: SMTP server %s: %s: server does not offer AUTH", s.addr, step)
	}
	var a smtp.Auth
	mechs := strings.Fields(strings.ToUpper(offered))
	switch {
	case slices.Contains(mechs, "PLAIN"):
		a = smtp.PlainAuth("", s.cfg.Username, s.cfg.Password, s.cfg.Host, false)
	case slices.Contains(mechs, "LOGIN"):
		a = smtp.LoginAuth(s.cfg.Username, s.cfg.Password, s.cfg.Host, false)
	default:
		return fmt.Errorf("mail: SMTP server %s: %s: server offers %q, want PLAIN or LOGIN",
			s.addr, step, offered)
	}
	if err := c.UpdateDeadline(s.cfg.Timeout); err != nil {
		return s.fail(ctx, "setting deadline", err)
	}
	if err := c.Auth(a); err != nil {
		return s.fail(ctx, step, err)
	}
	return nil
}

// fail wraps err with the server address and the failed step, preferring the
// context's error when the context ended the step.
func (s *SMTP) fail(ctx context.Context, step string, err error) error {
	if ctx.Err() != nil {
		err = context.Cause(ctx)
	}
	return fmt.Errorf("mail: SMTP server %s: %s: %w", s.addr, step, err)
}

// helloName is the name sent with EHLO: this machine's host name.
func helloName() string {
	if h, err := os.Hostname(); err == nil && h != "" && !strings.ContainsAny(h, " \t\r\n") {
		return h
	}
	return "localhost"
}
