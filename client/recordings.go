package client

import (
	"context"
	"net/url"
	"strconv"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// CommandQuery searches the commands typed in sessions.
type CommandQuery struct {
	Text, User, Target, Session string
	Since                       time.Time
	Limit                       int
}

// SearchCommands returns matching commands, newest first.
func (c *Client) SearchCommands(ctx context.Context, q CommandQuery) ([]tether.TypedCommand, error) {
	v := url.Values{}
	for k, val := range map[string]string{"text": q.Text, "user": q.User, "target": q.Target, "session": q.Session} {
		if val != "" {
			v.Set(k, val)
		}
	}
	if !q.Since.IsZero() {
		v.Set("since", q.Since.UTC().Format(time.RFC3339))
	}
	if q.Limit > 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	var out api.Commands
	return out.Commands, c.do(ctx, "GET", "/recordings/search", v, nil, &out)
}
