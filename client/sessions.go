package client

import (
	"context"
	"net/http"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/tunnel"
	"github.com/tetherhq/tether/upgrade"
)

// StartSession asks for a session; connect its stream with ConnectSession.
func (c *Client) StartSession(ctx context.Context, req api.StartSessionRequest) (api.StartSessionResponse, error) {
	var out api.StartSessionResponse
	return out, c.do(ctx, "POST", "/sessions", nil, req, &out)
}

// Sessions lists active sessions, or ended ones with history.
func (c *Client) Sessions(ctx context.Context, history bool) ([]tether.Session, error) {
	var out api.Sessions
	return out.Sessions, c.do(ctx, "GET", "/sessions", boolQuery("history", history), nil, &out)
}

// TerminateSession ends a session.
func (c *Client) TerminateSession(ctx context.Context, id string) (tether.Session, error) {
	var out tether.Session
	return out, c.do(ctx, "POST", path("/sessions/%s/terminate", id), nil, nil, &out)
}

// ConnectSession opens the session's connection: an upgraded HTTPS
// connection carrying the tunnel protocol.
func (c *Client) ConnectSession(ctx context.Context, id string) (*tunnel.Session, error) {
	u := *c.base
	u.Path = api.Prefix + path("/sessions/%s/stream", id)
	conn, _, err := upgrade.Dial(ctx, upgrade.Request{
		URL: u.String(), Protocol: api.SessionProtocol, TLS: c.tls,
		Header: http.Header{"Authorization": {"Bearer " + c.token}},
	})
	if err != nil {
		if r, ok := err.(*upgrade.Refused); ok {
			return nil, refusedError(r)
		}
		return nil, unreachable(c.base, err)
	}
	return tunnel.Client(conn, nil)
}
