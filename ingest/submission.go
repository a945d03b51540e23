package ingest

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"rcp2p"
	"rcp2p/compose"
)

// submission turns a registered contact's mail into an opportunity, or
// explains what was missing.
func (in *Ingester) submission(ctx context.Context, m *rcp2p.Message, p *Parsed, partner *rcp2p.Partner) (decision, error) {
	date := m.Date
	if date.IsZero() {
		date = m.ReceivedAt // relative dates need some anchor; the Date header is preferred
	}
	f := Extract(in.tax, p.Subject, headOf(p.Text), date)
	if len(f.Competencies) == 0 {
		d := decision{kind: rcp2p.KindNotUnderstood,
			outcome: "no competency found in the mail; the sender was told how to write a submission",
			errText: defectsText(p)}
		d.answer, d.counted = in.notice(m, p, rcp2p.MailReply, notUnderstoodView(p.Subject, in.tax.Competencies())), true
		return d, nil
	}
	o := &rcp2p.Opportunity{
		Title: f.Title, Description: summary(f.Description), Competencies: f.Competencies,
		Regions: f.Regions, Industry: f.Industry, Budget: f.Budget, RespondBy: f.RespondBy,
		Status: rcp2p.Open, Submitter: partner.ID, SubmitterEmail: p.From,
		MessageID: m.MessageID, MessageRow: m.ID,
	}
	if o.Title == "" {
		o.Title = "Opportunity from " + partner.Company
	}
	if err := in.step("opportunity"); err != nil {
		return decision{}, err
	}
	if err := in.store.CreateOpportunity(ctx, o); err != nil {
		return decision{}, fmt.Errorf("create opportunity: %w", err)
	}
	d := decision{kind: rcp2p.KindSubmission, ref: o.Ref(), errText: defectsText(p),
		outcome: fmt.Sprintf("opportunity %s created: %s", o.Ref(), strings.Join(o.Competencies, ", "))}
	d.answer = in.notice(m, p, rcp2p.MailAck, ackView(o, partner))
	return d, nil
}

// maxUnderstood bounds the text read for fields: what a partner needs to
// say fits in far less, and reading megabytes of text (a pasted log, a
// hostile mail) would hold up the loop.
const maxUnderstood = 128 << 10

// headOf returns at most maxUnderstood bytes of text, cut at a rune.
func headOf(text string) string {
	if len(text) <= maxUnderstood {
		return text
	}
	cut := maxUnderstood
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

var greeting = regexp.MustCompile(`(?i)^(hi|hello|hey|dear|hallo|liebe|sehr geehrte|bonjour|salut|hola|buenos días|ciao|buongiorno|olá|oi|hej|hoi|dag|cześć|dzień dobry|good (morning|afternoon))\b[^.!?\n]{0,40}[,!:]?$`)

// summary is the description partners see in digests: the fields are
// shown on their own, so the Key: Value lines and the greeting go.
func summary(desc string) string {
	var keep []string
	for i, line := range strings.Split(desc, "\n") {
		t := strings.TrimSpace(line)
		if _, _, f := splitKeyValue(t); f != kvNone {
			continue
		}
		if i == 0 && greeting.MatchString(t) {
			continue
		}
		keep = append(keep, line)
	}
	return strings.TrimSpace(strings.Join(keep, "\n"))
}

func ackView(o *rcp2p.Opportunity, partner *rcp2p.Partner) compose.NoticeView {
	facts := []compose.Fact{
		{Label: "Reference", Value: o.Ref()},
		{Label: "Title", Value: o.Title},
		{Label: "Competencies", Value: strings.Join(o.Competencies, ", ")},
		{Label: "Regions", Value: orAny(strings.Join(o.Regions, ", "))},
		{Label: "Industry", Value: orAny(o.Industry)},
		{Label: "Budget", Value: FormatMoney(o.Budget)},
		{Label: "Respond by", Value: orNone(o.RespondBy)},
	}
	return compose.NoticeView{
		Subject:  fmt.Sprintf("Received: %s (%s)", o.Title, o.Ref()),
		Greeting: "Hello " + partner.Company + ",",
		Paragraphs: []string{
			"Thank you: your opportunity is in, and partners whose competencies, regions and budget fit will see it in their next digest.",
			"This is what we understood. If something is wrong, send the opportunity again with lines such as \"Competencies: Security\", \"Region: Germany\", \"Budget: EUR 40,000\", \"Respond by: 2027-01-15\".",
			"To take it down, reply with \"withdraw " + o.Ref() + "\" or \"close " + o.Ref() + "\".",
		},
		Facts:   facts,
		Closing: "RCP2P Inbox",
	}
}

func notUnderstoodView(subject string, competencies []string) compose.NoticeView {
	return compose.NoticeView{
		Subject:  "We could not read your opportunity: " + subject,
		Greeting: "Hello,",
		Paragraphs: []string{
			"We received your mail but found no competency in it, so we could not turn it into an opportunity for other partners.",
			"Please send it again and name the skills you need, one field per line, as in the example below.",
			"Competencies we know: " + strings.Join(competencies, ", ") + ". Product names work too (Power BI, Intune, Business Central, Sentinel…).",
		},
		Facts: []compose.Fact{
			{Label: "Competencies", Value: "Data Analytics, Security"},
			{Label: "Region", Value: "Germany"},
			{Label: "Industry", Value: "Healthcare"},
			{Label: "Budget", Value: "EUR 40,000"},
			{Label: "Respond by", Value: "2027-01-15"},
		},
		Closing: "RCP2P Inbox",
	}
}

// FormatMoney prints a budget for people: "EUR 40,000" or "not given".
func FormatMoney(m *rcp2p.Money) string {
	if m == nil {
		return "not given"
	}
	return m.String()
}

func orAny(s string) string {
	if s == "" {
		return "any"
	}
	return s
}

func orNone(s string) string {
	if s == "" {
		return "not given"
	}
	return s
}
