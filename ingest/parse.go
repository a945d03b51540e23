package ingest

import (
	"bytes"
	"fmt"
	"net/mail"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/inbucket/html2text"
	"github.com/jhillyerd/enmime/v2"
	"github.com/jhillyerd/enmime/v2/dsn"
)

// Parsed is what ingest reads from one raw message. Parsing never fails on
// bad input: what could not be read is listed in Defects.
type Parsed struct {
	From       string // bare address, lower case; "" when unreadable
	FromName   string
	To, Cc     []string // bare addresses, lower case
	Subject    string
	Date       time.Time // zero when missing or unreadable
	MessageID  string    // without angle brackets
	InReplyTo  []string
	References []string
	ReturnPath string // "<>" kept as "<>" so that null senders are visible
	Text       string // plain text of the body; HTML converted when there is no text part
	Report     *dsn.Report
	Defects    []string

	env *enmime.Envelope
}

// Header returns the decoded value of a header, "" when absent.
func (p *Parsed) Header(name string) string {
	if p.env == nil {
		return ""
	}
	return p.env.GetHeader(name)
}

// HeaderValues returns every decoded value of a header.
func (p *Parsed) HeaderValues(name string) []string {
	if p.env == nil {
		return nil
	}
	return p.env.GetHeaderValues(name)
}

// Parse reads raw leniently: go-message's strict reader refuses much of what
// real clients send, so the body goes through enmime (jhillyerd/enmime),
// which repairs broken boundaries, base64 and charsets, records each defect
// and converts HTML-only mail to text.
//
// A declared charset is trusted, as mail clients do: statistical detection
// costs about half the CPU of ingest. Only when the declared charset did not
// yield valid UTF-8 (mislabelled or unknown) is the mail parsed again with
// detection on.
func Parse(raw []byte) *Parsed {
	raw, cut := limitParts(raw)
	p := parse(raw, false)
	if !utf8.ValidString(p.Text) || !utf8.ValidString(p.Subject) {
		p = parse(raw, true)
	}
	if cut {
		p.Defects = append(p.Defects, fmt.Sprintf("more than %d MIME parts; only the first ones were read", maxParts))
	}
	return p
}

// maxParts bounds the MIME parts read from one message: enmime's time grows
// faster than linearly with the number of parts (16,000 tiny parts take
// seconds), and no real submission has more than a few dozen.
const maxParts = 1000

