package tether

import "time"

// LogGroup is a named collection of log streams with a retention, like a
// CloudWatch Logs log group. Session logs go to the group the session
// preferences name, one stream per session.
type LogGroup struct {
	Name          string    `json:"logGroupName"`
	RetentionDays int       `json:"retentionInDays,omitempty"` // 0: forever
	CreatedAt     time.Time `json:"creationTime"`
	StoredBytes   int64     `json:"storedBytes"`
}

// LogStream is a sequence of events in a group; a session's stream is named
// by its session ID.
type LogStream struct {
	Group        string    `json:"logGroupName"`
	Name         string    `json:"logStreamName"`
	CreatedAt    time.Time `json:"creationTime"`
	FirstEventAt time.Time `json:"firstEventTimestamp,omitzero"`
	LastEventAt  time.Time `json:"lastEventTimestamp,omitzero"`
	StoredBytes  int64     `json:"storedBytes"`
	EventCount   int64     `json:"eventCount"`
}

// LogEvent is one event of a stream. Seq orders events within the stream.
type LogEvent struct {
	Stream  string    `json:"logStreamName,omitempty"`
	Seq     int64     `json:"sequence"`
	Time    time.Time `json:"timestamp"`
	Message string    `json:"message"`
}

// TypedCommand is one command typed in a session, reconstructed from its
// input for search. Incomplete marks lines edited with history or
// completion, whose final text the input alone cannot show.
type TypedCommand struct {
	SessionID  string    `json:"SessionId"`
	Seq        int       `json:"Sequence"`
	Owner      string    `json:"Owner"`
	Target     string    `json:"Target"`
	Time       time.Time `json:"Time"`
	Text       string    `json:"Command"`
	Incomplete bool      `json:"Incomplete,omitempty"`
}
