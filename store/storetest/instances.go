package storetest

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

func newActivation(id string) tether.Activation {
	return tether.Activation{
		ID:                  id,
		CodeHash:            "sha256:c29tZSBjb2Rl-" + id,
		Description:         "Activation " + id,
		InstanceLimit:       10,
		RegistrationsCount:  3,
		ExpiresAt:           t0.Add(24 * time.Hour),
		DefaultInstanceName: "web",
		Tags:                map[string]string{"env": "prod"},
		CreatedAt:           t0,
	}
}

func newInstance(id string) tether.Instance {
	return tether.Instance{
		ID:               id,
		Tags:             map[string]string{"Name": "web-" + id, "env": "prod"},
		ActivationID:     "act-1",
		CertFingerprint:  "SHA256:fp-" + id,
		Hostname:         "host-" + id,
		IPAddresses:      []string{"192.0.2.10", "2001:db8::10"},
		Platform:         "Ubuntu",
		PlatformVersion:  "24.04",
		AgentVersion:     "1.2.3",
		PingStatus:       tether.PingOnline,
		LastPingAt:       t0.Add(time.Minute),
		RegisteredAt:     t0,
		ConnectedReplica: "replica-a",
	}
}

func mustCreateActivation(t *testing.T, s store.Store, id string) tether.Activation {
	t.Helper()
	a := newActivation(id)
	must(t, s.CreateActivation(t.Context(), a))
	return a
}

func mustCreateInstance(t *testing.T, s store.Store, id string) tether.Instance {
	t.Helper()
	in := newInstance(id)
	must(t, s.CreateInstance(t.Context(), in))
	return in
}

func listActivations(t *testing.T, s store.Store) []string {
	t.Helper()
	as, err := s.ListActivations(t.Context())
	must(t, err)
	if as == nil {
		t.Fatal("ListActivations returned nil, want a non-nil slice")
	}
	return names(as, func(a tether.Activation) string { return a.ID })
}

func listInstances(t *testing.T, s store.Store, f store.InstanceFilter) []string {
	t.Helper()
	ins, err := s.ListInstances(t.Context(), f)
	must(t, err)
	if ins == nil {
		t.Fatalf("ListInstances(%+v) returned nil, want a non-nil slice", f)
	}
	return names(ins, func(in tether.Instance) string { return in.ID })
}

func testActivationCreateGet(t *testing.T, s store.Store) {
	ctx := t.Context()
	a := newActivation("act-1")
	a.Tags = map[string]string{"env": "prod", "team": "web"}
	must(t, s.CreateActivation(ctx, a))
	got, err := s.Activation(ctx, "act-1")
	must(t, err)
	wantEqual(t, "Activation", got, a)

	// A bare activation: nil tags come back as an empty, writable map.
	bare := tether.Activation{ID: "act-bare", CodeHash: "h", ExpiresAt: t0, CreatedAt: t0}
	must(t, s.CreateActivation(ctx, bare))
	got, err = s.Activation(ctx, "act-bare")
	must(t, err)
	bare.Tags = map[string]string{}
	wantEqual(t, "bare activation", got, bare)

	// IDs are compared exactly.
	_, err = s.Activation(ctx, "ACT-1")
	wantCode(t, err, tether.ENOTFOUND)
}

func testActivationConflict(t *testing.T, s store.Store) {
	ctx := t.Context()
	a := mustCreateActivation(t, s, "act-1")
	dup := newActivation("act-1")
	dup.Description = "another"
	dup.CodeHash = "another"
	wantCode(t, s.CreateActivation(ctx, dup), tether.ECONFLICT, `activation "act-1" already exists`)
	got, err := s.Activation(ctx, "act-1")
	must(t, err)
	wantEqual(t, "original activation", got, a)
	wantEqual(t, "activations", listActivations(t, s), []string{"act-1"})
}

func testActivationNotFound(t *testing.T, s store.Store) {
	ctx := t.Context()
	_, err := s.Activation(ctx, "act-1")
	wantCode(t, err, tether.ENOTFOUND, `activation "act-1" not found`)
	called := false
	_, err = s.UpdateActivation(ctx, "act-1", func(*tether.Activation) error { called = true; return nil })
	wantCode(t, err, tether.ENOTFOUND, `activation "act-1" not found`)
	if called {
		t.Error("UpdateActivation called fn for a missing activation")
	}
	wantCode(t, s.DeleteActivation(ctx, "act-1"), tether.ENOTFOUND, `activation "act-1" not found`)
}

