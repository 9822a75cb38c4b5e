// Package mail sends Tether's emails: user invitations and one-time sign-in
// codes.
//
// A Sender delivers a Message. Two senders are provided: SMTP, which relays
// through a mail server (configured with SMTPConfig or ParseSMTPURL), and
// Outbox, which writes each message as an .eml file for installations without
// a mail server. Invitation and OneTimeCode render the product's messages as
// plain text plus HTML.
//
// Messages are built with github.com/wneessen/go-mail, which produces the
// MIME structure (multipart/alternative, quoted-printable bodies) and the
// Date and Message-ID headers.
package mail

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	netmail "net/mail"
	"strings"

	gomail "github.com/wneessen/go-mail"
)

// Message is one email. Notice is an optional one-line summary safe to log
// when mail goes to the outbox (e.g. "invitation link for testuser01:
// https://..."); it is never sent.
type Message struct {
	To, Subject, Text, HTML, Notice string
}

// Sender delivers messages.
type Sender interface {
	Send(ctx context.Context, m Message) error
}

var (
	_ Sender = (*SMTP)(nil)
	_ Sender = (*Outbox)(nil)
)

// buildMsg turns m into a go-mail message from the given sender. It checks
// that the recipient is a valid address and that there is a body.
func buildMsg(from *netmail.Address, m Message) (*gomail.Msg, error) {
	to, err := netmail.ParseAddress(m.To)
	if err != nil {
		return nil, fmt.Errorf("mail: recipient address %q: %w", m.To, err)
	}
	if m.Text == "" && m.HTML == "" {
		return nil, fmt.Errorf("mail: message to %s has no text or HTML body", to.Address)
	}

	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	msg.FromMailAddress(from)
	msg.ToMailAddress(to)
	msg.Subject(m.Subject)
	msg.SetDate()
	msg.SetMessageIDWithValue(rand.Text() + "@" + addrDomain(from.Address))
	// RFC 3834: tells vacation responders not to answer.
	msg.SetGenHeader(gomail.Header("Auto-Submitted"), "auto-generated")

	switch {
	case m.Text != "" && m.HTML != "":
		msg.SetBodyString(gomail.TypeTextPlain, m.Text)
		msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	case m.Text != "":
		msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	default:
		msg.SetBodyString(gomail.TypeTextHTML, m.HTML)
	}
	return msg, nil
}

// parseFrom parses a sender address such as "Tether <tether@example.com>".
func parseFrom(from string) (*netmail.Address, error) {
	if strings.TrimSpace(from) == "" {
		return nil, errors.New("from address is empty")
	}
	return netmail.ParseAddress(from)
}

// addrDomain returns the part of an address after the last "@", used as the
// right-hand side of Message-IDs.
func addrDomain(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 && i+1 < len(addr) {
		return addr[i+1:]
	}
	return "localhost"
}
