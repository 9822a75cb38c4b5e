package recording

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestConcurrentWriters runs several goroutines on one Writer (a session's
// input, output and resize paths) and many Writers side by side, with
// Syncs racing Appends and each other; run it with -race.
func TestConcurrentWriters(t *testing.T) {
	s := mustSpool(t, Options{BufferSize: 4 << 10})
	const sessions, perStream = 20, 200
	var wg sync.WaitGroup
	writers := make([]*Writer, sessions)
	for i := range writers {
		writers[i] = mustCreate(t, s, testHeader(fmt.Sprintf("user%d-%017x", i, i)))
	}
	for _, w := range writers {
		for _, dir := range []Direction{Input, Output, Output} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range perStream {
					ev := Event{Time: w.Elapsed(), Dir: dir, Data: []byte(fmt.Sprintf("%c%05d;", dir, j))}
					if err := w.Append(ev); err != nil {
						t.Error(err)
						return
					}
					if j%7 == 0 {
						if err := w.Sync(); err != nil {
							t.Error(err)
							return
						}
					}
				}
			}()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 20 {
				if err := w.Append(Event{Time: w.Elapsed(), Dir: Resize, Cols: 80 + j, Rows: 24}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	for _, w := range writers {
		m := mustClose(t, w, EndInfo{})
		if m.InputChunks != perStream || m.OutputChunks != 2*perStream || m.Resizes != 20 || m.OutputBytes != 2*perStream*7 {
			t.Errorf("%s: manifest %+v", m.SessionID, m)
		}
		if _, err := s.Verify(m.SessionID); err != nil {
			t.Error(err)
		}
		// Each stream's chunks are in its own order.
		r, err := s.Open(m.SessionID)
		if err != nil {
			t.Fatal(err)
		}
		next := map[Direction]int{}
		var last time.Duration
		for {
			ev, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if ev.Time < last {
				t.Fatalf("time went back: %v after %v", ev.Time, last)
			}
			last = ev.Time
			if ev.Dir == Input {
				if want := fmt.Sprintf("i%05d;", next[Input]); string(ev.Data) != want {
					t.Fatalf("input chunk %q, want %q", ev.Data, want)
				}
				next[Input]++
			}
		}
		r.Close()
	}
}

// TestSyncRacesClose: Syncs in flight while the session closes neither
// deadlock nor fail.
func TestSyncRacesClose(t *testing.T) {
	s := mustSpool(t, Options{})
	for i := range 20 {
		w := mustCreate(t, s, testHeader(fmt.Sprintf("a-%d", i)))
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					if err := w.Append(Event{Dir: Output, Data: []byte("x")}); err != nil {
						return // closed
					}
					if err := w.Sync(); err != nil {
						t.Error(err)
						return
					}
				}
			}()
		}
		time.Sleep(time.Millisecond)
		mustClose(t, w, EndInfo{})
		wg.Wait()
		if _, err := s.Verify(w.Header().SessionID); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCommitter checks that every event is delivered once, in order, and
// only after it is in the file; and that fsyncs are shared.
func TestCommitter(t *testing.T) {
	s := mustSpool(t, Options{})
	w := mustCreate(t, s, testHeader("a-1"))
	var delivered []string
	var notInFile atomic.Int32
	c := w.Committer(8, func(ev Event) {
		delivered = append(delivered, string(ev.Data))
		if len(delivered)%50 == 0 {
			// What the user sees now must be in the file already.
			b, err := os.ReadFile(w.path)
			if err != nil || !bytes.Contains(b, ev.Data) {
				notInFile.Add(1)
			}
		}
	})
	const n = 1000
	for i := range n {
		if err := c.Append(Event{Time: w.Elapsed(), Dir: Output, Data: []byte(fmt.Sprintf("<%04d>", i))}); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if len(delivered) != n {
		t.Fatalf("delivered %d of %d", len(delivered), n)
	}
	for i, d := range delivered {
		if want := fmt.Sprintf("<%04d>", i); d != want {
			t.Fatalf("delivery %d is %q, want %q", i, d, want)
		}
	}
	if notInFile.Load() > 0 {
		t.Errorf("%d deliveries happened before their data was in the file", notInFile.Load())
	}
	if err := c.Append(Event{Dir: Output, Data: []byte("late")}); err != ErrClosed {
		t.Errorf("Append after Close = %v", err)
	}
	mustClose(t, w, EndInfo{})
	if err := w.Committer(0, func(Event) {}).Append(Event{Dir: Output, Data: []byte("x")}); err != ErrClosed {
		t.Errorf("Append through a closed Writer = %v", err)
	}
}

// TestGroupCommit: many goroutines syncing one Writer need far fewer
// fsyncs than Syncs.
func TestGroupCommit(t *testing.T) {
	s := mustSpool(t, Options{})
	w := mustCreate(t, s, testHeader("a-1"))
	before := w.Fsyncs()
	const goroutines, each = 16, 50
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				if err := w.Append(Event{Dir: Output, Data: []byte("x")}); err != nil {
					t.Error(err)
				}
				if err := w.Sync(); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	syncs := w.Fsyncs() - before
	t.Logf("%d Syncs took %d fsyncs", goroutines*each, syncs)
	if syncs >= goroutines*each {
		t.Errorf("%d Syncs took %d fsyncs: no grouping", goroutines*each, syncs)
	}
	mustClose(t, w, EndInfo{})
}
