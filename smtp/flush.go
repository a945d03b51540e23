package smtp

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"rcp2p"
)

// Outbox is what Flush needs from the store.
type Outbox interface {
	// DueMail returns up to limit pending mails whose next attempt is due
	// at now, oldest first.
	DueMail(ctx context.Context, now time.Time, limit int) ([]*rcp2p.OutMail, error)
	MarkMailSent(ctx context.Context, id int64, at time.Time) error
	// MarkMailAttempt records a failed attempt: the error, when to try
	// next, and whether the mail has failed for good.
	MarkMailAttempt(ctx context.Context, id int64, errText string, next time.Time, permanent bool) error
}

// MaxAttempts is how many times a mail is tried before it fails for good.
const MaxAttempts = 8

// Flush pages, bounded so that a store that never marks mail cannot loop
// forever: 10,000 pages of 50 mails per connection.
const (
	pagePerConn = 50
	maxPages    = 10_000
)

// Backoff is the wait after the attempt-th failed attempt (1-based): 1m,
// 5m, 30m, 2h, then 6h.
func Backoff(attempt int) time.Duration {
	steps := [...]time.Duration{time.Minute, 5 * time.Minute, 30 * time.Minute, 2 * time.Hour, 6 * time.Hour}
	attempt = max(attempt, 1)
	return steps[min(attempt, len(steps))-1]
}

// Flush delivers every mail that is due, Options.Connections at a time and
// within the rate limit, page after page until none is due. Each mail is
// marked sent, or its attempt recorded: permanent on a 5xx reply or after
// MaxAttempts, else retried after Backoff. sent and failed count this run's
// mails. err is only for a failed run, never for a single mail: the outbox
// store failing, ctx ending, the Sender closed, or the relay refusing us
// (unreachable, login refused, sender refused at MAIL FROM). Mail caught by
// a failed run keeps its attempts and stays due.
func (s *Sender) Flush(ctx context.Context, ob Outbox, now func() time.Time) (sent, failed int, err error) {
	if now == nil {
		now = time.Now
	}
	limit := pagePerConn * s.opts.Connections
	var prev map[int64]bool
	for range maxPages {
		mails, err := ob.DueMail(ctx, now(), limit)
		if err != nil {
			return sent, failed, fmt.Errorf("flush: due mail: %w", err)
		}
		if len(mails) == 0 {
			return sent, failed, nil
		}
		ids := make(map[int64]bool, len(mails))
		for _, m := range mails {
			if prev[m.ID] {
				return sent, failed, fmt.Errorf("flush: outbox returned mail %d again after it was handled", m.ID)
			}
			ids[m.ID] = true
		}
		prev = ids
		r := s.flushPage(ctx, ob, now, mails)
		sent, failed = sent+r.sent, failed+r.failed
		if r.err != nil {
			return sent, failed, r.err
		}
	}
	return sent, failed, fmt.Errorf("flush: stopped after %d pages", maxPages)
}

type pageResult struct {
	mu           sync.Mutex
	sent, failed int
	err          error
}

func (r *pageResult) add(sent bool, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case err != nil:
		r.err = errors.Join(r.err, err)
	case sent:
		r.sent++
	default:
		r.failed++
	}
}

func (r *pageResult) stopped() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err != nil
}

// flushPage sends one page with a worker per connection. After a run
// error no new mail starts, but sends in progress finish and are recorded:
// cancelling them could leave a delivered mail unmarked.
func (s *Sender) flushPage(ctx context.Context, ob Outbox, now func() time.Time, mails []*rcp2p.OutMail) *pageResult {
	r := &pageResult{}
	queue := make(chan *rcp2p.OutMail)
	var wg sync.WaitGroup
	for range min(s.opts.Connections, len(mails)) {
		wg.Go(func() {
			for m := range queue {
				if !r.stopped() {
					r.add(s.flushOne(ctx, ob, now, m))
				}
			}
		})
	}
	for _, m := range mails {
		if r.stopped() || ctx.Err() != nil {
			break
		}
		select {
		case queue <- m:
		case <-ctx.Done():
		}
	}
	close(queue)
	wg.Wait()
	if err := ctx.Err(); err != nil && r.err == nil {
		r.err = fmt.Errorf("flush: %w", err)
	}
	return r
}

// flushOne sends m and records the outcome. It returns whether m was sent,
// and an error only when the run must stop.
func (s *Sender) flushOne(ctx context.Context, ob Outbox, now func() time.Time, m *rcp2p.OutMail) (bool, error) {
	sendErr := s.sendAt(ctx, m, now())
	// Record the outcome even if ctx ends now: a sent mail left unmarked
	// would be sent again.
	mctx := context.WithoutCancel(ctx)
	if sendErr == nil {
		if err := ob.MarkMailSent(mctx, m.ID, now()); err != nil {
			return false, fmt.Errorf("flush: mark mail %d sent: %w", m.ID, err)
		}
		return true, nil
	}
	var re *relayError
	if ctx.Err() != nil || errors.Is(sendErr, errClosed) || errors.As(sendErr, &re) {
		// Interrupted, or the relay will take nothing from us: not this
		// mail's failure, so it stays due as it was.
		return false, fmt.Errorf("flush: mail %d: %w", m.ID, sendErr)
	}
	attempts := m.Attempts + 1
	permanent := IsPermanent(sendErr) || attempts >= MaxAttempts
	next := now().Add(Backoff(attempts))
	s.log.Warn("smtp_send_failed", "outbox_id", m.ID, "message_id", m.MessageID,
		"attempt", attempts, "permanent", permanent, "err", sendErr)
	if err := ob.MarkMailAttempt(mctx, m.ID, sendErr.Error(), next, permanent); err != nil {
		return false, fmt.Errorf("flush: mark mail %d attempt: %w", m.ID, err)
	}
	return false, nil
}
