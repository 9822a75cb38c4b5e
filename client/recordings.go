package client

import (
	"context"
	"io"
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

// Recording streams a session's signed recording (the spool format; read
// it with recording.NewReader).
func (c *Client) Recording(ctx context.Context, sessionID string) (io.ReadCloser, error) {
	return c.stream(ctx, path("/recordings/%s", sessionID))
}

// VerifyRecording has the server check a recording's chain and signature.
func (c *Client) VerifyRecording(ctx context.Context, sessionID string) (api.RecordingVerification, error) {
	var out api.RecordingVerification
	return out, c.do(ctx, "GET", path("/recordings/%s/verify", sessionID), nil, nil, &out)
}
