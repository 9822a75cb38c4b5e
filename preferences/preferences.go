// Package preferences keeps Session Manager's preferences, mirroring SSM's
// Get/Update/ResetServiceSetting: stored as one setting, validated key by
// key, reset to the server's defaults.
package preferences

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

const settingKey = "session-preferences"

// Service reads and changes the preferences. Defaults are what Reset
// restores and what a fresh deployment has (the server's flags).
type Service struct {
	Store    store.SettingStore
	Defaults tether.SessionPreferences
}

// DefaultPreferences are the built-in defaults: SSM's 20-minute idle
// timeout, no maximum, run as ssm-user, no log destinations.
func DefaultPreferences() tether.SessionPreferences {
	return tether.SessionPreferences{IdleSessionTimeout: 20, RunAsDefaultUser: "ssm-user"}
}

// Get returns the preferences.
func (s *Service) Get(ctx context.Context) (tether.SessionPreferences, error) {
	raw, err := s.Store.Setting(ctx, settingKey)
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		return s.Defaults, nil
	} else if err != nil {
		return tether.SessionPreferences{}, err
	}
	p := s.Defaults
	if err := json.Unmarshal(raw, &p); err != nil {
		return p, tether.Errorf(tether.EINTERNAL, "the stored session preferences are unreadable: %w", err)
	}
	return p, nil
}

// Update sets each KEY to its value (strings as the CLI gives them), all
// or nothing.
func (s *Service) Update(ctx context.Context, values map[string]string) (tether.SessionPreferences, error) {
	p, err := s.Get(ctx)
	if err != nil {
		return p, err
	}
	if len(values) == 0 {
		return p, tether.Errorf(tether.EINVALID, "no preference to set; keys: %s", strings.Join(Keys(), ", "))
	}
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if err := Set(&p, k, values[k]); err != nil {
			return p, err
		}
	}
	if err := Validate(p); err != nil {
		return p, err
	}
	return p, s.Store.PutSetting(ctx, settingKey, mustJSON(p))
}

// Reset restores the defaults.
func (s *Service) Reset(ctx context.Context) (tether.SessionPreferences, error) {
	return s.Defaults, s.Store.DeleteSetting(ctx, settingKey)
}

// Keys lists the preference keys.
func Keys() []string {
	t := reflect.TypeOf(tether.SessionPreferences{})
	keys := make([]string, t.NumField())
	for i := range keys {
		keys[i] = jsonName(t.Field(i))
	}
	return keys
}

func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	return name
}

// Set parses value for key into p; the error names the key and what it
// accepts.
func Set(p *tether.SessionPreferences, key, value string) error {
	v := reflect.ValueOf(p).Elem()
	for i := range v.NumField() {
		if jsonName(v.Type().Field(i)) != key {
			continue
		}
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Bool:
			b, err := strconv.ParseBool(value)
			if err != nil {
				return tether.Errorf(tether.EINVALID, "%s: must be true or false, not %q", key, value)
			}
			f.SetBool(b)
		case reflect.Int:
			n, err := strconv.Atoi(value)
			if err != nil {
				return tether.Errorf(tether.EINVALID, "%s: must be a whole number, not %q", key, value)
			}
			f.SetInt(int64(n))
		default:
			f.SetString(value)
		}
		return nil
	}
	return tether.Errorf(tether.EINVALID, "unknown preference %q; keys: %s", key, strings.Join(Keys(), ", "))
}

var (
	osUser    = regexp.MustCompile(`^[a-z_][a-z0-9_-]{0,31}$`)
	logGroup  = regexp.MustCompile(`^[A-Za-z0-9_./#-]{1,512}$`)
	bucket    = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`)
	keyPrefix = regexp.MustCompile(`^[A-Za-z0-9!_.*'()/-]{0,512}$`)
)

// Validate checks every field's range.
func Validate(p tether.SessionPreferences) error {
	bad := func(key, format string, args ...any) error {
		return tether.Errorf(tether.EINVALID, "%s: %s", key, fmt.Sprintf(format, args...))
	}
	switch {
	case p.IdleSessionTimeout < 1 || p.IdleSessionTimeout > 60:
		return bad("idleSessionTimeout", "must be 1 to 60 minutes, not %d", p.IdleSessionTimeout)
	case p.MaxSessionDuration < 0 || p.MaxSessionDuration > 1440:
		return bad("maxSessionDuration", "must be 0 (no limit) to 1440 minutes, not %d", p.MaxSessionDuration)
	case !osUser.MatchString(p.RunAsDefaultUser):
		return bad("runAsDefaultUser", "%q is not a valid OS user name", p.RunAsDefaultUser)
	case len(p.ShellProfile) > 4096:
		return bad("shellProfile", "must be at most 4096 bytes")
	case p.CloudWatchLogGroupName != "" && !logGroup.MatchString(p.CloudWatchLogGroupName):
		return bad("cloudWatchLogGroupName", "%q: use 1-512 letters, digits and _ . / # -", p.CloudWatchLogGroupName)
	case p.LogRetentionDays < 0 || p.LogRetentionDays > 3653:
		return bad("logRetentionDays", "must be 0 (forever) to 3653, not %d", p.LogRetentionDays)
	case p.S3BucketName != "" && !bucket.MatchString(p.S3BucketName):
		return bad("s3BucketName", "%q is not a valid bucket name (3-63 lowercase letters, digits, dots and hyphens)", p.S3BucketName)
	case !keyPrefix.MatchString(p.S3KeyPrefix):
		return bad("s3KeyPrefix", "%q has characters not safe in S3 keys", p.S3KeyPrefix)
	}
	return nil
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}
