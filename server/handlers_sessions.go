package server

import (
	"context"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/broker"
	"github.com/tetherhq/tether/store"
	"github.com/tetherhq/tether/upgrade"
)

// startSession decides ssm:StartSession on the target instance's ARN with
// its tags in the context, as the seed's policies expect, and records the
// session. The client then connects its stream.
func (s *Server) startSession(c *call) (operation, error) {
	var req api.StartSessionRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	if req.Target == "" {
		return operation{}, tether.Errorf(tether.EINVALID, "Target: is required (an instance ID or Name tag)")
	}
	in, err := s.broker.ResolveTarget(c.r.Context(), req.Target)
	found := err == nil
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		in = tether.Instance{ID: req.Target} // decide on the name alone: existence stays hidden
	} else if err != nil {
		return operation{}, err
	}
	return operation{Action: "ssm:StartSession", Resource: s.account.ManagedInstanceARN(in.ID), Context: instanceContext(in),
		Run: func(ctx context.Context) (any, error) {
			if !found {
				return nil, err
			}
			agent := s.agents.get(in.ID)
			if agent == nil {
				return nil, tether.Errorf(tether.EUNAVAILABLE, "instance %s (%s) is %s: its agent is not connected", in.ID, in.Name(), in.PingStatus)
			}
			prefs, err := s.prefs.Get(ctx)
			if err != nil {
				return nil, err
			}
			if err := s.checkLogging(ctx, prefs); err != nil {
				return nil, err
			}
			start := broker.StartRequest{Owner: c.principal.User, Target: in,
				Kind: req.Kind, Command: req.Command, Reason: req.Reason, Host: req.Host, Port: req.Port,
				RunAs: prefs.RunAsDefaultUser}
			if !prefs.RunAsEnabled {
				start.RunAs, start.IgnoreRunAsTag = broker.DefaultRunAs, true
			}
			sess, err := s.broker.StartSession(ctx, start)
			if err != nil {
				return nil, err
			}
			s.begin(sess, agent, prefs, c.transport.SourceIP)
			return api.StartSessionResponse{Session: sess, StreamUrl: api.Prefix + "/sessions/" + sess.ID + "/stream"}, nil
		}}, nil
}

// sessionStream connects a client to its session. The owner's first
// connection needs no further decision (ssm:StartSession was decided).
// Connecting again resumes the session: allowed when the policy allows
// ssm:ResumeSession on the session's ARN, or still allows ssm:StartSession
// on its instance (the grant the session was opened with; the seed's
// policies name only that).
func (s *Server) sessionStream(c *call) (operation, error) {
	id := c.r.PathValue("id")
	sess, err := s.broker.Session(c.r.Context(), id)
	if err != nil && tether.ErrorCode(err) != tether.ENOTFOUND {
		return operation{}, err
	}
	first := err == nil && sess.Status == tether.SessionConnecting
	arn := s.account.SessionARN(id)
	return operation{Action: "ssm:ResumeSession", Resource: arn, filtered: true,
		Run: func(ctx context.Context) (any, error) {
			live, err := s.joinable(c, id, sess, first, err)
			if err != nil {
				return nil, err
			}
			conn, uerr := upgrade.Accept(c.w, c.r, api.SessionProtocol)
			if uerr != nil {
				return nil, tether.Errorf(tether.EINVALID, "%v", uerr)
			}
			c.hijacked = true
			go live.serveClient(conn)
			return nil, nil
		}}, nil
}

func (s *Server) mayResume(c *call, sess tether.Session) bool {
	if s.allowed(c, "ssm:ResumeSession", s.account.SessionARN(sess.ID), nil) {
		return true
	}
	in, err := s.broker.Instance(c.r.Context(), sess.Target)
	return err == nil && s.allowed(c, "ssm:StartSession", s.account.ManagedInstanceARN(in.ID), instanceContext(in))
}

func (s *Server) listSessions(c *call) (operation, error) {
	q := c.r.URL.Query()
	f := store.SessionFilter{Owner: q.Get("owner"), Target: q.Get("target"), Limit: 200}
	if q.Get("history") == "true" {
		f.Ended = true
	} else {
		f.Active = true
	}
	return operation{Action: "ssm:DescribeSessions", Resource: "*",
		Run: func(ctx context.Context) (any, error) {
			list, err := s.broker.Sessions(ctx, f)
			return api.Sessions{Sessions: nonNil(list)}, err
		}}, nil
}

// terminateSession decides ssm:TerminateSession on the session's ARN, so
// the seed's "session/${aws:username}-*" lets users end only their own.
func (s *Server) terminateSession(c *call) (operation, error) {
	id := c.r.PathValue("id")
	return operation{Action: "ssm:TerminateSession", Resource: s.account.SessionARN(id),
		Run: func(ctx context.Context) (any, error) {
			if _, err := s.broker.Session(ctx, id); err != nil {
				return nil, err
			}
			if live := s.live.get(id); live != nil {
				live.terminate(tether.SessionTerminated, "terminated by "+c.principal.User.Username)
			}
			// A session whose relay is gone (a restarted server) ends here.
			return s.broker.EndSession(ctx, id, tether.SessionTerminated, "terminated by "+c.principal.User.Username, nil)
		}}, nil
}

// endTimeout bounds database writes made while a session winds down.
const endTimeout = 10 * time.Second

// joinable checks that the caller may attach a client to session id now
// (its owner, on the first connection or allowed to resume) and returns
// its relay. lookupErr is the error of reading the session.
func (s *Server) joinable(c *call, id string, sess tether.Session, first bool, lookupErr error) (*liveSession, error) {
	if !first && !s.mayResume(c, sess) {
		return nil, s.authz.Authorize(c.principal, "ssm:ResumeSession", s.account.SessionARN(id), c.transport, nil)
	}
	if lookupErr != nil {
		return nil, lookupErr
	}
	if sess.Owner != c.principal.User.Username {
		return nil, tether.Errorf(tether.EFORBIDDEN, "session %s belongs to %s", id, sess.Owner)
	}
	live := s.live.get(id)
	if live == nil || !sess.Status.Active() {
		return nil, tether.Errorf(tether.ECONFLICT, "session %s has ended (%s)", id, sess.Status)
	}
	return live, nil
}
