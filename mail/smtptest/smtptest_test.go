package smtptest

import (
	"strings"
	"testing"
)

func TestParseEncodings(t *testing.T) {
	raw := "From: a@example.com\r\n" +
		"To: b@example.com\r\n" +
		"Subject: hi\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=outer\r\n" +
		"\r\n" +
		"--outer\r\n" +
		"Content-Type: multipart/alternative; boundary=inner\r\n" +
		"\r\n" +
		"--inner\r\n" +
		"Content-Type: text/plain; charset=UTF-8\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n" +
		"\r\n" +
		"https://example.com/a?b=3D1&c=3D=\r\n" +
		"2 Gr=C3=BC=C3=9Fe\r\n" +
		"--inner\r\n" +
		"Content-Type: text/html; charset=UTF-8\r\n" +
		"Content-Transfer-Encoding: base64\r\n" +
		"\r\n" +
		"PHA+aGVs\r\nbG88L3A+\r\n" +
		"--inner--\r\n" +
		"--outer--\r\n"
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if m.Text != "https://example.com/a?b=1&c=2 Grüße" {
		t.Errorf("Text = %q", m.Text)
	}
	if m.HTML != "<p>hello</p>" {
		t.Errorf("HTML = %q", m.HTML)
	}
	if m.Header.Get("Subject") != "hi" {
		t.Errorf("Subject = %q", m.Header.Get("Subject"))
	}
}

func TestParseSinglePart(t *testing.T) {
	m, err := Parse([]byte("Subject: x\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8K\r\n"))
	if err != nil || m.Text != "hello\n" {
		t.Errorf("Text = %q, err %v", m.Text, err)
	}
	if _, err := Parse([]byte("Subject: x\r\nContent-Type: multipart/mixed\r\n\r\nbody")); err == nil {
		t.Error("multipart without boundary parsed")
	} else if !strings.Contains(err.Error(), "multipart") {
		t.Errorf("error %v does not name the multipart part", err)
	}
}

func TestWaitForTakesEachMessageOnce(t *testing.T) {
	s := &Server{arrivals: make(chan struct{})}
	s.add(Received{To: []string{"A@example.com"}, Text: "1"})
	s.add(Received{To: []string{"a@example.com"}, Text: "2"})
	if got := s.WaitFor(t, "a@example.com", 0); got.Text != "1" {
		t.Errorf("first WaitFor = %q", got.Text)
	}
	if got := s.WaitFor(t, "a@example.com", 0); got.Text != "2" {
		t.Errorf("second WaitFor = %q", got.Text)
	}
	if n := len(s.Messages()); n != 2 {
		t.Errorf("Messages() has %d", n)
	}
}