func testActivationUpdate(t *testing.T, s store.Store) {
	ctx := t.Context()
	a := mustCreateActivation(t, s, "act-1")
	got, err := s.UpdateActivation(ctx, "act-1", func(a *tether.Activation) error {
		a.CodeHash = "new-hash"
		a.Description = ""
		a.InstanceLimit = 1000
		a.RegistrationsCount++
		a.ExpiresAt = t0.Add(48 * time.Hour)
		a.DefaultInstanceName = "db"
		a.Tags["added"] = "yes"
		delete(a.Tags, "env")
		a.CreatedAt = t0.Add(-time.Hour)
		return nil
	})
	must(t, err)
	want := a
	want.CodeHash = "new-hash"
	want.Description = ""
	want.InstanceLimit = 1000
	want.RegistrationsCount = 4
	want.ExpiresAt = t0.Add(48 * time.Hour)
	want.DefaultInstanceName = "db"
	want.Tags = map[string]string{"added": "yes"}
	want.CreatedAt = t0.Add(-time.Hour)
	wantEqual(t, "UpdateActivation result", got, want)
	got, err = s.Activation(ctx, "act-1")
	must(t, err)
	wantEqual(t, "activation after update", got, want)

	// An error from fn aborts with nothing written; so does changing the ID.
	boom := errors.New("boom")
	_, err = s.UpdateActivation(ctx, "act-1", func(a *tether.Activation) error {
		a.RegistrationsCount = 99
		a.Tags["x"] = "y"
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("UpdateActivation returned %v, want fn's error", err)
	}
	_, err = s.UpdateActivation(ctx, "act-1", func(a *tether.Activation) error {
		a.ID = "act-2"
		a.RegistrationsCount = 99
		return nil
	})
	wantCode(t, err, tether.EINVALID)
	got, err = s.Activation(ctx, "act-1")
	must(t, err)
	wantEqual(t, "activation after aborted updates", got, want)
	_, err = s.Activation(ctx, "act-2")
	wantCode(t, err, tether.ENOTFOUND)

	// Clearing every tag stores an empty map.
	got, err = s.UpdateActivation(ctx, "act-1", func(a *tether.Activation) error { a.Tags = nil; return nil })
	must(t, err)
	wantEqual(t, "tags after clearing", got.Tags, map[string]string{})
}

func testActivationDelete(t *testing.T, s store.Store) {
	ctx := t.Context()
	mustCreateActivation(t, s, "act-1")
	mustCreateActivation(t, s, "act-2")
	in := newInstance("mi-00000000000000001")
	in.ActivationID = "act-1"
	must(t, s.CreateInstance(ctx, in))

	must(t, s.DeleteActivation(ctx, "act-1"))
	_, err := s.Activation(ctx, "act-1")
	wantCode(t, err, tether.ENOTFOUND)
	wantCode(t, s.DeleteActivation(ctx, "act-1"), tether.ENOTFOUND)
	wantEqual(t, "activations left", listActivations(t, s), []string{"act-2"})

	// The instance registered with it stays, still naming it.
	got, err := s.Instance(ctx, in.ID)
	must(t, err)
	wantEqual(t, "instance after its activation's deletion", got, in)
	// An instance may name an activation that never existed, too.
	orphan := newInstance("mi-00000000000000002")
	orphan.ActivationID = "act-none"
	must(t, s.CreateInstance(ctx, orphan))

	// The ID is free again.
	mustCreateActivation(t, s, "act-1")
}

func testActivationList(t *testing.T, s store.Store) {
	ctx := t.Context()
	wantEqual(t, "empty list", listActivations(t, s), []string{})
	for id, created := range map[string]time.Time{
		"act-old":   t0.Add(-time.Hour),
		"act-new":   t0.Add(time.Hour),
		"act-mid-b": t0,
		"act-mid-a": t0,
		"ACT-mid":   t0,
		"act-micro": t0.Add(time.Microsecond),
	} {
		a := newActivation(id)
		a.CreatedAt = created
		must(t, s.CreateActivation(ctx, a))
	}
	// Newest first; ties by ID, bytewise ("ACT" before "act").
	wantEqual(t, "all", listActivations(t, s),
		[]string{"act-new", "act-micro", "ACT-mid", "act-mid-a", "act-mid-b", "act-old"})

	// Listed activations are whole records.
	as, err := s.ListActivations(ctx)
	must(t, err)
	want := newActivation("act-new")
	want.CreatedAt = t0.Add(time.Hour)
	wantEqual(t, "listed activation", as[0], want)
}

func testInstanceCreateGet(t *testing.T, s store.Store) {
	ctx := t.Context()
	in := newInstance("mi-0123456789abcdef0")
	in.DeregisteredAt = t0.Add(time.Hour)
	in.PingStatus = tether.PingInactive
	must(t, s.CreateInstance(ctx, in))
	got, err := s.Instance(ctx, in.ID)
	must(t, err)
	wantEqual(t, "Instance", got, in)

	// A bare instance: nil tags and addresses come back empty but non-nil,
	// unset times as the zero time.
	bare := tether.Instance{ID: "mi-bare", PingStatus: tether.PingConnectionLost, RegisteredAt: t0}
	must(t, s.CreateInstance(ctx, bare))
	got, err = s.Instance(ctx, "mi-bare")
	must(t, err)
	bare.Tags, bare.IPAddresses = map[string]string{}, []string{}
	wantEqual(t, "bare instance", got, bare)
	if !got.LastPingAt.IsZero() || !got.DeregisteredAt.IsZero() {
		t.Fatalf("unset times came back as %v and %v", got.LastPingAt, got.DeregisteredAt)
	}

	// An empty address list is a list.
	empty := newInstance("mi-empty")
	empty.IPAddresses = []string{}
	must(t, s.CreateInstance(ctx, empty))
	got, err = s.Instance(ctx, "mi-empty")
	must(t, err)
	wantEqual(t, "empty address list", got.IPAddresses, []string{})

	_, err = s.Instance(ctx, "MI-0123456789ABCDEF0")
	wantCode(t, err, tether.ENOTFOUND)
}

func testInstanceConflict(t *testing.T, s store.Store) {
	ctx := t.Context()
	in := mustCreateInstance(t, s, "mi-1")
	dup := newInstance("mi-1")
	dup.Hostname = "other"
	wantCode(t, s.CreateInstance(ctx, dup), tether.ECONFLICT, `instance "mi-1" already exists`)
	got, err := s.Instance(ctx, "mi-1")
	must(t, err)
	wantEqual(t, "original instance", got, in)
	wantEqual(t, "instances", listInstances(t, s, store.InstanceFilter{}), []string{"mi-1"})
}

func testInstanceNotFound(t *testing.T, s store.Store) {
	ctx := t.Context()
	_, err := s.Instance(ctx, "mi-1")
	wantCode(t, err, tether.ENOTFOUND, `instance "mi-1" not found`)
	called := false
	_, err = s.UpdateInstance(ctx, "mi-1", func(*tether.Instance) error { called = true; return nil })
	wantCode(t, err, tether.ENOTFOUND, `instance "mi-1" not found`)
	if called {
		t.Error("UpdateInstance called fn for a missing instance")
	}
}

func testInstanceUpdate(t *testing.T, s store.Store) {
	ctx := t.Context()
	in := mustCreateInstance(t, s, "mi-1")
	got, err := s.UpdateInstance(ctx, "mi-1", func(in *tether.Instance) error {
		in.Tags["Name"] = "renamed"
		delete(in.Tags, "env")
		in.ActivationID = "act-2"
		in.CertFingerprint = "SHA256:new"
		in.Hostname = "new-host"
		in.IPAddresses = append(in.IPAddresses, "198.51.100.1")
		in.Platform, in.PlatformVersion, in.AgentVersion = "Amazon Linux", "2023", "1.3.0"
		in.PingStatus = tether.PingInactive
		in.LastPingAt = t0.Add(2 * time.Hour)
		in.RegisteredAt = t0.Add(-time.Hour)
		in.DeregisteredAt = t0.Add(3 * time.Hour)
		in.ConnectedReplica = ""
		return nil
	})
	must(t, err)
	want := in
	want.Tags = map[string]string{"Name": "renamed"}
	want.ActivationID = "act-2"
	want.CertFingerprint = "SHA256:new"
	want.Hostname = "new-host"
	want.IPAddresses = []string{"192.0.2.10", "2001:db8::10", "198.51.100.1"}
	want.Platform, want.PlatformVersion, want.AgentVersion = "Amazon Linux", "2023", "1.3.0"
	want.PingStatus = tether.PingInactive
	want.LastPingAt = t0.Add(2 * time.Hour)
	want.RegisteredAt = t0.Add(-time.Hour)
	want.DeregisteredAt = t0.Add(3 * time.Hour)
	want.ConnectedReplica = ""
	wantEqual(t, "UpdateInstance result", got, want)
	got, err = s.Instance(ctx, "mi-1")
	must(t, err)
	wantEqual(t, "instance after update", got, want)

	boom := errors.New("boom")
	_, err = s.UpdateInstance(ctx, "mi-1", func(in *tether.Instance) error {
		in.PingStatus = tether.PingOnline
		in.Tags["x"] = "y"
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("UpdateInstance returned %v, want fn's error", err)
	}
	_, err = s.UpdateInstance(ctx, "mi-1", func(in *tether.Instance) error {
		in.ID = "mi-2"
		in.PingStatus = tether.PingOnline
		return nil
	})
	wantCode(t, err, tether.EINVALID)
	got, err = s.Instance(ctx, "mi-1")
	must(t, err)
	wantEqual(t, "instance after aborted updates", got, want)
	_, err = s.Instance(ctx, "mi-2")
	wantCode(t, err, tether.ENOTFOUND)

	// Clearing tags, addresses and optional times.
	got, err = s.UpdateInstance(ctx, "mi-1", func(in *tether.Instance) error {
		in.Tags, in.IPAddresses = nil, nil
		in.LastPingAt, in.DeregisteredAt = time.Time{}, time.Time{}
		return nil
	})
	must(t, err)
	want.Tags, want.IPAddresses = map[string]string{}, []string{}
	want.LastPingAt, want.DeregisteredAt = time.Time{}, time.Time{}
	wantEqual(t, "instance after clearing", got, want)
}

func testInstanceList(t *testing.T, s store.Store) {
	ctx := t.Context()
	wantEqual(t, "empty list", listInstances(t, s, store.InstanceFilter{}), []string{})
	for id, st := range map[string]tether.PingStatus{
		"mi-0000000000000000a": tether.PingOnline,
		"mi-00000000000000001": tether.PingConnectionLost,
		"mi-0000000000000000B": tether.PingOnline,
		"mi-00000000000000002": tether.PingInactive,
		"mi-00000000000000003": tether.PingOnline,
	} {
		in := newInstance(id)
		in.PingStatus = st
		must(t, s.CreateInstance(ctx, in))
	}
	// Ordered by ID, bytewise ("B" before "a").
	wantEqual(t, "all", listInstances(t, s, store.InstanceFilter{}), []string{
		"mi-00000000000000001", "mi-00000000000000002", "mi-00000000000000003",
		"mi-0000000000000000B", "mi-0000000000000000a",
	})
	wantEqual(t, "online", listInstances(t, s, store.InstanceFilter{PingStatus: tether.PingOnline}),
		[]string{"mi-00000000000000003", "mi-0000000000000000B", "mi-0000000000000000a"})
	wantEqual(t, "connection lost", listInstances(t, s, store.InstanceFilter{PingStatus: tether.PingConnectionLost}),
		[]string{"mi-00000000000000001"})
	wantEqual(t, "inactive", listInstances(t, s, store.InstanceFilter{PingStatus: tether.PingInactive}),
		[]string{"mi-00000000000000002"})
	wantEqual(t, "no such status", listInstances(t, s, store.InstanceFilter{PingStatus: "online"}), []string{})

	// Listed instances are whole records.
	ins, err := s.ListInstances(ctx, store.InstanceFilter{PingStatus: tether.PingInactive})
	must(t, err)
	want := newInstance("mi-00000000000000002")
	want.PingStatus = tether.PingInactive
	wantEqual(t, "listed instance", ins[0], want)
}

func testInstanceListTags(t *testing.T, s store.Store) {
	ctx := t.Context()
	for id, tags := range map[string]map[string]string{
		"mi-1": {"Name": "web-1", "env": "prod", "team": "web"},
		"mi-2": {"Name": "web-2", "env": "staging", "team": "web"},
		"mi-3": {"Name": "db-1", "env": "prod", "team": "data", "kubernetes.io/role": "node"},
		"mi-4": {"Name": "", "env": "Prod"},
		"mi-5": nil,
		"mi-6": {"$.env": "prod", `"env"`: "prod", "env.x": "prod", "[0]": "prod"},
	} {
		in := newInstance(id)
		in.Tags = tags
		if id == "mi-2" {
			in.PingStatus = tether.PingConnectionLost
		}
		must(t, s.CreateInstance(ctx, in))
	}
	for _, c := range []struct {
		name string
		f    store.InstanceFilter
		want []string
	}{
		{"nil tags", store.InstanceFilter{}, []string{"mi-1", "mi-2", "mi-3", "mi-4", "mi-5", "mi-6"}},
		{"empty tags", store.InstanceFilter{Tags: map[string]string{}}, []string{"mi-1", "mi-2", "mi-3", "mi-4", "mi-5", "mi-6"}},
		{"by name", store.InstanceFilter{Tags: map[string]string{"Name": "web-1"}}, []string{"mi-1"}},
		// Values are compared exactly: "Prod" is not "prod".
		{"env=prod", store.InstanceFilter{Tags: map[string]string{"env": "prod"}}, []string{"mi-1", "mi-3"}},
		{"every tag", store.InstanceFilter{Tags: map[string]string{"env": "prod", "team": "web"}}, []string{"mi-1"}},
		{"one tag misses", store.InstanceFilter{Tags: map[string]string{"env": "prod", "team": "nope"}}, []string{}},
		{"absent key", store.InstanceFilter{Tags: map[string]string{"owner": "prod"}}, []string{}},
		// A tag with the empty value is present; a missing tag is not empty.
		{"empty value", store.InstanceFilter{Tags: map[string]string{"Name": ""}}, []string{"mi-4"}},
		{"missing is not empty", store.InstanceFilter{Tags: map[string]string{"team": ""}}, []string{}},
		// Keys are whole strings, not paths.
		{"dotted key", store.InstanceFilter{Tags: map[string]string{"kubernetes.io/role": "node"}}, []string{"mi-3"}},
		{"path-like key", store.InstanceFilter{Tags: map[string]string{"$.env": "prod"}}, []string{"mi-6"}},
		{"quoted key", store.InstanceFilter{Tags: map[string]string{`"env"`: "prod"}}, []string{"mi-6"}},
		{"key with a dot", store.InstanceFilter{Tags: map[string]string{"env.x": "prod"}}, []string{"mi-6"}},
		{"index-like key", store.InstanceFilter{Tags: map[string]string{"[0]": "prod"}}, []string{"mi-6"}},
		// Keys are compared exactly.
		{"case of key", store.InstanceFilter{Tags: map[string]string{"name": "web-1"}}, []string{}},
		{"with ping status", store.InstanceFilter{PingStatus: tether.PingOnline, Tags: map[string]string{"team": "web"}},
			[]string{"mi-1"}},
		{"ping status misses", store.InstanceFilter{PingStatus: tether.PingInactive, Tags: map[string]string{"team": "web"}},
			[]string{}},
	} {
		wantEqual(t, c.name, listInstances(t, s, c.f), c.want)
	}
}

// testConcurrentActivationUpdates has many writers each count one
// registration against the same activation and tag the same instance: a
// store that does not hold the record between read and write loses some.
func testConcurrentActivationUpdates(t *testing.T, s store.Store) {
	ctx := t.Context()
	a := newActivation("act-1")
	a.RegistrationsCount = 0
	must(t, s.CreateActivation(ctx, a))
	mustCreateInstance(t, s, "mi-1")
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for i := range n {
		wg.Go(func() {
			_, err := s.UpdateActivation(ctx, "act-1", func(a *tether.Activation) error {
				a.RegistrationsCount++
				return nil
			})
			errs <- err
		})
		wg.Go(func() {
			_, err := s.UpdateInstance(ctx, "mi-1", func(in *tether.Instance) error {
				in.Tags[fmt.Sprintf("tag%02d", i)] = "yes"
				return nil
			})
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		must(t, err)
	}
	got, err := s.Activation(ctx, "act-1")
	must(t, err)
	if got.RegistrationsCount != n {
		t.Errorf("RegistrationsCount = %d after %d concurrent increments", got.RegistrationsCount, n)
	}
	in, err := s.Instance(ctx, "mi-1")
	must(t, err)
	for i := range n {
		if k := fmt.Sprintf("tag%02d", i); in.Tags[k] != "yes" {
			t.Errorf("instance lost tag %s: %v", k, in.Tags)
		}
	}
}
