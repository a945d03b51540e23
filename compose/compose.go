package compose

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io/fs"
	"net/mail"
	"net/url"
	"strings"
	texttemplate "text/template"
	"time"

	"rcp2p"
	"rcp2p/templates"
)

// Options configures a Composer.
type Options struct {
	Domain   string // mail domain: right-hand side of Message-IDs, List-Id
	Address  string // the service address, e.g. opportunities@rcp2p.test
	FromName string // display name; default "RCP2P Inbox"
	BaseURL  string // http.base_url; resolves unsubscribe URLs given as a path
	Now      func() time.Time
}

// Composer renders mail. It is safe for concurrent use.
type Composer struct {
	opts Options
	base *url.URL // nil when Options.BaseURL is empty
	html *htmltemplate.Template
	text *texttemplate.Template
}

// New parses the embedded templates once. A template that does not parse,
// or fails to render a sample view, is an error here and not at send time.
func New(opts Options) (*Composer, error) {
	return newComposer(opts, templates.FS)
}

func newComposer(opts Options, fsys fs.FS) (*Composer, error) {
	c := &Composer{opts: opts}
	if err := c.configure(); err != nil {
		return nil, fmt.Errorf("compose options: %w", err)
	}
	var err error
	c.html, err = htmltemplate.New("").Funcs(htmlFuncs()).ParseFS(fsys, "*.html")
	if err != nil {
		return nil, fmt.Errorf("parse html templates: %w", err)
	}
	c.text, err = texttemplate.New("").Funcs(textFuncs()).ParseFS(fsys, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("parse text templates: %w", err)
	}
	if err := c.selfTest(); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Composer) configure() error {
	o := &c.opts
	o.Domain = strings.ToLower(strings.TrimSpace(o.Domain))
	if !validDomain(o.Domain) {
		return fmt.Errorf("domain %q is not a domain name: %w", o.Domain, rcp2p.ErrInvalid)
	}
	if _, err := checkAddress(o.Address); err != nil {
		return fmt.Errorf("address: %w", err)
	}
	o.FromName = clean(o.FromName, maxCompany)
	if o.FromName == "" {
		o.FromName = "RCP2P Inbox"
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.BaseURL != "" {
		u, err := url.Parse(o.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("base url %q is not an http(s) URL: %w", o.BaseURL, rcp2p.ErrInvalid)
		}
		c.base = u
	}
	return nil
}

// selfTest renders one sample of each mail so that execution-time template
// errors (a misspelt field, an escaping problem) stop startup.
func (c *Composer) selfTest() error {
	item := DigestItem{N: 1, Ref: "OPP-1", Title: "t", Summary: "s", Reason: "r", Budget: "b",
		RespondBy: "d", Regions: "g", Industry: "i", Submitter: "p",
		InterestMailto: "mailto:" + c.opts.Address}
	_, err := c.Digest(c.opts.Address, DigestView{PartnerID: "p", Company: "c", Period: "p",
		Items: []DigestItem{item}, ReplyTo: c.opts.Address,
		UnsubscribeURL: "https://" + c.opts.Domain + "/u", UnsubscribeMailto: "mailto:" + c.opts.Address})
	if err != nil {
		return fmt.Errorf("template self-test: %w", err)
	}
	_, err = c.Notice(NoticeOptions{Kind: rcp2p.MailReply, To: []string{c.opts.Address}},
		NoticeView{Subject: "s", Greeting: "g", Paragraphs: []string{"p"}, Facts: []Fact{{"l", "v"}}, Closing: "c"})
	if err != nil {
		return fmt.Errorf("template self-test: %w", err)
	}
	return nil
}

// NewMessageID returns a fresh Message-ID on the service's domain, without
// angle brackets: 128 random bits from crypto/rand.
func (c *Composer) NewMessageID() string {
	return strings.ToLower(rand.Text()) + "@" + c.opts.Domain
}

func (c *Composer) render(name string, data any) (text, html string, err error) {
	var tb, hb bytes.Buffer
	if err := c.text.ExecuteTemplate(&tb, name+".txt", data); err != nil {
		return "", "", fmt.Errorf("render %s.txt: %w", name, err)
	}
	if err := c.html.ExecuteTemplate(&hb, name+".html", data); err != nil {
		return "", "", fmt.Errorf("render %s.html: %w", name, err)
	}
	// Templates end with a newline of their own; a mail ends with exactly one.
	return strings.TrimRight(tb.String(), "\n") + "\n", hb.String(), nil
}

func (c *Composer) outMail(kind string, to, cc []string, subject string, h map[string]string, text, html string) *rcp2p.OutMail {
	now := c.opts.Now()
	return &rcp2p.OutMail{
		Kind:          kind,
		To:            to,
		Cc:            cc,
		Subject:       subject,
		Headers:       h,
		Text:          text,
		HTML:          html,
		MessageID:     c.NewMessageID(),
		State:         rcp2p.OutboxPending,
		NextAttemptAt: now,
		CreatedAt:     now,
	}
}

// page holds what the shared layout reads.
type page struct {
	Subject   string
	Preheader string
	FromName  string
	Address   string
}

func (c *Composer) page(subject, preheader string) page {
	return page{Subject: subject, Preheader: preheader, FromName: c.opts.FromName, Address: c.opts.Address}
}

// Outlook's Word engine ignores max-width; a fixed 600px "ghost" table in
// conditional comments holds the column there. html/template strips
// comments from templates, so they come from these constant functions.
func htmlFuncs() htmltemplate.FuncMap {
	return htmltemplate.FuncMap{
		"msoOpen": func() htmltemplate.HTML {
			return `<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->`
		},
		"msoClose": func() htmltemplate.HTML { return `<!--[if mso]></td></tr></table><![endif]-->` },
	}
}

func textFuncs() texttemplate.FuncMap {
	return texttemplate.FuncMap{"wrap": wrap}
}

// checkAddress accepts one bare address (no display name) and returns it.
func checkAddress(s string) (string, error) {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != strings.TrimSpace(s) {
		return "", fmt.Errorf("%q is not a bare mail address: %w", s, rcp2p.ErrInvalid)
	}
	return a.Address, nil
}

func checkAddresses(field string, list []string) error {
	var errs []error
	for _, s := range list {
		if _, err := checkAddress(s); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%s: %w", field, err)
	}
	return nil
}

func validDomain(d string) bool {
	if d == "" || len(d) > 253 || strings.HasPrefix(d, ".") || strings.HasSuffix(d, ".") || strings.Contains(d, "..") {
		return false
	}
	for _, r := range d {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// headerSafe reports whether s can go into a header as is: printable ASCII,
// no angle brackets that would end a List-* entry early.
func headerSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f || s[i] == '<' || s[i] == '>' {
			return false
		}
	}
	return s != ""
}
