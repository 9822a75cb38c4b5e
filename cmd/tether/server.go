package main

import (
	"context"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether/audit"
	"github.com/tetherhq/tether/identity"
	"github.com/tetherhq/tether/mail"
	"github.com/tetherhq/tether/pki"
	"github.com/tetherhq/tether/s3store"
	"github.com/tetherhq/tether/server"
	"github.com/tetherhq/tether/store"
	"github.com/tetherhq/tether/store/postgres"
	"github.com/tetherhq/tether/store/sqlite"
)

const defaultListen = ":8443"

type serverFlags struct {
	dataDir, listen, db, publicURL, region string
	tlsCert, tlsKey                        string
	dev                                    bool
	idleTimeout, maxSession                time.Duration
	runAs, shellProfile                    string
	smtpURL, smtpPasswordFile, smtpCAFile  string
	auditFile, auditSyslog                 string
	webhooks                               []string
	webhookSecretFile                      string
	s3Endpoint, s3Region, s3AccessKey      string
	s3SecretKeyFile, s3Encryption, s3KMS   string
	s3ClientKeyFile                        string
	s3PathStyle                            bool
}

func serverCmd(e *env) *cobra.Command {
	var f serverFlags
	cmd := &cobra.Command{
		Use:   "server",
		Short: "Run the control plane (API, console, agent endpoint) over HTTPS",
		Args:  exactArgs(),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if f.dev {
				return runDevServer(cmd, e, f)
			}
			return runServer(cmd, e, f, nil)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.dataDir, "data-dir", "", "directory of the database, ca.pem and spools (default ~/.local/share/tether)")
	fl.StringVar(&f.listen, "listen", "", "address to listen on (default "+defaultListen+"; 127.0.0.1:8443 with --dev)")
	fl.StringVar(&f.db, "db", "", "database URL: sqlite:PATH or postgres://... (default: SQLite in the data dir)")
	fl.StringVar(&f.publicURL, "public-url", "", "URL clients and agents use to reach this server (default https://localhost:PORT)")
	fl.StringVar(&f.tlsCert, "tls-cert", "", "serve this certificate (PEM) instead of one from Tether's CA")
	fl.StringVar(&f.tlsKey, "tls-key", "", "private key (PEM) of --tls-cert")
	fl.BoolVar(&f.dev, "dev", false, "start a throwaway demo server with an administrator, and print how to sign in")
	fl.DurationVar(&f.idleTimeout, "idle-timeout", server.DefaultIdleTimeout, "end sessions without traffic for this long")
	fl.DurationVar(&f.maxSession, "max-session-duration", 0, "end sessions after this long (0: no limit)")
	fl.StringVar(&f.runAs, "run-as", "ssm-user", "OS user sessions run as on instances (a user's SSMSessionRunAs tag overrides)")
	fl.StringVar(&f.shellProfile, "shell-profile", "", "commands typed into every shell session before the user's input")
	fl.StringVar(&f.smtpURL, "smtp", "", "send email through this SMTP server: smtp://USER@HOST:587?from=ADDRESS (smtps:// for implicit TLS); "+
		"default: write emails to DATA_DIR/outbox and log their links")
	fl.StringVar(&f.smtpPasswordFile, "smtp-password-file", "", "file holding the SMTP password (or set TETHER_SMTP_PASSWORD)")
	fl.StringVar(&f.smtpCAFile, "smtp-ca-file", "", "CA certificate (PEM) to verify the SMTP server with, instead of the system's")
	fl.StringVar(&f.auditFile, "audit-file", "", "also append every audit event to this file as JSON lines")
	fl.StringVar(&f.auditSyslog, "audit-syslog", "", "also send every audit event to syslog: local, or udp://HOST:PORT, tcp://HOST:PORT")
	fl.StringArrayVar(&f.webhooks, "webhook", nil, "post session start and end events to this URL, signed (repeatable)")
	fl.StringVar(&f.webhookSecretFile, "webhook-secret-file", "", "file holding the secret that signs webhook posts (HMAC-SHA256)")
	fl.StringVar(&f.s3Endpoint, "s3-endpoint", "", "S3-compatible endpoint for session logs, e.g. https://minio.example.com:9000 (default: AWS S3); the bucket is a session preference")
	fl.StringVar(&f.s3Region, "s3-region", "", "S3 region")
	fl.BoolVar(&f.s3PathStyle, "s3-path-style", false, "path-style S3 requests (MinIO, Ceph, versitygw)")
	fl.StringVar(&f.s3AccessKey, "s3-access-key", "", "S3 access key (default: the AWS credential chain, e.g. AWS_ACCESS_KEY_ID)")
	fl.StringVar(&f.s3SecretKeyFile, "s3-secret-key-file", "", "file holding the S3 secret key")
	fl.StringVar(&f.s3Encryption, "s3-encryption", "", "encrypt uploads: SSE-S3, SSE-KMS (with --s3-kms-key-id) or client (AES-256-GCM with --s3-client-key-file)")
	fl.StringVar(&f.s3KMS, "s3-kms-key-id", "", "KMS key for SSE-KMS")
	fl.StringVar(&f.s3ClientKeyFile, "s3-client-key-file", "", "file holding the 32-byte client-side encryption key, hex encoded")
	cmd.AddCommand(serverInitCmd(e))
	return cmd
}

