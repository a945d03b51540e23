package compose

import (
	"fmt"
	"net/url"
	"strings"

	"rcp2p"
)

// DigestView is one partner's digest, as the digest job computed it. Links
// and addresses carrying tokens are given; compose only shows them.
type DigestView struct {
	PartnerID         string
	Company           string
	Period            string // e.g. "week of 30 November 2026"
	Items             []DigestItem
	ReplyTo           string // opportunities+<token>@domain
	UnsubscribeURL    string // one-click URL (https in production; a path is resolved against Options.BaseURL)
	UnsubscribeMailto string // mailto: URL
}

// DigestItem is one numbered opportunity in a digest.
type DigestItem struct {
	N              int // number shown to the partner; 0 means its position
	Ref            string
	Title          string
	Summary        string
	Reason         string // "Data Analytics (gold) · US-West"
	Budget         string
	RespondBy      string
	Regions        string
	Industry       string
	Submitter      string
	InterestMailto string // full mailto: URL naming the item
}

// digestPage is what digest.html and digest.txt read.
type digestPage struct {
	page
	Company           string
	Intro             string
	Items             []digestItem
	PauseExample      string
	UnsubscribeURL    string
	UnsubscribeMailto string
}

type digestItem struct {
	N               int
	Ref             string
	Title           string
	Summary         string
	SummaryLines    []string // text part: 1–3 lines
	Reason          string
	Facts           []Fact
	InterestMailto  string
	InterestAddress string
}

const (
	listUnsubscribePost = "List-Unsubscribe=One-Click"
	autoResponseOff     = "OOF, AutoReply"
)

// Digest renders one partner's digest, addressed to to.
func (c *Composer) Digest(to string, v DigestView) (*rcp2p.OutMail, error) {
	if _, err := checkAddress(to); err != nil {
		return nil, fmt.Errorf("digest for %s: to: %w", v.PartnerID, err)
	}
	p, err := c.digestPage(v)
	if err != nil {
		return nil, fmt.Errorf("digest for %s: %w", v.PartnerID, err)
	}
	h, err := c.digestHeaders(v.ReplyTo, p.UnsubscribeURL, p.UnsubscribeMailto)
	if err != nil {
		return nil, fmt.Errorf("digest for %s: %w", v.PartnerID, err)
	}
	text, html, err := c.render("digest", p)
	if err != nil {
		return nil, fmt.Errorf("digest for %s: %w", v.PartnerID, err)
	}
	return c.outMail(rcp2p.MailDigest, []string{to}, nil, p.Subject, h, text, html), nil
}

func (c *Composer) digestPage(v DigestView) (*digestPage, error) {
	if len(v.Items) == 0 {
		return nil, fmt.Errorf("no items: %w", rcp2p.ErrInvalid)
	}
	unsubURL, err := c.unsubscribeURL(v.UnsubscribeURL)
	if err != nil {
		return nil, err
	}
	unsubMailto, err := mailtoURL("unsubscribe mailto", v.UnsubscribeMailto)
	if err != nil {
		return nil, err
	}
	if unsubURL == "" && unsubMailto == "" {
		return nil, fmt.Errorf("no unsubscribe URL or mailto: %w", rcp2p.ErrInvalid)
	}
	p := &digestPage{Company: clean(v.Company, maxCompany), UnsubscribeURL: unsubURL, UnsubscribeMailto: unsubMailto}
	if p.Company == "" {
		p.Company = "partner"
	}
	for i, it := range v.Items {
		item, err := makeItem(i, it)
		if err != nil {
			return nil, err
		}
		p.Items = append(p.Items, item)
	}
	period := clean(v.Period, maxShort)
	p.page = c.page(digestSubject(len(p.Items), p.Company, period), preheader(p.Items))
	p.Intro = digestIntro(len(p.Items), period)
	p.PauseExample = c.opts.Now().AddDate(0, 0, 14).Format("2 January 2006")
	return p, nil
}

func makeItem(i int, it DigestItem) (digestItem, error) {
	id, ok := rcp2p.ParseRef(it.Ref)
	if !ok {
		return digestItem{}, fmt.Errorf("item %d: ref is not OPP-<n>: %w", i+1, rcp2p.ErrInvalid)
	}
	d := digestItem{
		N:       it.N,
		Ref:     rcp2p.FormatRef(id),
		Title:   clean(it.Title, maxTitle),
		Summary: clean(it.Summary, maxSummary),
		Reason:  clean(it.Reason, maxShort),
	}
	if d.N <= 0 {
		d.N = i + 1
	}
	if d.Title == "" {
		d.Title = "(no title)"
	}
	d.SummaryLines = summaryLines(d.Summary, 69, 3)
	for _, f := range []Fact{
		{"Budget", it.Budget}, {"Respond by", it.RespondBy}, {"Regions", it.Regions},
		{"Industry", it.Industry}, {"Posted by", it.Submitter},
	} {
		if f.Value = clean(f.Value, maxShort); f.Value != "" {
			d.Facts = append(d.Facts, f)
		}
	}
	mailto, err := mailtoURL(fmt.Sprintf("item %d interest mailto", d.N), it.InterestMailto)
	if err != nil {
		return d, err
	}
	d.InterestMailto = mailto
	d.InterestAddress = mailtoAddress(mailto)
	return d, nil
}

