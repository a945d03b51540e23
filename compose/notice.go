package compose

import (
	"fmt"
	"strings"

	"rcp2p"
)

// Fact is one labelled value in a notice ("Ref: OPP-17").
type Fact struct{ Label, Value string }

// NoticeView is the content of a short mail to a person.
type NoticeView struct {
	Subject    string
	Greeting   string
	Paragraphs []string
	Facts      []Fact
	Closing    string
}

// NoticeOptions addresses a notice and threads it.
type NoticeOptions struct {
	Kind          string // rcp2p.MailReply, MailAck, MailConfirmation or MailIntroduction
	To, Cc        []string
	InReplyTo     string   // message id without <>
	References    []string // message ids without <>
	ReplyTo       string   // one address, or several separated by commas (an introduction names both partners)
	AutoSubmitted string   // "auto-replied" or "auto-generated"; "" picks by kind
}

type noticePage struct {
	page
	Greeting   string
	Paragraphs []string
	Facts      []noticeFact
	Closing    string
}

type noticeFact struct {
	Label, TextLabel, Value string
}

// maxReferences bounds the References header; the first id (thread root)
// and the most recent ones are kept, as RFC 5322 §3.6.4 suggests.
const maxReferences = 10

// Notice renders a generic short mail: acknowledgement, error reply,
// command confirmation or introduction.
func (c *Composer) Notice(o NoticeOptions, v NoticeView) (*rcp2p.OutMail, error) {
	h, err := noticeHeaders(o)
	if err != nil {
		return nil, fmt.Errorf("%s notice: %w", o.Kind, err)
	}
	p := c.noticePage(v)
	if p.Subject == "" {
		return nil, fmt.Errorf("%s notice: empty subject: %w", o.Kind, rcp2p.ErrInvalid)
	}
	text, html, err := c.render("notice", p)
	if err != nil {
		return nil, fmt.Errorf("%s notice: %w", o.Kind, err)
	}
	return c.outMail(o.Kind, o.To, o.Cc, p.Subject, h, text, html), nil
}

func (c *Composer) noticePage(v NoticeView) *noticePage {
	p := &noticePage{
		Greeting: clean(v.Greeting, maxShort),
		Closing:  clean(v.Closing, maxParagraph),
	}
	for _, s := range v.Paragraphs {
		if s = clean(s, maxParagraph); s != "" {
			p.Paragraphs = append(p.Paragraphs, s)
		}
	}
	width := 0
	for _, f := range v.Facts {
		nf := noticeFact{Label: clean(f.Label, maxFactLabel), Value: clean(f.Value, maxFactValue)}
		if nf.Label == "" && nf.Value == "" {
			continue
		}
		width = max(width, textWidth(nf.Label))
		p.Facts = append(p.Facts, nf)
	}
	for i := range p.Facts {
		f := &p.Facts[i]
		f.TextLabel = f.Label + ":" + strings.Repeat(" ", width-textWidth(f.Label))
	}
	var pre string
	if len(p.Paragraphs) > 0 {
		pre = truncate(p.Paragraphs[0], maxPreheader)
	}
	p.page = c.page(clean(v.Subject, maxSubject), pre)
	return p
}

func noticeHeaders(o NoticeOptions) (map[string]string, error) {
	switch o.Kind {
	case rcp2p.MailReply, rcp2p.MailAck, rcp2p.MailConfirmation, rcp2p.MailIntroduction:
	default:
		return nil, fmt.Errorf("kind %q is not a notice kind: %w", o.Kind, rcp2p.ErrInvalid)
	}
	if len(o.To) == 0 {
		return nil, fmt.Errorf("no recipient: %w", rcp2p.ErrInvalid)
	}
	if err := checkAddresses("to", o.To); err != nil {
		return nil, err
	}
	if err := checkAddresses("cc", o.Cc); err != nil {
		return nil, err
	}
	auto := o.AutoSubmitted
	if auto == "" {
		auto = "auto-replied"
		if o.Kind == rcp2p.MailIntroduction {
			auto = "auto-generated"
		}
	}
	if auto != "auto-replied" && auto != "auto-generated" {
		return nil, fmt.Errorf("auto-submitted %q: %w", auto, rcp2p.ErrInvalid)
	}
	h := map[string]string{"Auto-Submitted": auto, "X-Auto-Response-Suppress": autoResponseOff}
	if o.ReplyTo != "" {
		list := strings.Split(o.ReplyTo, ",")
		for i := range list {
			list[i] = strings.TrimSpace(list[i])
		}
		if err := checkAddresses("reply-to", list); err != nil {
			return nil, err
		}
		h["Reply-To"] = strings.Join(list, ", ")
	}
	if o.InReplyTo != "" {
		id, err := msgID(o.InReplyTo)
		if err != nil {
			return nil, fmt.Errorf("in-reply-to: %w", err)
		}
		h["In-Reply-To"] = id
	}
	refs, err := references(o.References)
	if err != nil {
		return nil, err
	}
	if refs != "" {
		h["References"] = refs
	}
	return h, nil
}

func references(ids []string) (string, error) {
	var out []string
	for _, id := range ids {
		if strings.TrimSpace(id) == "" {
			continue
		}
		m, err := msgID(id)
		if err != nil {
			return "", fmt.Errorf("references: %w", err)
		}
		out = append(out, m)
	}
	if len(out) > maxReferences {
		out = append(out[:1], out[len(out)-maxReferences+1:]...)
	}
	return strings.Join(out, " "), nil
}

// msgID turns a message id without brackets into its header form <id>.
func msgID(s string) (string, error) {
	s = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(s), "<"), ">")
	if !headerSafe(s) || !strings.Contains(s, "@") || len(s) > 250 {
		return "", fmt.Errorf("%q is not a message id: %w", s, rcp2p.ErrInvalid)
	}
	return "<" + s + ">", nil
}
