package api

import "github.com/tetherhq/tether"

// Commands are commands found in sessions, newest first.
type Commands struct {
	Commands []tether.TypedCommand `json:"Commands"`
}

// MaxCommandPage bounds one search's results.
const MaxCommandPage = 1000
