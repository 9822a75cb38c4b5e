package server

import (
	"context"
	"strconv"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/store"
)

// Log groups, like CloudWatch Logs: session logs land in the group the
// session preferences name, one stream per session ID.

// logGroupName is 1-512 of letters, digits and _ . / # - (as in the
// preferences' cloudWatchLogGroupName).
func validLogGroup(name string) error {
	if name == "" || len(name) > 512 {
		return tether.Errorf(tether.EINVALID, "logGroupName: must be 1 to 512 characters")
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '.' || r == '/' || r == '#' || r == '-') {
			return tether.Errorf(tether.EINVALID, "logGroupName: %q may only hold letters, digits and _ . / # -", name)
		}
	}
	return nil
}

func (s *Server) listLogGroups(c *call) (operation, error) {
	return operation{Action: "logs:DescribeLogGroups", Resource: s.account.LogGroupARN("*"), filtered: true,
		Run: func(ctx context.Context) (any, error) {
			groups, err := s.store.ListLogGroups(ctx)
			out := []tether.LogGroup{}
			for _, g := range groups {
				if s.allowed(c, "logs:DescribeLogGroups", s.account.LogGroupARN(g.Name), nil) {
					out = append(out, g)
				}
			}
			return api.LogGroups{LogGroups: out}, err
		}}, nil
}

func (s *Server) createLogGroup(c *call) (operation, error) {
	var req api.CreateLogGroupRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return operation{Action: "logs:CreateLogGroup", Resource: s.account.LogGroupARN(req.Name),
		Run: func(ctx context.Context) (any, error) {
			if err := validLogGroup(req.Name); err != nil {
				return nil, err
			}
			if req.RetentionDays < 0 || req.RetentionDays > 3653 {
				return nil, tether.Errorf(tether.EINVALID, "retentionInDays: must be 0 (forever) to 3653")
			}
			g := tether.LogGroup{Name: req.Name, RetentionDays: req.RetentionDays, CreatedAt: s.now()}
			return g, s.store.CreateLogGroup(ctx, g)
		}}, nil
}

func (s *Server) deleteLogGroup(c *call) (operation, error) {
	name := c.r.PathValue("group")
	return operation{Action: "logs:DeleteLogGroup", Resource: s.account.LogGroupARN(name),
		Run: func(ctx context.Context) (any, error) { return struct{}{}, s.store.DeleteLogGroup(ctx, name) }}, nil
}

func (s *Server) listLogStreams(c *call) (operation, error) {
	group := c.r.PathValue("group")
	return operation{Action: "logs:DescribeLogStreams", Resource: s.account.LogGroupARN(group),
		Run: func(ctx context.Context) (any, error) {
			streams, err := s.store.ListLogStreams(ctx, group)
			return api.LogStreams{LogStreams: nonNil(streams)}, err
		}}, nil
}

// logEvents is logs:GetLogEvents with a stream, logs:FilterLogEvents
// without (or with a filter pattern): a case-sensitive substring.
func (s *Server) logEvents(c *call) (operation, error) {
	q := c.r.URL.Query()
	f := store.LogFilter{Group: c.r.PathValue("group"), Stream: q.Get("stream"), Contains: q.Get("filter"), Limit: api.MaxLogPage}
	action := "logs:FilterLogEvents"
	if f.Stream != "" && f.Contains == "" {
		action = "logs:GetLogEvents"
	}
	if err := timeParams(q, map[string]*time.Time{"since": &f.Since, "until": &f.Until}); err != nil {
		return operation{}, err
	}
	for name, n := range map[string]*int64{"after": &f.AfterSeq} {
		if v := q.Get(name); v != "" {
			parsed, err := strconv.ParseInt(v, 10, 64)
			if err != nil || parsed < 0 || f.Stream == "" {
				return operation{}, tether.Errorf(tether.EINVALID, "%s: must be a sequence number, with stream", name)
			}
			*n = parsed
		}
	}
	if err := limitParam(q, api.MaxLogPage, &f.Limit); err != nil {
		return operation{}, err
	}
	return operation{Action: action, Resource: s.account.LogGroupARN(f.Group),
		Run: func(ctx context.Context) (any, error) {
			if _, err := s.store.LogGroup(ctx, f.Group); err != nil {
				return nil, err
			}
			events, err := s.store.LogEvents(ctx, f)
			out := api.LogEvents{Events: nonNil(events), NextSeq: f.AfterSeq}
			if n := len(events); n > 0 && f.Stream != "" {
				out.NextSeq = events[n-1].Seq
			}
			return out, err
		}}, nil
}
