package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"rcp2p"
)

// JSON records, with the keys of DESIGN.md.
type (
	partnerJSON struct {
		ID           string             `json:"id"`
		Company      string             `json:"company"`
		Emails       []string           `json:"emails"`
		Competencies []rcp2p.Competency `json:"competencies"`
		Regions      []string           `json:"regions"`
		Industries   []string           `json:"industries"`
		MinBudget    float64            `json:"min_budget"`
		Cadence      string             `json:"cadence"`
		Timezone     string             `json:"timezone"`
		Status       string             `json:"status"`
		PausedUntil  *string            `json:"paused_until"`
	}
	opportunityJSON struct {
		Ref          string       `json:"ref"`
		Title        string       `json:"title"`
		Submitter    string       `json:"submitter"`
		Competencies []string     `json:"competencies"`
		Regions      []string     `json:"regions"`
		Industry     string       `json:"industry"`
		Budget       *rcp2p.Money `json:"budget"`
		RespondBy    *string      `json:"respond_by"`
		Status       string       `json:"status"`
		CreatedAt    string       `json:"created_at"`
		MessageID    string       `json:"message_id"`
	}
	messageJSON struct {
		ID         int64   `json:"id"`
		MessageID  string  `json:"message_id"`
		From       string  `json:"from"`
		Subject    string  `json:"subject"`
		ReceivedAt string  `json:"received_at"`
		Kind       string  `json:"kind"`
		Outcome    string  `json:"outcome"`
		Ref        *string `json:"ref"`
		Error      *string `json:"error"`
	}
	interestJSON struct {
		Opportunity  string  `json:"opportunity"`
		Partner      string  `json:"partner"`
		Email        string  `json:"email"`
		CreatedAt    string  `json:"created_at"`
		IntroducedAt *string `json:"introduced_at"`
	}
	digestJSON struct {
		ID        int64    `json:"id"`
		Partner   string   `json:"partner"`
		To        string   `json:"to"`
		Refs      []string `json:"refs"`
		State     string   `json:"state"`
		Attempts  int      `json:"attempts"`
		Error     *string  `json:"error"`
		MessageID string   `json:"message_id"`
		SentAt    *string  `json:"sent_at"`
	}
)

