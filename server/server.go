// Package server is Tether's control plane over HTTPS: it loads the account
// and CA from the store, serves the JSON API (every request through one
// authentication, authorization and audit path), and later the console and
// the agents' connections on the same port.
package server

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/audit"
	"github.com/tetherhq/tether/authz"
	"github.com/tetherhq/tether/broker"
	"github.com/tetherhq/tether/identity"
	"github.com/tetherhq/tether/mail"
	"github.com/tetherhq/tether/mfa"
	"github.com/tetherhq/tether/pki"
	"github.com/tetherhq/tether/preferences"
	"github.com/tetherhq/tether/recording"
	"github.com/tetherhq/tether/s3store"
	"github.com/tetherhq/tether/store"
)

// Config configures a Server.
type Config struct {
	Store store.Store
	// PublicURL is how clients and agents reach the server; its host goes
	// into the server certificate.
	PublicURL string
	// TLSCertFile and TLSKeyFile replace the certificate issued by Tether's
	// own CA with one the operator provides.
	TLSCertFile, TLSKeyFile string
	Log                     *slog.Logger
	// Audit receives every event; the default keeps them in the store's
	// hash-chained audit trail and hands them to AuditSinks.
	Audit              Auditor
	AuditSinks         []audit.Sink
	IdleTimeout        time.Duration // sessions without traffic end after this; default 20 min
	MaxSessionDuration time.Duration // sessions end after this long; 0 means no limit
	RunAs              string        // OS user of sessions; default ssm-user
	ShellProfile       string        // commands typed into every shell session first
	// SpoolDir is the local spool of session recordings; every session is
	// recorded there before anything is forwarded. Empty disables
	// recording (tests of other parts only).
	SpoolDir string
	// S3 is the endpoint, credentials and encryption for uploading
	// recordings; the bucket and prefix come from the session preferences.
	S3 s3store.Config
	// Mail sends invitations and emailed sign-in codes; nil refuses both
	// (the CLI sets an SMTP server or an outbox directory).
	Mail mail.Sender
	Now  func() time.Time
}

// Server is a running control plane.
type Server struct {
	store    store.Store
	account  tether.Account
	ca       *pki.CA
	cert     tls.Certificate
	identity *identity.Service
	broker   *broker.Service
	authz    *authz.Authorizer
	agents   agentRegistry
	live     liveSessions
	// shuttingDown explains to sessions cut by a shutdown why they end.
	shuttingDown atomic.Bool
	// idleTimeout ends sessions without traffic for this long;
	// maxDuration ends any session after this long (0: never).
	idleTimeout, maxDuration time.Duration
	prefs                    *preferences.Service
	spool                    *recording.Spool // nil when recording is off
	shipQueue                chan string
	logShipping              sync.Map // session ID -> *sync.Mutex held while shipping its logs
	s3                       s3store.Config
	publicURL                string
	replica                  string // random name of this process, in agent connection IDs
	audit                    Auditor
	trail                    *audit.Trail // the default auditor's trail, flushed at shutdown; nil otherwise
	log                      *slog.Logger
	now                      func() time.Time
	handler                  http.Handler
}

