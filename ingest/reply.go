package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"rcp2p"
	"rcp2p/token"
)

// replyOrCommand handles replies to the service's own mail, interest
// named by OPP reference in a fresh mail, and email commands. ok is false
// when the message is none of these (a submission, then).
func (in *Ingester) replyOrCommand(ctx context.Context, m *rcp2p.Message, p *Parsed, partner *rcp2p.Partner) (decision, bool, error) {
	newText := NewText(p.Text)
	if tag, tagged := in.tokenTag(p); tagged {
		// A token that is present but invalid is never rescued by In-Reply-To.
		rc, err := in.fromToken(ctx, tag)
		if err != nil {
			d := decision{kind: rcp2p.KindReply, counted: true, errText: err.Error(),
				outcome: "reply with a token that does not verify; nothing recorded"}
			d.answer = in.notice(m, p, rcp2p.MailReply, badTokenView(p.Subject))
			return d, true, nil
		}
		return in.reply(ctx, m, p, partner, rc, newText)
	}
	for _, id := range append(append([]string{}, p.InReplyTo...), p.References...) {
		d, err := in.store.DigestByMessageID(ctx, id)
		if err == nil {
			return in.reply(ctx, m, p, partner, replyContext{via: "In-Reply-To a digest", digest: d}, newText)
		}
		if !errors.Is(err, rcp2p.ErrNotFound) {
			return decision{}, false, err
		}
		sent, err := in.store.MailSent(ctx, id)
		if err != nil {
			return decision{}, false, err
		}
		if sent {
			rc := replyContext{via: "In-Reply-To our mail " + id}
			rc.ackRow, _ = ackRow(id)
			return in.reply(ctx, m, p, partner, rc, newText)
		}
	}
	if c, ok := parseCommand(p.Subject, newText); ok {
		d, err := in.runCommand(ctx, m, p, partner, c)
		return d, true, err
	}
	if namesRef(p.Subject, newText) {
		d, err := in.interest(ctx, m, p, partner, replyContext{via: "OPP reference in a new mail"}, p.Subject+"\n"+newText)
		return d, true, err
	}
	return decision{}, false, nil
}

// namesRef: a short new mail, or one whose subject or first line names an
// OPP-n, is about that opportunity rather than a new submission.
func namesRef(subject, newText string) bool {
	if refText.MatchString(subject) || refText.MatchString(firstLine(newText)) {
		return true
	}
	return len(newText) < 400 && refText.MatchString(newText)
}

// fromToken verifies a plus-address token and loads what it names.
func (in *Ingester) fromToken(ctx context.Context, tag string) (replyContext, error) {
	tok, err := in.tokens.Verify(tag, in.opts.Now())
	if err != nil {
		return replyContext{}, err
	}
	d, err := in.store.Digest(ctx, tok.DigestID)
	if errors.Is(err, rcp2p.ErrNotFound) {
		return replyContext{}, &token.Error{Reason: "names no digest"}
	}
	if err != nil {
		return replyContext{}, err
	}
	rc := replyContext{via: fmt.Sprintf("%s link of digest %d", tok.Kind, tok.DigestID), digest: d}
	if tok.Kind == token.Item {
		rc.item = tok.OpportunityID
	}
	return rc, nil
}

// tokenTag finds a plus-address tag among the recipients.
func (in *Ingester) tokenTag(p *Parsed) (string, bool) {
	rcpts := append(append([]string{}, p.To...), p.Cc...)
	for _, h := range []string{"Delivered-To", "X-Original-To", "Envelope-To"} {
		if a := looseAddress(p.Header(h)); a != "" {
			rcpts = append(rcpts, a)
		}
	}
	for _, a := range rcpts {
		if tag, ok := token.FromAddress(a, in.opts.ServiceAddress); ok {
			return tag, true
		}
	}
	return "", false
}

// reply handles a reply to the service's mail: a command in it is carried
// out, items it names become interests; a message with both does both.
func (in *Ingester) reply(ctx context.Context, m *rcp2p.Message, p *Parsed, partner *rcp2p.Partner, rc replyContext, newText string) (decision, bool, error) {
	c, isCmd := parseCommand(p.Subject, newText) // an empty reply's subject may be the command (unsubscribe links)
	if !isCmd && rc.ackRow != 0 {
		if d, ok, err := in.correct(ctx, m, p, partner, rc.ackRow, newText); ok || err != nil {
			return d, true, err
		}
	}
	if !isCmd && rc.digest == nil && !refText.MatchString(newText) {
		// A reply to an acknowledgement or confirmation, with nothing to do.
		return decision{kind: rcp2p.KindReply, outcome: "reply from " + partner.ID + " (" + rc.via + ") recorded; nothing to do"}, true, nil
	}
	if !isCmd {
		d, err := in.interest(ctx, m, p, partner, rc, newText)
		return d, true, err
	}
	cmd, err := in.runCommand(ctx, m, p, partner, c)
	if err != nil {
		return decision{}, true, err
	}
	cmd.kind, cmd.outcome = rcp2p.KindReply, "reply ("+rc.via+") with a command: "+cmd.outcome
	rest := strings.Join(strings.Split(newText, "\n")[1:], "\n")
	if ids, _ := selectItems(rest, digestRefs(rc), nil); len(ids) == 0 && rc.item == 0 {
		return cmd, true, nil
	}
	// Both: the command's answer goes now, the interest's with the decision.
	if cmd.answer != nil {
		if err := in.answer(ctx, m, &cmd); err != nil {
			return decision{}, true, err
		}
	}
	d, err := in.interest(ctx, m, p, partner, rc, rest)
	if err != nil {
		return decision{}, true, err
	}
	d.outcome = cmd.outcome + "; " + d.outcome
	return d, true, nil
}

func digestRefs(rc replyContext) []string {
	if rc.digest == nil {
		return nil
	}
	return rc.digest.Refs
}
