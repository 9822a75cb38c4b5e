package api

import (
	"testing"
	"time"
)

func TestDurations(t *testing.T) {
	for in, want := range map[string]time.Duration{
		"": 0, "PT1H": time.Hour, "pt12h": 12 * time.Hour, "PT1H30M": 90 * time.Minute, "PT45S": 45 * time.Second,
		"1h": time.Hour, "90m": 90 * time.Minute,
	} {
		got, err := ParseDuration(in)
		if err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"PT", "P1D", "1 hour", "PT-1H", "PT99999999999H"} {
		if _, err := ParseDuration(bad); err == nil {
			t.Errorf("ParseDuration(%q) accepted", bad)
		}
	}
	for d, want := range map[time.Duration]string{time.Hour: "PT1H", 90 * time.Minute: "PT1H30M", 12 * time.Hour: "PT12H", 0: "PT0S"} {
		if got := FormatDuration(d); got != want {
			t.Errorf("FormatDuration(%v) = %q, want %q", d, got, want)
		}
	}
}
