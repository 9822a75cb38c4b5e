package recording

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tetherhq/tether"
)

func TestRoundTrip(t *testing.T) {
	ed := func(tb testing.TB) crypto.Signer {
		_, k, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			tb.Fatal(err)
		}
		return k
	}
	rsaKey := func(tb testing.TB) crypto.Signer {
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			tb.Fatal(err)
		}
		return k
	}
	for _, tc := range []struct {
		name string
		key  func(testing.TB) crypto.Signer
		alg  string
	}{
		{"ECDSA P-256", mustKey, AlgECDSA},
		{"Ed25519", ed, AlgEd25519},
		{"RSA", rsaKey, AlgRSA},
	} {
		t.Run(tc.name, func(t *testing.T) {
			key := tc.key(t)
			s := mustSpoolDir(t, t.TempDir(), key, Options{})
			h := testHeader("testuser01-0123456789abcdef0")
			w := mustCreate(t, s, h)
			big := bytes.Repeat([]byte("0123456789abcdef"), (MaxChunk+100)/16) // split in two records
			evs := append(sampleEvents(),
				Event{Time: 3500 * time.Millisecond, Dir: Output, Data: big},
				Event{Time: 3 * time.Second, Dir: Output, Data: []byte("late")}, // clamped to 3.5 s
				Event{Time: 4 * time.Second, Dir: Output},                       // empty: dropped
			)
			mustAppend(t, w, evs...)
			if err := w.Sync(); err != nil {
				t.Fatal(err)
			}
			code := 3
			m := mustClose(t, w, EndInfo{Ended: testStart.Add(5 * time.Second), ExitCode: &code, Reason: "exit"})

			if _, err := os.Stat(s.openPath(h.SessionID)); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("the .rec.open file is still there after Close: %v", err)
			}
			r, err := s.Open(h.SessionID)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if got := r.Header(); !reflect.DeepEqual(got.Env, h.Env) || got.SessionID != h.SessionID ||
				got.Target != h.Target || got.Owner != h.Owner || got.RunAs != h.RunAs || !got.Started.Equal(h.Started) ||
				got.Cols != 100 || got.Rows != 30 || got.Kind != "shell" {
				t.Errorf("header = %+v, want %+v", got, h)
			}
			var got []Event
			for {
				ev, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, ev)
			}
			want := sampleEvents()
			want = append(want,
				Event{Time: 3500 * time.Millisecond, Dir: Output, Data: big[:MaxChunk]},
				Event{Time: 3500 * time.Millisecond, Dir: Output, Data: big[MaxChunk:]},
				Event{Time: 3500 * time.Millisecond, Dir: Output, Data: []byte("late")},
			)
			if len(got) != len(want) {
				t.Fatalf("read %d events, want %d", len(got), len(want))
			}
			for i := range want {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Errorf("event %d = %v %v %q %dx%d, want %v %v %q %dx%d", i,
						got[i].Time, got[i].Dir, got[i].Data, got[i].Cols, got[i].Rows,
						want[i].Time, want[i].Dir, want[i].Data, want[i].Cols, want[i].Rows)
				}
			}
			rm, ok := r.Manifest()
			if !ok {
				t.Fatal("no manifest after io.EOF")
			}
			var outBytes int64
			for _, ev := range want {
				if ev.Dir == Output {
					outBytes += int64(len(ev.Data))
				}
			}
			if m.Records != int64(len(want)+1) || m.OutputBytes != outBytes || m.InputBytes != 3 ||
				m.InputChunks != 2 || m.OutputChunks != 7 || m.Resizes != 1 || *m.ExitCode != 3 ||
				m.Reason != "exit" || m.Interrupted || m.Algorithm != tc.alg || m.Duration() != 5*time.Second {
				t.Errorf("manifest = %+v", m)
			}
			if rm.FinalHash != m.FinalHash || !bytes.Equal(rm.Signature, m.Signature) || rm.Offset != m.Offset {
				t.Errorf("the manifest read back differs from Close's: %+v vs %+v", rm, m)
			}

			vm, err := s.Verify(h.SessionID)
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if vm.FinalHash != m.FinalHash {
				t.Errorf("Verify's manifest differs")
			}
			kid, _ := KeyID(key.Public())
			if vm.KeyID != kid {
				t.Errorf("key ID %s, want %s", vm.KeyID, kid)
			}
		})
	}
}

