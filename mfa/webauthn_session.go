package mfa

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-webauthn/webauthn/webauthn"
)

// Ceremony names recorded in the session state, so that state from one kind
// of ceremony cannot be used to finish the other.
const (
	ceremonyRegister = "registration"
	ceremonyLogin    = "login"
)

// sessionState is the opaque session JSON returned by the Begin calls.
type sessionState struct {
	Ceremony string               `json:"ceremony"`
	Session  webauthn.SessionData `json:"session"`
}

func encodeCeremony(options any, ceremony string, sd *webauthn.SessionData) ([]byte, []byte, error) {
	opts, err := json.Marshal(options)
	if err != nil {
		return nil, nil, fmt.Errorf("encode WebAuthn %s options: %w", ceremony, err)
	}
	state, err := json.Marshal(sessionState{Ceremony: ceremony, Session: *sd})
	if err != nil {
		return nil, nil, fmt.Errorf("encode WebAuthn %s session state: %w", ceremony, err)
	}
	return opts, state, nil
}

func decodeSession(data []byte, ceremony string) (webauthn.SessionData, error) {
	var st sessionState
	if err := json.Unmarshal(data, &st); err != nil {
		return webauthn.SessionData{}, fmt.Errorf("WebAuthn session state is not valid JSON: %w", err)
	}
	if st.Ceremony != ceremony {
		return webauthn.SessionData{}, fmt.Errorf("WebAuthn session state is for %q, not %s; start the %s again", st.Ceremony, ceremony, ceremony)
	}
	if st.Session.Challenge == "" {
		return webauthn.SessionData{}, errors.New("WebAuthn session state has no challenge")
	}
	return st.Session, nil
}
