// Package tether holds the domain types shared by every part of Tether (the
// directory, instances, sessions) and the small set of error codes that travel
// from storage up through the API to the CLI's exit status.
//
// Business rules live in the packages that own them (identity, authz, ...);
// this package only names things so those packages and the storage backends
// agree on them.
package tether

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one HTTP status (server) and one exit status (CLI);
// keep the set small so callers can branch on it.
const (
	EINVALID      = "invalid"       // bad input: 400, exit 2
	ENOTFOUND     = "not_found"     // 404, exit 1
	ECONFLICT     = "conflict"      // uniqueness or state conflict: 409, exit 1
	EUNAUTHORIZED = "unauthorized"  // missing, expired or forged credentials: 401, exit 1
	EFORBIDDEN    = "access_denied" // the policy refused: 403, exit 3
	ETOOLARGE     = "too_large"     // request body over the limit: 413, exit 2
	ETHROTTLED    = "throttled"     // too many attempts; retry later: 429, exit 1
	EUNAVAILABLE  = "unavailable"   // a dependency (database) cannot be reached: 503, exit 1
	EINTERNAL     = "internal"      // anything else: 500, exit 1
)

// Error is an error with a code and a message that is safe to show to the
// caller. Internal details stay in the wrapped error, which is logged, never
// returned to a client.
type Error struct {
	Code    string
	Message string
	Err     error // optional cause, for logs and errors.Is
}

func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message. A %w
// verb wraps the cause as usual.
func Errorf(code, format string, args ...any) *Error {
	err := fmt.Errorf(format, args...)
	return &Error{Code: code, Message: err.Error(), Err: errors.Unwrap(err)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or a
// generic message for errors whose text may hold internal details.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

// AccessDenied is the error for a policy refusal. Its message follows the
// seed's (and AWS's) wording: who, which action, which resource, and whether
// a statement denied it or none allowed it.
func AccessDenied(principal, action, resource string, explicit bool) *Error {
	why := "because no identity-based policy allows the " + action + " action"
	if explicit {
		why = "with an explicit deny in an identity-based policy"
	}
	return Errorf(EFORBIDDEN, "User: %s is not authorized to perform: %s on resource: %s %s",
		principal, action, resource, why)
}
