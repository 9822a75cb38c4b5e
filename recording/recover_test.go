package recording

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// crash leaves w's file as a dead process would: open-named, unsealed, its
// lock released. Unsynced buffered events are lost, as they would be.
func crash(tb testing.TB, w *Writer) {
	tb.Helper()
	w.mu.Lock()
	w.closed = true
	w.f.Close()
	w.mu.Unlock()
	w.spool.forget(w)
}

func TestRecover(t *testing.T) {
	evs := sampleEvents()
	for _, tc := range []struct {
		name    string
		damage  func(tb testing.TB, path string, b []byte) (torn int64) // b: the file as synced
		keep    int                                                     // events that survive
		wantErr string
	}{
		{"clean end", func(testing.TB, string, []byte) int64 { return 0 }, 7, ""},
		{"torn in the last record", func(tb testing.TB, path string, b []byte) int64 {
			last := spans(tb, b)[7]
			mustTruncate(tb, path, int64(last.end-5))
			return int64(last.end - 5 - last.start)
		}, 6, ""},
		{"torn in a record's prefix", func(tb testing.TB, path string, b []byte) int64 {
			mustTruncate(tb, path, int64(spans(tb, b)[5].start+3))
			return 3
		}, 4, ""},
		{"zeros after the last record (size updated, data not)", func(tb testing.TB, path string, b []byte) int64 {
			mustWriteAppend(tb, path, make([]byte, 4096))
			return 4096
		}, 7, ""},
		{"garbage tail of plausible length", func(tb testing.TB, path string, b []byte) int64 {
			sp := spans(tb, b)
			last := bytes.Clone(b[sp[7].start:sp[7].end])
			last[len(last)-1] ^= 1
			mustWriteAppend(tb, path, last) // a record whose hash is wrong
			return int64(len(last))
		}, 7, ""},
		{"only the magic and part of the header", func(tb testing.TB, path string, b []byte) int64 {
			mustTruncate(tb, path, 20)
			return 0
		}, 0, "no valid header"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			key := mustKey(t)
			s := mustSpoolDir(t, dir, key, Options{})
			id := "testuser01-0123456789abcdef0"
			w := mustCreate(t, s, testHeader(id))
			mustAppend(t, w, evs...)
			if err := w.Sync(); err != nil {
				t.Fatal(err)
			}
			crash(t, w)
			path := s.openPath(id)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			wantTorn := tc.damage(t, path, b)

			s2 := mustSpoolDir(t, dir, key, Options{}) // the restarted server
			ids, err := s2.Recover()
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || len(ids) != 0 {
					t.Fatalf("Recover = %v, %v; want an error with %q", ids, err, tc.wantErr)
				}
				if _, err := os.Stat(filepath.Join(dir, id+brokenSuffix)); err != nil {
					t.Error(err)
				}
				return
			}
			if err != nil || len(ids) != 1 || ids[0] != id {
				t.Fatalf("Recover = %v, %v", ids, err)
			}
			m, err := s2.Verify(id)
			if err != nil {
				t.Fatalf("the recovered recording does not verify: %v", err)
			}
			if !m.Interrupted || m.TornBytes != wantTorn || m.Recovered.IsZero() || m.Records != int64(tc.keep+1) {
				t.Errorf("manifest %+v; want interrupted, %d torn bytes, %d records", m, wantTorn, tc.keep+1)
			}
			if want := testStart.Add(evs[tc.keep-1].Time); !m.Ended.Equal(want) {
				t.Errorf("ended %v, want the last event's time %v", m.Ended, want)
			}
			fb, _ := os.ReadFile(s2.Path(id))
			_, got, err := readAll(t, fb)
			if err != nil || len(got) != tc.keep {
				t.Fatalf("read %d events, %v; want %d", len(got), err, tc.keep)
			}
			torn, err := os.ReadFile(filepath.Join(dir, id+tornSuffix))
			if wantTorn > 0 && (err != nil || int64(len(torn)) != wantTorn) {
				t.Errorf("torn tail kept: %d bytes, %v; want %d", len(torn), err, wantTorn)
			}
			if again, err := s2.Recover(); err != nil || len(again) != 0 {
				t.Errorf("a second Recover = %v, %v", again, err)
			}
		})
	}
}

func TestRecoverSealedButNotRenamed(t *testing.T) {
	dir := t.TempDir()
	key := mustKey(t)
	s := mustSpoolDir(t, dir, key, Options{})
	id := "a-1"
	mustRecording(t, s, id)
	// The crash came between the manifest's fsync and the rename.
	if err := os.Rename(s.Path(id), s.openPath(id)); err != nil {
		t.Fatal(err)
	}
	mustWriteAppend(t, s.openPath(id), []byte("junk")) // and something after it
	ids, err := mustSpoolDir(t, dir, key, Options{}).Recover()
	if err != nil || len(ids) != 1 {
		t.Fatalf("Recover = %v, %v", ids, err)
	}
	m, err := s.Verify(id)
	if err != nil || m.Interrupted {
		t.Fatalf("Verify = %+v, %v; want the original, uninterrupted manifest", m, err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, id+tornSuffix)); string(b) != "junk" {
		t.Errorf("kept tail %q, %v", b, err)
	}
}

