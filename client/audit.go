package client

import (
	"context"
	"net/url"
	"strconv"
	"time"

	"github.com/tetherhq/tether/api"
)

// AuditQuery selects audit events; zero fields match everything.
type AuditQuery struct {
	User, Event  string
	Since, Until time.Time
	Limit        int
	// After lists oldest first from this sequence number (0: from the
	// start when Ascending).
	After     int64
	Ascending bool
}

// AuditEvents returns one page of the audit trail.
func (c *Client) AuditEvents(ctx context.Context, q AuditQuery) (api.AuditEvents, error) {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	set("user", q.User)
	set("event", q.Event)
	if !q.Since.IsZero() {
		v.Set("since", q.Since.UTC().Format(time.RFC3339))
	}
	if !q.Until.IsZero() {
		v.Set("until", q.Until.UTC().Format(time.RFC3339))
	}
	if q.Limit > 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	if q.Ascending || q.After > 0 {
		v.Set("after", strconv.FormatInt(q.After, 10))
	}
	var out api.AuditEvents
	return out, c.do(ctx, "GET", "/audit", v, nil, &out)
}