// limitParts cuts raw before its maxParts-th boundary-like line ("--…").
func limitParts(raw []byte) ([]byte, bool) {
	n := 0
	for i := 0; i < len(raw); {
		if raw[i] == '-' && i+1 < len(raw) && raw[i+1] == '-' && (i == 0 || raw[i-1] == '\n') {
			n++
			if n > maxParts {
				return raw[:i], true
			}
		}
		j := bytes.IndexByte(raw[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return raw, false
}

func newParser(detect bool) *enmime.Parser {
	return enmime.NewParser(
		enmime.SkipMalformedParts(true),
		enmime.SetReadPartErrorPolicy(enmime.AllowCorruptTextPartErrorPolicy),
		enmime.MultipartWOBoundaryAsSinglePart(true),
		enmime.StripMediaTypeInvalidCharacters(true),
		enmime.DisableCharacterDetection(!detect),
	)
}

func parse(raw []byte, detect bool) *Parsed {
	p := &Parsed{}
	parser := newParser(detect)
	env, err := parser.ReadEnvelope(bytes.NewReader(raw))
	if err != nil {
		p.Defects = append(p.Defects, "unreadable MIME structure: "+err.Error())
		env, err = parser.ReadEnvelope(bytes.NewReader(headerOnly(raw)))
		if err != nil {
			return p
		}
		p.Text = string(bodyOnly(raw))
	}
	p.env = env
	for _, e := range env.Errors {
		if e.Name == enmime.ErrorPlainTextFromHTML && !e.Severe {
			continue // HTML-only mail is normal, not a defect
		}
		p.Defects = append(p.Defects, e.Error())
	}
	p.readHeaders()
	if p.Text == "" {
		p.Text = env.Text
		if fromHTML(env) {
			p.Text = htmlToText(env.HTML, env.Text)
		}
	}
	p.Text = normaliseNewlines(p.Text)
	p.readAttachedMessages(parser)
	if p.Report, err = dsn.ParseReport(env.Root); err != nil {
		p.Defects = append(p.Defects, "unreadable delivery report: "+err.Error())
	}
	return p
}

func (p *Parsed) readHeaders() {
	e := p.env
	if list, err := e.AddressList("From"); err == nil && len(list) > 0 {
		p.From, p.FromName = strings.ToLower(list[0].Address), list[0].Name
	} else if a := looseAddress(e.GetHeader("From")); a != "" {
		p.From = a
		p.Defects = append(p.Defects, "malformed From header")
	}
	p.To = addresses(e, "To")
	p.Cc = addresses(e, "Cc")
	p.Subject = strings.TrimSpace(strings.Join(strings.Fields(e.GetHeader("Subject")), " "))
	if d, err := mail.ParseDate(strings.TrimSpace(e.GetHeader("Date"))); err == nil {
		p.Date = d
	} else if e.GetHeader("Date") != "" {
		p.Defects = append(p.Defects, "unreadable Date header")
	}
	p.MessageID = firstID(e.GetHeader("Message-Id"))
	p.InReplyTo = msgIDs(e.GetHeader("In-Reply-To"))
	p.References = msgIDs(e.GetHeader("References"))
	p.ReturnPath = strings.TrimSpace(e.GetHeader("Return-Path"))
}

// readAttachedMessages uses a forwarded message/rfc822 attachment (Outlook's
// "forward as attachment") as the text when the mail itself says little.
func (p *Parsed) readAttachedMessages(parser *enmime.Parser) {
	if p.env.Root == nil || p.Report != nil {
		return
	}
	parts := p.env.Root.DepthMatchAll(func(part *enmime.Part) bool {
		return part.ContentType == "message/rfc822"
	})
	for _, part := range parts {
		inner, err := parser.ReadEnvelope(bytes.NewReader(part.Content))
		if err != nil || strings.TrimSpace(inner.Text) == "" {
			continue
		}
		p.Text = strings.TrimSpace(p.Text) + "\n\n---------- Forwarded message ---------\n" +
			"Subject: " + inner.GetHeader("Subject") + "\n\n" + normaliseNewlines(inner.Text)
	}
}

func addresses(e *enmime.Envelope, key string) []string {
	list, err := e.AddressList(key)
	if err != nil {
		return nil
	}
	out := make([]string, 0, len(list))
	for _, a := range list {
		out = append(out, strings.ToLower(a.Address))
	}
	return out
}

// looseAddress finds user@host in a header net/mail could not parse.
func looseAddress(s string) string {
	if i, j := strings.LastIndex(s, "<"), strings.LastIndex(s, ">"); i >= 0 && j > i {
		s = s[i+1 : j]
	}
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, "<>\"'(),;")
		if at := strings.Index(f, "@"); at > 0 && at < len(f)-1 {
			return strings.ToLower(f)
		}
	}
	return ""
}

func firstID(s string) string {
	ids := msgIDs(s)
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}

// msgIDs reads "<a@b> <c@d>" (and the bare forms some clients write).
func msgIDs(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' || r == '\r' }) {
		f = strings.Trim(f, "<>")
		if strings.Contains(f, "@") && len(f) < 1000 {
			out = append(out, f)
		}
	}
	return out
}

func normaliseNewlines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\u00a0", " ")
}

// headerOnly and bodyOnly split raw at the first blank line.
func headerOnly(raw []byte) []byte {
	if i := headerEnd(raw); i >= 0 {
		return raw[:i]
	}
	return raw
}

func bodyOnly(raw []byte) []byte {
	if i := headerEnd(raw); i >= 0 {
		return raw[i:]
	}
	return nil
}

func headerEnd(raw []byte) int {
	crlf, lf := bytes.Index(raw, []byte("\r\n\r\n")), bytes.Index(raw, []byte("\n\n"))
	switch {
	case crlf >= 0 && (lf < 0 || crlf < lf):
		return crlf + 4
	case lf >= 0:
		return lf + 2
	}
	return -1
}

// Summary is a one-line description for logs and outcomes.
func (p *Parsed) Summary() string {
	return fmt.Sprintf("from %s subject %q", p.From, p.Subject)
}

// fromHTML reports that the text was converted from an HTML-only mail.
func fromHTML(env *enmime.Envelope) bool {
	for _, e := range env.Errors {
		if e.Name == enmime.ErrorPlainTextFromHTML {
			return true
		}
	}
	return false
}

var (
	cellEnd = regexp.MustCompile(`(?i)</t[dh]\s*>`)
	rowTag  = regexp.MustCompile(`(?i)<(/?)(tr|table|tbody|thead|tfoot)\b`)
	cellTag = regexp.MustCompile(`(?i)<(/?)t[dh]\b`)
)

// htmlToText converts HTML-only mail so that each table row becomes a
// line with its cells separated ("Budget | € 40.000 |"): html2text (the
// converter enmime itself uses) runs a whole table onto one line, which
// loses the label-value pairs partners put in tables.
func htmlToText(h, fallback string) string {
	h = cellEnd.ReplaceAllString(h, " | $0")
	h = rowTag.ReplaceAllString(h, "<${1}div")
	h = cellTag.ReplaceAllString(h, "<${1}span")
	if t, err := html2text.FromString(h); err == nil {
		return t
	}
	return fallback
}