func TestRecoverSkipsLiveRecordings(t *testing.T) {
	dir := t.TempDir()
	key := mustKey(t)
	s := mustSpoolDir(t, dir, key, Options{})
	w := mustCreate(t, s, testHeader("a-1"))
	mustAppend(t, w, sampleEvents()...)
	if err := w.Sync(); err != nil {
		t.Fatal(err)
	}
	// Neither this spool (its own writer) nor another (the file lock).
	for _, sp := range []*Spool{s, mustSpoolDir(t, dir, key, Options{})} {
		if ids, err := sp.Recover(); err != nil || len(ids) != 0 {
			t.Errorf("Recover = %v, %v; want nothing touched", ids, err)
		}
	}
	mustClose(t, w, EndInfo{})
	if _, err := s.Verify("a-1"); err != nil {
		t.Fatal(err)
	}
}

func mustTruncate(tb testing.TB, path string, n int64) {
	tb.Helper()
	if err := os.Truncate(path, n); err != nil {
		tb.Fatal(err)
	}
}

func mustWriteAppend(tb testing.TB, path string, b []byte) {
	tb.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(b); err != nil {
		tb.Fatal(err)
	}
}

// killChunk is the deterministic content of chunk i in the kill test.
func killChunk(i int) []byte {
	return bytes.Repeat([]byte(fmt.Sprintf("chunk %06d|", i)), 1+i%300)
}

// TestKillHelper is the process TestKill9 kills: it records chunks and
// prints each one's number once Sync returned, i.e. once the relay would
// have shown it to the user. It keeps appending more, some unsynced.
func TestKillHelper(t *testing.T) {
	dir := os.Getenv("RECORDING_KILL_HELPER_DIR")
	if dir == "" {
		t.Skip("run by TestKill9")
	}
	mode := SyncFsync
	if os.Getenv("RECORDING_KILL_HELPER_MODE") == "write" {
		mode = SyncWrite
	}
	s := mustSpoolDir(t, dir, mustKey(t), Options{Sync: mode, BufferSize: 8 << 10})
	w := mustCreate(t, s, testHeader("killed-1"))
	out := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		mustAppend(t, w, Event{Time: time.Duration(i) * time.Millisecond, Dir: Output, Data: killChunk(i)})
		if i%3 != 2 { // every third chunk is left for the next Sync
			if err := w.Sync(); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(out, "synced %d\n", i)
			out.Flush()
		}
	}
}

// TestKill9 kills a recording process with SIGKILL mid-session, recovers
// its spool, and checks that every chunk it reported synced is there,
// in order and intact, and that the result verifies.
func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("starts subprocesses")
	}
	for _, mode := range []string{"fsync", "write"} {
		t.Run(mode, func(t *testing.T) {
			dir := t.TempDir()
			cmd := exec.Command(os.Args[0], "-test.run=^TestKillHelper$", "-test.v=false")
			cmd.Env = append(os.Environ(), "RECORDING_KILL_HELPER_DIR="+dir, "RECORDING_KILL_HELPER_MODE="+mode)
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			pid := cmd.Process.Pid
			sc := bufio.NewScanner(stdout)
			lastSynced := -1
			for sc.Scan() {
				n, ok := strings.CutPrefix(sc.Text(), "synced ")
				if !ok {
					continue
				}
				lastSynced, _ = strconv.Atoi(n)
				if lastSynced >= 2000 {
					break
				}
			}
			if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, stdout)
			cmd.Wait()
			if lastSynced < 2000 {
				t.Fatalf("the helper stopped after chunk %d: %v", lastSynced, sc.Err())
			}

			key := mustKey(t)
			s := mustSpoolDir(t, dir, key, Options{})
			ids, err := s.Recover()
			if err != nil || len(ids) != 1 {
				t.Fatalf("Recover = %v, %v", ids, err)
			}
			m, err := s.Verify(ids[0])
			if err != nil {
				t.Fatal(err)
			}
			r, err := s.Open(ids[0])
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			i := 0
			for ; ; i++ {
				ev, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(ev.Data, killChunk(i)) {
					t.Fatalf("chunk %d differs", i)
				}
			}
			if i <= lastSynced {
				t.Fatalf("recovered %d chunks but chunk %d was synced (and shown)", i, lastSynced)
			}
			t.Logf("killed after chunk %d synced; recovered %d chunks, %d torn bytes; interrupted=%v", lastSynced, i, m.TornBytes, m.Interrupted)
		})
	}
}
