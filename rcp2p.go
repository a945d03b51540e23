// Package rcp2p holds the domain types of RCP2P Inbox: partners, opportunities,
// messages, interests, digests and outgoing mail. It imports nothing of ours so
// that every other package may import it.
package rcp2p

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Sentinel errors shared by every package.
var (
	// ErrNotFound is returned (wrapped) when a row does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid is returned (wrapped) when a value fails validation.
	ErrInvalid = errors.New("invalid")
)

// DateLayout is the layout of civil dates (respond-by, paused-until) in
// storage, JSON and CLI output.
const DateLayout = "2006-01-02"

// Level is how strong a partner is in a competency.
type Level string

// Competency levels. Gold counts more than silver when ranking.
const (
	Gold   Level = "gold"
	Silver Level = "silver"
)

// Competency is one competency a partner holds, with its level.
type Competency struct {
	Name  string `json:"name"`
	Level Level  `json:"level"`
}

// Cadence is how often a partner wants a digest.
type Cadence string

// Digest cadences.
const (
	Weekly Cadence = "weekly"
	Daily  Cadence = "daily"
	Off    Cadence = "off"
)

// PartnerStatus says whether a partner receives digests.
type PartnerStatus string

// Partner statuses.
const (
	Active       PartnerStatus = "active"
	Paused       PartnerStatus = "paused"
	Unsubscribed PartnerStatus = "unsubscribed"
	Bouncing     PartnerStatus = "bouncing"
)

