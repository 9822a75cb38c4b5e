package api

import "github.com/tetherhq/tether"

// AuditEvents is a page of the audit trail. Next, when set, is the
// sequence number to pass as "after" for the following page (ascending
// listings only).
type AuditEvents struct {
	Events []tether.AuditRecord `json:"Events"`
	Next   int64                `json:"Next,omitempty"`
}

// MaxAuditPage bounds one page of audit events.
const MaxAuditPage = 1000
