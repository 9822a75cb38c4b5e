package mail_test

import (
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether/mail"
)

func TestParseSMTPURL(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		want mail.SMTPConfig
	}{
		{"smtp://user:pass@smtp.example.com:587?from=Tether%20%3Ctether%40example.com%3E&security=starttls",
			mail.SMTPConfig{Host: "smtp.example.com", Port: 587, Security: "starttls", Username: "user",
				Password: "pass", From: "Tether <tether@example.com>"}},
		{"smtp://smtp.example.com", mail.SMTPConfig{Host: "smtp.example.com", Security: "starttls"}},
		{"smtp://smtp.example.com/", mail.SMTPConfig{Host: "smtp.example.com", Security: "starttls"}},
		{"smtps://smtp.example.com:465", mail.SMTPConfig{Host: "smtp.example.com", Port: 465, Security: "tls"}},
		{"SMTPS://smtp.example.com?security=tls", mail.SMTPConfig{Host: "smtp.example.com", Security: "tls"}},
		{"smtp://relay:25?security=none&from=tether@example.com",
			mail.SMTPConfig{Host: "relay", Port: 25, Security: "none", From: "tether@example.com"}},
		{"smtp://smtp.example.com:465?security=tls", mail.SMTPConfig{Host: "smtp.example.com", Port: 465, Security: "tls"}},
		{"smtp://apikey@smtp.example.com", mail.SMTPConfig{Host: "smtp.example.com", Security: "starttls", Username: "apikey"}},
		{"smtp://us%40er:p%40ss%3Aword@[::1]:2525",
			mail.SMTPConfig{Host: "::1", Port: 2525, Security: "starttls", Username: "us@er", Password: "p@ss:word"}},
		{"smtp://h?timeout=45s&insecure_skip_verify=true",
			mail.SMTPConfig{Host: "h", Security: "starttls", Timeout: 45 * time.Second, InsecureSkipVerify: true}},
	} {
		got, err := mail.ParseSMTPURL(tc.raw)
		if err != nil {
			t.Errorf("ParseSMTPURL(%q): %v", tc.raw, err)
			continue
		}
		if got != tc.want {
			t.Errorf("ParseSMTPURL(%q) =\n  %+v\nwant\n  %+v", tc.raw, got, tc.want)
		}
	}
}

func TestParseSMTPURLErrors(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{"", "no scheme"},
		{"smtp.example.com:587", "scheme"},
		{"http://smtp.example.com", `scheme "http"`},
		{"smtp:smtp.example.com", "smtp://host"},
		{"smtp://", "no host"},
		{"smtp://:587", "no host"},
		{"smtp://user:pass@", "no host"},
		{"smtp://smtp.example.com:0", "port"},
		{"smtp://smtp.example.com:99999", "port"},
		{"smtp://smtp.example.com:abc", "port"},
		{"smtp://smtp.example.com/path", "path"},
		{"smtp://smtp.example.com#frag", "fragment"},
		{"smtp://smtp.example.com?security=ssl", "security"},
		{"smtps://smtp.example.com?security=starttls", "conflicting"},
		{"smtp://smtp.example.com?form=x@example.com", `unknown parameter "form"`},
		{"smtp://smtp.example.com?from=a@example.com&from=b@example.com", "2 times"},
		{"smtp://smtp.example.com?timeout=soon", "timeout"},
		{"smtp://smtp.example.com?timeout=-1s", "timeout"},
		{"smtp://smtp.example.com?insecure_skip_verify=maybe", "insecure_skip_verify"},
		{"smtp://:pass@smtp.example.com", "no user name"},
		{"smtp://smtp.example.com?from=%zz", "query"},
	} {
		_, err := mail.ParseSMTPURL(tc.raw)
		if err == nil {
			t.Errorf("ParseSMTPURL(%q) succeeded, want error containing %q", tc.raw, tc.want)
		} else if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseSMTPURL(%q) error %q does not contain %q", tc.raw, err, tc.want)
		}
	}
}

func TestParseSMTPURLHidesPassword(t *testing.T) {
	for _, raw := range []string{
		"smtp://user:hunter2@smtp.example.com:badport",
		"smtp://user:hunter2@smtp.example.com/path",
		"smtp://user:hunter2@smtp example.com",
		"smtp://user:hunter2%zz@smtp.example.com",
		"smtp://user:hunter2@smtp.example.com?security=bogus",
	} {
		_, err := mail.ParseSMTPURL(raw)
		if err == nil {
			t.Errorf("ParseSMTPURL(%q) succeeded", raw)
		} else if strings.Contains(err.Error(), "hunter2") {
			t.Errorf("ParseSMTPURL(%q) error %q shows the password", raw, err)
		}
	}
}

// TestParseSMTPURLThenNewSMTP checks that a parsed URL is accepted by NewSMTP.
func TestParseSMTPURLThenNewSMTP(t *testing.T) {
	cfg, err := mail.ParseSMTPURL("smtps://user@smtp.example.com?from=Tether%20%3Ctether%40example.com%3E")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Password = "given separately"
	s, err := mail.NewSMTP(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if s.Addr() != "smtp.example.com:465" {
		t.Errorf("Addr() = %q, want smtp.example.com:465", s.Addr())
	}
}

func FuzzParseSMTPURL(f *testing.F) {
	for _, seed := range []string{
		"smtp://user:pass@smtp.example.com:587?from=Tether%20%3Ctether%40example.com%3E&security=starttls",
		"smtps://smtp.example.com:465",
		"smtp://[::1]:25?security=none",
		"smtp://h?timeout=5s&insecure_skip_verify=1",
		"smtp:opaque", "smtp://%zz", "://", "",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		cfg, err := mail.ParseSMTPURL(raw)
		if err != nil {
			return
		}
		if cfg.Host == "" {
			t.Errorf("ParseSMTPURL(%q) returned no host and no error", raw)
		}
		if cfg.Port < 0 || cfg.Port > 65535 {
			t.Errorf("ParseSMTPURL(%q) returned port %d", raw, cfg.Port)
		}
		switch cfg.Security {
		case "starttls", "tls", "none":
		default:
			t.Errorf("ParseSMTPURL(%q) returned security %q", raw, cfg.Security)
		}
		if cfg.Password != "" && cfg.Username == "" {
			t.Errorf("ParseSMTPURL(%q) returned a password without a user name", raw)
		}
	})
}