// Partner is a member company. Emails[0] receives digests; every address may
// submit and reply.
type Partner struct {
	ID           string
	Company      string
	Emails       []string
	Competencies []Competency
	Regions      []string
	Industries   []string
	MinBudget    float64 // in digest.currency
	Cadence      Cadence
	Timezone     string // IANA name
	Status       PartnerStatus
	PausedUntil  string // YYYY-MM-DD or ""
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// DigestAddress is the contact that receives digests.
func (p *Partner) DigestAddress() string {
	if len(p.Emails) == 0 {
		return ""
	}
	return p.Emails[0]
}

// Level returns the partner's level in the named competency, or "" when it
// does not hold it.
func (p *Partner) Level(competency string) Level {
	for _, c := range p.Competencies {
		if strings.EqualFold(c.Name, competency) {
			return c.Level
		}
	}
	return ""
}

// Location loads the partner's timezone, UTC when empty.
func (p *Partner) Location() (*time.Location, error) {
	if p.Timezone == "" {
		return time.UTC, nil
	}
	loc, err := time.LoadLocation(p.Timezone)
	if err != nil {
		return nil, fmt.Errorf("partner %s timezone %q: %w", p.ID, p.Timezone, ErrInvalid)
	}
	return loc, nil
}

// Validate checks the fields that every stored partner must have.
func (p *Partner) Validate() error {
	var errs []error
	if strings.TrimSpace(p.ID) == "" {
		errs = append(errs, errors.New("id is empty"))
	}
	if strings.TrimSpace(p.Company) == "" {
		errs = append(errs, errors.New("company is empty"))
	}
	if len(p.Emails) == 0 {
		errs = append(errs, errors.New("no email address"))
	}
	if len(p.Competencies) == 0 {
		errs = append(errs, errors.New("no competency"))
	}
	for _, c := range p.Competencies {
		if c.Level != Gold && c.Level != Silver {
			errs = append(errs, fmt.Errorf("competency %q: level %q is not gold or silver", c.Name, c.Level))
		}
	}
	switch p.Cadence {
	case Weekly, Daily, Off:
	default:
		errs = append(errs, fmt.Errorf("cadence %q is not weekly, daily or off", p.Cadence))
	}
	if p.MinBudget < 0 {
		errs = append(errs, errors.New("min_budget is negative"))
	}
	if _, err := time.LoadLocation(p.Timezone); err != nil {
		errs = append(errs, fmt.Errorf("timezone %q is not an IANA timezone", p.Timezone))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return nil
}

// OppStatus is an opportunity's life-cycle state.
type OppStatus string

// Opportunity statuses.
const (
	Open      OppStatus = "open"
	Closed    OppStatus = "closed"
	Withdrawn OppStatus = "withdrawn"
	Expired   OppStatus = "expired"
)

// Money is an amount in major units of an ISO 4217 currency.
type Money struct {
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
}

// String prints the amount for people: "EUR 40,000" (cents only when there
// are any).
func (m Money) String() string {
	whole := strconv.FormatFloat(math.Abs(m.Amount), 'f', 2, 64)
	whole = strings.TrimSuffix(whole, ".00")
	intPart, frac, _ := strings.Cut(whole, ".")
	var b strings.Builder
	if m.Amount < 0 {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return m.Currency + " " + b.String()
}

// Opportunity is work a partner needs help with.
type Opportunity struct {
	ID             int64
	Title          string
	Description    string
	Competencies   []string
	Regions        []string
	Industry       string
	Budget         *Money
	RespondBy      string // YYYY-MM-DD or ""; open for the whole of that day
	Status         OppStatus
	Submitter      string // partner id
	SubmitterEmail string
	MessageID      string // Message-ID of the source mail, no angle brackets
	MessageRow     int64  // id of the stored source message
	CreatedAt      time.Time
}

// Ref is the public reference, OPP-<n>.
func (o *Opportunity) Ref() string { return FormatRef(o.ID) }

// FormatRef turns an opportunity id into its ref.
func FormatRef(id int64) string { return fmt.Sprintf("OPP-%d", id) }

// ParseRef reads "OPP-17" (any case, spaces or no dash allowed) into 17.
func ParseRef(s string) (int64, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if !strings.HasPrefix(s, "OPP") {
		return 0, false
	}
	s = strings.TrimLeft(s[3:], "- #")
	if s == "" || len(s) > 15 {
		return 0, false
	}
	var n int64
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int64(r-'0')
	}
	return n, n > 0
}

// Kind is how an incoming message was classified.
type Kind string

// Message kinds, as in DESIGN.md. KindPending marks a message stored but not
// yet processed.
const (
	KindPending       Kind = ""
	KindSubmission    Kind = "submission"
	KindReply         Kind = "reply"
	KindCommand       Kind = "command"
	KindAutoReply     Kind = "auto_reply"
	KindBounce        Kind = "bounce"
	KindBulk          Kind = "bulk"
	KindUnknownSender Kind = "unknown_sender"
	KindDMARCFail     Kind = "dmarc_fail"
	KindNotUnderstood Kind = "not_understood"
	KindTooLarge      Kind = "too_large"
)

// Message is one stored incoming mail and what was decided about it.
type Message struct {
	ID          int64
	Mailbox     string
	UIDValidity uint32
	UID         uint32
	MessageID   string // without angle brackets; synthesised when missing
	From        string // bare address, lower case
	Subject     string
	Date        time.Time // the Date header; zero when missing or unreadable
	ReceivedAt  time.Time
	Size        int64 // size on the server
	Truncated   bool  // Raw holds only the headers: the message was too large
	Raw         []byte
	Kind        Kind
	Outcome     string // human-readable decision
	Error       string // what went wrong, if anything
	Ref         string // opportunity concerned, if any
	ProcessedAt *time.Time
}

// Interest is a partner's wish to work on an opportunity.
type Interest struct {
	ID            int64
	OpportunityID int64
	PartnerID     string
	Email         string
	MessageRow    int64
	CreatedAt     time.Time
	IntroducedAt  *time.Time
}

// Digest states.
const (
	DigestPending = "pending"
	DigestSent    = "sent"
	DigestFailed  = "failed"
)

// Digest is one email to one partner listing matched opportunities.
type Digest struct {
	ID        int64
	PartnerID string
	To        string
	Refs      []string
	State     string
	Attempts  int
	Error     string
	MessageID string
	OutboxID  int64
	CreatedAt time.Time
	SentAt    *time.Time
}

// Outgoing mail kinds.
const (
	MailDigest       = "digest"
	MailReply        = "reply" // an answer to a person: error, rejection
	MailAck          = "ack"   // acknowledgement of a submission
	MailIntroduction = "introduction"
	MailConfirmation = "confirmation"
)

// Outbox states.
const (
	OutboxPending = "pending"
	OutboxSent    = "sent"
	OutboxFailed  = "failed" // permanent failure or attempts exhausted
)

// OutMail is a fully rendered mail waiting in, or sent from, the outbox.
type OutMail struct {
	ID            int64
	Kind          string
	To            []string
	Cc            []string
	Subject       string
	Headers       map[string]string // extra headers: Reply-To, List-*, Auto-Submitted, In-Reply-To…
	Text          string
	HTML          string
	MessageID     string // without angle brackets
	State         string
	Attempts      int
	Error         string
	NextAttemptAt time.Time
	CreatedAt     time.Time
	SentAt        *time.Time
}
