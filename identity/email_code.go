package identity

import (
	"context"
	"crypto/rand"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/mail"
	"github.com/tetherhq/tether/store"
)

// Emailed one-time codes, for users without an MFA device when the settings
// say so: six digits, single use, valid for emailCodeTTL, at most
// emailCodesPerWindow sent per user in emailCodeWindow and one per
// emailCodeGap.
const (
	emailCodeTTL        = 10 * time.Minute
	emailCodeWindow     = 15 * time.Minute
	emailCodesPerWindow = 5
	emailCodeGap        = 30 * time.Second
)

// emailCodeKey binds a code to the sign-in it was sent for.
func emailCodeKey(signInHash, code string) string {
	return HashToken("email-code:" + signInHash + ":" + code)
}

// sendEmailCode mails a new code for the sign-in whose ticket hash is
// signInHash, replacing any code sent before.
func (s *Service) sendEmailCode(ctx context.Context, user tether.User, signInHash, sourceIP string) error {
	if s.Mail == nil {
		return tether.Errorf(tether.EUNAVAILABLE, "email is not configured on this server, so no sign-in code can be sent; ask an administrator")
	}
	now := s.now()
	sent, err := s.Store.ListTickets(ctx, store.TicketFilter{UserID: user.ID, Kind: tether.TicketEmailCode, Since: now.Add(-emailCodeWindow)})
	if err != nil {
		return err
	}
	if n := len(sent); n > 0 {
		if wait := sent[n-1].CreatedAt.Add(emailCodeGap).Sub(now); wait > 0 {
			return tether.Errorf(tether.ETHROTTLED, "a code was sent moments ago; wait %s before asking for another", roundUp(wait))
		}
		if n >= emailCodesPerWindow {
			wait := sent[n-emailCodesPerWindow].CreatedAt.Add(emailCodeWindow).Sub(now)
			return tether.Errorf(tether.ETHROTTLED, "%d codes were sent in the last %s; wait %s before asking for another",
				n, emailCodeWindow, roundUp(wait))
		}
	}
	for _, t := range sent { // earlier codes stop working; the tickets stay, expired, to count
		if t.ExpiresAt.After(now) {
			if _, err := s.Store.UpdateTicket(ctx, t.Hash, func(t *tether.Ticket) error { t.ExpiresAt = now; return nil }); err != nil &&
				tether.ErrorCode(err) != tether.ENOTFOUND {
				return err
			}
		}
	}
	code := randomDigits(6)
	t := tether.Ticket{Hash: emailCodeKey(signInHash, code), Kind: tether.TicketEmailCode, UserID: user.ID,
		Data: []byte("{}"), CreatedAt: now, ExpiresAt: now.Add(emailCodeTTL)}
	if err := s.Store.CreateTicket(ctx, t); err != nil {
		return err
	}
	msg := mail.OneTimeCode(user.Email, mail.CodeData{Username: user.Username, Code: code, ExpiresAt: t.ExpiresAt})
	if err := s.Mail.Send(ctx, msg); err != nil {
		_ = s.Store.DeleteTicket(ctx, t.Hash)
		return tether.Errorf(tether.EUNAVAILABLE, "could not send the sign-in code by email: %v", err)
	}
	s.emit(ctx, Event{Name: EventEmailCodeSent, UserName: user.Username, SourceIP: sourceIP})
	return nil
}

// checkEmailCode consumes the code sent for a sign-in. Its ticket is looked
// up by a hash of the code, so comparison takes no code-dependent time.
func (s *Service) checkEmailCode(ctx context.Context, signInHash, code string) error {
	code = compactCode(code)
	t, err := s.Store.Ticket(ctx, emailCodeKey(signInHash, code))
	if tether.ErrorCode(err) == tether.ENOTFOUND || (err == nil && t.Kind != tether.TicketEmailCode) {
		return errBadCode
	} else if err != nil {
		return err
	}
	// A used code is kept, expired and marked, so the rate limit counts it
	// and a replay gets a clear answer.
	_, err = s.Store.UpdateTicket(ctx, t.Hash, func(u *tether.Ticket) error {
		switch {
		case u.Attempts > 0:
			return tether.Errorf(tether.EUNAUTHORIZED, "this code was already used; ask for a new one")
		case !s.now().Before(u.ExpiresAt):
			return tether.Errorf(tether.EUNAUTHORIZED, "this code is no longer valid (expired or replaced by a newer one); use the latest code or ask for a new one")
		}
		u.Attempts, u.ExpiresAt = 1, s.now()
		return nil
	})
	return err
}

var errBadCode = tether.Errorf(tether.EUNAUTHORIZED, "the code is not valid")

func randomDigits(n int) string {
	var b strings.Builder
	for range n {
		d, err := rand.Int(rand.Reader, big.NewInt(10))
		if err != nil {
			panic(err)
		}
		fmt.Fprint(&b, d)
	}
	return b.String()
}

// maskEmail shows enough of an address to recognise it: t***@example.com.
func maskEmail(email string) string {
	at := strings.LastIndexByte(email, '@')
	if at < 1 {
		return "***"
	}
	return email[:1] + "***" + email[at:]
}
