package ingest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"rcp2p"
	"rcp2p/compose"
)

// notice builds an answer to m; the Message-ID is derived from the message
// row so that reprocessing never queues a second copy.
func (in *Ingester) notice(m *rcp2p.Message, p *Parsed, kind string, v compose.NoticeView) *rcp2p.OutMail {
	refs := append(append([]string{}, p.References...), p.MessageID)
	if p.MessageID == "" {
		refs = p.References
	}
	auto := "auto-replied"
	out, err := in.compose.Notice(compose.NoticeOptions{
		Kind: kind, To: []string{p.From}, InReplyTo: p.MessageID, References: refs,
		AutoSubmitted: auto,
	}, v)
	if err != nil {
		in.log.Error("compose_answer_failed", "message_row", m.ID, "err", err)
		return nil
	}
	out.MessageID = fmt.Sprintf("%s-%d@%s", kind, m.ID, domainOf(in.opts.ServiceAddress))
	return out
}

func domainOf(addr string) string {
	_, d, _ := strings.Cut(addr, "@")
	return d
}

// answer queues d.answer unless the address may not be answered or has had
// its share of error replies today.
func (in *Ingester) answer(ctx context.Context, m *rcp2p.Message, d *decision) error {
	to := d.answer.To[0]
	if !in.mayAnswer(to) {
		d.outcome += "; not answered (" + to + " is not a person's address)"
		return nil
	}
	if d.counted {
		since := in.opts.Now().Add(-24 * time.Hour)
		n, err := in.store.CountMailTo(ctx, to, since, []string{rcp2p.MailReply})
		if err != nil {
			return err
		}
		if n >= in.opts.MaxRepliesPerDay {
			d.outcome += fmt.Sprintf("; not answered (already %d replies to %s today)", n, to)
			return nil
		}
	}
	if err := in.step("answer"); err != nil {
		return err
	}
	if err := in.store.EnqueueMail(ctx, d.answer); err != nil {
		return fmt.Errorf("queue answer: %w", err)
	}
	d.outcome += "; answered"
	return nil
}

func (in *Ingester) unknownSender(m *rcp2p.Message, p *Parsed) decision {
	d := decision{kind: rcp2p.KindUnknownSender, counted: true,
		outcome: p.From + " is not a registered partner contact; nothing created", errText: defectsText(p)}
	d.answer = in.notice(m, p, rcp2p.MailReply, compose.NoticeView{
		Subject:  "Your mail to RCP2P Inbox was not used: " + p.Subject,
		Greeting: "Hello,",
		Paragraphs: []string{
			"This address shares opportunities between registered partner companies. We did not find " + p.From + " among the contacts of any registered partner, so your mail was kept but not shared.",
			"If your company is a member, ask your partner association to add this address to your company's contacts, then send your mail again. If you wrote from a personal address, please write from your company address.",
		},
		Closing: "RCP2P Inbox",
	})
	return d
}

func (in *Ingester) tooLarge(m *rcp2p.Message, p *Parsed) decision {
	d := decision{kind: rcp2p.KindTooLarge, counted: true,
		outcome: fmt.Sprintf("message of %d bytes is above the %d byte limit; headers kept", m.Size, in.opts.MaxMessageBytes)}
	if p.From == "" || in.isService(p.From) {
		return d
	}
	if _, _, auto := automated(p); auto || dmarcFailed(p, in.opts.TrustedAuthservID) {
		return d
	}
	d.answer = in.notice(m, p, rcp2p.MailReply, compose.NoticeView{
		Subject:  "Your mail to RCP2P Inbox was too large: " + p.Subject,
		Greeting: "Hello,",
		Paragraphs: []string{
			fmt.Sprintf("Your mail was %s, above our limit of %s, so we could not read it.", humanBytes(m.Size), humanBytes(in.opts.MaxMessageBytes)),
			"Please send the opportunity again as plain text, without large attachments: the description, the competencies you need, the region, the budget and the date to respond by are enough.",
		},
		Closing: "RCP2P Inbox",
	})
	return d
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
