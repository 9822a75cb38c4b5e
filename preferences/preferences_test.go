package preferences

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store/sqlite"
)

func TestUpdateIsAllOrNothing(t *testing.T) {
	st, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := &Service{Store: st, Defaults: DefaultPreferences()}
	p, err := s.Update(t.Context(), map[string]string{"idleSessionTimeout": "30", "s3BucketName": "logs-bucket"})
	if err != nil || p.IdleSessionTimeout != 30 || p.S3BucketName != "logs-bucket" {
		t.Fatalf("update: %+v, %v", p, err)
	}
	_, err = s.Update(t.Context(), map[string]string{"idleSessionTimeout": "45", "maxSessionDuration": "-1"})
	if tether.ErrorCode(err) != tether.EINVALID || !strings.Contains(err.Error(), "maxSessionDuration") {
		t.Fatalf("bad update: %v", err)
	}
	if p, _ = s.Get(t.Context()); p.IdleSessionTimeout != 30 {
		t.Fatalf("a refused update was partly applied: %+v", p)
	}
	if _, err := s.Update(t.Context(), nil); tether.ErrorCode(err) != tether.EINVALID {
		t.Fatalf("empty update: %v", err)
	}
	if p, err = s.Reset(t.Context()); err != nil || p != DefaultPreferences() {
		t.Fatalf("reset: %+v, %v", p, err)
	}
	if p, _ = s.Get(t.Context()); p != DefaultPreferences() {
		t.Fatalf("after reset: %+v", p)
	}
}

func TestSetAndValidate(t *testing.T) {
	for _, c := range []struct{ key, value, err string }{
		{"runAsEnabled", "yes", "true or false"},
		{"logRetentionDays", "x", "whole number"},
		{"nope", "1", "unknown preference"},
	} {
		p := DefaultPreferences()
		if err := Set(&p, c.key, c.value); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("Set(%s=%s) = %v, want %q", c.key, c.value, err, c.err)
		}
	}
	for _, c := range []struct {
		change func(*tether.SessionPreferences)
		err    string
	}{
		{func(p *tether.SessionPreferences) { p.IdleSessionTimeout = 61 }, "idleSessionTimeout"},
		{func(p *tether.SessionPreferences) { p.RunAsDefaultUser = "Root User" }, "runAsDefaultUser"},
		{func(p *tether.SessionPreferences) { p.CloudWatchLogGroupName = "bad group" }, "cloudWatchLogGroupName"},
		{func(p *tether.SessionPreferences) { p.S3BucketName = "UPPER" }, "s3BucketName"},
		{func(p *tether.SessionPreferences) { p.S3KeyPrefix = "a b" }, "s3KeyPrefix"},
		{func(p *tether.SessionPreferences) { p.LogRetentionDays = 5000 }, "logRetentionDays"},
	} {
		p := DefaultPreferences()
		c.change(&p)
		if err := Validate(p); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("Validate(%+v) = %v, want an error naming %s", p, err, c.err)
		}
	}
	if len(Keys()) != 13 || Keys()[0] != "idleSessionTimeout" {
		t.Errorf("keys: %v", Keys())
	}
}
