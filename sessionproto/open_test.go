package sessionproto

import (
	"strings"
	"testing"

	"github.com/tetherhq/tether"
)

func TestDecodeOpenRequestAppliesDefaults(t *testing.T) {
	r, err := DecodeOpenRequest([]byte(`{"Kind": "shell", "SessionId": "alice-1"}`))
	if err != nil {
		t.Fatal(err)
	}
	want := OpenRequest{Kind: tether.SessionShell, SessionID: "alice-1", Cols: 80, Rows: 24, Term: "xterm-256color"}
	if r != want {
		t.Fatalf("got %+v, want %+v", r, want)
	}
	r, err = DecodeOpenRequest([]byte(`{"Kind": "ssh", "SessionId": "alice-2"}`))
	if err != nil {
		t.Fatal(err)
	}
	if r.Port != 22 {
		t.Fatalf("ssh port = %d, want 22", r.Port)
	}
}

func TestOpenRequestRoundTrip(t *testing.T) {
	for _, r := range []OpenRequest{
		{Kind: tether.SessionShell, SessionID: "a-1", RunAs: "ssm-user", Shell: "/bin/bash", ShellProfile: "cd /srv\nexport A=1\n", Cols: 120, Rows: 40, Term: "screen-256color"},
		{Kind: tether.SessionCommand, SessionID: "a-2", Command: "uptime; df -h", RunAs: "deploy"},
		{Kind: tether.SessionPortForward, SessionID: "a-3", Port: 5432},
		{Kind: tether.SessionRemoteForward, SessionID: "a-4", Host: "db.internal", Port: 5432},
		{Kind: tether.SessionRemoteForward, SessionID: "a-5", Host: "fd00::1", Port: 443},
		{Kind: tether.SessionSSH, SessionID: "a-6", Port: 2222},
	} {
		got, err := DecodeOpenRequest(r.Encode())
		if err != nil {
			t.Fatalf("%s: %v", r.Encode(), err)
		}
		if got != r {
			t.Fatalf("round trip of %+v gave %+v", r, got)
		}
	}
}

func TestDecodeOpenRequestRejects(t *testing.T) {
	for _, tc := range []struct {
		name, json, want string
	}{
		{"not json", `{"Kind":`, "not valid JSON"},
		{"trailing data", `{"Kind": "shell", "SessionId": "a"} {}`, "after the JSON object"},
		{"unknown field", `{"Kind": "shell", "SessionId": "a", "ReadOnly": true}`, `unknown field "ReadOnly"`},
		{"missing kind", `{"SessionId": "a"}`, "Kind: required"},
		{"unknown kind", `{"Kind": "rdp", "SessionId": "a"}`, `Kind "rdp": unknown`},
		{"missing session id", `{"Kind": "shell"}`, "SessionId: required"},
		{"session id with newline", `{"Kind": "shell", "SessionId": "a\nb"}`, "SessionId"},
		{"run-as with NUL", `{"Kind": "shell", "SessionId": "a", "RunAs": "root\u0000x"}`, "RunAs: contains a NUL byte"},
		{"run-as with escape", `{"Kind": "shell", "SessionId": "a", "RunAs": "a\u001b[2J"}`, "RunAs"},
		{"run-as with control character", `{"Kind": "shell", "SessionId": "a", "RunAs": "bob\u0007"}`, "RunAs \"bob\\a\": contains control character U+0007"},
		{"run-as like an option", `{"Kind": "shell", "SessionId": "a", "RunAs": "-oroot"}`, "RunAs \"-oroot\": must not start with '-'"},
		{"run-as with slash", `{"Kind": "shell", "SessionId": "a", "RunAs": "../etc"}`, "RunAs \"../etc\": only letters"},
		{"run-as too long", `{"Kind": "shell", "SessionId": "a", "RunAs": "` + strings.Repeat("a", 33) + `"}`, "RunAs: 33 bytes"},
		{"relative shell", `{"Kind": "shell", "SessionId": "a", "Shell": "bash"}`, "Shell \"bash\": must be an absolute path"},
		{"command without command", `{"Kind": "command", "SessionId": "a"}`, "Command: required"},
		{"command on a shell", `{"Kind": "shell", "SessionId": "a", "Command": "id"}`, "Command: only command sessions"},
		{"command with NUL", `{"Kind": "command", "SessionId": "a", "Command": "id\u0000"}`, "Command: contains a NUL byte"},
		{"profile on a command", `{"Kind": "command", "SessionId": "a", "Command": "id", "ShellProfile": "x"}`, "ShellProfile: only shell"},
		{"negative cols", `{"Kind": "shell", "SessionId": "a", "Cols": -1}`, "Cols -1"},
		{"huge rows", `{"Kind": "shell", "SessionId": "a", "Rows": 70000}`, "Rows 70000"},
		{"bad term", `{"Kind": "shell", "SessionId": "a", "Term": "xterm;rm"}`, "Term \"xterm;rm\""},
		{"port on a shell", `{"Kind": "shell", "SessionId": "a", "Port": 22}`, "Port: only forwarding"},
		{"forward without port", `{"Kind": "port-forward", "SessionId": "a"}`, "Port 0: must be between 1 and 65535"},
		{"port too big", `{"Kind": "port-forward", "SessionId": "a", "Port": 65536}`, "Port 65536"},
		{"host on a local forward", `{"Kind": "port-forward", "SessionId": "a", "Host": "x", "Port": 1}`, "Host: only remote-port-forward"},
		{"remote forward without host", `{"Kind": "remote-port-forward", "SessionId": "a", "Port": 1}`, "Host: required"},
		{"host with space", `{"Kind": "remote-port-forward", "SessionId": "a", "Host": "a b", "Port": 1}`, "Host \"a b\": not a host name"},
		{"host with port", `{"Kind": "remote-port-forward", "SessionId": "a", "Host": "db:5432", "Port": 1}`, "Host \"db:5432\""},
		{"shell on a forward", `{"Kind": "ssh", "SessionId": "a", "Shell": "/bin/sh"}`, "Shell: only shell and command"},
		{"too large", `{"Kind": "command", "SessionId": "a", "Command": "` + strings.Repeat("x", MaxOpenRequest) + `"}`, "the limit is 262144"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeOpenRequest([]byte(tc.json))
			if err == nil {
				t.Fatalf("accepted %s", tc.json)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not contain %q", err, tc.want)
			}
			if tether.ErrorCode(err) != tether.EINVALID {
				t.Fatalf("error code %q, want %q", tether.ErrorCode(err), tether.EINVALID)
			}
		})
	}
}

func TestOpenRequestStringHidesCommand(t *testing.T) {
	r := OpenRequest{Kind: tether.SessionCommand, SessionID: "a-1", RunAs: "bob", Command: "echo s3cret"}
	if s := r.String(); strings.Contains(s, "s3cret") || !strings.Contains(s, "bob") {
		t.Fatalf("String() = %q", s)
	}
}