func TestForwardingMetadata(t *testing.T) {
	s := mustSpool(t, Options{})
	h := Header{SessionID: "testuser02-00000000000000001", Target: "mi-0123456789abcdef0", Owner: "testuser02",
		Kind: "remote-port-forward", Host: "db.internal", Port: 5432, Client: "192.0.2.7:50123", Started: testStart}
	w := mustCreate(t, s, h)
	mustAppend(t, w,
		ConnEvent(time.Second, Conn{ID: 1, State: ConnOpen, Client: "127.0.0.1:40000", Host: "db.internal", Port: 5432}),
		ConnEvent(2*time.Second, Conn{ID: 2, State: ConnOpen, Host: "db.internal", Port: 5432}),
		ConnEvent(3*time.Second, Conn{ID: 1, State: ConnClose, Host: "db.internal", Port: 5432, BytesIn: 100, BytesOut: 2000}),
		ConnEvent(4*time.Second, Conn{ID: 2, State: ConnClose, Host: "db.internal", Port: 5432, BytesIn: 5, BytesOut: 7, Error: "reset"}),
	)
	if err := w.Append(Event{Dir: Meta, Data: []byte("{not json")}); err == nil {
		t.Error("Append took invalid JSON metadata")
	}
	m := mustClose(t, w, EndInfo{})
	if m.Connections != 2 || m.ForwardedIn != 105 || m.ForwardedOut != 2007 {
		t.Errorf("manifest counts %d connections, %d in, %d out", m.Connections, m.ForwardedIn, m.ForwardedOut)
	}
	if _, err := s.Verify(h.SessionID); err != nil {
		t.Fatal(err)
	}
	r, err := s.Open(h.SessionID)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.Header().Host != "db.internal" || r.Header().Port != 5432 || r.Header().Client != "192.0.2.7:50123" {
		t.Errorf("header %+v", r.Header())
	}
	ev, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	c, ok := ev.Conn()
	if !ok || c.ID != 1 || c.State != ConnOpen || c.Client != "127.0.0.1:40000" || ev.Time != time.Second {
		t.Errorf("first event %+v decodes to %+v, %v", ev, c, ok)
	}
	if _, ok := (Event{Dir: Meta, Data: []byte(`{"type":"other"}`)}).Conn(); ok {
		t.Error("other metadata decoded as a Conn")
	}
}

