// Package agent is what runs on each managed server: given one session
// stream from the control plane and the open request in its header, it
// starts a shell in a terminal, runs a command, or connects a TCP port, and
// moves the session's bytes until one side ends. It exists apart from the
// transport (package tunnel) so that what a session does on the host can be
// tested with any byte stream, and so the agent binary stays small: it
// imports no storage or server code.
//
// Who a session runs as: a root agent runs it as the requested user, or
// the default run-as user (ssm-user), which it creates on first use; it
// never creates a user that was asked for by name, since a typo should fail
// rather than add an account. An agent that is not root cannot switch
// users, so it runs sessions only as itself and refuses any other name.
// Users come from the system's name service through getent, so directory
// users work although the agent is a static binary.
//
// How a session ends: when the process exits, the client gets its output
// and then its exit status. When the client goes away instead, its
// processes are hung up like those of a closed terminal (SIGHUP to the
// process group and the terminal's foreground group), and killed if they
// outlive a grace period, so nothing a user started keeps running unseen
// except what they deliberately detached (nohup, setsid).
//
// The agent targets Linux: it uses /proc, /etc/os-release and Linux
// terminal ioctls.
package agent

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/sessionproto"
)

// Version is the agent's version, reported in its inventory.
const Version = "0.1.0"

// DefaultRunAs is the local user sessions run as when neither the request
// nor the operator names one; the agent creates it on first use, as AWS's
// agent does.
const DefaultRunAs = "ssm-user"

// Options configure how the agent serves sessions. The zero value is usable.
type Options struct {
	// DefaultRunAs is the user for requests without RunAs; the agent creates
	// this user (and only this one) if it is missing. Default DefaultRunAs.
	DefaultRunAs string
	// Shell overrides the run-as user's login shell from the passwd
	// database (else /bin/sh), unless the request names one.
	Shell string
	// Log receives the agent's own account of sessions; nil discards.
	Log *slog.Logger
	// DialTimeout bounds connecting a forward's TCP target. Default 10 s.
	DialTimeout time.Duration
	// HangupGrace is how long a process may take to exit after SIGHUP when
	// its client disappears, before SIGKILL. Default 5 s.
	HangupGrace time.Duration
}

func (o Options) withDefaults() Options {
	if o.DefaultRunAs == "" {
		o.DefaultRunAs = DefaultRunAs
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.DialTimeout <= 0 {
		o.DialTimeout = 10 * time.Second
	}
	if o.HangupGrace <= 0 {
		o.HangupGrace = 5 * time.Second
	}
	return o
}

// closeWriter is the half-close a transport stream (and a TCP connection)
// offers. Without it the agent can only end a stream by closing it whole.
type closeWriter interface {
	CloseWrite() error
}

// ServeStream runs the session req describes over conn and returns when the
// session is over.
//
// A nil return means the session ended in good order and conn has been
// closed: shell and command sessions report their outcome in the stream (an
// Exit message, or an Error message when nothing could be run, such as an
// unknown run-as user), and a forward ended with both directions finished.
//
// A non-nil error means the stream should be aborted: conn has not been
// closed, and the caller resets it with the error's text as the reason
// (which also releases anything of the session still blocked on conn). That
// is the case for an invalid request, a forward whose target cannot be
// reached ("connect to 10.0.0.5:5432: connection refused"), a forward that
// failed midway, and a client that went away from a shell or command
// session, whose processes are hung up and killed before ServeStream
// returns.
//
// conn may implement CloseWrite() error; the agent then half-closes it to
// end one direction of a forward while the other keeps going.
func ServeStream(ctx context.Context, conn io.ReadWriteCloser, req sessionproto.OpenRequest, opts Options) error {
	opts = opts.withDefaults()
	req = req.WithDefaults()
	if (req.Kind == tether.SessionShell || req.Kind == tether.SessionCommand) && req.RunAs == "" {
		req.RunAs = opts.DefaultRunAs // validated like a requested name
	}
	if err := req.Validate(); err != nil {
		return err
	}
	log := opts.Log.With("session", req.SessionID, "kind", string(req.Kind))
	switch req.Kind {
	case tether.SessionShell, tether.SessionCommand:
		s := &session{conn: conn, w: sessionproto.NewWriter(conn), req: req, opts: opts, log: log}
		return s.serve(ctx)
	case tether.SessionRemoteForward:
		host := strings.TrimSuffix(strings.TrimPrefix(req.Host, "["), "]")
		return forward(ctx, conn, net.JoinHostPort(host, strconv.Itoa(req.Port)), opts, log)
	default: // port-forward and ssh reach a port of the instance itself
		return forward(ctx, conn, net.JoinHostPort("127.0.0.1", strconv.Itoa(req.Port)), opts, log)
	}
}

// userError is a failure whose text is meant for the person at the other
// end of the session, sent as an Error message.
type userError struct{ msg string }

func (e *userError) Error() string { return e.msg }

func userErrorf(format string, args ...any) error {
	return &userError{msg: fmt.Sprintf(format, args...)}
}
