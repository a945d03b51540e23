package ingest

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"rcp2p"
)

// IMAPOptions says how to reach the mailbox.
type IMAPOptions struct {
	Addr      string
	Username  string
	Password  string
	TLS       string // none, starttls, tls
	TLSConfig *tls.Config
	// Updates, when set, is told of unilateral mailbox updates (new mail
	// during IDLE).
	Updates chan<- struct{}
}

// Dial connects and logs in.
func Dial(ctx context.Context, o IMAPOptions) (*imapclient.Client, error) {
	opts := &imapclient.Options{
		TLSConfig: o.TLSConfig,
		Dialer:    &net.Dialer{Timeout: 30 * time.Second},
	}
	if o.Updates != nil {
		notify := func() {
			select {
			case o.Updates <- struct{}{}:
			default:
			}
		}
		opts.UnilateralDataHandler = &imapclient.UnilateralDataHandler{
			Mailbox: func(*imapclient.UnilateralDataMailbox) { notify() },
		}
	}
	var (
		c   *imapclient.Client
		err error
	)
	switch o.TLS {
	case "tls":
		c, err = imapclient.DialTLS(o.Addr, opts)
	case "starttls":
		c, err = imapclient.DialStartTLS(o.Addr, opts)
	default:
		c, err = imapclient.DialInsecure(o.Addr, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("dial imap %s: %w", o.Addr, err)
	}
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	if err := c.Login(o.Username, o.Password).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("imap login as %q: %w", o.Username, err)
	}
	return c, nil
}

// Stats counts what one pass over the mailbox did.
type Stats struct {
	Fetched   int // new messages stored
	Duplicate int // already stored (same UID or Message-ID)
	Processed int
	Failed    int // processing failed; kept for reprocessing
}

// Batch limits: a batch is fetched in one FETCH and bounded both ways so
// memory does not grow with the mailbox.
const (
	batchCount = 100
	batchBytes = 32 << 20
)

type pending struct {
	uid  imap.UID
	size int64
}

// Poll processes every message in the mailbox above the last UID seen, in
// batches, then anything a crash left unprocessed. Mail on the server is
// only flagged \Seen, never moved or deleted.
func (in *Ingester) Poll(ctx context.Context, c *imapclient.Client) (Stats, error) {
	var st Stats
	if err := in.recover(ctx, &st); err != nil {
		return st, err
	}
	sel, err := c.Select(in.opts.Mailbox, nil).Wait()
	if err != nil {
		return st, fmt.Errorf("select %s: %w", in.opts.Mailbox, err)
	}
	uv, last, err := in.store.MailboxState(ctx, in.opts.Mailbox)
	if err != nil {
		return st, err
	}
	if uv != sel.UIDValidity {
		if uv != 0 {
			in.log.Warn("uidvalidity_changed", "mailbox", in.opts.Mailbox, "old", uv, "new", sel.UIDValidity)
		}
		uv, last = sel.UIDValidity, 0 // rescan; Message-IDs keep it from duplicating
		if err := in.store.SetMailboxState(ctx, in.opts.Mailbox, uv, 0); err != nil {
			return st, err
		}
	}
	if sel.NumMessages == 0 || (sel.UIDNext != 0 && uint32(sel.UIDNext) <= last+1) {
		return st, nil
	}
	todo, err := listNew(c, last)
	if err != nil {
		return st, err
	}
	for len(todo) > 0 {
		n, size := 0, int64(0)
		for n < len(todo) && n < batchCount && (n == 0 || size+min(todo[n].size, in.opts.MaxMessageBytes) <= batchBytes) {
			size += min(todo[n].size, in.opts.MaxMessageBytes)
			n++
		}
		if err := in.batch(ctx, c, uv, todo[:n], &st); err != nil {
			return st, err
		}
		todo = todo[n:]
	}
	return st, nil
}

// listNew lists UIDs above last with their sizes. "last+1:*" always
// includes the highest message, even below last, so the result is filtered.
func listNew(c *imapclient.Client, last uint32) ([]pending, error) {
	var set imap.UIDSet
	set.AddRange(imap.UID(last+1), 0)
	msgs, err := c.Fetch(set, &imap.FetchOptions{UID: true, RFC822Size: true}).Collect()
	if err != nil {
		return nil, fmt.Errorf("list new messages: %w", err)
	}
	out := make([]pending, 0, len(msgs))
	for _, m := range msgs {
		if uint32(m.UID) > last {
			out = append(out, pending{uid: m.UID, size: m.RFC822Size})
		}
	}
	return out, nil
}

var (
	fullSection   = &imap.FetchItemBodySection{Peek: true}
	headerSection = &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, Peek: true}
)

