package api

import "github.com/tetherhq/tether"

// LogGroups lists log groups.
type LogGroups struct {
	LogGroups []tether.LogGroup `json:"logGroups"`
}

// CreateLogGroupRequest creates a log group.
type CreateLogGroupRequest struct {
	Name          string `json:"logGroupName"`
	RetentionDays int    `json:"retentionInDays,omitempty"`
}

// LogStreams lists a group's streams.
type LogStreams struct {
	LogStreams []tether.LogStream `json:"logStreams"`
}

// LogEvents is a page of events. NextSeq, for one stream, is the sequence
// number to pass as "after" for the next page (and for tailing).
type LogEvents struct {
	Events  []tether.LogEvent `json:"events"`
	NextSeq int64             `json:"nextSequence,omitempty"`
}

// MaxLogPage bounds one page of log events.
const MaxLogPage = 10000