// New loads the account and CA from the store and prepares the TLS
// certificate. The store must have been initialised (see Init).
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	var trail *audit.Trail
	if cfg.Audit == nil {
		trail = audit.NewTrail(cfg.Store, cfg.Log, cfg.AuditSinks...)
		cfg.Audit = TrailAuditor{Trail: trail, Log: cfg.Log}
	}
	acct, err := cfg.Store.Account(ctx)
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		return nil, tether.Errorf(tether.EINVALID, "the database is not initialised; run tether server init first")
	} else if err != nil {
		return nil, err
	}
	ca, err := LoadCA(ctx, cfg.Store)
	if err != nil {
		return nil, err
	}
	s := &Server{
		store: cfg.Store, account: acct, ca: ca, audit: cfg.Audit, trail: trail, log: cfg.Log, now: cfg.Now,
		identity:    &identity.Service{Store: cfg.Store, Now: cfg.Now, Mail: cfg.Mail, PublicURL: cfg.PublicURL},
		broker:      &broker.Service{Store: cfg.Store, CA: ca, Account: acct, Now: cfg.Now, RunAs: cfg.RunAs},
		authz:       &authz.Authorizer{Account: acct, Now: cfg.Now},
		replica:     newRequestID(),
		idleTimeout: cfg.IdleTimeout,
		maxDuration: cfg.MaxSessionDuration,
		publicURL:   cfg.PublicURL,
	}
	s.identity.Events = s.recordIdentityEvent
	if s.identity.WebAuthn, err = relyingParty(cfg.PublicURL); err != nil {
		s.log.Warn("security keys (WebAuthn) are unavailable", "reason", err)
	}
	if s.idleTimeout == 0 {
		s.idleTimeout = DefaultIdleTimeout
	}
	s.prefs = &preferences.Service{Store: cfg.Store, Defaults: defaultPreferences(cfg, s.idleTimeout)}
	s.s3, s.shipQueue = cfg.S3, make(chan string, 1024)
	if cfg.SpoolDir != "" {
		if err := s.openSpool(ctx, cfg.SpoolDir); err != nil {
			return nil, err
		}
	}
	if s.cert, err = serverCertificate(cfg, ca); err != nil {
		return nil, err
	}
	if err := s.failOrphanedSessions(ctx); err != nil {
		return nil, err
	}
	if err := s.broker.ResetConnections(ctx); err != nil {
		return nil, err
	}
	s.handler = s.routes()
	return s, nil
}

// openSpool opens the recording spool, sealing what a crash left open.
func (s *Server) openSpool(ctx context.Context, dir string) error {
	key, err := recordingKey(ctx, s.store)
	if err != nil {
		return fmt.Errorf("recording key: %w", err)
	}
	if s.spool, err = recording.OpenSpool(dir, key, recording.Options{}); err != nil {
		return err
	}
	recovered, err := s.spool.Recover()
	for _, id := range recovered {
		s.log.Warn("sealed a recording left open by a crash", "session", id)
	}
	if err != nil {
		s.log.Error("some recordings could not be recovered", "err", err)
	}
	return nil
}

// defaultPreferences are the session preferences the server's flags give,
// restored by a reset.
func defaultPreferences(cfg Config, idle time.Duration) tether.SessionPreferences {
	p := preferences.DefaultPreferences()
	p.IdleSessionTimeout = min(60, max(1, int((idle+time.Minute-1)/time.Minute)))
	p.MaxSessionDuration = min(1440, int((cfg.MaxSessionDuration+time.Minute-1)/time.Minute))
	p.RunAsEnabled = true
	if cfg.RunAs != "" {
		p.RunAsDefaultUser = cfg.RunAs
	}
	p.ShellProfile = cfg.ShellProfile
	return p
}

// relyingParty is the WebAuthn relying party of the console at publicURL:
// credentials are scoped to its host name, which must be a name, not an
// address.
func relyingParty(publicURL string) (*mfa.WebAuthn, error) {
	u, err := url.Parse(publicURL)
	if err != nil || u.Hostname() == "" {
		return nil, fmt.Errorf("no public URL with a host name")
	}
	if net.ParseIP(u.Hostname()) != nil {
		return nil, fmt.Errorf("the public URL %s names an IP address; WebAuthn needs a host name (use --public-url)", publicURL)
	}
	return mfa.NewWebAuthn(mfa.WebAuthnConfig{RPID: u.Hostname(), RPDisplayName: "Tether",
		RPOrigins: []string{u.Scheme + "://" + u.Host}})
}

// recordIdentityEvent puts a security event (lockout, device change) in the
// audit trail next to the API calls.
func (s *Server) recordIdentityEvent(ctx context.Context, ev identity.Event) {
	s.audit.Record(ctx, AuditEvent{
		Time: s.now(), Action: "tether:" + ev.Name, UserName: ev.UserName, SourceIP: ev.SourceIP,
		Resource: s.account.UserARN(ev.UserName), Detail: ev.Detail,
	})
}

