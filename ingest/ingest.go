package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"rcp2p"
	"rcp2p/compose"
	"rcp2p/taxonomy"
	"rcp2p/token"
)

// Store is what ingest needs from storage; *store.DB satisfies it.
type Store interface {
	MailboxState(ctx context.Context, mailbox string) (uidValidity, lastUID uint32, err error)
	SetMailboxState(ctx context.Context, mailbox string, uidValidity, lastUID uint32) error
	InsertMessage(ctx context.Context, m *rcp2p.Message) (id int64, dup bool, err error)
	Message(ctx context.Context, id int64) (*rcp2p.Message, error)
	UnprocessedMessages(ctx context.Context) ([]int64, error)
	RecordOutcome(ctx context.Context, id int64, kind rcp2p.Kind, outcome, errText, ref string) error
	PartnerByEmail(ctx context.Context, email string) (*rcp2p.Partner, error)
	CreateOpportunity(ctx context.Context, o *rcp2p.Opportunity) error
	EnqueueMail(ctx context.Context, m *rcp2p.OutMail) error
	CountMailTo(ctx context.Context, addr string, since time.Time, kinds []string) (int, error)
	SetPartnerStatus(ctx context.Context, id string, status rcp2p.PartnerStatus, pausedUntil string) error
	SetPartnerCadence(ctx context.Context, id string, c rcp2p.Cadence) error
	Opportunity(ctx context.Context, id int64) (*rcp2p.Opportunity, error)
	SetOpportunityStatus(ctx context.Context, id int64, status rcp2p.OppStatus) error
	MailSent(ctx context.Context, messageID string) (bool, error)
	Partner(ctx context.Context, id string) (*rcp2p.Partner, error)
	Digest(ctx context.Context, id int64) (*rcp2p.Digest, error)
	DigestByMessageID(ctx context.Context, messageID string) (*rcp2p.Digest, error)
	AddInterest(ctx context.Context, i *rcp2p.Interest) (created bool, err error)
	MarkIntroduced(ctx context.Context, id int64, at time.Time) error
	OpenOpportunitiesOf(ctx context.Context, partnerID string) ([]*rcp2p.Opportunity, error)
	OpportunityByMessage(ctx context.Context, messageRow int64) (*rcp2p.Opportunity, error)
	CorrectOpportunity(ctx context.Context, o *rcp2p.Opportunity) error
}

// Options configures an Ingester.
type Options struct {
	Mailbox           string
	ServiceAddress    string // the shared address; mail from it is never answered
	TrustedAuthservID string // ingest.trusted_authserv_id
	MaxMessageBytes   int64
	MaxRepliesPerDay  int
	Now               func() time.Time
	Logger            *slog.Logger
}

// Ingester classifies stored messages and acts on them.
type Ingester struct {
	store    Store
	tax      *taxonomy.Taxonomy
	compose  *compose.Composer
	tokens   *token.Signer
	opts     Options
	log      *slog.Logger
	failStep string // tests: fail deliberately after this step
}

// New returns an Ingester.
func New(st Store, tax *taxonomy.Taxonomy, c *compose.Composer, tokens *token.Signer, o Options) *Ingester {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Mailbox == "" {
		o.Mailbox = "INBOX"
	}
	return &Ingester{store: st, tax: tax, compose: c, tokens: tokens, opts: o, log: o.Logger}
}

// errInjected is returned by a deliberately failed step in tests.
var errInjected = errors.New("injected failure")

func (in *Ingester) step(name string) error {
	if in.failStep == "panic-"+name {
		panic("injected panic at " + name)
	}
	if in.failStep == name {
		return fmt.Errorf("%s: %w", name, errInjected)
	}
	return nil
}

// decision is what processing a message decided.
type decision struct {
	kind    rcp2p.Kind
	outcome string
	errText string
	ref     string
	answer  *rcp2p.OutMail // a mail to send back, if any
	counted bool           // the answer counts against the per-address limit
}

