package server

import (
	"context"
	"time"
)

// janitorInterval is how often expired records are swept.
const janitorInterval = 10 * time.Minute

// runJanitor sweeps, until ctx ends: expired sign-ins and tickets, and log
// events past their group's retention.
func (s *Server) runJanitor(ctx context.Context) {
	t := time.NewTicker(janitorInterval)
	defer t.Stop()
	for {
		s.sweep(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *Server) sweep(ctx context.Context) {
	now := s.now()
	if _, err := s.store.DeleteExpiredTokens(ctx, now); err != nil && ctx.Err() == nil {
		s.log.Warn("sweeping expired sign-ins", "err", err)
	}
	if _, err := s.identity.SweepTickets(ctx); err != nil && ctx.Err() == nil {
		s.log.Warn("sweeping expired tickets", "err", err)
	}
	groups, err := s.store.ListLogGroups(ctx)
	if err != nil {
		if ctx.Err() == nil {
			s.log.Warn("listing log groups for retention", "err", err)
		}
		return
	}
	for _, g := range groups {
		if g.RetentionDays == 0 {
			continue
		}
		if _, err := s.store.DeleteLogEventsBefore(ctx, g.Name, now.AddDate(0, 0, -g.RetentionDays)); err != nil && ctx.Err() == nil {
			s.log.Warn("applying log retention", "group", g.Name, "err", err)
		}
	}
}
