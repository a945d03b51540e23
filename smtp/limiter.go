package smtp

import (
	"context"
	"sync"
	"time"
)

// limiter spaces sends evenly: at most one every interval, no burst. The
// relay's limits are per second or per minute; even spacing never trips
// either.
type limiter struct {
	interval time.Duration

	mu   sync.Mutex
	next time.Time
}

func newLimiter(perSecond float64) *limiter {
	if perSecond <= 0 {
		return nil
	}
	return &limiter{interval: time.Duration(float64(time.Second) / perSecond)}
}

// wait blocks until the caller may send, or ctx ends. A nil limiter never
// waits.
func (l *limiter) wait(ctx context.Context) error {
	if l == nil {
		return ctx.Err()
	}
	l.mu.Lock()
	now := time.Now()
	at := l.next
	if at.Before(now) {
		at = now
	}
	l.next = at.Add(l.interval)
	l.mu.Unlock()
	d := at.Sub(now)
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