func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func timeJSON(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func timePtr(t *time.Time) *string {
	if t == nil || t.IsZero() {
		return nil
	}
	s := timeJSON(*t)
	return &s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (m *Main) writeJSON(v any) error {
	enc := json.NewEncoder(m.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// table prints rows aligned; the first row is the header.
func (m *Main) table(rows [][]string) error {
	w := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	for _, r := range rows {
		for i, c := range r {
			r[i] = strings.Join(strings.Fields(c), " ")
		}
		fmt.Fprintln(w, strings.Join(r, "\t"))
	}
	return w.Flush()
}

func (m *Main) printPartners(ps []*rcp2p.Partner) error {
	if m.jsonOut {
		out := make([]partnerJSON, 0, len(ps))
		for _, p := range ps {
			out = append(out, partnerJSON{ID: p.ID, Company: p.Company, Emails: nonNil(p.Emails),
				Competencies: nonNil(p.Competencies), Regions: nonNil(p.Regions), Industries: nonNil(p.Industries),
				MinBudget: p.MinBudget, Cadence: string(p.Cadence), Timezone: p.Timezone,
				Status: string(p.Status), PausedUntil: orNull(p.PausedUntil)})
		}
		return m.writeJSON(out)
	}
	rows := [][]string{{"ID", "COMPANY", "STATUS", "CADENCE", "TIMEZONE", "COMPETENCIES", "REGIONS", "EMAILS"}}
	for _, p := range ps {
		comps := make([]string, len(p.Competencies))
		for i, c := range p.Competencies {
			comps[i] = c.Name + ":" + string(c.Level)
		}
		rows = append(rows, []string{p.ID, p.Company, string(p.Status), string(p.Cadence), p.Timezone,
			strings.Join(comps, ";"), strings.Join(p.Regions, ";"), strings.Join(p.Emails, ";")})
	}
	return m.table(rows)
}

func (m *Main) printOpportunities(os []*rcp2p.Opportunity) error {
	if m.jsonOut {
		out := make([]opportunityJSON, 0, len(os))
		for _, o := range os {
			out = append(out, opportunityJSON{Ref: o.Ref(), Title: o.Title, Submitter: o.Submitter,
				Competencies: nonNil(o.Competencies), Regions: nonNil(o.Regions), Industry: o.Industry,
				Budget: o.Budget, RespondBy: orNull(o.RespondBy), Status: string(o.Status),
				CreatedAt: timeJSON(o.CreatedAt), MessageID: o.MessageID})
		}
		return m.writeJSON(out)
	}
	rows := [][]string{{"REF", "STATUS", "SUBMITTER", "TITLE", "COMPETENCIES", "REGIONS", "BUDGET", "RESPOND BY"}}
	for _, o := range os {
		budget := ""
		if o.Budget != nil {
			budget = o.Budget.String()
		}
		rows = append(rows, []string{o.Ref(), string(o.Status), o.Submitter, clip(o.Title, 50),
			strings.Join(o.Competencies, ";"), strings.Join(o.Regions, ";"), budget, o.RespondBy})
	}
	return m.table(rows)
}

func toMessageJSON(x *rcp2p.Message) messageJSON {
	return messageJSON{ID: x.ID, MessageID: x.MessageID, From: x.From, Subject: x.Subject,
		ReceivedAt: timeJSON(x.ReceivedAt), Kind: string(x.Kind), Outcome: x.Outcome,
		Ref: orNull(x.Ref), Error: orNull(x.Error)}
}

func (m *Main) printMessages(ms []*rcp2p.Message) error {
	if m.jsonOut {
		out := make([]messageJSON, 0, len(ms))
		for _, x := range ms {
			out = append(out, toMessageJSON(x))
		}
		return m.writeJSON(out)
	}
	rows := [][]string{{"ID", "RECEIVED", "KIND", "FROM", "SUBJECT", "OUTCOME"}}
	for _, x := range ms {
		kind := string(x.Kind)
		if kind == "" {
			kind = "(pending)"
		}
		rows = append(rows, []string{fmt.Sprint(x.ID), x.ReceivedAt.UTC().Format("2006-01-02 15:04"), kind,
			x.From, clip(x.Subject, 40), clip(x.Outcome, 70)})
	}
	return m.table(rows)
}

func (m *Main) showMessage(x *rcp2p.Message) error {
	if m.jsonOut {
		return m.writeJSON([]messageJSON{toMessageJSON(x)})
	}
	fmt.Fprintf(m.Stdout, "ID:          %d\nMailbox:     %s (UIDVALIDITY %d, UID %d)\nMessage-ID:  %s\nFrom:        %s\nSubject:     %s\nReceived:    %s\nSize:        %d bytes\nKind:        %s\nOutcome:     %s\n",
		x.ID, x.Mailbox, x.UIDValidity, x.UID, x.MessageID, x.From, x.Subject, timeJSON(x.ReceivedAt), x.Size, x.Kind, x.Outcome)
	if x.Ref != "" {
		fmt.Fprintf(m.Stdout, "Ref:         %s\n", x.Ref)
	}
	if x.Error != "" {
		fmt.Fprintf(m.Stdout, "Error:       %s\n", x.Error)
	}
	if x.Truncated {
		fmt.Fprintln(m.Stdout, "Stored:      headers only (too large)")
	}
	fmt.Fprintf(m.Stdout, "\n----- raw message -----\n%s\n", x.Raw)
	return nil
}

func (m *Main) printInterests(is []*rcp2p.Interest) error {
	if m.jsonOut {
		out := make([]interestJSON, 0, len(is))
		for _, i := range is {
			out = append(out, interestJSON{Opportunity: rcp2p.FormatRef(i.OpportunityID), Partner: i.PartnerID,
				Email: i.Email, CreatedAt: timeJSON(i.CreatedAt), IntroducedAt: timePtr(i.IntroducedAt)})
		}
		return m.writeJSON(out)
	}
	rows := [][]string{{"OPPORTUNITY", "PARTNER", "EMAIL", "CREATED", "INTRODUCED"}}
	for _, i := range is {
		intro := ""
		if i.IntroducedAt != nil {
			intro = timeJSON(*i.IntroducedAt)
		}
		rows = append(rows, []string{rcp2p.FormatRef(i.OpportunityID), i.PartnerID, i.Email, timeJSON(i.CreatedAt), intro})
	}
	return m.table(rows)
}

func (m *Main) printDigests(ds []*rcp2p.Digest) error {
	if m.jsonOut {
		out := make([]digestJSON, 0, len(ds))
		for _, d := range ds {
			out = append(out, digestJSON{ID: d.ID, Partner: d.PartnerID, To: d.To, Refs: nonNil(d.Refs),
				State: d.State, Attempts: d.Attempts, Error: orNull(d.Error), MessageID: d.MessageID, SentAt: timePtr(d.SentAt)})
		}
		return m.writeJSON(out)
	}
	rows := [][]string{{"ID", "PARTNER", "TO", "STATE", "ATTEMPTS", "SENT", "REFS"}}
	for _, d := range ds {
		sent := ""
		if d.SentAt != nil {
			sent = timeJSON(*d.SentAt)
		}
		rows = append(rows, []string{fmt.Sprint(d.ID), d.PartnerID, d.To, d.State, fmt.Sprint(d.Attempts), sent, strings.Join(d.Refs, ",")})
	}
	return m.table(rows)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
