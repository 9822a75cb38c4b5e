package mfa

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/go-webauthn/webauthn/protocol"
)

// protocolError is a go-webauthn protocol error with its details spelled out.
type protocolError struct {
	op  string
	err *protocol.Error
}

func (e *protocolError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", e.op, e.err.Details)
	if e.err.Type != "" {
		fmt.Fprintf(&b, " [%s]", e.err.Type)
	}
	if info := strings.Join(strings.Fields(e.err.DevInfo), " "); info != "" {
		fmt.Fprintf(&b, ": %s", info)
	} else if e.err.Err != nil && e.err.Err.Error() != e.err.Details {
		fmt.Fprintf(&b, ": %v", e.err.Err)
	}
	return b.String()
}

func (e *protocolError) Unwrap() error { return e.err }

// describe prefixes err with op, spelling out a protocol error's type and
// developer details, which its Error method leaves out.
func describe(op string, err error) error {
	var pe *protocol.Error
	if errors.As(err, &pe) {
		return &protocolError{op: op, err: pe}
	}
	return fmt.Errorf("%s: %w", op, err)
}

// attestationDetail returns the underlying reason when go-webauthn reports
// only "Error parsing attestation response", by parsing the attestation part
// of response again.
func attestationDetail(response []byte, err error) error {
	var pe *protocol.Error
	if !errors.As(err, &pe) || pe.Type != protocol.ErrParsingData.Type || pe.DevInfo != "" {
		return err
	}
	var ccr protocol.CredentialCreationResponse
	if json.Unmarshal(response, &ccr) != nil {
		return err
	}
	if _, detail := ccr.AttestationResponse.Parse(); detail != nil {
		return detail
	}
	return err
}
