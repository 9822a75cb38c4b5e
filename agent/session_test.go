package agent

import (
	"context"
	"strings"
	"testing"

	"github.com/tetherhq/tether/sessionproto"
)

// When the agent shuts down, its sessions' processes are hung up, and the
// client still hears how they ended.
func TestAgentShutdownHangsUpSessions(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	agentEnd, clientEnd := MustTCPPair(t)
	served := make(chan error, 1)
	req := shellReq("/bin/bash")
	req.SessionID = "shutdown"
	go func() { served <- ServeStream(ctx, agentEnd, req, Options{}) }()
	c := &client{tb: t, conn: clientEnd, w: sessionproto.NewWriter(clientEnd), served: served,
		changed: make(chan struct{}, 1), done: make(chan struct{})}
	go c.read()
	c.input("echo rea''dy\n")
	c.waitOutput("ready")
	cancel()
	c.MustExit(128 + 1) // SIGHUP
}

// A client that breaks the framing is treated as gone.
func TestClientProtocolViolationEndsSession(t *testing.T) {
	requireRoot(t)
	t.Parallel()
	c := MustStart(t, commandReq("cat"), Options{HangupGrace: 100e6})
	if _, err := c.conn.Write([]byte{byte(sessionproto.Input), 0x7f, 0xff, 0xff, 0xff}); err != nil {
		t.Fatal(err)
	}
	// The stream is left to the caller to reset with the reason.
	if err := <-c.served; err == nil || !strings.Contains(err.Error(), "exceeds the 32768-byte limit") {
		t.Fatalf("ServeStream = %v", err)
	}
}
