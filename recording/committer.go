package recording

import (
	"sync"
	"time"
)

// Committer delivers events (to the user, or to the agent) only once they
// are durable in the spool, without stalling the stream on each fsync:
// while one batch is being synced and delivered, Append goes on recording
// the next, and the next Sync covers that whole batch. This is the relay's
// way to keep "nothing the user saw is lost" at the speed of the disk's
// bandwidth rather than its fsync latency.
//
// Append blocks once depth events wait for delivery, which pushes back on
// the source as a slow user would. A Committer is for one stream (one
// goroutine calling Append); several may share a Writer, and so its
// fsyncs.
type Committer struct {
	w        *Writer
	deliver  func(Event)
	depth    int
	interval time.Duration

	mu       sync.Mutex
	notEmpty sync.Cond
	notFull  sync.Cond
	queue    []Event
	spare    []Event
	pending  int // queued or being delivered
	closed   bool
	err      error
	done     chan struct{}
}

// Committer starts a Committer that calls deliver, in order and from its
// own goroutine, with each event given to Append once it is durable.
// depth <= 0 means 256 events. Close it to wait for the last deliveries.
func (w *Writer) Committer(depth int, deliver func(Event)) *Committer {
	if depth <= 0 {
		depth = 256
	}
	c := &Committer{w: w, deliver: deliver, depth: depth, interval: w.spool.opts.CommitInterval, done: make(chan struct{})}
	c.notEmpty.L, c.notFull.L = &c.mu, &c.mu
	go c.run()
	return c
}

// Append records ev and queues it for delivery after the next Sync. The
// Committer keeps ev.Data until it is delivered: don't reuse the buffer
// before then. After a recording failure Append returns that error and
// nothing more is delivered.
func (c *Committer) Append(ev Event) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for c.pending >= c.depth && c.err == nil && !c.closed {
		c.notFull.Wait()
	}
	if c.err != nil {
		return c.err
	}
	if c.closed {
		return ErrClosed
	}
	// Under mu, so the queue is in the recording's order.
	if err := c.w.Append(ev); err != nil {
		c.err = err
		c.notEmpty.Signal()
		return err
	}
	c.queue = append(c.queue, ev)
	c.pending++
	c.notEmpty.Signal()
	return nil
}

// Close waits until every appended event is delivered (or a failure
// stopped delivery) and returns the first recording error. It does not
// close the Writer.
func (c *Committer) Close() error {
	c.mu.Lock()
	c.closed = true
	c.notEmpty.Signal()
	c.notFull.Broadcast()
	c.mu.Unlock()
	<-c.done
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *Committer) run() {
	defer close(c.done)
	var last time.Time // when the last Sync started
	for {
		c.mu.Lock()
		for len(c.queue) == 0 && !c.closed && c.err == nil {
			c.notEmpty.Wait()
		}
		if c.err != nil || len(c.queue) == 0 {
			c.mu.Unlock()
			return
		}
		// Busy: let the batch grow until an interval has passed since
		// the last Sync, so a stream of chunks costs one write and one
		// fsync per interval rather than per chunk. The first chunk
		// after a pause (a keystroke's echo) goes at once.
		if wait := c.interval - time.Since(last); wait > 0 && !c.closed {
			c.mu.Unlock()
			time.Sleep(wait)
			c.mu.Lock()
		}
		batch := c.queue
		c.queue, c.spare = c.spare[:0], nil
		c.mu.Unlock()

		last = time.Now()
		err := c.w.Sync()
		if err == nil {
			for _, ev := range batch {
				c.deliver(ev)
			}
		}
		clear(batch) // drop references to delivered data
		c.mu.Lock()
		if err != nil && c.err == nil {
			c.err = err
		}
		c.pending -= len(batch)
		c.spare = batch[:0]
		c.notFull.Broadcast()
		c.mu.Unlock()
	}
}
