package broker

import (
	"context"
	"unicode/utf8"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// DefaultRunAs is the OS user sessions run as unless the user's
// SSMSessionRunAs principal tag names another.
const DefaultRunAs = "ssm-user"

// RunAsTag is the principal tag that overrides the run-as user, as in SSM.
const RunAsTag = "SSMSessionRunAs"

// StartRequest asks for a session on an instance.
type StartRequest struct {
	Owner   tether.User
	Target  tether.Instance
	Kind    tether.SessionKind
	Command string
	Reason  string
	Host    string
	Port    int
	// RunAs is the OS user when the owner has no SSMSessionRunAs tag (or
	// IgnoreRunAsTag): the session preferences' choice; empty means the
	// service's RunAs.
	RunAs          string
	IgnoreRunAsTag bool
}

func (r *StartRequest) validate() error {
	if r.Kind == "" {
		r.Kind = tether.SessionShell
	}
	switch r.Kind {
	case tether.SessionShell:
	case tether.SessionCommand:
		if r.Command == "" {
			return invalid("Command", "is required for a command session")
		}
	case tether.SessionSSH, tether.SessionPortForward, tether.SessionRemoteForward:
		if r.Port < 1 || r.Port > 65535 {
			return invalid("Port", "must be between 1 and 65535 (got %d)", r.Port)
		}
		if r.Kind == tether.SessionRemoteForward && r.Host == "" {
			return invalid("Host", "is required to forward to a remote host")
		}
	default:
		return invalid("Kind", "%q is not a session kind (shell, command, port-forward, remote-port-forward, ssh)", r.Kind)
	}
	if utf8.RuneCountInString(r.Reason) > 256 || utf8.RuneCountInString(r.Command) > 16<<10 {
		return invalid("Reason", "reasons are at most 256 characters and commands at most 16 KiB")
	}
	if r.Target.PingStatus == tether.PingInactive {
		return tether.Errorf(tether.ECONFLICT, "instance %s is deregistered", r.Target.ID)
	}
	return nil
}

// StartSession records a new session in status Connecting. The caller has
// authorized it and knows the agent is connected.
func (s *Service) StartSession(ctx context.Context, r StartRequest) (tether.Session, error) {
	if err := r.validate(); err != nil {
		return tether.Session{}, err
	}
	runAs := r.RunAs
	if runAs == "" {
		runAs = s.RunAs
	}
	if runAs == "" {
		runAs = DefaultRunAs
	}
	if v := r.Owner.Tags[RunAsTag]; v != "" && !r.IgnoreRunAsTag {
		runAs = v
	}
	sess := tether.Session{
		ID: NewSessionID(r.Owner.Username), Target: r.Target.ID, Owner: r.Owner.Username, Reason: r.Reason,
		Kind: r.Kind, Status: tether.SessionConnecting, Command: r.Command, Host: r.Host, Port: r.Port,
		StartedAt: s.now(),
	}
	if r.Kind == tether.SessionShell || r.Kind == tether.SessionCommand {
		sess.RunAs = runAs
	}
	return sess, s.Store.CreateSession(ctx, sess)
}

// Session returns one session.
func (s *Service) Session(ctx context.Context, id string) (tether.Session, error) {
	return s.Store.Session(ctx, id)
}

// Sessions lists sessions, newest first.
func (s *Service) Sessions(ctx context.Context, f store.SessionFilter) ([]tether.Session, error) {
	return s.Store.ListSessions(ctx, f)
}

// SetSessionStatus moves a live session to status (Connected,
// Disconnected, Terminating). Ended sessions stay ended.
func (s *Service) SetSessionStatus(ctx context.Context, id string, status tether.SessionStatus) error {
	_, err := s.Store.UpdateSession(ctx, id, func(sess *tether.Session) error {
		if sess.Status.Active() {
			sess.Status = status
		}
		return nil
	})
	return err
}

// EndSession records how a session ended: Terminated (it finished or was
// terminated) or Failed, with the reason and exit code if any. The first
// end recorded wins.
func (s *Service) EndSession(ctx context.Context, id string, status tether.SessionStatus, details string, exitCode *int) (tether.Session, error) {
	return s.Store.UpdateSession(ctx, id, func(sess *tether.Session) error {
		if !sess.Status.Active() {
			return nil
		}
		sess.Status, sess.Details, sess.ExitCode, sess.EndedAt = status, details, exitCode, s.now()
		return nil
	})
}