// s3Config is the S3 endpoint, credentials and encryption of the flags.
func s3Config(f serverFlags) (s3store.Config, error) {
	cfg := s3store.Config{Endpoint: f.s3Endpoint, Region: f.s3Region, PathStyle: f.s3PathStyle,
		AccessKey: f.s3AccessKey, Encryption: f.s3Encryption, KMSKeyID: f.s3KMS}
	if f.s3SecretKeyFile != "" {
		b, err := os.ReadFile(f.s3SecretKeyFile)
		if err != nil {
			return cfg, usagef("--s3-secret-key-file: %v", err)
		}
		cfg.SecretKey = strings.TrimSpace(string(b))
	}
	if f.s3ClientKeyFile != "" {
		b, err := os.ReadFile(f.s3ClientKeyFile)
		if err != nil {
			return cfg, usagef("--s3-client-key-file: %v", err)
		}
		if cfg.ClientKey, err = hex.DecodeString(strings.TrimSpace(string(b))); err != nil || len(cfg.ClientKey) != 32 {
			return cfg, usagef("--s3-client-key-file: must hold 32 bytes as 64 hex digits")
		}
	}
	return cfg, nil
}

// auditSinks are the audit trail's extra destinations from the flags.
func auditSinks(f serverFlags, log *slog.Logger) ([]audit.Sink, error) {
	var sinks []audit.Sink
	if f.auditFile != "" {
		s, err := audit.OpenFileSink(f.auditFile, log)
		if err != nil {
			return nil, usagef("--audit-file: %v", err)
		}
		sinks = append(sinks, s)
	}
	if f.auditSyslog != "" {
		network, addr := "", ""
		if f.auditSyslog != "local" {
			u, err := url.Parse(f.auditSyslog)
			if err != nil || (u.Scheme != "udp" && u.Scheme != "tcp") || u.Host == "" {
				return nil, usagef("--audit-syslog: %q is not local, udp://HOST:PORT or tcp://HOST:PORT", f.auditSyslog)
			}
			network, addr = u.Scheme, u.Host
		}
		s, err := audit.DialSyslog(network, addr, log)
		if err != nil {
			return nil, usagef("--audit-syslog: %v", err)
		}
		sinks = append(sinks, s)
	}
	if len(f.webhooks) > 0 {
		if f.webhookSecretFile == "" {
			return nil, usagef("--webhook needs --webhook-secret-file: receivers must be able to check posts come from this server")
		}
		secret, err := os.ReadFile(f.webhookSecretFile)
		if err != nil {
			return nil, usagef("--webhook-secret-file: %v", err)
		}
		secret = []byte(strings.TrimSpace(string(secret)))
		if len(secret) < 16 {
			return nil, usagef("--webhook-secret-file: the secret must be at least 16 characters")
		}
		for _, raw := range f.webhooks {
			u, err := url.Parse(raw)
			if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
				return nil, usagef("--webhook: %q is not an http(s) URL", raw)
			}
			sinks = append(sinks, &audit.Webhook{URL: raw, Secret: secret, Log: log})
		}
	}
	return sinks, nil
}

