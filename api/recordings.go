package api

import (
	"encoding/json"

	"github.com/tetherhq/tether"
)

// Commands are commands found in sessions, newest first.
type Commands struct {
	Commands []tether.TypedCommand `json:"Commands"`
}

// MaxCommandPage bounds one search's results.
const MaxCommandPage = 1000

// RecordingVerification is the outcome of checking a recording: its
// manifest when the chain and the signature hold.
type RecordingVerification struct {
	Verified bool            `json:"Verified"`
	Manifest json.RawMessage `json:"Manifest,omitempty"`
}
