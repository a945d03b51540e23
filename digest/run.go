package digest

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"rcp2p"
	"rcp2p/compose"
	"rcp2p/taxonomy"
	"rcp2p/token"
)

// Store is what digest needs from storage; *store.DB satisfies it.
type Store interface {
	EachPartner(ctx context.Context, fn func(*rcp2p.Partner) error) error
	Partner(ctx context.Context, id string) (*rcp2p.Partner, error)
	OpenOpportunities(ctx context.Context, today string) ([]*rcp2p.Opportunity, error)
	ExpireOpportunities(ctx context.Context, today string) (int, error)
	SentOpportunities(ctx context.Context, partnerID string) (map[int64]bool, error)
	CreateDigest(ctx context.Context, d *rcp2p.Digest, oppIDs []int64, render func(digestID int64) (*rcp2p.OutMail, error)) error
	DigestChecked(ctx context.Context, partnerID string) (time.Time, error)
	SetDigestChecked(ctx context.Context, partnerID string, at time.Time) error
}

// Deliverer sends what is due in the outbox (smtp.Sender with the store).
type Deliverer interface {
	Deliver(ctx context.Context) (sent, failed int, err error)
}

// Options configures a Runner.
type Options struct {
	Schedule       Schedule
	MaxItems       int
	Currency       string
	FX             map[string]float64
	ServiceAddress string
	BaseURL        string // for one-click unsubscribe links
	Logger         *slog.Logger
}

// Runner builds and queues digests.
type Runner struct {
	store   Store
	tax     *taxonomy.Taxonomy
	compose *compose.Composer
	tokens  *token.Signer
	deliver Deliverer
	opts    Options
	log     *slog.Logger

	mu        sync.Mutex
	companies map[string]string
}

// New returns a Runner. deliver may be nil: digests then stay in the outbox.
func New(st Store, tax *taxonomy.Taxonomy, c *compose.Composer, tokens *token.Signer, deliver Deliverer, o Options) *Runner {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.MaxItems <= 0 {
		o.MaxItems = 10
	}
	return &Runner{store: st, tax: tax, compose: c, tokens: tokens, deliver: deliver, opts: o, log: o.Logger,
		companies: map[string]string{}}
}

// RunOptions narrow one run.
type RunOptions struct {
	Force     bool   // ignore the schedule (never the partner's own choices)
	PartnerID string // only this partner
	DryRun    bool   // record and send nothing; report what would go
}

// Result counts what a run did.
type Result struct {
	Checked int // partners considered
	Queued  int // digests written to the outbox (or that would be, in a dry run)
	Items   int
	Sent    int
	Failed  int
	Planned []Planned // dry runs: what would be sent
}

// Planned is one digest a dry run would send.
type Planned struct {
	PartnerID string
	To        string
	Refs      []string
}

// Run queues every digest due at now, then delivers the outbox. It is the
// method that cron, `rcp2p digest run` and tests all call.
func (r *Runner) Run(ctx context.Context, now time.Time, ro RunOptions) (Result, error) {
	var res Result
	r.mu.Lock()
	r.companies = map[string]string{} // a run sees current company names
	r.mu.Unlock()
	if !ro.DryRun {
		if n, err := r.store.ExpireOpportunities(ctx, earliestOpen(now)); err != nil {
			return res, fmt.Errorf("expire opportunities: %w", err)
		} else if n > 0 {
			r.log.Info("opportunities_expired", "count", n)
		}
	}
	m, err := r.matcher(ctx, now)
	if err != nil {
		return res, err
	}
	each := func(p *rcp2p.Partner) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return r.partner(ctx, m, p, now, ro, &res)
	}
	if ro.PartnerID != "" {
		p, err := r.store.Partner(ctx, ro.PartnerID)
		if err != nil {
			return res, fmt.Errorf("partner %s: %w", ro.PartnerID, err)
		}
		err = each(p)
		if err != nil {
			return res, err
		}
	} else if err := r.store.EachPartner(ctx, each); err != nil {
		return res, fmt.Errorf("digest run: %w", err)
	}
	if r.deliver != nil && !ro.DryRun && res.Queued > 0 {
		res.Sent, res.Failed, err = r.deliver.Deliver(ctx)
		if err != nil {
			return res, fmt.Errorf("deliver digests: %w", err)
		}
	}
	r.log.Info("digest_run", "checked", res.Checked, "queued", res.Queued, "items", res.Items,
		"sent", res.Sent, "failed", res.Failed, "force", ro.Force, "dry_run", ro.DryRun, "now", now.Format(time.RFC3339))
	return res, nil
}

// earliestOpen is the respond-by date still open somewhere on Earth at
// now: each partner then filters by its own local date. Before it, an
// opportunity is expired for good.
func earliestOpen(now time.Time) string {
	return now.UTC().AddDate(0, 0, -1).Format(rcp2p.DateLayout)
}

// matcher indexes the opportunities open at now.
func (r *Runner) matcher(ctx context.Context, now time.Time) (*Matcher, error) {
	opps, err := r.store.OpenOpportunities(ctx, earliestOpen(now))
	if err != nil {
		return nil, fmt.Errorf("load open opportunities: %w", err)
	}
	return NewMatcher(r.tax, r.opts.FX, r.opts.Currency, opps), nil
}

// clock returns the partner's timezone (UTC when its own is invalid) and
// its local date at now.
func (r *Runner) clock(p *rcp2p.Partner, now time.Time) (*time.Location, string) {
	loc, err := p.Location()
	if err != nil {
		r.log.Warn("partner_timezone_invalid", "partner_id", p.ID, "err", err)
		loc = time.UTC
	}
	return loc, now.In(loc).Format(rcp2p.DateLayout)
}