func (in *Ingester) batch(ctx context.Context, c *imapclient.Client, uv uint32, todo []pending, st *Stats) error {
	var small, large imap.UIDSet
	for _, p := range todo {
		if p.size > in.opts.MaxMessageBytes {
			large.AddNum(p.uid)
		} else {
			small.AddNum(p.uid)
		}
	}
	raws := make(map[imap.UID][]byte, len(todo))
	for _, req := range []struct {
		set     imap.UIDSet
		section *imap.FetchItemBodySection
	}{{small, fullSection}, {large, headerSection}} {
		if len(req.set) == 0 {
			continue
		}
		opts := &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{req.section}}
		msgs, err := c.Fetch(req.set, opts).Collect()
		if err != nil {
			return fmt.Errorf("fetch messages: %w", err)
		}
		for _, m := range msgs {
			raws[m.UID] = m.FindBodySection(req.section)
		}
	}
	var (
		done imap.UIDSet
		work []*rcp2p.Message
	)
	for _, p := range todo {
		raw, ok := raws[p.uid]
		if !ok {
			continue // expunged meanwhile
		}
		m, err := in.store1(ctx, uv, p, raw, st)
		if err != nil {
			return err
		}
		if m != nil {
			work = append(work, m)
		}
		done.AddNum(p.uid)
	}
	clear(raws)
	if err := in.step("stored"); err != nil {
		return err
	}
	// Parsing is pure CPU and most of the cost: do it on every core, then
	// act on the messages one by one, in UID order.
	parsed := parseAll(work)
	for i, m := range work {
		if err := in.processOne(ctx, m, parsed[i], st); err != nil {
			return err
		}
		work[i], parsed[i] = nil, nil
	}
	if len(done) > 0 {
		if err := c.Store(done, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagSeen}}, nil).Close(); err != nil {
			in.log.Warn("imap_flag_seen_failed", "err", err) // cosmetic: the UID bookmark is what counts
		}
	}
	return in.store.SetMailboxState(ctx, in.opts.Mailbox, uv, uint32(todo[len(todo)-1].uid))
}

// store1 stores one raw message before anything else happens to it. It
// returns the message to process, or nil when it was already processed.
func (in *Ingester) store1(ctx context.Context, uv uint32, p pending, raw []byte, st *Stats) (*rcp2p.Message, error) {
	m := newMessage(raw, p.size > in.opts.MaxMessageBytes, in.opts.Now())
	m.Mailbox, m.UIDValidity, m.UID, m.Size = in.opts.Mailbox, uv, uint32(p.uid), p.size
	id, dup, err := in.store.InsertMessage(ctx, m)
	if err != nil {
		return nil, fmt.Errorf("store uid %d: %w", p.uid, err)
	}
	if !dup {
		st.Fetched++
		m.ID = id
		return m, nil
	}
	st.Duplicate++
	stored, err := in.store.Message(ctx, id)
	if err != nil || stored.ProcessedAt != nil {
		return nil, err
	}
	return stored, nil
}

// parseSafe is Parse that returns nil instead of panicking; safeProcess
// records such a message as not parsable.
func parseSafe(raw []byte) (p *Parsed) {
	defer func() {
		if recover() != nil {
			p = nil
		}
	}()
	return Parse(raw)
}

// parseAll parses messages on every core; results keep the input order.
func parseAll(ms []*rcp2p.Message) []*Parsed {
	out := make([]*Parsed, len(ms))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(ms)) {
		wg.Go(func() {
			for i := range next {
				out[i] = parseSafe(ms[i].Raw)
			}
		})
	}
	for i := range ms {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// processOne processes a stored message. Only a deliberate test failure,
// which stands for a crash, stops the loop.
func (in *Ingester) processOne(ctx context.Context, m *rcp2p.Message, p *Parsed, st *Stats) error {
	id := m.ID
	if err := in.safeProcess(ctx, m, p); err != nil {
		if errors.Is(err, errInjected) {
			return err
		}
		st.Failed++
		in.log.Error("message_failed", "message_row", id, "err", err)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		// Record why, so that `messages list` shows it and reprocess finds it.
		if rerr := in.store.RecordOutcome(ctx, id, rcp2p.KindNotUnderstood, "processing failed; kept for reprocessing", err.Error(), ""); rerr != nil {
			in.log.Error("record_failure_failed", "message_row", id, "err", rerr)
		}
		return nil
	}
	st.Processed++
	return nil
}

// safeProcess turns a panic on one message (a bug met by odd input) into
// that message's recorded error, so the loop carries on with the next.
func (in *Ingester) safeProcess(ctx context.Context, m *rcp2p.Message, p *Parsed) (err error) {
	defer func() {
		if r := recover(); r != nil {
			in.log.Error("message_panic", "message_row", m.ID, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			err = fmt.Errorf("internal error on this message: %v", r)
		}
	}()
	if p == nil {
		return errors.New("message could not be parsed")
	}
	return in.process(ctx, m, p)
}

// recover finishes messages that were stored but not processed (a crash
// between the two steps).
func (in *Ingester) recover(ctx context.Context, st *Stats) error {
	ids, err := in.store.UnprocessedMessages(ctx)
	if err != nil {
		return fmt.Errorf("list unprocessed messages: %w", err)
	}
	for _, id := range ids {
		m, err := in.store.Message(ctx, id)
		if err != nil {
			return fmt.Errorf("load unprocessed message %d: %w", id, err)
		}
		if err := in.processOne(ctx, m, Parse(m.Raw), st); err != nil {
			return err
		}
	}
	return nil
}
