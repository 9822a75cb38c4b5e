package server

import (
	"context"
	"net/url"
	"strconv"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/store"
)

// lookupEvents is cloudtrail:LookupEvents: filter by user, event name and
// time, newest first, or oldest first from a sequence number ("after") for
// exports and verification.
func (s *Server) lookupEvents(c *call) (operation, error) {
	f, err := auditFilter(c.r.URL.Query())
	if err != nil {
		return operation{}, err
	}
	return operation{Action: "cloudtrail:LookupEvents", Resource: s.account.TrailARN(),
		Run: func(ctx context.Context) (any, error) {
			recs, err := s.store.ListAuditRecords(ctx, f)
			out := api.AuditEvents{Events: nonNil(recs)}
			if f.Ascending && len(recs) == f.Limit {
				out.Next = recs[len(recs)-1].Seq
			}
			return out, err
		}}, nil
}

func auditFilter(q url.Values) (store.AuditFilter, error) {
	f := store.AuditFilter{UserName: q.Get("user"), EventName: q.Get("event"), Limit: api.MaxAuditPage}
	for name, t := range map[string]*time.Time{"since": &f.Since, "until": &f.Until} {
		if v := q.Get(name); v != "" {
			parsed, err := time.Parse(time.RFC3339, v)
			if err != nil {
				return f, tether.Errorf(tether.EINVALID, "%s: %q is not an RFC 3339 time such as 2026-11-23T10:00:00Z", name, v)
			}
			*t = parsed
		}
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > api.MaxAuditPage {
			return f, tether.Errorf(tether.EINVALID, "limit: must be a number from 1 to %d, not %q", api.MaxAuditPage, v)
		}
		f.Limit = n
	}
	if v := q.Get("after"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			return f, tether.Errorf(tether.EINVALID, "after: must be a sequence number, not %q", v)
		}
		f.AfterSeq, f.Ascending = n, true
	}
	return f, nil
}
