package client

import (
	"context"
	"net/url"
	"strconv"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// LogGroups lists the log groups the caller may see.
func (c *Client) LogGroups(ctx context.Context) ([]tether.LogGroup, error) {
	var out api.LogGroups
	return out.LogGroups, c.do(ctx, "GET", "/log-groups", nil, nil, &out)
}

// CreateLogGroup creates a log group.
func (c *Client) CreateLogGroup(ctx context.Context, name string, retentionDays int) (tether.LogGroup, error) {
	var out tether.LogGroup
	return out, c.do(ctx, "POST", "/log-groups", nil, api.CreateLogGroupRequest{Name: name, RetentionDays: retentionDays}, &out)
}

// DeleteLogGroup deletes a log group with its streams.
func (c *Client) DeleteLogGroup(ctx context.Context, name string) error {
	return c.do(ctx, "DELETE", path("/log-groups/%s", name), nil, nil, nil)
}

// LogStreams lists a group's streams.
func (c *Client) LogStreams(ctx context.Context, group string) ([]tether.LogStream, error) {
	var out api.LogStreams
	return out.LogStreams, c.do(ctx, "GET", path("/log-groups/%s/streams", group), nil, nil, &out)
}

// LogQuery selects log events of a group.
type LogQuery struct {
	Stream, Filter string
	Since          time.Time
	After          int64 // with Stream: after this sequence number
	Limit          int
}

// LogEvents returns one page of a group's events, oldest first.
func (c *Client) LogEvents(ctx context.Context, group string, q LogQuery) (api.LogEvents, error) {
	v := url.Values{}
	if q.Stream != "" {
		v.Set("stream", q.Stream)
	}
	if q.Filter != "" {
		v.Set("filter", q.Filter)
	}
	if !q.Since.IsZero() {
		v.Set("since", q.Since.UTC().Format(time.RFC3339Nano))
	}
	if q.After > 0 {
		v.Set("after", strconv.FormatInt(q.After, 10))
	}
	if q.Limit > 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	var out api.LogEvents
	return out, c.do(ctx, "GET", path("/log-groups/%s/events", group), v, nil, &out)
}
