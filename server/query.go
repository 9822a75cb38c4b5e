package server

import (
	"net/url"
	"strconv"
	"time"

	"github.com/tetherhq/tether"
)

// Query parameters shared by the listing endpoints (audit, logs, search).

// timeParams sets each target from its RFC 3339 query parameter, when given.
func timeParams(q url.Values, targets map[string]*time.Time) error {
	for name, t := range targets {
		if v := q.Get(name); v != "" {
			parsed, err := time.Parse(time.RFC3339, v) // fractional seconds are accepted too
			if err != nil {
				return tether.Errorf(tether.EINVALID, "%s: %q is not an RFC 3339 time such as 2026-11-23T10:00:00Z", name, v)
			}
			*t = parsed
		}
	}
	return nil
}

// limitParam sets *limit from the "limit" query parameter, when given,
// which must be from 1 to max.
func limitParam(q url.Values, max int, limit *int) error {
	v := q.Get("limit")
	if v == "" {
		return nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > max {
		return tether.Errorf(tether.EINVALID, "limit: must be a number from 1 to %d, not %q", max, v)
	}
	*limit = n
	return nil
}
