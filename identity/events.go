package identity

import (
	"context"
	"encoding/json"
)

// Security events that are not API calls of their own (the API calls are
// audited by the server); Service.Events receives them.
const (
	EventUserLockedOut      = "UserLockedOut"
	EventMFADeviceAdded     = "MFADeviceRegistered"
	EventMFADeviceRemoved   = "MFADeviceRemoved"
	EventInvitationSent     = "InvitationSent"
	EventEmailCodeSent      = "EmailCodeSent"
	EventInvitationAccepted = "InvitationAccepted"
)

// Event is one security event.
type Event struct {
	Name     string
	UserName string
	SourceIP string
	Detail   string
}

func (s *Service) emit(ctx context.Context, ev Event) {
	if s.Events != nil {
		s.Events(ctx, ev)
	}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only called on plain structs
	}
	return b
}
