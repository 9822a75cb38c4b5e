package storetest

// Cases that cut across activations, instances and sessions: literal
// strings, times and transactions.

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

func testInstanceLiteralStrings(t *testing.T, s store.Store) {
	ctx := t.Context()
	for i, str := range awkward {
		a := newActivation(str)
		a.CodeHash, a.Description, a.DefaultInstanceName = str, str, str
		a.Tags = map[string]string{str: str, "k": str}
		must(t, s.CreateActivation(ctx, a))
		gotA, err := s.Activation(ctx, str)
		must(t, err)
		wantEqual(t, "activation "+str, gotA, a)

		in := newInstance(str)
		in.Tags = map[string]string{str: str, "Name": str}
		in.ActivationID, in.CertFingerprint, in.Hostname = str, str, str
		in.IPAddresses = []string{str, "", str}
		in.Platform, in.PlatformVersion, in.AgentVersion, in.ConnectedReplica = str, str, str, str
		must(t, s.CreateInstance(ctx, in))
		gotIn, err := s.Instance(ctx, str)
		must(t, err)
		wantEqual(t, "instance "+str, gotIn, in)
		// The tag filter takes keys and values as data too.
		wantEqual(t, "instances tagged "+str, listInstances(t, s, store.InstanceFilter{
			Tags: map[string]string{str: str},
		}), []string{str})
		wantEqual(t, "instances named "+str, listInstances(t, s, store.InstanceFilter{
			Tags: map[string]string{"Name": str},
		}), []string{str})

		ses := newSession(str, str, str, t0.Add(time.Duration(i)*time.Second))
		ses.Reason, ses.Details, ses.Command, ses.RunAs, ses.Host, ses.Recording = str, str, str, str, str, str
		ses.Kind, ses.Status = tether.SessionKind(str), tether.SessionStatus(str)
		must(t, s.CreateSession(ctx, ses))
		gotSes, err := s.Session(ctx, str)
		must(t, err)
		wantEqual(t, "session "+str, gotSes, ses)
		wantEqual(t, "sessions of "+str, listSessions(t, s, store.SessionFilter{Owner: str}), []string{str})
		wantEqual(t, "sessions on "+str, listSessions(t, s, store.SessionFilter{Target: str}), []string{str})
	}
	// Every statement above went through as data: all tables are intact.
	if n := len(listActivations(t, s)); n != len(awkward) {
		t.Fatalf("ListActivations returns %d activations, want %d", n, len(awkward))
	}
	if n := len(listInstances(t, s, store.InstanceFilter{})); n != len(awkward) {
		t.Fatalf("ListInstances returns %d instances, want %d", n, len(awkward))
	}
	if n := len(listSessions(t, s, store.SessionFilter{})); n != len(awkward) {
		t.Fatalf("ListSessions returns %d sessions, want %d", n, len(awkward))
	}
	for _, str := range awkward {
		must(t, s.DeleteActivation(ctx, str))
	}
}

func testInstanceTimes(t *testing.T, s store.Store) {
	ctx := t.Context()
	for i, in := range timeCases() {
		want := in.UTC().Truncate(time.Microsecond)

		a := newActivation(fmt.Sprintf("act-%d", i))
		a.ExpiresAt, a.CreatedAt = in, in.Add(time.Second)
		must(t, s.CreateActivation(ctx, a))
		gotA, err := s.Activation(ctx, a.ID)
		must(t, err)
		checkTime(t, "Activation.ExpiresAt", gotA.ExpiresAt, want)
		checkTime(t, "Activation.CreatedAt", gotA.CreatedAt, want.Add(time.Second))

		inst := newInstance(fmt.Sprintf("mi-%d", i))
		inst.LastPingAt, inst.RegisteredAt, inst.DeregisteredAt = in, in.Add(time.Second), in.Add(time.Minute)
		must(t, s.CreateInstance(ctx, inst))
		gotIn, err := s.Instance(ctx, inst.ID)
		must(t, err)
		checkTime(t, "Instance.LastPingAt", gotIn.LastPingAt, want)
		checkTime(t, "Instance.RegisteredAt", gotIn.RegisteredAt, want.Add(time.Second))
		checkTime(t, "Instance.DeregisteredAt", gotIn.DeregisteredAt, want.Add(time.Minute))

		ses := newSession(fmt.Sprintf("s-%d", i), "alice", inst.ID, in)
		ses.EndedAt = in.Add(time.Hour)
		must(t, s.CreateSession(ctx, ses))
		gotSes, err := s.Session(ctx, ses.ID)
		must(t, err)
		checkTime(t, "Session.StartedAt", gotSes.StartedAt, want)
		checkTime(t, "Session.EndedAt", gotSes.EndedAt, want.Add(time.Hour))
		// Since compares instants, not the zone they were written in.
		wantEqual(t, "sessions since their start", listSessions(t, s, store.SessionFilter{
			Target: inst.ID, Since: in.In(time.FixedZone("IST", 5*3600+30*60)),
		}), []string{ses.ID})
		wantEqual(t, "sessions since just after their start", listSessions(t, s, store.SessionFilter{
			Target: inst.ID, Since: want.Add(time.Microsecond).In(time.FixedZone("PDT", -7*3600)),
		}), []string{})
	}

	// Unset optional times come back as the zero time, in UTC.
	inst := newInstance("mi-unset")
	inst.LastPingAt, inst.DeregisteredAt = time.Time{}, time.Time{}
	must(t, s.CreateInstance(ctx, inst))
	gotIn, err := s.Instance(ctx, inst.ID)
	must(t, err)
	checkTime(t, "unset Instance.LastPingAt", gotIn.LastPingAt, time.Time{})
	checkTime(t, "unset Instance.DeregisteredAt", gotIn.DeregisteredAt, time.Time{})
	ses := newSession("s-unset", "alice", inst.ID, t0)
	must(t, s.CreateSession(ctx, ses))
	gotSes, err := s.Session(ctx, ses.ID)
	must(t, err)
	checkTime(t, "unset Session.EndedAt", gotSes.EndedAt, time.Time{})
}

