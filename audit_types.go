package tether

import (
	"encoding/json"
	"time"
)

// AuditRecord is one event of the audit trail, shaped like a CloudTrail
// event: every API call (allowed or refused), sign-in, MFA change,
// registration and session start and end. Records are chained: Hash covers
// the record and PrevHash, the previous record's Hash, so removing,
// reordering or changing any record breaks the chain from there on.
type AuditRecord struct {
	Seq       int64     `json:"Seq"`
	EventID   string    `json:"EventId"`
	EventTime time.Time `json:"EventTime"`
	// EventName is the action, e.g. "ssm:StartSession", or a security
	// event, e.g. "tether:UserLockedOut".
	EventName string `json:"EventName"`
	// EventSource is the service part of the name: "ssm", "sso", "tether".
	EventSource string `json:"EventSource"`
	Identity    string `json:"Identity,omitempty"` // the signed-in identity
	UserName    string `json:"UserName,omitempty"`
	SourceIP    string `json:"SourceIPAddress,omitempty"`
	UserAgent   string `json:"UserAgent,omitempty"`
	Resource    string `json:"Resource,omitempty"`
	// RequestParameters is the request body with secrets replaced.
	RequestParameters json.RawMessage `json:"RequestParameters,omitempty"`
	ErrorCode         string          `json:"ErrorCode,omitempty"`
	ErrorMessage      string          `json:"ErrorMessage,omitempty"`
	Detail            string          `json:"Detail,omitempty"`
	RequestID         string          `json:"RequestId,omitempty"`
	PrevHash          string          `json:"PrevHash"`
	Hash              string          `json:"Hash"`
}
