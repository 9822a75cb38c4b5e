package server

import (
	"context"
	"strconv"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/store"
)

// searchCommands finds sessions by the commands typed in them, across all
// sessions: tether:SearchSessionCommands on the sessions' ARN pattern.
func (s *Server) searchCommands(c *call) (operation, error) {
	q := c.r.URL.Query()
	f := store.CommandFilter{Text: q.Get("text"), Owner: q.Get("user"), Target: q.Get("target"),
		SessionID: q.Get("session"), Limit: 100}
	for name, t := range map[string]*time.Time{"since": &f.Since, "until": &f.Until} {
		if v := q.Get(name); v != "" {
			parsed, err := time.Parse(time.RFC3339, v)
			if err != nil {
				return operation{}, tether.Errorf(tether.EINVALID, "%s: %q is not an RFC 3339 time", name, v)
			}
			*t = parsed
		}
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > api.MaxCommandPage {
			return operation{}, tether.Errorf(tether.EINVALID, "limit: must be 1 to %d", api.MaxCommandPage)
		}
		f.Limit = n
	}
	return operation{Action: "tether:SearchSessionCommands", Resource: s.account.SessionARN("*"),
		Run: func(ctx context.Context) (any, error) {
			cmds, err := s.store.SearchCommands(ctx, f)
			return api.Commands{Commands: nonNil(cmds)}, err
		}}, nil
}