// serverCertificate is the operator's certificate when given, else one
// issued by Tether's CA for the public URL's host and the loopback names.
func serverCertificate(cfg Config, ca *pki.CA) (tls.Certificate, error) {
	if cfg.TLSCertFile != "" || cfg.TLSKeyFile != "" {
		cert, err := tls.LoadX509KeyPair(cfg.TLSCertFile, cfg.TLSKeyFile)
		if err != nil {
			return tls.Certificate{}, tether.Errorf(tether.EINVALID, "TLS certificate: %v", err)
		}
		return cert, nil
	}
	hosts := []string{"localhost", "127.0.0.1", "::1"}
	if cfg.PublicURL != "" {
		u, err := url.Parse(cfg.PublicURL)
		if err != nil || u.Hostname() == "" || u.Scheme != "https" {
			return tls.Certificate{}, tether.Errorf(tether.EINVALID, "public URL %q must be an https:// URL with a host", cfg.PublicURL)
		}
		hosts = append([]string{u.Hostname()}, hosts...)
	}
	if h, err := os.Hostname(); err == nil && h != "" {
		hosts = append(hosts, h)
	}
	return ca.IssueServer(hosts, cfg.Now())
}

// Account returns the deployment's account.
func (s *Server) Account() tether.Account { return s.account }

// CA returns the certificate authority clients trust.
func (s *Server) CA() *pki.CA { return s.ca }

// Handler returns the HTTP handler (without TLS), for tests.
func (s *Server) Handler() http.Handler { return s.handler }

// Serve serves HTTPS on ln until ctx is done, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler: s.handler,
		TLSConfig: &tls.Config{
			Certificates: []tls.Certificate{s.cert}, MinVersion: tls.VersionTLS12,
			// Agents present client certificates from the CA; users don't.
			ClientAuth: tls.VerifyClientCertIfGiven, ClientCAs: s.ca.CertPool(),
		},
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelDebug),
	}
	if s.trail != nil {
		defer s.trail.Close() // after the sessions' last events
	}
	janitorCtx, stopJanitor := context.WithCancel(context.Background())
	defer stopJanitor()
	go s.runJanitor(janitorCtx)
	if s.spool != nil {
		shipCtx, stopShipping := context.WithCancel(context.Background())
		defer stopShipping()
		go s.runShipper(shipCtx)
		pending, err := s.pendingShipments()
		if err != nil {
			return err
		}
		for _, id := range pending {
			s.ship(id)
		}
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ServeTLS(ln, "", "") }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		s.shuttingDown.Store(true)
		err := srv.Shutdown(shutdown)
		for _, ls := range s.live.all() {
			ls.terminate(tether.SessionFailed, shutdownReason)
		}
		s.agents.closeAll("the server is shutting down")
		s.agents.watchers.Wait() // their instances are marked ConnectionLost
		s.live.wg.Wait()
		if e := <-errc; !errors.Is(e, http.ErrServerClosed) && err == nil {
			err = e
		}
		return err
	}
}

// middleware adds a request ID and the security headers every response
// carries.
func (s *Server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := newRequestID()
		w.Header().Set("X-Request-Id", id)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Strict-Transport-Security", "max-age=31536000")
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey, id)))
	})
}

func newRequestID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// caSetting is the store key of the CA.
const caSetting = "ca"

// LoadCA reads the CA from the store.
func LoadCA(ctx context.Context, st store.Store) (*pki.CA, error) {
	b, err := st.Setting(ctx, caSetting)
	if err != nil {
		return nil, fmt.Errorf("loading the CA: %w", err)
	}
	return pki.Unmarshal(b)
}

// failOrphanedSessions ends sessions a previous run of the server left open:
// their relay died with it. (With several replicas this must become "the
// sessions of replicas that are gone".)
func (s *Server) failOrphanedSessions(ctx context.Context) error {
	open, err := s.broker.Sessions(ctx, store.SessionFilter{Active: true})
	if err != nil {
		return err
	}
	for _, sess := range open {
		if _, err := s.broker.EndSession(ctx, sess.ID, tether.SessionFailed, "the server restarted while the session was open", nil); err != nil {
			return err
		}
	}
	return nil
}
