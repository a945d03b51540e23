package ingest

import (
	"context"
	"math/rand/v2"
	"time"

	"github.com/emersion/go-imap/v2"
)

// WatchOptions tune the continuous loop.
type WatchOptions struct {
	PollInterval time.Duration // without IDLE, and the longest wait with it
	IdleRefresh  time.Duration // re-issue IDLE this often (servers drop idle clients)
	MaxBackoff   time.Duration
}

// Watch processes the mailbox until ctx ends: IDLE where the server has it,
// polling otherwise; on any error it reconnects with capped exponential
// backoff and jitter, resuming from the stored UID bookmark.
func (in *Ingester) Watch(ctx context.Context, o IMAPOptions, w WatchOptions, after func(Stats)) {
	if w.PollInterval <= 0 {
		w.PollInterval = time.Minute
	}
	if w.IdleRefresh <= 0 {
		w.IdleRefresh = 5 * time.Minute
	}
	if w.MaxBackoff <= 0 {
		w.MaxBackoff = 5 * time.Minute
	}
	failures := 0
	for ctx.Err() == nil {
		err := in.session(ctx, o, w, after, func() { failures = 0 })
		if ctx.Err() != nil {
			return
		}
		failures++
		wait := Backoff(failures, w.MaxBackoff)
		in.log.Warn("imap_session_ended", "err", err, "retry_in", wait.String(), "failures", failures)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// Backoff is 1s, 2s, 4s… capped at max, with ±25% jitter so that many
// instances do not reconnect in step.
func Backoff(failures int, max time.Duration) time.Duration {
	d := time.Second << min(failures-1, 20)
	if d > max || d <= 0 {
		d = max
	}
	return d*3/4 + rand.N(d/2+1)
}

// session is one connection: poll, then wait for news, until an error.
func (in *Ingester) session(ctx context.Context, o IMAPOptions, w WatchOptions, after func(Stats), healthy func()) error {
	updates := make(chan struct{}, 1)
	o.Updates = updates
	c, err := Dial(ctx, o)
	if err != nil {
		return err
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	idle := c.Caps().Has(imap.CapIdle) || c.Caps().Has(imap.CapIMAP4rev2)
	in.log.Info("imap_connected", "addr", o.Addr, "idle", idle)
	for {
		st, err := in.Poll(ctx, c)
		if err != nil {
			return err
		}
		healthy()
		if after != nil {
			after(st)
		}
		if !idle {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(w.PollInterval):
			}
			continue
		}
		if err := waitIdle(ctx, c, updates, min(w.IdleRefresh, w.PollInterval*5)); err != nil {
			return err
		}
	}
}