func TestCreateErrors(t *testing.T) {
	s := mustSpool(t, Options{})
	for _, id := range []string{"", ".hidden", "../escape", "a/b", "a\x00b", strings.Repeat("a", 201), "sp ace"} {
		if _, err := s.Create(testHeader(id)); tether.ErrorCode(err) != tether.EINVALID {
			t.Errorf("Create(%q) = %v, want EINVALID", id, err)
		}
		if _, err := s.Open(id); tether.ErrorCode(err) != tether.EINVALID {
			t.Errorf("Open(%q) = %v, want EINVALID", id, err)
		}
	}
	id := "user.name+x@example.com-0123456789abcdef0"
	w := mustCreate(t, s, testHeader(id))
	if _, err := s.Create(testHeader(id)); tether.ErrorCode(err) != tether.ECONFLICT {
		t.Errorf("second Create while open = %v, want ECONFLICT", err)
	}
	mustClose(t, w, EndInfo{})
	if _, err := s.Create(testHeader(id)); tether.ErrorCode(err) != tether.ECONFLICT {
		t.Errorf("Create of a sealed recording = %v, want ECONFLICT", err)
	}
	if _, err := s.Open("nobody-1"); tether.ErrorCode(err) != tether.ENOTFOUND {
		t.Errorf("Open of a missing recording = %v, want ENOTFOUND", err)
	}
	if _, err := s.Verify("nobody-1"); tether.ErrorCode(err) != tether.ENOTFOUND {
		t.Errorf("Verify of a missing recording = %v, want ENOTFOUND", err)
	}
	if err := w.Append(Event{Dir: Output, Data: []byte("x")}); !errors.Is(err, ErrClosed) {
		t.Errorf("Append after Close = %v", err)
	}
	if _, err := w.Close(EndInfo{}); !errors.Is(err, ErrClosed) {
		t.Errorf("second Close = %v", err)
	}
	if err := w.Sync(); err != nil {
		t.Errorf("Sync after Close = %v", err)
	}
	w2 := mustCreate(t, s, testHeader("a-2"))
	defer w2.Close(EndInfo{})
	for _, ev := range []Event{{Dir: 'x'}, {Dir: Resize, Cols: -1}, {Dir: Resize, Cols: 1 << 20}, {Dir: Meta, Data: []byte("[")}} {
		if err := w2.Append(ev); err == nil {
			t.Errorf("Append(%+v) succeeded", ev)
		}
	}
}

func TestReadWhileOpen(t *testing.T) {
	s := mustSpool(t, Options{})
	w := mustCreate(t, s, testHeader("a-1"))
	mustAppend(t, w, sampleEvents()[:3]...)
	if err := w.Sync(); err != nil {
		t.Fatal(err)
	}
	r, err := s.Open("a-1")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	n := 0
	for {
		_, err = r.Next()
		if err != nil {
			break
		}
		n++
	}
	if n != 3 || !errors.Is(err, ErrNotSealed) {
		t.Errorf("read %d events then %v; want 3 then ErrNotSealed", n, err)
	}
	if _, err := s.Verify("a-1"); !errors.Is(err, ErrNotSealed) {
		t.Errorf("Verify of an open recording = %v", err)
	}
	mustClose(t, w, EndInfo{})
}

func TestSyncWriteMode(t *testing.T) {
	s := mustSpool(t, Options{Sync: SyncWrite, BufferSize: 1 << 20})
	w := mustCreate(t, s, testHeader("a-1"))
	mustAppend(t, w, sampleEvents()...)
	before, _ := os.Stat(w.path)
	if err := w.Sync(); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(w.path)
	if after.Size() <= before.Size() {
		t.Errorf("Sync did not write the buffer: %d then %d bytes", before.Size(), after.Size())
	}
	mustClose(t, w, EndInfo{})
	if _, err := s.Verify("a-1"); err != nil {
		t.Fatal(err)
	}
}

func TestKeyIDAndAlgorithms(t *testing.T) {
	if _, err := OpenSpool(t.TempDir(), nil, Options{}); err == nil {
		t.Error("OpenSpool took a nil signer")
	}
	k := mustKey(t)
	id1, err := KeyID(k.Public())
	if err != nil || len(id1) != 64 {
		t.Fatalf("KeyID = %q, %v", id1, err)
	}
	if _, err := hex.DecodeString(id1); err != nil {
		t.Error(err)
	}
	if _, err := Verify(bytes.NewReader(nil), nil); err == nil {
		t.Error("Verify took a nil key")
	}
}

func TestSpoolVerifyChecksTheSessionID(t *testing.T) {
	s := mustSpool(t, Options{})
	mustRecording(t, s, "a-1")
	mustRecording(t, s, "b-2")
	if err := os.Rename(s.Path("a-1"), filepath.Join(s.Dir, "c-3.rec")); err != nil {
		t.Fatal(err)
	}
	_, err := s.Verify("c-3")
	if ce := asCorrupt(t, err); !strings.Contains(ce.Reason, "holds the recording of session a-1") {
		t.Errorf("err = %v", err)
	}
}