func digestSubject(n int, company, period string) string {
	s := fmt.Sprintf("%d new %s for %s", n, plural(n, "opportunity", "opportunities"), company)
	if period != "" {
		s += " — " + period
	}
	return truncate(s, maxSubject)
}

func digestIntro(n int, period string) string {
	s := fmt.Sprintf("Here %s %d new %s from other partners that %s your competencies",
		plural(n, "is", "are"), n, plural(n, "opportunity", "opportunities"), plural(n, "matches", "match"))
	switch {
	case strings.HasPrefix(period, "week"):
		s += ", for the " + period // "for the week of 30 November 2026"
	case period != "":
		s += ", for " + period // daily: "for Wednesday 25 November 2026"
	}
	return s + "."
}

// preheader is the preview line that inbox lists show after the subject.
func preheader(items []digestItem) string {
	var titles []string
	for _, it := range items[:min(2, len(items))] {
		titles = append(titles, truncate(it.Title, 50))
	}
	s := strings.Join(titles, " · ")
	if more := len(items) - len(titles); more > 0 {
		s += fmt.Sprintf(" and %d more", more)
	}
	return truncate(s, maxPreheader)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// digestHeaders builds the list headers. RFC 8058 wants an https URI for
// one-click; http is accepted too so that `rcp2p dev` on loopback behaves
// like production.
func (c *Composer) digestHeaders(replyTo, unsubURL, unsubMailto string) (map[string]string, error) {
	if _, err := checkAddress(replyTo); err != nil {
		return nil, fmt.Errorf("reply-to: %w", err)
	}
	var entries []string
	for _, u := range []string{unsubMailto, unsubURL} {
		if u != "" {
			entries = append(entries, "<"+u+">")
		}
	}
	h := map[string]string{
		"Auto-Submitted":           "auto-generated",
		"List-Id":                  listPhrase(c.opts.FromName) + " digests <digest." + c.opts.Domain + ">",
		"List-Unsubscribe":         strings.Join(entries, ", "),
		"Precedence":               "bulk",
		"Reply-To":                 replyTo,
		"X-Auto-Response-Suppress": autoResponseOff,
	}
	if unsubURL != "" {
		h["List-Unsubscribe-Post"] = listUnsubscribePost
	}
	return h, nil
}

// listPhrase keeps the List-Id description to characters that need no
// quoting or encoding in a header phrase.
func listPhrase(name string) string {
	ok := name != ""
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == ' ' || r == '-') {
			ok = false
		}
	}
	if !ok {
		return "RCP2P Inbox"
	}
	return name
}

func (c *Composer) unsubscribeURL(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	u, err := url.Parse(s)
	if err == nil && !u.IsAbs() && c.base != nil {
		u = c.base.ResolveReference(u)
	}
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || !headerSafe(u.String()) {
		return "", fmt.Errorf("unsubscribe url is not an absolute http(s) URL: %w", rcp2p.ErrInvalid)
	}
	return u.String(), nil
}

// maxMailto bounds a mailto: URL. Longer ones (a subject quoting a very
// long title) break in some clients; the address alone carries the token,
// so the query is dropped.
const maxMailto = 1000

// mailtoURL checks a given mailto: URL. Values are not echoed in errors:
// they carry tokens.
func mailtoURL(field, s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	u, err := url.Parse(s)
	if err != nil || !strings.EqualFold(u.Scheme, "mailto") || !headerSafe(s) || mailtoAddress(s) == "" {
		return "", fmt.Errorf("%s is not a mailto: URL with an address: %w", field, rcp2p.ErrInvalid)
	}
	if len(s) > maxMailto {
		s, _, _ = strings.Cut(s, "?")
	}
	return s, nil
}

// mailtoAddress returns the address of a mailto: URL, "" when it has none.
func mailtoAddress(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	addr, err := url.PathUnescape(u.Opaque)
	if err != nil {
		return ""
	}
	if a, err := checkAddress(addr); err == nil {
		return a
	}
	return ""
}