func (r *Runner) partner(ctx context.Context, m *Matcher, p *rcp2p.Partner, now time.Time, ro RunOptions, res *Result) error {
	loc, today := r.clock(p, now)
	if !receives(p, today) {
		return nil
	}
	if !ro.Force {
		last, err := r.store.DigestChecked(ctx, p.ID)
		if err != nil {
			return err
		}
		if !r.opts.Schedule.Due(p, loc, last, now) {
			return nil
		}
	}
	res.Checked++
	sent, err := r.store.SentOpportunities(ctx, p.ID)
	if err != nil {
		return err
	}
	matches := m.For(p, today, sent, r.opts.MaxItems)
	if ro.DryRun {
		if len(matches) > 0 {
			res.Queued++
			res.Items += len(matches)
			res.Planned = append(res.Planned, Planned{PartnerID: p.ID, To: p.DigestAddress(), Refs: refs(matches)})
		}
		return nil
	}
	if len(matches) > 0 {
		if err := r.queue(ctx, p, matches, now, loc); err != nil {
			return err
		}
		res.Queued++
		res.Items += len(matches)
	}
	return r.store.SetDigestChecked(ctx, p.ID, now)
}

func refs(ms []Match) []string {
	out := make([]string, len(ms))
	for i, mt := range ms {
		out[i] = mt.Opp.Ref()
	}
	return out
}

func (r *Runner) queue(ctx context.Context, p *rcp2p.Partner, ms []Match, now time.Time, loc *time.Location) error {
	d := &rcp2p.Digest{PartnerID: p.ID, To: p.DigestAddress(), Refs: refs(ms), State: rcp2p.DigestPending}
	ids := make([]int64, len(ms))
	for i, mt := range ms {
		ids[i] = mt.Opp.ID
	}
	render := func(digestID int64) (*rcp2p.OutMail, error) {
		return r.compose.Digest(p.DigestAddress(), r.View(ctx, p, ms, digestID, now, loc))
	}
	err := r.store.CreateDigest(ctx, d, ids, render)
	if err != nil {
		return fmt.Errorf("queue digest for %s: %w", p.ID, err)
	}
	return nil
}

// View builds what the templates show. digestID 0 (preview) still gets
// working addresses, signed for digest 0, which replies treat as unknown.
func (r *Runner) View(ctx context.Context, p *rcp2p.Partner, ms []Match, digestID int64, now time.Time, loc *time.Location) compose.DigestView {
	sign := func(k token.Kind, opp int64) string {
		return r.tokens.Sign(token.Token{Kind: k, DigestID: digestID, OpportunityID: opp}, now)
	}
	unsub := sign(token.Unsubscribe, 0)
	v := compose.DigestView{
		PartnerID: p.ID, Company: p.Company,
		Period:            periodLabel(p.Cadence, now.In(loc)),
		ReplyTo:           token.Address(r.opts.ServiceAddress, sign(token.Digest, 0)),
		UnsubscribeURL:    strings.TrimRight(r.opts.BaseURL, "/") + "/unsubscribe/" + unsub,
		UnsubscribeMailto: "mailto:" + token.Address(r.opts.ServiceAddress, unsub) + "?subject=unsubscribe",
	}
	for i, mt := range ms {
		o := mt.Opp
		addr := token.Address(r.opts.ServiceAddress, sign(token.Item, o.ID))
		v.Items = append(v.Items, compose.DigestItem{
			N: i + 1, Ref: o.Ref(), Title: o.Title, Summary: o.Description, Reason: mt.Reason(),
			Budget: budgetText(o.Budget), RespondBy: humanDate(o.RespondBy), Regions: strings.Join(o.Regions, ", "),
			Industry: o.Industry, Submitter: r.company(ctx, o.Submitter),
			InterestMailto: "mailto:" + addr + "?subject=" + url.PathEscape("Interested in "+o.Ref()+": "+o.Title) +
				"&body=" + url.PathEscape("I'm interested in "+o.Ref()+"."),
		})
	}
	return v
}

// company names the submitting partner; the id when it cannot be read.
// Names are cached for one run: a run reads each submitter once.
func (r *Runner) company(ctx context.Context, id string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if c, ok := r.companies[id]; ok {
		return c
	}
	name := id
	if p, err := r.store.Partner(ctx, id); err == nil {
		name = p.Company
	}
	r.companies[id] = name
	return name
}

func periodLabel(c rcp2p.Cadence, local time.Time) string {
	if c == rcp2p.Daily {
		return local.Format("Monday 2 January 2006")
	}
	return "week of " + local.Format("2 January 2006")
}

// humanDate writes 2027-02-10 as "10 February 2027", which no reader can
// take for 2 October.
func humanDate(d string) string {
	t, err := time.Parse(rcp2p.DateLayout, d)
	if err != nil {
		return d
	}
	return t.Format("2 January 2006")
}

func budgetText(b *rcp2p.Money) string {
	if b == nil {
		return ""
	}
	return b.String()
}

// Preview renders the digest p would get now, recording nothing.
func (r *Runner) Preview(ctx context.Context, p *rcp2p.Partner, now time.Time) (*rcp2p.OutMail, []Match, error) {
	m, err := r.matcher(ctx, now)
	if err != nil {
		return nil, nil, err
	}
	loc, today := r.clock(p, now)
	sent, err := r.store.SentOpportunities(ctx, p.ID)
	if err != nil {
		return nil, nil, err
	}
	ms := m.For(p, today, sent, r.opts.MaxItems)
	if len(ms) == 0 {
		return nil, nil, nil
	}
	mail, err := r.compose.Digest(p.DigestAddress(), r.View(ctx, p, ms, 0, now, loc))
	if err != nil {
		return nil, nil, fmt.Errorf("render preview: %w", err)
	}
	return mail, ms, nil
}
