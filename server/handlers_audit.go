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
	if err := timeParams(q, map[string]*time.Time{"since": &f.Since, "until": &f.Until}); err != nil {
		return f, err
	}
	if err := limitParam(q, api.MaxAuditPage, &f.Limit); err != nil {
		return f, err
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
