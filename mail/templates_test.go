package mail_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether/mail"
	"github.com/tetherhq/tether/mail/smtptest"
)

const evil = `<script>alert("x")</script>`

func TestInvitation(t *testing.T) {
	expires := time.Date(2030, 5, 17, 14, 30, 0, 0, time.UTC)
	link := "https://tether.example.com/invite?token=abc&user=bob"
	m := mail.Invitation("bob@example.com", mail.InvitationData{
		Username: evil, DisplayName: "Bob " + evil, Link: link, ExpiresAt: expires,
	})
	if m.To != "bob@example.com" || m.Subject != "Invitation to join Tether" {
		t.Errorf("To %q, Subject %q", m.To, m.Subject)
	}
	if strings.Contains(m.HTML, "<script") {
		t.Errorf("HTML contains an unescaped <script>:\n%s", m.HTML)
	}
	for _, want := range []string{
		"&lt;script&gt;", `href="https://tether.example.com/invite?token=abc&amp;user=bob"`,
		"Accept invitation", "17 May 2030 at 14:30 UTC",
	} {
		if !strings.Contains(m.HTML, want) {
			t.Errorf("HTML does not contain %q:\n%s", want, m.HTML)
		}
	}
	for _, want := range []string{link, "Hello Bob", "17 May 2030 at 14:30 UTC"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("text does not contain %q:\n%s", want, m.Text)
		}
	}
	if m.Notice != "invitation link for "+evil+": "+link {
		t.Errorf("Notice = %q", m.Notice)
	}
}

func TestInvitationDefaultsAndUnsafeLink(t *testing.T) {
	m := mail.Invitation("a@example.com", mail.InvitationData{
		Username: "alice", Link: "javascript:alert(1)", Product: "Acme Remote",
	})
	if m.Subject != "Invitation to join Acme Remote" {
		t.Errorf("Subject = %q", m.Subject)
	}
	if strings.Contains(m.HTML, `href="javascript:`) {
		t.Errorf("HTML links to a javascript: URL:\n%s", m.HTML)
	}
	if !strings.Contains(m.Text, "Hello alice,") || strings.Contains(m.Text, "expires") {
		t.Errorf("text without display name or expiry:\n%s", m.Text)
	}
}

func TestOneTimeCode(t *testing.T) {
	m := mail.OneTimeCode("bob@example.com", mail.CodeData{
		Username: evil, Code: "482913", ExpiresAt: time.Date(2030, 1, 2, 3, 4, 0, 0, time.UTC),
	})
	if m.Subject != "Your Tether verification code" {
		t.Errorf("Subject = %q", m.Subject)
	}
	if strings.Contains(m.HTML, "<script") {
		t.Errorf("HTML contains an unescaped <script>:\n%s", m.HTML)
	}
	for _, part := range []string{m.Text, m.HTML} {
		for _, want := range []string{"482913", "2 January 2030 at 03:04 UTC"} {
			if !strings.Contains(part, want) {
				t.Errorf("part does not contain %q:\n%s", want, part)
			}
		}
	}
	if m.Notice != "one-time sign-in code for "+evil+": 482913" {
		t.Errorf("Notice = %q", m.Notice)
	}
}

// TestTemplatesOverSMTP sends both templates through a real server and finds
// the link and code in the decoded text, as end-to-end tests elsewhere do.
func TestTemplatesOverSMTP(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{TLS: true})
	s := newSMTP(t, mail.SMTPConfig{Host: srv.Host(), Port: srv.Port(), RootCAs: srv.RootCAs()})
	ctx := context.Background()

	// Long enough for quoted-printable soft line breaks.
	link := "https://tether.example.com/invite/" + strings.Repeat("Ab9", 40) + "?x=1&y=2"
	inv := mail.Invitation("carol@example.com", mail.InvitationData{Username: "carol", Link: link})
	if err := s.Send(ctx, inv); err != nil {
		t.Fatal(err)
	}
	code := mail.OneTimeCode("carol@example.com", mail.CodeData{Username: "carol", Code: "731005"})
	if err := s.Send(ctx, code); err != nil {
		t.Fatal(err)
	}

	got := srv.WaitFor(t, "carol@example.com", waitTimeout)
	if !strings.Contains(got.Text, link) || got.Header.Get("Subject") != inv.Subject {
		t.Errorf("invitation: subject %q, text:\n%s", got.Header.Get("Subject"), got.Text)
	}
	got = srv.WaitFor(t, "carol@example.com", waitTimeout)
	if !strings.Contains(got.Text, "731005") || !strings.Contains(got.HTML, "731005") {
		t.Errorf("code message text:\n%s\nHTML:\n%s", got.Text, got.HTML)
	}
}
