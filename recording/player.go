package recording

import (
	"context"
	"io"
	"time"
)

// Player replays a recording's output to a terminal in (scaled) real time:
// `tether play ID --speed X --idle-limit S`.
type Player struct {
	// Speed scales time: 2 plays twice as fast. Zero or less means 1.
	Speed float64
	// IdleLimit caps each pause between two outputs, measured in
	// recording time before Speed applies. Zero means no cap.
	IdleLimit time.Duration
	// Sleep waits; nil means time.Sleep. Tests inject a fake.
	Sleep func(time.Duration)
}

// minSleep: shorter waits are added to the next one instead of slept, so
// a burst of tiny gaps costs no syscalls and no drift.
const minSleep = time.Millisecond

// Play writes each output event's bytes to w, in order, after the pause
// that preceded it in the recording (scaled and capped). Input, resize
// and meta events are not played: the terminal's echo is in the output.
// It stops when ctx is done and returns what Next or w
// returned, nil at the end of a sealed recording.
func (p Player) Play(ctx context.Context, r *Reader, w io.Writer) error {
	speed := p.Speed
	if speed <= 0 {
		speed = 1
	}
	sleep := p.Sleep
	if sleep == nil {
		sleep = func(d time.Duration) {
			t := time.NewTimer(d)
			defer t.Stop()
			select {
			case <-t.C:
			case <-ctx.Done():
			}
		}
	}
	var prev, owed time.Duration // prev starts at 0: the first output waits too
	for {
		ev, err := r.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if ev.Dir != Output {
			continue
		}
		gap := max(ev.Time-prev, 0)
		prev = ev.Time
		if p.IdleLimit > 0 && gap > p.IdleLimit {
			gap = p.IdleLimit
		}
		owed += time.Duration(float64(gap) / speed)
		if owed >= minSleep {
			sleep(owed)
			owed = 0
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, err := w.Write(ev.Data); err != nil {
			return err
		}
	}
}
