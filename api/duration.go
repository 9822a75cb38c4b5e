package api

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/tetherhq/tether"
)

var isoDurationRE = regexp.MustCompile(`^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$`)

// ParseDuration accepts the ISO 8601 time-only form AWS uses ("PT1H",
// "PT1H30M") and Go's form ("1h30m"). Empty is zero.
func ParseDuration(s string) (time.Duration, error) {
	if s == "" {
		return 0, nil
	}
	if m := isoDurationRE.FindStringSubmatch(strings.ToUpper(s)); m != nil && strings.ToUpper(s) != "PT" {
		var d time.Duration
		for i, unit := range []time.Duration{time.Hour, time.Minute, time.Second} {
			if m[i+1] == "" {
				continue
			}
			n, err := strconv.ParseInt(m[i+1], 10, 32)
			if err != nil {
				return 0, tether.Errorf(tether.EINVALID, "SessionDuration: %q is out of range", s)
			}
			d += time.Duration(n) * unit
		}
		return d, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, tether.Errorf(tether.EINVALID, "SessionDuration: %q is not a duration (use 1h, 90m or PT1H)", s)
	}
	return d, nil
}

// FormatDuration writes d in the ISO 8601 form ("PT1H", "PT1H30M").
func FormatDuration(d time.Duration) string {
	if d <= 0 {
		return "PT0S"
	}
	h, m, s := int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second)
	out := "PT"
	if h > 0 {
		out += fmt.Sprintf("%dH", h)
	}
	if m > 0 {
		out += fmt.Sprintf("%dM", m)
	}
	if s > 0 {
		out += fmt.Sprintf("%dS", s)
	}
	return out
}
