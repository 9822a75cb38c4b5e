package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/audit"
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
	UserAgent    string
	// Request is the request body with secrets replaced (audit.RequestParameters).
	Request  json.RawMessage
	Duration time.Duration
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

// TrailAuditor keeps events in the hash-chained audit trail (and logs
// refusals and failures, for operators watching the log).
type TrailAuditor struct {
	Trail *audit.Trail
	Log   *slog.Logger
}

// Record queues ev for the trail.
func (a TrailAuditor) Record(ctx context.Context, ev AuditEvent) {
	if ev.ErrorCode != "" && a.Log != nil {
		LogAuditor{Log: a.Log}.Record(ctx, ev)
	}
	a.Trail.Record(tether.AuditRecord{
		EventTime: ev.Time, EventName: ev.Action, Identity: ev.Principal, UserName: ev.UserName,
		SourceIP: ev.SourceIP, UserAgent: ev.UserAgent, Resource: ev.Resource, RequestParameters: ev.Request,
		ErrorCode: ev.ErrorCode, ErrorMessage: ev.ErrorMessage, Detail: ev.Detail, RequestID: ev.RequestID,
	})
}