// testTxRegistration is the registration of an agent: create the instance
// and count it against its activation, together or not at all.
func testTxRegistration(t *testing.T, s store.Store) {
	ctx := t.Context()
	a := newActivation("act-1")
	a.RegistrationsCount = 0
	must(t, s.CreateActivation(ctx, a))

	register := func(tx store.Store, id string) {
		t.Helper()
		in := newInstance(id)
		in.ActivationID = "act-1"
		must(t, tx.CreateInstance(ctx, in))
		_, err := tx.UpdateActivation(ctx, "act-1", func(a *tether.Activation) error {
			a.RegistrationsCount++
			return nil
		})
		must(t, err)
	}

	// A failure after both writes undoes both.
	boom := errors.New("boom")
	err := s.Tx(ctx, func(tx store.Store) error {
		register(tx, "mi-1")
		// The transaction sees its own writes...
		got, err := tx.Activation(ctx, "act-1")
		must(t, err)
		wantEqual(t, "count inside the transaction", got.RegistrationsCount, 1)
		wantEqual(t, "instances inside the transaction", listInstances(t, tx, store.InstanceFilter{}), []string{"mi-1"})
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Tx returned %v, want fn's error", err)
	}
	_, err = s.Instance(ctx, "mi-1")
	wantCode(t, err, tether.ENOTFOUND)
	got, err := s.Activation(ctx, "act-1")
	must(t, err)
	wantEqual(t, "activation after rollback", got, a)

	// So does a failed statement: the second registration's instance exists.
	mustCreateInstance(t, s, "mi-taken")
	err = s.Tx(ctx, func(tx store.Store) error {
		_, err := tx.UpdateActivation(ctx, "act-1", func(a *tether.Activation) error {
			a.RegistrationsCount++
			return nil
		})
		must(t, err)
		return tx.CreateInstance(ctx, newInstance("mi-taken"))
	})
	wantCode(t, err, tether.ECONFLICT, `instance "mi-taken" already exists`)
	got, err = s.Activation(ctx, "act-1")
	must(t, err)
	wantEqual(t, "count after failed registration", got.RegistrationsCount, 0)

	// And a success keeps both.
	must(t, s.Tx(ctx, func(tx store.Store) error { register(tx, "mi-1"); return nil }))
	got, err = s.Activation(ctx, "act-1")
	must(t, err)
	wantEqual(t, "count after registration", got.RegistrationsCount, 1)
	in, err := s.Instance(ctx, "mi-1")
	must(t, err)
	wantEqual(t, "registered instance's activation", in.ActivationID, "act-1")
}

// testTxInstanceWritesInCallerTx checks that the new Update and Delete
// methods join the caller's transaction instead of committing their own.
func testTxInstanceWritesInCallerTx(t *testing.T, s store.Store) {
	ctx := t.Context()
	a := mustCreateActivation(t, s, "act-1")
	in := mustCreateInstance(t, s, "mi-1")
	ses := newSession("alice-1", "alice", "mi-1", t0)
	must(t, s.CreateSession(ctx, ses))
	boom := errors.New("boom")
	err := s.Tx(ctx, func(tx store.Store) error {
		_, err := tx.UpdateActivation(ctx, "act-1", func(a *tether.Activation) error { a.Description = "changed"; return nil })
		must(t, err)
		_, err = tx.UpdateInstance(ctx, "mi-1", func(in *tether.Instance) error {
			in.PingStatus = tether.PingConnectionLost
			return nil
		})
		must(t, err)
		_, err = tx.UpdateSession(ctx, "alice-1", func(ses *tether.Session) error {
			ses.Status = tether.SessionTerminated
			return nil
		})
		must(t, err)
		must(t, tx.CreateSession(ctx, newSession("alice-2", "alice", "mi-1", t0)))
		must(t, tx.CreateActivation(ctx, newActivation("act-2")))
		must(t, tx.DeleteActivation(ctx, "act-1"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Tx returned %v, want fn's error", err)
	}
	gotA, err := s.Activation(ctx, "act-1")
	must(t, err)
	wantEqual(t, "activation", gotA, a)
	gotIn, err := s.Instance(ctx, "mi-1")
	must(t, err)
	wantEqual(t, "instance", gotIn, in)
	gotSes, err := s.Session(ctx, "alice-1")
	must(t, err)
	wantEqual(t, "session", gotSes, ses)
	wantEqual(t, "sessions", listSessions(t, s, store.SessionFilter{}), []string{"alice-1"})
	wantEqual(t, "activations", listActivations(t, s), []string{"act-1"})
}
