package mail

import (
	htmltemplate "html/template"
	"strings"
	texttemplate "text/template"
	"time"
)

// DefaultProduct is the product name used when the template data leaves it empty.
const DefaultProduct = "Tether"

// InvitationData fills the invitation email.
type InvitationData struct {
	Username, DisplayName, Link string
	ExpiresAt                   time.Time // zero: no expiry sentence
	Product                     string    // default DefaultProduct
}

// CodeData fills the one-time sign-in code email.
type CodeData struct {
	Username, Code string
	ExpiresAt      time.Time // zero: no expiry sentence
	Product        string    // default DefaultProduct
}

// Invitation renders the email inviting a user to join, with a link to
// accept the invitation.
func Invitation(to string, d InvitationData) Message {
	v := struct {
		InvitationData
		Name, Expires string
	}{d, d.DisplayName, expiry(d.ExpiresAt)}
	v.Product = product(d.Product)
	if v.Name == "" {
		v.Name = d.Username
	}
	return Message{
		To:      to,
		Subject: "Invitation to join " + v.Product,
		Text:    render(invitationText, invitationHTML, v, false),
		HTML:    render(invitationText, invitationHTML, v, true),
		Notice:  "invitation link for " + d.Username + ": " + d.Link,
	}
}

// OneTimeCode renders the email carrying a one-time sign-in code.
func OneTimeCode(to string, d CodeData) Message {
	v := struct {
		CodeData
		Expires string
	}{d, expiry(d.ExpiresAt)}
	v.Product = product(d.Product)
	return Message{
		To:      to,
		Subject: "Your " + v.Product + " verification code",
		Text:    render(codeText, codeHTML, v, false),
		HTML:    render(codeText, codeHTML, v, true),
		Notice:  "one-time sign-in code for " + d.Username + ": " + d.Code,
	}
}

func product(p string) string {
	if p == "" {
		return DefaultProduct
	}
	return p
}

func expiry(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("Monday, 2 January 2006 at 15:04 MST")
}

// render executes the text or HTML template. The templates are fixed and
// their data is plain strings, so execution cannot fail.
func render(text *texttemplate.Template, html *htmltemplate.Template, data any, asHTML bool) string {
	var b strings.Builder
	var err error
	if asHTML {
		err = html.Execute(&b, data)
	} else {
		err = text.Execute(&b, data)
	}
	if err != nil {
		panic("mail: template: " + err.Error())
	}
	return b.String()
}

var invitationText = texttemplate.Must(texttemplate.New("invitation.txt").Parse(
	`Hello {{.Name}},

You have been invited to join {{.Product}} as "{{.Username}}".

Accept the invitation by opening this link:

{{.Link}}
{{if .Expires}}
The invitation expires on {{.Expires}}.
{{end}}
If you did not expect this invitation, you can ignore this email.
`))

var invitationHTML = htmltemplate.Must(htmltemplate.New("invitation.html").Parse(
	`<!DOCTYPE html>
<html><body style="font-family: sans-serif; line-height: 1.5">
<p>Hello {{.Name}},</p>
<p>You have been invited to join {{.Product}} as <b>{{.Username}}</b>.</p>
<p><a href="{{.Link}}" style="display: inline-block; padding: 10px 18px; background: #2563eb; color: #ffffff; text-decoration: none; border-radius: 4px">Accept invitation</a></p>
<p>Or copy this link into your browser:<br>{{.Link}}</p>
{{- if .Expires}}
<p>The invitation expires on {{.Expires}}.</p>
{{- end}}
<p>If you did not expect this invitation, you can ignore this email.</p>
</body></html>
`))

var codeText = texttemplate.Must(texttemplate.New("code.txt").Parse(
	`Hello {{.Username}},

Your {{.Product}} verification code is:

    {{.Code}}
{{if .Expires}}
It expires on {{.Expires}}.
{{end}}
If you did not try to sign in, you can ignore this email; someone may have
typed your address by mistake. Never share this code.
`))

var codeHTML = htmltemplate.Must(htmltemplate.New("code.html").Parse(
	`<!DOCTYPE html>
<html><body style="font-family: sans-serif; line-height: 1.5">
<p>Hello {{.Username}},</p>
<p>Your {{.Product}} verification code is:</p>
<p style="font-family: monospace; font-size: 28px; font-weight: bold; letter-spacing: 4px">{{.Code}}</p>
{{- if .Expires}}
<p>It expires on {{.Expires}}.</p>
{{- end}}
<p>If you did not try to sign in, you can ignore this email; someone may have typed your address by mistake. Never share this code.</p>
</body></html>
`))