// mailer is the SMTP server of --smtp, or an outbox directory in the data
// dir so that invitations work offline (their links are logged).
func mailer(e *env, f serverFlags, dataDir string, log *slog.Logger) (mail.Sender, error) {
	if f.smtpURL == "" {
		return &mail.Outbox{Dir: filepath.Join(dataDir, "outbox"), From: "Tether <tether@localhost>", Log: log}, nil
	}
	cfg, err := mail.ParseSMTPURL(f.smtpURL)
	if err != nil {
		return nil, usagef("--smtp: %v", err)
	}
	if pw := e.getenv("TETHER_SMTP_PASSWORD"); pw != "" {
		cfg.Password = pw
	}
	if f.smtpPasswordFile != "" {
		b, err := os.ReadFile(f.smtpPasswordFile)
		if err != nil {
			return nil, usagef("--smtp-password-file: %v", err)
		}
		cfg.Password = strings.TrimRight(string(b), "\r\n")
	}
	if f.smtpCAFile != "" {
		b, err := os.ReadFile(f.smtpCAFile)
		if err != nil {
			return nil, usagef("--smtp-ca-file: %v", err)
		}
		cfg.RootCAs = x509.NewCertPool()
		if !cfg.RootCAs.AppendCertsFromPEM(b) {
			return nil, usagef("--smtp-ca-file: %s holds no PEM certificate", f.smtpCAFile)
		}
	}
	m, err := mail.NewSMTP(cfg)
	if err != nil {
		return nil, usagef("--smtp: %v", err)
	}
	return m, nil
}

func serverInitCmd(e *env) *cobra.Command {
	var dataDir, db, adminUser, region string
	var passwordStdin bool
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Create the account, the CA (DATA_DIR/ca.pem) and the first administrator",
		Args:  exactArgs(),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dataDir == "" {
				return usagef("--data-dir is required")
			}
			if adminUser == "" {
				return usagef("--admin-user is required")
			}
			if !passwordStdin {
				return usagef("--admin-password-stdin is required: pipe the administrator's password in")
			}
			password, err := readSecretLine(e.stdin)
			if err != nil {
				return err
			}
			st, err := openStore(cmd.Context(), db, dataDir)
			if err != nil {
				return err
			}
			defer st.Close()
			acct, ca, err := server.Init(cmd.Context(), st, server.InitOptions{
				DataDir: dataDir, Region: region, AdminUser: adminUser, AdminPassword: password,
			})
			if err != nil {
				return err
			}
			caPath := filepath.Join(dataDir, server.CAFile)
			out := map[string]string{"AccountId": acct.ID, "Region": acct.Region, "AdminUser": adminUser,
				"CAFile": caPath, "CAFingerprint": pki.Fingerprint(ca.Cert)}
			return emit(cmd, out, func(w io.Writer) {
				fmt.Fprintf(w, "Initialised account %s (%s) with administrator %s.\nCA certificate: %s\nCA fingerprint: %s\n",
					acct.ID, acct.Region, adminUser, caPath, out["CAFingerprint"])
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dataDir, "data-dir", "", "directory for the database and ca.pem (created if missing)")
	fl.StringVar(&db, "db", "", "database URL: sqlite:PATH or postgres://... (default: SQLite in the data dir)")
	fl.StringVar(&adminUser, "admin-user", "", "username of the first administrator")
	fl.BoolVar(&passwordStdin, "admin-password-stdin", false, "read the administrator's password from standard input")
	fl.StringVar(&region, "region", identity.DefaultRegion, "region name used in ARNs")
	return cmd
}

// runServer serves until the command's context ends. ready, if set, is
// called with the listening URL once the server accepts connections.
func runServer(cmd *cobra.Command, e *env, f serverFlags, ready func(url string)) error {
	ctx := cmd.Context()
	dataDir, err := resolveDataDir(e, f.dataDir)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, f.db, dataDir)
	if err != nil {
		return err
	}
	defer st.Close()
	listen := f.listen
	if listen == "" {
		listen = defaultListen
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", listen, err)
	}
	defer ln.Close()
	publicURL := f.publicURL
	if publicURL == "" {
		publicURL = defaultPublicURL(ln.Addr())
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	m, err := mailer(e, f, dataDir, log)
	if err != nil {
		return err
	}
	sinks, err := auditSinks(f, log)
	if err != nil {
		return err
	}
	s3, err := s3Config(f)
	if err != nil {
		return err
	}
	srv, err := server.New(ctx, server.Config{
		Store: st, PublicURL: publicURL, TLSCertFile: f.tlsCert, TLSKeyFile: f.tlsKey, Log: log,
		IdleTimeout: f.idleTimeout, MaxSessionDuration: f.maxSession, RunAs: f.runAs, ShellProfile: f.shellProfile,
		Mail: m, AuditSinks: sinks, SpoolDir: filepath.Join(dataDir, "recordings"), S3: s3,
	})
	if err != nil {
		return err
	}
	if err := server.WriteCAFile(dataDir, srv.CA()); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "Tether server listening on %s (account %s, %s)\nCA certificate %s\nCA fingerprint %s\n",
		publicURL, srv.Account().ID, srv.Account().Region, filepath.Join(dataDir, server.CAFile), pki.Fingerprint(srv.CA().Cert))
	if ready != nil {
		ready(publicURL)
	}
	return srv.Serve(ctx, ln)
}

