package audit

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// Sink receives each record once it is in the trail (syslog, webhooks).
type Sink interface {
	Deliver(ctx context.Context, r tether.AuditRecord)
}

// Trail appends records to the store in batches from a background
// goroutine, so API calls do not wait for the audit write, then hands them
// to the sinks. Close flushes what is queued.
type Trail struct {
	store store.AuditStore
	sinks []Sink
	log   *slog.Logger

	queue chan tether.AuditRecord
	done  chan struct{}
	once  sync.Once
}

// queueSize bounds records waiting for the store; beyond it Record blocks
// (back-pressure) rather than drop an event.
const (
	queueSize = 4096
	batchSize = 256
)

// NewTrail starts a trail over st.
func NewTrail(st store.AuditStore, log *slog.Logger, sinks ...Sink) *Trail {
	t := &Trail{store: st, sinks: sinks, log: log, queue: make(chan tether.AuditRecord, queueSize), done: make(chan struct{})}
	go t.run()
	return t
}

// Record queues one record; the trail fills in its ID and source.
func (t *Trail) Record(r tether.AuditRecord) {
	if r.EventID == "" {
		r.EventID = tether.NewUUID()
	}
	if r.EventSource == "" {
		r.EventSource, _, _ = strings.Cut(r.EventName, ":")
	}
	t.queue <- r
}

func (t *Trail) run() {
	defer close(t.done)
	batch := make([]tether.AuditRecord, 0, batchSize)
	for r := range t.queue {
		batch = append(batch[:0], r)
	fill:
		for len(batch) < batchSize {
			select {
			case r, ok := <-t.queue:
				if !ok {
					break fill
				}
				batch = append(batch, r)
			default:
				break fill
			}
		}
		t.append(batch)
	}
}

// append writes a batch, retrying while the database is unavailable: an
// event is never dropped while the process lives.
func (t *Trail) append(batch []tether.AuditRecord) {
	for attempt := 0; ; attempt++ {
		err := t.store.AppendAuditRecords(context.Background(), batch, Chain)
		if err == nil {
			break
		}
		t.log.Error("could not append to the audit trail; retrying", "records", len(batch), "err", err)
		time.Sleep(min(time.Duration(attempt+1)*100*time.Millisecond, 5*time.Second))
		if tether.ErrorCode(err) == tether.ECONFLICT {
			for i := range batch {
				batch[i].EventID = tether.NewUUID()
			}
		}
	}
	for _, r := range batch {
		for _, s := range t.sinks {
			s.Deliver(context.Background(), r)
		}
	}
}

// Close flushes queued records and stops; Record must not be called after.
func (t *Trail) Close() {
	t.once.Do(func() { close(t.queue) })
	<-t.done
}
