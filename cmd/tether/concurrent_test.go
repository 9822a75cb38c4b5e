package main

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether/recording"
)

// TestConcurrentSessionsFullyRecorded runs many command sessions at once,
// each printing distinct output, and checks by checksum that every byte
// each client received is in its session's recording. The count is 40 by
// default; TETHER_CONCURRENT_SESSIONS=500 runs the 500 (and logs
// the throughput).
func TestConcurrentSessionsFullyRecorded(t *testing.T) {
	n := 40
	if v := os.Getenv("TETHER_CONCURRENT_SESSIONS"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	f := newFleet(t)
	received := make([][32]byte, n)
	var wg sync.WaitGroup
	var total int64
	var mu sync.Mutex
	start := time.Now()
	for i := range n {
		wg.Go(func() {
			cmd := fmt.Sprintf("for i in $(seq 1 2000); do echo session-%d-line-$i; done", i)
			r := f.user1.run("", "connect", "prod-server01", "--command", cmd)
			if r.code != 0 || !strings.Contains(r.stdout, fmt.Sprintf("session-%d-line-2000\n", i)) {
				t.Errorf("session %d: exit %d, %d bytes, stderr %s", i, r.code, len(r.stdout), r.stderr)
				return
			}
			received[i] = sha256.Sum256([]byte(r.stdout))
			mu.Lock()
			total += int64(len(r.stdout))
			mu.Unlock()
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if t.Failed() {
		return
	}
	t.Logf("%d concurrent sessions: %d bytes of output in %s (%.1f MB/s)", n, total, elapsed.Round(time.Millisecond),
		float64(total)/elapsed.Seconds()/1e6)

	dir := filepath.Join(f.ts.dataDir, "recordings")
	var files []string
	eventually(t, "every recording sealed", func() bool {
		files, _ = filepath.Glob(filepath.Join(dir, "*.rec"))
		return len(files) >= n
	})
	checked := 0
	for _, file := range files {
		h, sum := recordedOutput(t, file)
		var i int
		if _, err := fmt.Sscanf(h.Command, "for i in $(seq 1 2000); do echo session-%d-line-", &i); err != nil || i < 0 || i >= n {
			continue
		}
		if sum != received[i] {
			t.Errorf("session %d (%s): the recorded output differs from what the client received", i, h.SessionID)
		}
		checked++
	}
	if checked != n {
		t.Fatalf("checked %d recordings, want %d", checked, n)
	}
}

// recordedOutput reads a recording file and returns its header and the
// SHA-256 of its output.
func recordedOutput(t *testing.T, file string) (recording.Header, [32]byte) {
	fh, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	r, err := recording.NewReader(fh)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	h := sha256.New()
	for {
		ev, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if ev.Dir == recording.Output {
			h.Write(ev.Data)
		}
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return r.Header(), sum
}