// runDevServer initialises a throwaway deployment in a temporary directory
// (or --data-dir), serves it, and prints how to sign in.
func runDevServer(cmd *cobra.Command, e *env, f serverFlags) error {
	if f.dataDir == "" {
		dir, err := os.MkdirTemp("", "tether-dev-*")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		f.dataDir = dir
	}
	if f.listen == "" {
		f.listen = "127.0.0.1:8443"
	}
	password := identity.GeneratePassword()
	st, err := openStore(cmd.Context(), f.db, f.dataDir)
	if err != nil {
		return err
	}
	_, _, err = server.Init(cmd.Context(), st, server.InitOptions{DataDir: f.dataDir, AdminUser: "admin", AdminPassword: password})
	st.Close()
	if err != nil {
		return err
	}
	if f.runAs == "" || !cmd.Flags().Changed("run-as") {
		f.runAs = devRunAs()
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	return runServer(cmd, e, f, func(url string) {
		caFile := filepath.Join(f.dataDir, server.CAFile)
		go func() {
			caPEM, err := os.ReadFile(caFile)
			if err == nil {
				var demo string
				if demo, err = setUpDemo(cmd.Context(), url, caPEM, password, f.dataDir, log); err == nil {
					printDemo(e.stdout, url, f.dataDir, password, demo, caFile)
					return
				}
			}
			fmt.Fprintf(e.stderr, "tether: setting up the demo failed: %v\n", err)
		}()
	})
}

// openStore opens the database named by dbURL, or SQLite in dataDir.
func openStore(ctx context.Context, dbURL, dataDir string) (store.Store, error) {
	switch {
	case dbURL == "":
		if dataDir == "" {
			return nil, usagef("--data-dir or --db is required")
		}
		if err := os.MkdirAll(dataDir, 0o700); err != nil {
			return nil, fmt.Errorf("data dir: %w", err)
		}
		return sqlite.Open(ctx, filepath.Join(dataDir, "tether.db"))
	case strings.HasPrefix(dbURL, "postgres://"), strings.HasPrefix(dbURL, "postgresql://"):
		return postgres.Open(ctx, dbURL)
	case strings.HasPrefix(dbURL, "sqlite:"):
		path := strings.TrimPrefix(strings.TrimPrefix(dbURL, "sqlite:"), "//")
		if path == "" {
			return nil, usagef("--db sqlite: needs a path, e.g. sqlite:/var/lib/tether/tether.db")
		}
		return sqlite.Open(ctx, path)
	}
	return nil, usagef("--db %q: use sqlite:PATH or postgres://USER@HOST:PORT/DB", redact(dbURL))
}

// redact hides a password in a database URL before it is shown.
func redact(u string) string {
	if i, j := strings.Index(u, "://"), strings.LastIndex(u, "@"); i >= 0 && j > i {
		if k := strings.Index(u[i+3:j], ":"); k >= 0 {
			return u[:i+3+k] + ":***" + u[j:]
		}
	}
	return u
}

func resolveDataDir(e *env, dir string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	if d := e.getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "tether"), nil
	}
	if h := e.getenv("HOME"); h != "" {
		return filepath.Join(h, ".local", "share", "tether"), nil
	}
	return "", usagef("--data-dir is required (HOME is not set)")
}

func defaultPublicURL(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return "https://localhost" + defaultListen
	}
	host := "localhost" // also for loopback addresses: WebAuthn needs a host name
	if !tcp.IP.IsUnspecified() && tcp.IP != nil && !tcp.IP.IsLoopback() {
		host = tcp.IP.String()
		if tcp.IP.To4() == nil {
			host = "[" + host + "]"
		}
	}
	return fmt.Sprintf("https://%s:%d", host, tcp.Port)
}
