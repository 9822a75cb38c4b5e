package identity

import (
	"net/mail"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tetherhq/tether"
)

// Limits of the directory, following the seed's console rules and AWS IAM
// Identity Center where the seed is silent.
const (
	MaxUsernameLen          = 128
	MaxNameLen              = 128 // group names
	MaxDescriptionLen       = 256 // group descriptions
	MaxPermissionSetNameLen = 32
	MaxPSDescriptionLen     = 700
	MaxPersonNameLen        = 256 // first, last, display names
	MaxEmailLen             = 254
	MaxRelayStateLen        = 240
	MaxTags                 = 50
	MaxTagKeyLen            = 128
	MaxTagValueLen          = 256
	MinSessionDuration      = time.Hour
	MaxSessionDuration      = 12 * time.Hour
	DefaultSessionDuration  = time.Hour
)

var (
	usernameRE = regexp.MustCompile(`^[A-Za-z0-9+=,.@_-]+$`)
	groupRE    = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)
	psNameRE   = regexp.MustCompile(`^[A-Za-z0-9+=,.@_-]+$`)
	tagRE      = regexp.MustCompile(`^[\p{L}\p{Z}\p{N}_.:/=+@-]*$`)
)

func invalid(field, format string, args ...any) error {
	return tether.Errorf(tether.EINVALID, field+": "+format, args...)
}

// ValidateUsername: 1-128 letters, digits and +=,.@_- (no spaces, since the
// name is typed at sign-in and appears in ARNs and session IDs).
func ValidateUsername(name string) error {
	switch {
	case name == "":
		return invalid("UserName", "is required")
	case utf8.RuneCountInString(name) > MaxUsernameLen:
		return invalid("UserName", "must be at most %d characters", MaxUsernameLen)
	case !usernameRE.MatchString(name):
		return invalid("UserName", "%q may contain only letters, digits and + = , . @ _ -", name)
	}
	return nil
}

// ValidateGroupName: 1-128 letters, digits, _ and - (the seed's console rule).
func ValidateGroupName(name string) error {
	switch {
	case name == "":
		return invalid("GroupName", "is required")
	case utf8.RuneCountInString(name) > MaxNameLen:
		return invalid("GroupName", "must be at most %d characters", MaxNameLen)
	case !groupRE.MatchString(name):
		return invalid("GroupName", "%q may contain only letters, digits, _ and -", name)
	}
	return nil
}

// ValidatePermissionSetName: 1-32 letters, digits and +=,.@_-, as IAM role
// names, since the set appears as a role in the signed-in identity.
func ValidatePermissionSetName(name string) error {
	switch {
	case name == "":
		return invalid("Name", "is required")
	case utf8.RuneCountInString(name) > MaxPermissionSetNameLen:
		return invalid("Name", "must be at most %d characters", MaxPermissionSetNameLen)
	case !psNameRE.MatchString(name):
		return invalid("Name", "%q may contain only letters, digits and + = , . @ _ -", name)
	}
	return nil
}

// validateText checks free text: bounded length, no control characters.
func validateText(field, s string, max int) error {
	if !utf8.ValidString(s) {
		return invalid(field, "must be valid UTF-8")
	}
	if n := utf8.RuneCountInString(s); n > max {
		return invalid(field, "must be at most %d characters (got %d)", max, n)
	}
	for _, r := range s {
		if unicode.IsControl(r) {
			return invalid(field, "must not contain control characters")
		}
	}
	return nil
}

// ValidateEmail requires one plain address (no display name).
func ValidateEmail(email string) error {
	if email == "" {
		return invalid("Email", "is required")
	}
	if len(email) > MaxEmailLen {
		return invalid("Email", "must be at most %d characters", MaxEmailLen)
	}
	addr, err := mail.ParseAddress(email)
	if err != nil || addr.Address != email || !strings.Contains(email[strings.LastIndex(email, "@")+1:], ".") && !strings.HasSuffix(email, "@localhost") {
		return invalid("Email", "%q is not a valid email address", email)
	}
	return nil
}

// ValidateTags: at most 50; keys 1-128 and values up to 256 characters of
// letters, digits, spaces and _.:/=+@-; keys starting with "aws:" are
// reserved, as in AWS.
func ValidateTags(tags map[string]string) error {
	if len(tags) > MaxTags {
		return invalid("Tags", "at most %d tags are allowed (got %d)", MaxTags, len(tags))
	}
	for k, v := range tags {
		if err := ValidateTagKey(k); err != nil {
			return err
		}
		if utf8.RuneCountInString(v) > MaxTagValueLen {
			return invalid("Tags", "value of %q must be at most %d characters", k, MaxTagValueLen)
		}
		if !tagRE.MatchString(v) {
			return invalid("Tags", "value of %q may contain only letters, digits, spaces and _ . : / = + @ -", k)
		}
	}
	return nil
}

// ValidateTagKey checks one tag key.
func ValidateTagKey(k string) error {
	switch {
	case k == "":
		return invalid("Tags", "tag keys must not be empty")
	case utf8.RuneCountInString(k) > MaxTagKeyLen:
		return invalid("Tags", "key %q must be at most %d characters", k, MaxTagKeyLen)
	case !tagRE.MatchString(k):
		return invalid("Tags", "key %q may contain only letters, digits, spaces and _ . : / = + @ -", k)
	case strings.HasPrefix(strings.ToLower(k), "aws:"):
		return invalid("Tags", "key %q uses the reserved prefix aws:", k)
	}
	return nil
}

// ValidateSessionDuration: 1 to 12 hours.
func ValidateSessionDuration(d time.Duration) error {
	if d < MinSessionDuration || d > MaxSessionDuration {
		return invalid("SessionDuration", "must be between 1h and 12h (got %s)", d)
	}
	return nil
}

// ValidateRelayState: an absolute path of the console, or empty.
func ValidateRelayState(s string) error {
	if s == "" {
		return nil
	}
	if err := validateText("RelayState", s, MaxRelayStateLen); err != nil {
		return err
	}
	if !strings.HasPrefix(s, "/") || strings.HasPrefix(s, "//") {
		return invalid("RelayState", "must be a path of the console starting with / (got %q)", s)
	}
	return nil
}
