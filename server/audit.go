package server

import (
	"context"
	"log/slog"
	"time"
)

// AuditEvent is one API call as the audit trail will keep it: who, what, on
// which resource, from where, and how it ended.
type AuditEvent struct {
	Time         time.Time
	RequestID    string
	Route        string
	Principal    string // the signed-in identity, empty for public routes
	UserName     string
	Action       string
	Resource     string
	SourceIP     string
	ErrorCode    string // empty on success
	ErrorMessage string
	Detail       string // for security events: what happened, never a secret
	Duration     time.Duration
}

// Auditor receives every API call, allowed or not. Every request passes
// through Server.handle, which calls Record exactly once, so a persistent,
// tamper-evident trail only needs another Auditor.
type Auditor interface {
	Record(ctx context.Context, ev AuditEvent)
}

// LogAuditor writes events to a structured log.
type LogAuditor struct{ Log *slog.Logger }

// Record logs ev at info level (warn when refused).
func (a LogAuditor) Record(ctx context.Context, ev AuditEvent) {
	level := slog.LevelInfo
	if ev.ErrorCode != "" {
		level = slog.LevelWarn
	}
	a.Log.LogAttrs(ctx, level, "api call",
		slog.String("request_id", ev.RequestID),
		slog.String("route", ev.Route),
		slog.String("principal", ev.Principal),
		slog.String("action", ev.Action),
		slog.String("resource", ev.Resource),
		slog.String("source_ip", ev.SourceIP),
		slog.String("error_code", ev.ErrorCode),
		slog.String("error", ev.ErrorMessage),
		slog.String("detail", ev.Detail),
		slog.Duration("duration", ev.Duration),
	)
}