// Process decides what a stored message is and acts on it. It is
// idempotent: running it again on the same message changes nothing visible
// (opportunities are unique per message, answers per Message-ID).
func (in *Ingester) Process(ctx context.Context, id int64) error {
	m, err := in.store.Message(ctx, id)
	if err != nil {
		return fmt.Errorf("load message %d: %w", id, err)
	}
	return in.process(ctx, m, Parse(m.Raw))
}

// process acts on a stored message m (m.ID set) already parsed into p.
func (in *Ingester) process(ctx context.Context, m *rcp2p.Message, p *Parsed) error {
	id := m.ID
	d, err := in.decide(ctx, m, p)
	if err != nil {
		return fmt.Errorf("process message %d: %w", id, err)
	}
	if d.answer != nil {
		if err := in.answer(ctx, m, &d); err != nil {
			return fmt.Errorf("answer message %d: %w", id, err)
		}
	}
	if err := in.step("record"); err != nil {
		return err
	}
	if err := in.store.RecordOutcome(ctx, id, d.kind, d.outcome, d.errText, d.ref); err != nil {
		return fmt.Errorf("record outcome of message %d: %w", id, err)
	}
	in.log.Info("message_processed", "message_row", id, "message_id", m.MessageID,
		"kind", string(d.kind), "outcome", d.outcome, "ref", d.ref)
	return nil
}

func (in *Ingester) decide(ctx context.Context, m *rcp2p.Message, p *Parsed) (decision, error) {
	if m.Truncated {
		return in.tooLarge(m, p), nil
	}
	if p.From == "" {
		return decision{kind: rcp2p.KindNotUnderstood, outcome: "no readable sender, not answered",
			errText: strings.Join(append([]string{"no From address"}, p.Defects...), "; ")}, nil
	}
	if in.isService(p.From) {
		return decision{kind: rcp2p.KindAutoReply, outcome: "sent from the service's own address (loop protection), not answered"}, nil
	}
	if kind, outcome, ok := automated(p); ok && !in.toUnsubscribe(p) {
		d := decision{kind: kind, outcome: outcome}
		if kind == rcp2p.KindBounce {
			return in.bounced(ctx, p, d)
		}
		return d, nil
	}
	if dmarcFailed(p, in.opts.TrustedAuthservID) {
		return decision{kind: rcp2p.KindDMARCFail,
			outcome: "From " + p.From + " failed DMARC at " + in.opts.TrustedAuthservID + "; not believed, not answered"}, nil
	}
	partner, err := in.store.PartnerByEmail(ctx, p.From)
	if errors.Is(err, rcp2p.ErrNotFound) {
		return in.unknownSender(m, p), nil
	}
	if err != nil {
		return decision{}, err
	}
	if d, ok, err := in.replyOrCommand(ctx, m, p, partner); ok || err != nil {
		return d, err
	}
	return in.submission(ctx, m, p, partner)
}

// toUnsubscribe reports mail sent to a digest's List-Unsubscribe address:
// mail clients send it by themselves (Gmail's unsubscribe button), so it
// may look automatic, yet it is the partner's own request.
func (in *Ingester) toUnsubscribe(p *Parsed) bool {
	tag, ok := in.tokenTag(p)
	if !ok {
		return false
	}
	tok, err := in.tokens.Verify(tag, in.opts.Now())
	return err == nil && tok.Kind == token.Unsubscribe
}

func (in *Ingester) isService(addr string) bool {
	svc := strings.ToLower(in.opts.ServiceAddress)
	if addr == svc {
		return true
	}
	_, ok := token.FromAddress(addr, svc)
	return ok
}

// mayAnswer reports whether a person may get an answer at addr at all.
func (in *Ingester) mayAnswer(addr string) bool {
	return addr != "" && !isDaemon(addr) && !isNoReply(addr) && !in.isService(addr)
}

func defectsText(p *Parsed) string { return strings.Join(p.Defects, "; ") }
