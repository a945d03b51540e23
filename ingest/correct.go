package ingest

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"rcp2p"
)

// ackRow reads the message row out of an acknowledgement's Message-ID
// ("ack-12@domain", see notice).
func ackRow(messageID string) (int64, bool) {
	rest, ok := strings.CutPrefix(messageID, rcp2p.MailAck+"-")
	if !ok {
		return 0, false
	}
	num, _, _ := strings.Cut(rest, "@")
	n, err := strconv.ParseInt(num, 10, 64)
	return n, err == nil && n > 0
}

// correct applies what a submitter wrote in reply to an acknowledgement:
// fields it names replace the understood ones (competencies are added, so
// that "also Security" does not drop the others). ok is false when the
// reply changes nothing.
func (in *Ingester) correct(ctx context.Context, m *rcp2p.Message, p *Parsed, partner *rcp2p.Partner, row int64, newText string) (decision, bool, error) {
	o, err := in.store.OpportunityByMessage(ctx, row)
	if err != nil || o.Submitter != partner.ID || o.Status != rcp2p.Open {
		return decision{}, false, nil
	}
	date := m.Date
	if date.IsZero() {
		date = m.ReceivedAt
	}
	f := Extract(in.tax, "", headOf(newText), date)
	var changed []string
	for _, c := range f.Competencies {
		if !slices.Contains(o.Competencies, c) {
			o.Competencies = append(o.Competencies, c)
			changed = append(changed, "competencies")
		}
	}
	if len(f.Regions) > 0 && !slices.Equal(f.Regions, o.Regions) {
		o.Regions, changed = f.Regions, append(changed, "regions")
	}
	if f.Industry != "" && f.Industry != o.Industry {
		o.Industry, changed = f.Industry, append(changed, "industry")
	}
	if f.Budget != nil && (o.Budget == nil || *f.Budget != *o.Budget) {
		o.Budget, changed = f.Budget, append(changed, "budget")
	}
	if f.RespondBy != "" && f.RespondBy != o.RespondBy {
		o.RespondBy, changed = f.RespondBy, append(changed, "respond-by date")
	}
	if len(changed) == 0 {
		return decision{}, false, nil
	}
	if err := in.store.CorrectOpportunity(ctx, o); err != nil {
		return decision{}, true, err
	}
	changed = slices.Compact(changed)
	v := ackView(o, partner)
	v.Subject = fmt.Sprintf("Updated: %s (%s)", o.Title, o.Ref())
	v.Paragraphs = append([]string{"We updated " + o.Ref() + " (" + strings.Join(changed, ", ") + "). This is what partners will see now."}, v.Paragraphs[1:]...)
	d := decision{kind: rcp2p.KindReply, ref: o.Ref(),
		outcome: "correction of " + o.Ref() + " by " + partner.ID + ": " + strings.Join(changed, ", ")}
	d.answer = in.notice(m, p, rcp2p.MailAck, v)
	return d, true, nil
}
