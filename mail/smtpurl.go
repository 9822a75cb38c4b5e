package mail

import (
	"errors"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ParseSMTPURL parses a single-string SMTP configuration, for a CLI flag:
//
//	smtp://user:pass@host:587?from=Tether%20<tether@example.com>&security=starttls
//	smtps://user@host:465?from=tether@example.com
//
// The scheme smtp defaults to security=starttls; smtps means implicit TLS.
// Query parameters: from, security (starttls, tls or none), timeout (a Go
// duration such as 30s) and insecure_skip_verify (true or false). The
// password may be left out of the URL and set on the result separately. An
// omitted port is left 0 for NewSMTP to default. ParseSMTPURL checks the
// syntax only; NewSMTP validates the result. Errors never include the
// password.
func ParseSMTPURL(raw string) (SMTPConfig, error) {
	var cfg SMTPConfig
	u, err := url.Parse(raw)
	if err != nil {
		// url.Error repeats the URL and EscapeError quotes part of it; either
		// could show the password.
		var ee url.EscapeError
		var ue *url.Error
		switch {
		case errors.As(err, &ee):
			err = errors.New("invalid %-escape")
		case errors.As(err, &ue):
			err = ue.Err
		}
		return cfg, fmt.Errorf("mail: SMTP URL: %w", err)
	}

	switch strings.ToLower(u.Scheme) {
	case "smtp":
		cfg.Security = SecurityStartTLS
	case "smtps":
		cfg.Security = SecurityTLS
	case "":
		return cfg, errors.New("mail: SMTP URL has no scheme (want smtp:// or smtps://)")
	default:
		return cfg, fmt.Errorf("mail: SMTP URL scheme %q is not smtp or smtps", u.Scheme)
	}
	if u.Opaque != "" {
		return cfg, errors.New("mail: SMTP URL must look like smtp://host, not smtp:host")
	}
	if u.Path != "" && u.Path != "/" {
		return cfg, fmt.Errorf("mail: SMTP URL has a path %q; only host, port and query are allowed", u.Path)
	}
	if u.Fragment != "" {
		return cfg, errors.New("mail: SMTP URL has a #fragment; only host, port and query are allowed")
	}

	cfg.Host = u.Hostname()
	if cfg.Host == "" {
		return cfg, errors.New("mail: SMTP URL has no host")
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return cfg, fmt.Errorf("mail: SMTP URL port %q is not a number in 1-65535", p)
		}
		cfg.Port = n
	}
	if u.User != nil {
		cfg.Username = u.User.Username()
		cfg.Password, _ = u.User.Password()
		if cfg.Username == "" {
			return cfg, errors.New("mail: SMTP URL has a password but no user name")
		}
	}

	q, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return cfg, fmt.Errorf("mail: SMTP URL query: %w", err)
	}
	for _, key := range slices.Sorted(maps.Keys(q)) {
		vals := q[key]
		if len(vals) != 1 {
			return cfg, fmt.Errorf("mail: SMTP URL parameter %q is given %d times", key, len(vals))
		}
		if err := setParam(&cfg, u.Scheme, key, vals[0]); err != nil {
			return cfg, err
		}
	}
	return cfg, nil
}

// setParam applies one query parameter to cfg.
func setParam(cfg *SMTPConfig, scheme, key, val string) error {
	switch key {
	case "from":
		cfg.From = val
	case "security":
		switch val {
		case SecurityStartTLS, SecurityNone:
			if cfg.Security == SecurityTLS {
				return fmt.Errorf("mail: SMTP URL scheme %s means implicit TLS, conflicting with security=%s", scheme, val)
			}
		case SecurityTLS:
		default:
			return fmt.Errorf("mail: SMTP URL security %q is not starttls, tls or none", val)
		}
		cfg.Security = val
	case "timeout":
		d, err := time.ParseDuration(val)
		if err != nil || d <= 0 {
			return fmt.Errorf("mail: SMTP URL timeout %q is not a positive duration such as 30s", val)
		}
		cfg.Timeout = d
	case "insecure_skip_verify":
		b, err := strconv.ParseBool(val)
		if err != nil {
			return fmt.Errorf("mail: SMTP URL insecure_skip_verify %q is not true or false", val)
		}
		cfg.InsecureSkipVerify = b
	default:
		return fmt.Errorf("mail: SMTP URL has unknown parameter %q (known: from, security, timeout, insecure_skip_verify)", key)
	}
	return nil
}
