package main

import (
	"bytes"
	"encoding/json"
	"html"
	"io"
	"mime"
	"mime/quotedprintable"
	netmail "net/mail"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/emersion/go-message/mail"

	"rcp2p/devmail"
)

// This file replays replies to real digests as partners' mail clients write
// them: Outlook (desktop, mobile, web, German), Gmail (English, French,
// Spanish), Apple Mail on the iPhone, Thunderbird, the item links' mailto,
// and the machines that answer mail by themselves. Every case gets a fresh
// world: partners, four opportunities and one forced digest run, so that
// the digests carry real tokens.

// wildPartners: contoso is the main reader (two contacts, the first gets
// the digests); fabrikam posts OPP-1..3; contoso posts OPP-4; adatum,
// tailspin and lamna read in German, French and Spanish.
const wildPartners = `id,company,emails,competencies,regions,industries,min_budget,cadence,timezone
contoso,Contoso Analytics,ana@contoso.example;Bob@Contoso.example,Data Analytics:gold;Data Platform,US-West,Healthcare,20000,weekly,America/Los_Angeles
fabrikam,Fabrikam Security,sec@fabrikam.example;lena@fabrikam.example,Security:gold;Cloud Platform,Europe,,0,daily,Europe/Berlin
adatum,Adatum Daten GmbH,k.weber@adatum.example,Data Analytics:gold,Germany,,0,weekly,Europe/Berlin
tailspin,Tailspin Conseil,claire@tailspin.example,Data Analytics,France,,0,weekly,Europe/Paris
lamna,Lamna Datos,marta@lamna.example,Data Analytics,Mexico,,0,weekly,America/Mexico_City
`

var wildCadence = map[string]string{"contoso": "weekly", "fabrikam": "daily", "adatum": "weekly", "tailspin": "weekly", "lamna": "weekly"}

const (
	wildSetupNow  = "--now=2026-11-30T14:00:00Z"
	wildDigestNow = "--now=2026-11-30T15:00:00Z" // Monday 07:00 in Seattle
	wildReplyNow  = "--now=2026-11-30T18:00:00Z"
	wildService   = "opportunities@rcp2p.test"
)

// wildDigest is one digest as the partner received it.
type wildDigest struct {
	to, replyTo, msgID, subject, text string
	unsubscribe                       string            // the List-Unsubscribe mailto address
	refs                              []string          // refs in item order
	items                             map[string]string // ref -> the item's "I'm interested" address
}

// item returns the ref of item n ("#2" -> its OPP ref).
func (d *wildDigest) item(n int) string { return d.refs[n-1] }

type wildWorld struct {
	t       *testing.T
	h       *harness
	digests map[string]*wildDigest // by recipient, lower case
}

func newWildWorld(t *testing.T) *wildWorld {
	t.Helper()
	h := newHarness(t)
	h.mustRun("partners", "import", h.write("p.csv", wildPartners))
	for _, s := range []string{
		submission("Fabrikam Security <sec@fabrikam.example>", "Power BI dashboards for a hospital group", "o1@fabrikam.example",
			"Competencies: Data Analytics\nRegion: Remote\nBudget: USD 60,000\nRespond by: 2027-03-01\n"),
		submission("Fabrikam Security <sec@fabrikam.example>", "Azure Synapse data warehouse for a retailer", "o2@fabrikam.example",
			"Competencies: Data Analytics, Data Platform\nRegion: Remote\nBudget: USD 80,000\nRespond by: 2027-03-01\n"),
		submission("Fabrikam Security <sec@fabrikam.example>", "Fabric lakehouse and reporting for a utility", "o3@fabrikam.example",
			"Competencies: Data Analytics\nRegion: Remote\nBudget: EUR 50,000\nRespond by: 2027-03-01\n"),
		submission("Ana López <ana@contoso.example>", "Sentinel and Defender rollout for a bank in Munich", "o4@contoso.example",
			"Competencies: Security\nRegion: Germany\nBudget: EUR 30,000\nRespond by: 2027-03-01\n"),
	} {
		if err := h.imap.Append("INBOX", []byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	h.mustRun("ingest", "--once", wildSetupNow)
	before := len(h.smtp.Received())
	h.mustRun("digest", "run", "--force", wildDigestNow)
	w := &wildWorld{t: t, h: h, digests: readWildDigests(t, h.smtp.Received()[before:])}
	for to, n := range map[string]int{"ana@contoso.example": 3, "sec@fabrikam.example": 1, "k.weber@adatum.example": 3,
		"claire@tailspin.example": 3, "marta@lamna.example": 3} {
		if d := w.digests[to]; d == nil || len(d.refs) != n || d.replyTo == "" || len(d.items) != n {
			t.Fatalf("setup: digest to %s: %+v", to, d)
		}
	}
	if w.digests["sec@fabrikam.example"].refs[0] != "OPP-4" {
		t.Fatalf("setup: fabrikam's digest has %v", w.digests["sec@fabrikam.example"].refs)
	}
	return w
}

var (
	wildItemLine = regexp.MustCompile(`(?m)^(\d+)\. .+ \((OPP-\d+)\)$`)
	wildItemAddr = regexp.MustCompile(`write to (opportunities\+[a-z0-9]+@rcp2p\.test)`)
	wildMailto   = regexp.MustCompile(`<mailto:([^?>]+)`)
)

func readWildDigests(t *testing.T, rs []devmail.Received) map[string]*wildDigest {
	t.Helper()
	out := map[string]*wildDigest{}
	for _, r := range rs {
		m := readOutMail(t, r)
		if m.header.Get("List-Id") == "" {
			continue
		}
		d := &wildDigest{to: strings.ToLower(r.To[0]), msgID: m.msgID, subject: m.subject, text: m.text, items: map[string]string{}}
		if a, err := netmail.ParseAddress(m.header.Get("Reply-To")); err == nil {
			d.replyTo = a.Address
		}
		if mm := wildMailto.FindStringSubmatch(m.header.Get("List-Unsubscribe")); mm != nil {
			d.unsubscribe = mm[1]
		}
		// Each item runs from its "N. title (OPP-n)" line to the next.
		locs := wildItemLine.FindAllStringSubmatchIndex(d.text, -1)
		for i, loc := range locs {
			ref := d.text[loc[4]:loc[5]]
			d.refs = append(d.refs, ref)
			end := len(d.text)
			if i+1 < len(locs) {
				end = locs[i+1][0]
			}
			if a := wildItemAddr.FindStringSubmatch(d.text[loc[0]:end]); a != nil {
				d.items[ref] = a[1]
			}
		}
		out[d.to] = d
	}
	return out
}

// outMail is a mail the service sent, decoded.
type outMail struct {
	header           mail.Header
	rcpts            []string // envelope recipients, lower case
	subject, msgID   string
	text             string // the text/plain part
	kind             string // from the Message-ID: introduction, confirmation, reply, ack, digest
	raw              string
	inReplyTo, autoS string
}

func readOutMail(t *testing.T, r devmail.Received) outMail {
	t.Helper()
	mr, err := mail.CreateReader(bytes.NewReader(r.Data))
	if err != nil {
		t.Fatal(err)
	}
	m := outMail{header: mr.Header, raw: string(r.Data)}
	for _, to := range r.To {
		m.rcpts = append(m.rcpts, strings.ToLower(to))
	}
	m.subject, _ = mr.Header.Subject()
	m.msgID = strings.Trim(mr.Header.Get("Message-Id"), "<>")
	m.inReplyTo = strings.Trim(mr.Header.Get("In-Reply-To"), "<>")
	m.autoS = mr.Header.Get("Auto-Submitted")
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		if h, ok := p.Header.(*mail.InlineHeader); ok {
			if ct, _, _ := h.ContentType(); ct == "text/plain" {
				b, _ := io.ReadAll(p.Body)
				m.text = strings.ReplaceAll(string(b), "\r\n", "\n")
			}
		}
	}
	switch id := m.msgID; {
	case strings.HasPrefix(id, "intro-"):
		m.kind = "introduction"
	case strings.HasPrefix(id, "confirmation-"):
		m.kind = "confirmation"
	case strings.HasPrefix(id, "reply-"):
		m.kind = "reply"
	case strings.HasPrefix(id, "ack-"):
		m.kind = "ack"
	case m.header.Get("List-Id") != "":
		m.kind = "digest"
	default:
		m.kind = "other " + id
	}
	return m
}

// ---- building mail as clients write it ----

// rawMail assembles headers and a body: text/plain alone, or
// multipart/alternative with HTML when html is set; both quoted-printable
// UTF-8, as Outlook, Gmail and Apple Mail send them.
func rawMail(headers []string, text, htmlBody string) []byte {
	var b strings.Builder
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("MIME-Version: 1.0\r\n")
	qp := func(s string) string {
		var buf bytes.Buffer
		w := quotedprintable.NewWriter(&buf)
		w.Write([]byte(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")))
		w.Close()
		return buf.String()
	}
	if htmlBody == "" {
		b.WriteString("Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
		b.WriteString(qp(text))
		return []byte(b.String())
	}
	const bd = "_000_DM6PR11MB4012A1B2C3D4E5F6_"
	b.WriteString("Content-Type: multipart/alternative; boundary=\"" + bd + "\"\r\n\r\n")
	if text != "" {
		b.WriteString("--" + bd + "\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(text) + "\r\n")
	}
	b.WriteString("--" + bd + "\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(htmlBody) + "\r\n")
	b.WriteString("--" + bd + "--\r\n")
	return []byte(b.String())
}

// enc encodes a header value that may hold non-ASCII (RFC 2047).
func enc(s string) string { return mime.QEncoding.Encode("utf-8", s) }

// addr renders "Name <a@b>" with the name encoded when needed.
func addr(name, a string) string {
	if name == "" {
		return a
	}
	return (&netmail.Address{Name: name, Address: a}).String()
}

// replyHeaders are the headers every client sets on a reply to d.
func replyHeaders(from, to, subject, id, date string, d *wildDigest, extra ...string) []string {
	h := []string{"From: " + from, "To: " + to, "Subject: " + enc(subject), "Date: " + date, "Message-ID: <" + id + ">"}
	if d != nil {
		h = append(h, "In-Reply-To: <"+d.msgID+">", "References: <"+d.msgID+">")
	}
	return append(h, extra...)
}

func quoteLines(text string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if l == "" {
			b.WriteString(">\n")
		} else {
			b.WriteString("> " + l + "\n")
		}
	}
	return b.String()
}

func htmlLines(text string) string {
	var parts []string
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if l == "" {
			parts = append(parts, "<div><br></div>")
		} else {
			parts = append(parts, "<div>"+html.EscapeString(l)+"</div>")
		}
	}
	return strings.Join(parts, "\n")
}

// gmail: new text on top, "On … wrote:" and the digest quoted with "> ".
func gmail(from, id, newText string, d *wildDigest) []byte {
	return gmailWith(from, id, newText, d, "On Mon, 30 Nov 2026 at 07:00, RCP2P Inbox <"+wildService+"> wrote:", "Re: ")
}

func gmailWith(from, id, newText string, d *wildDigest, attribution, prefix string) []byte {
	text := newText + "\n\n" + attribution + "\n\n" + quoteLines(d.text)
	htm := `<div dir="ltr">` + htmlLines(newText) + `</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">` +
		html.EscapeString(attribution) + `<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">` +
		htmlLines(d.text) + `</blockquote></div>`
	return rawMail(replyHeaders(from, d.replyTo, prefix+d.subject, id, "Mon, 30 Nov 2026 09:12:44 -0800", d), text, htm)
}

// outlook: Outlook desktop (Windows), top-posted, the digest below a rule
// and a From/Sent/To/Subject block, not quoted with ">".
func outlook(from, toName, id, newText string, d *wildDigest) []byte {
	return outlookWith(from, toName, id, newText, d, "RE: ", "From", "Sent", "To", "Subject", "Monday, November 30, 2026 7:00 AM", "en-US")
}

func outlookWith(from, toName, id, newText string, d *wildDigest, prefix, fromL, sentL, toL, subjL, sent, lang string) []byte {
	header := fromL + ": RCP2P Inbox <" + wildService + ">\n" + sentL + ": " + sent + "\n" + toL + ": " + toName + "\n" + subjL + ": " + d.subject
	text := newText + "\n\n________________________________\n" + header + "\n\n" + d.text
	htm := `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">` +
		`<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">` +
		`<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">` + htmlLines(newText) + `</div>` +
		`<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">` +
		`<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">` +
		strings.ReplaceAll(html.EscapeString(header), "\n", "<br>") + `</font><div>&nbsp;</div></div>` + htmlLines(d.text) + `</body></html>`
	return rawMail(replyHeaders(from, `"`+d.replyTo+`" <`+d.replyTo+`>`, prefix+d.subject, id, "Mon, 30 Nov 2026 17:31:08 +0000", d,
		"Thread-Topic: "+enc(d.subject), "Thread-Index: AQHbQx3kP0c1yZr2T0ab4cD5eF6g7A==", "Accept-Language: "+lang+", en-US",
		"Content-Language: "+lang, "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "X-Originating-IP: [203.0.113.42]"), text, htm)
}

// iphone: Apple Mail on iOS: new text, "Sent from my iPhone", then the
// attribution and the digest both quoted.
func iphone(from, id, newText string, d *wildDigest) []byte {
	text := newText + "\n\nSent from my iPhone\n\n> On 30 Nov 2026, at 07:00, RCP2P Inbox <" + wildService + "> wrote:\n>\n" + quoteLines(d.text)
	return rawMail(replyHeaders(from, d.replyTo, "Re: "+d.subject, id, "Mon, 30 Nov 2026 08:47:03 -0800", d,
		"X-Mailer: iPhone Mail (22B91)", "Content-Language: en-US"), text, "")
}

// ---- cases ----

type wantMail struct {
	kind    string   // introduction, confirmation, reply
	to      []string // each among the envelope recipients
	ref     string   // "#n" or "OPP-n": an introduction's subject names it
	body    []string // substrings of the text part, case-insensitive
	notBody []string
}

type wantPartner struct {
	status, cadence, pausedUntil string
}

type wildCase struct {
	name   string
	reader string // whose digest the mail answers; default ana@contoso.example
	before func(w *wildWorld)
	mail   func(w *wildWorld, d *wildDigest) []byte

	kind      string
	outcome   []string // substrings of the message's outcome; "#n" stands for the reader's item n
	interests []string // every interest afterwards: "partner email ref"
	mails     []wantMail
	partners  map[string]wantPartner // others must be unchanged
	opps      map[string]string      // ref -> status; others must be open
}

// step appends a mail and runs one ingest pass.
func (w *wildWorld) step(raw []byte) {
	w.t.Helper()
	if err := w.h.imap.Append("INBOX", raw); err != nil {
		w.t.Fatal(err)
	}
	w.h.mustRun("ingest", "--once", wildReplyNow)
}

func fresh(from, subject, id, body string) []byte {
	return rawMail([]string{"From: " + from, "To: " + wildService, "Subject: " + enc(subject), "Date: Mon, 30 Nov 2026 09:30:00 -0800",
		"Message-ID: <" + id + ">"}, body, "")
}

const (
	ana   = "Ana López <ana@contoso.example>"
	bob   = "Bob Miller <Bob@Contoso.example>"
	klaus = "Weber, Klaus <k.weber@adatum.example>"
	lena  = "Lena Hoffmann <lena@fabrikam.example>"
)

func intro(replier, ref string) wantMail {
	return wantMail{kind: "introduction", to: []string{"sec@fabrikam.example", replier}, ref: ref}
}

func confirm(to string, body ...string) wantMail {
	return wantMail{kind: "confirmation", to: []string{to}, body: body}
}

func answer(to string, body ...string) wantMail {
	return wantMail{kind: "reply", to: []string{to}, body: body}
}

var wildCases = []wildCase{
	// ---------- interest ----------
	{
		name: "outlook desktop, #2 above the unquoted digest",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return outlook(ana, "Ana López <ana@contoso.example>", "DM6PR11MB4012A1@DM6PR11MB4012.namprd11.prod.outlook.com",
				"Hi,\n\nWe're interested in #2.\n\nBest regards,\nAna López\nHead of Data | Contoso Analytics\n+1 (206) 555-0142", d)
		},
		kind: "reply", outcome: []string{"introduced for #2"},
		interests: []string{"contoso ana@contoso.example #2"},
		mails:     []wantMail{intro("ana@contoso.example", "#2")},
	},
	{
		name: "outlook for iOS, '# 2 please'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			text := "# 2 please\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n________________________________\nFrom: RCP2P Inbox <" + wildService +
				">\nSent: Monday, November 30, 2026 7:00:12 AM\nTo: ana@contoso.example <ana@contoso.example>\nSubject: " + d.subject + "\n\n" + d.text
			return rawMail(replyHeaders(ana, d.replyTo, "Re: "+d.subject, "BY5PR11MB3959C@BY5PR11MB3959.namprd11.prod.outlook.com",
				"Mon, 30 Nov 2026 16:02:55 +0000", d, "Thread-Topic: "+enc(d.subject), "X-MS-Has-Attach:"), text, "")
		},
		kind: "reply", outcome: []string{"introduced for #2"},
		interests: []string{"contoso ana@contoso.example #2"},
		mails:     []wantMail{intro("ana@contoso.example", "#2")},
	},
	{
		name: "gmail, 'No. 2 for us, thanks!'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYq1@mail.gmail.com", "No. 2 for us, thanks!\n\nAna", d)
		},
		kind: "reply", outcome: []string{"introduced for #2"},
		interests: []string{"contoso ana@contoso.example #2"},
		mails:     []wantMail{intro("ana@contoso.example", "#2")},
	},
	{
		name: "gmail, 'item 2 please'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYq2@mail.gmail.com", "item 2 please", d)
		},
		kind: "reply", outcome: []string{"introduced for #2"},
		interests: []string{"contoso ana@contoso.example #2"},
		mails:     []wantMail{intro("ana@contoso.example", "#2")},
	},
	{
		name: "iphone, '2 and 3'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return iphone(ana, "4E1B7C2A-9F7D-4C0B-8D3E-1A2B3C4D5E6F@contoso.example", "2 and 3", d)
		},
		kind: "reply", outcome: []string{"#2", "#3"},
		interests: []string{"contoso ana@contoso.example #2", "contoso ana@contoso.example #3"},
		mails:     []wantMail{intro("ana@contoso.example", "#2"), intro("ana@contoso.example", "#3")},
	},
	{
		// Thunderbird's default is to answer below the quote.
		name: "thunderbird, bottom-posted '2, 3' with a '-- ' signature",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			text := "On 30/11/2026 16:00, RCP2P Inbox wrote:\n" + quoteLines(d.text) + "\n2, 3\n\n-- \nAna López\nContoso Analytics, 2200 Alaskan Way #1, Seattle WA 98121\n"
			return rawMail(replyHeaders(ana, d.replyTo, "Re: "+d.subject, "6b1c2d3e-aaaa-4bbb-8ccc-1234567890ab@contoso.example",
				"Mon, 30 Nov 2026 08:05:10 -0800", d, "User-Agent: Mozilla Thunderbird", "Content-Language: en-US"), text, "")
		},
		kind: "reply", outcome: []string{"#2", "#3"},
		interests: []string{"contoso ana@contoso.example #2", "contoso ana@contoso.example #3"},
		mails:     []wantMail{intro("ana@contoso.example", "#2"), intro("ana@contoso.example", "#3")},
	},
	{
		name: "gmail, 'Interested in OPP-3'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYq3@mail.gmail.com", "Interested in OPP-3", d)
		},
		kind: "reply", outcome: []string{"introduced for OPP-3"},
		interests: []string{"contoso ana@contoso.example OPP-3"},
		mails:     []wantMail{intro("ana@contoso.example", "OPP-3")},
	},
	{
		name: "gmail, lower-case 'opp3' without a dash",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYq4@mail.gmail.com", "We'd be keen on opp3 - we did two Fabric rollouts this year.", d)
		},
		kind: "reply", outcome: []string{"introduced for OPP-3"},
		interests: []string{"contoso ana@contoso.example OPP-3"},
		mails:     []wantMail{intro("ana@contoso.example", "OPP-3")},
	},
	{
		name: "outlook, 'Please introduce us for the Power BI one'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return outlook(ana, "Ana López <ana@contoso.example>", "DM6PR11MB4012A2@DM6PR11MB4012.namprd11.prod.outlook.com",
				"Please introduce us for the Power BI one.\n\nThanks,\nAna", d)
		},
		kind: "reply", outcome: []string{"introduced for OPP-1"},
		interests: []string{"contoso ana@contoso.example OPP-1"},
		mails:     []wantMail{intro("ana@contoso.example", "OPP-1")},
	},
	{
		// Quoted digest has "#1", "#2", "#3" in its "Interested? Reply …" lines.
		name: "gmail, 'The Fabric one, please.' (the quote's #1..#3 do not count)",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYq5@mail.gmail.com", "The Fabric one, please.", d)
		},
		kind: "reply", outcome: []string{"introduced for OPP-3"},
		interests: []string{"contoso ana@contoso.example OPP-3"},
		mails:     []wantMail{intro("ana@contoso.example", "OPP-3")},
	},
	{
		// DESIGN.md: text written under a quoted item is new text.
		name: "gmail inline 'Yes' under the quoted item 2",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			locs := wildItemLine.FindAllStringIndex(d.text, -1)
			head, item2, rest := d.text[:locs[1][0]], d.text[locs[1][0]:locs[2][0]], d.text[locs[2][0]:]
			attribution := "On Mon, 30 Nov 2026 at 07:00, RCP2P Inbox <" + wildService + "> wrote:"
			text := attribution + "\n\n" + quoteLines(head) + quoteLines(item2) + "\nYes - this one is right up our street.\n\n" + quoteLines(rest)
			return rawMail(replyHeaders(ana, d.replyTo, "Re: "+d.subject, "CAHs9xYq6@mail.gmail.com", "Mon, 30 Nov 2026 09:20:00 -0800", d), text, "")
		},
		kind: "reply", outcome: []string{"introduced for #2"},
		interests: []string{"contoso ana@contoso.example #2"},
		mails:     []wantMail{intro("ana@contoso.example", "#2")},
	},
	{
		// Ordinal words name items as well as numbers do.
		name: "gmail, 'We're interested in the second one'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYq7@mail.gmail.com", "We're interested in the second one.", d)
		},
		kind: "reply", outcome: []string{"introduced for #2"},
		interests: []string{"contoso ana@contoso.example #2"},
		mails:     []wantMail{intro("ana@contoso.example", "#2")},
	},
	{
		name:   "german outlook, 'Wir haben Interesse an Nr. 2' with address and phone signature",
		reader: "k.weber@adatum.example",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return outlookWith(klaus, "Weber, Klaus <k.weber@adatum.example>", "AM0PR04MB6433B@AM0PR04MB6433.eurprd04.prod.outlook.com",
				"Hallo,\n\nwir haben Interesse an Nr. 2.\n\nMit freundlichen Grüßen\nKlaus Weber\nAdatum Daten GmbH\nLeopoldstraße 12, 80802 München\nTel. +49 89 1234 5678\nHRB 123456, Amtsgericht München",
				d, "AW: ", "Von", "Gesendet", "An", "Betreff", "Montag, 30. November 2026 16:00", "de-DE")
		},
		kind: "reply", outcome: []string{"introduced for #2"},
		interests: []string{"adatum k.weber@adatum.example #2"},
		mails:     []wantMail{intro("k.weber@adatum.example", "#2")},
	},
	{
		// "n°" is how French writes "number".
		name:   "french gmail, 'Intéressés par le n°2'",
		reader: "claire@tailspin.example",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmailWith(addr("Claire Dubois", "claire@tailspin.example"), "CAFr8xQ1@mail.gmail.com",
				"Bonjour,\n\nIntéressés par le n°2.\n\nCordialement,\nClaire Dubois\nTailspin Conseil\n12 rue de la Paix, 75002 Paris\n+33 1 42 68 53 00",
				d, "Le lun. 30 nov. 2026 à 16:00, RCP2P Inbox <"+wildService+"> a écrit :", "Re: ")
		},
		kind: "reply", outcome: []string{"introduced for #2"},
		interests: []string{"tailspin claire@tailspin.example #2"},
		mails:     []wantMail{intro("claire@tailspin.example", "#2")},
	},
	{
		// "el 2" answers a numbered list: item 2.
		name:   "spanish gmail, 'Nos interesa el 2'",
		reader: "marta@lamna.example",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmailWith(addr("Marta Ruiz", "marta@lamna.example"), "CAEs7yZ1@mail.gmail.com",
				"Hola,\n\nNos interesa el 2.\n\nSaludos,\nMarta Ruiz\nLamna Datos\nAv. Paseo de la Reforma 222, Piso 3\nCDMX 06600\nTel. +52 55 1234 5678",
				d, "El lun, 30 nov 2026 a las 9:00, RCP2P Inbox (<"+wildService+">) escribió:", "RE: ")
		},
		kind: "reply", outcome: []string{"introduced for #2"},
		interests: []string{"lamna marta@lamna.example #2"},
		mails:     []wantMail{intro("marta@lamna.example", "#2")},
	},
	{
		// An Outlook auto-signature has no "--" and no closing; its
		// "Suite #1" and numbers are not items.
		name: "outlook, '#3 please.' over a signature with 'Suite #1' and phone numbers",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return outlook(ana, "Ana López <ana@contoso.example>", "DM6PR11MB4012A3@DM6PR11MB4012.namprd11.prod.outlook.com",
				"#3 please.\n\nAna López\nHead of Data | Contoso Analytics\nPier 70, Suite #1, 2815 Alaskan Way, Seattle, WA 98121\nT +1 206 555 0199 | M +1 425 555 0100", d)
		},
		kind: "reply", outcome: []string{"introduced for #3"},
		interests: []string{"contoso ana@contoso.example #3"},
		mails:     []wantMail{intro("ana@contoso.example", "#3")},
	},
	{
		name: "gmail, '#2' with a 'Thanks,' signature holding building and suite numbers",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYq8@mail.gmail.com",
				"#2 looks like a great fit.\n\nThanks,\nAna López | Contoso Analytics\nBuilding 3, Suite #1, 1 Microsoft Way\nRedmond, WA 98052\nM +1 (425) 555-0100", d)
		},
		kind: "reply", outcome: []string{"introduced for #2"},
		interests: []string{"contoso ana@contoso.example #2"},
		mails:     []wantMail{intro("ana@contoso.example", "#2")},
	},
	{
		name: "item mailto link, 'I'm interested in OPP-1.'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return rawMail([]string{"From: " + ana, "To: " + d.items["OPP-1"], "Subject: Interested in OPP-1: Power BI dashboards for a hospital group",
				"Date: Mon, 30 Nov 2026 07:14:09 -0800", "Message-ID: <9A8B7C6D-1111-2222-3333-444455556666@contoso.example>",
				"X-Mailer: Apple Mail (2.3826.300.87.4.3)"}, "I'm interested in OPP-1.\n", "")
		},
		kind: "reply", outcome: []string{"introduced for OPP-1"},
		interests: []string{"contoso ana@contoso.example OPP-1"},
		mails:     []wantMail{intro("ana@contoso.example", "OPP-1")},
	},
	{
		name: "item mailto link, empty body (the person deleted the prefilled text)",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return rawMail([]string{"From: " + ana, "To: " + d.items["OPP-3"], "Subject: Interested in OPP-3: Fabric lakehouse and reporting for a utility",
				"Date: Mon, 30 Nov 2026 07:15:09 -0800", "Message-ID: <CAHs9xYq9@mail.gmail.com>"}, "", `<div dir="ltr"><br></div>`)
		},
		kind: "reply", outcome: []string{"introduced for OPP-3"},
		interests: []string{"contoso ana@contoso.example OPP-3"},
		mails:     []wantMail{intro("ana@contoso.example", "OPP-3")},
	},
	{
		// A client that ignores Reply-To (some Android mail apps answer
		// the From): DESIGN.md counts In-Reply-To a digest.
		name: "samsung email to the bare address, In-Reply-To the digest, '#1 pls'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			text := "#1 pls\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\nFrom: RCP2P Inbox <" + wildService +
				">\nDate: 30/11/2026 07:00 (GMT-08:00)\nTo: ana@contoso.example\nSubject: " + d.subject + "\n\n" + d.text
			return rawMail(replyHeaders(ana, "RCP2P Inbox <"+wildService+">", "Re: "+d.subject, "k7zq1w-galaxy@email.android.com",
				"Mon, 30 Nov 2026 08:01:00 -0800", d), text, "")
		},
		kind: "reply", outcome: []string{"introduced for #1"},
		interests: []string{"contoso ana@contoso.example #1"},
		mails:     []wantMail{intro("ana@contoso.example", "#1")},
	},
	{
		name: "repeat interest: '#2' again gets no second introduction",
		before: func(w *wildWorld) {
			w.step(gmail(ana, "CAHs9xYqA@mail.gmail.com", "#2 please", w.digests["ana@contoso.example"]))
		},
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return outlook(ana, "Ana López <ana@contoso.example>", "DM6PR11MB4012A4@DM6PR11MB4012.namprd11.prod.outlook.com",
				"Just making sure: we're interested in #2.\n\nAna", d)
		},
		kind: "reply", outcome: []string{"already introduced for #2"},
		interests: []string{"contoso ana@contoso.example #2"},
		mails:     nil,
	},
	{
		// DESIGN.md is silent on one's own opportunity; the product says
		// "no longer open (… or your own)": one short answer, no interest.
		name: "interest in the partner's own OPP-4",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYqB@mail.gmail.com", "Also interested in OPP-4", d)
		},
		kind: "reply", outcome: []string{"OPP-4"},
		mails: []wantMail{answer("ana@contoso.example", "OPP-4")},
	},
	{
		name: "interest in #3 after fabrikam closed it: 'no longer open'",
		before: func(w *wildWorld) {
			w.step(fresh(addr("Fabrikam Security", "sec@fabrikam.example"), "close OPP-3", "close3@fabrikam.example", "close OPP-3\n"))
		},
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYqC@mail.gmail.com", "#3 please", d)
		},
		kind: "reply", outcome: []string{"#3"},
		mails: []wantMail{answer("ana@contoso.example", "no longer open", "OPP-3")},
		opps:  map[string]string{"OPP-3": "closed"},
	},
	{
		name: "out-of-range '#7'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYqD@mail.gmail.com", "#7 please", d)
		},
		kind:  "reply",
		mails: []wantMail{answer("ana@contoso.example", "#7")},
	},
	{
		name: "forged token, valid In-Reply-To: polite error, nothing recorded",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			local, domain, _ := strings.Cut(d.replyTo, "@")
			base, tok, _ := strings.Cut(local, "+")
			i := len(tok) / 2
			c := byte('a')
			if tok[i] == 'a' {
				c = 'b'
			}
			forged := base + "+" + tok[:i] + string(c) + tok[i+1:] + "@" + domain
			raw := gmail(ana, "CAHs9xYqE@mail.gmail.com", "#2", d)
			return bytes.Replace(raw, []byte("To: "+d.replyTo), []byte("To: "+forged), 1)
		},
		kind: "reply", outcome: []string{"does not verify"},
		mails: []wantMail{{kind: "reply", to: []string{"ana@contoso.example"}, body: []string{"nothing was recorded"}, notBody: []string{"OPP-1", "OPP-2", "OPP-3", "OPP-4"}}},
	},
	{
		name: "unregistered colleague replies to a forwarded digest",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(addr("Carol Diaz", "carol@contoso.example"), "CAHs9xYqF@mail.gmail.com", "#2 - we'd love to do this one.", d)
		},
		kind:  "unknown_sender",
		mails: []wantMail{answer("carol@contoso.example", "carol@contoso.example")},
	},
	{
		name: "a thank-you naming nothing: asked which",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYqG@mail.gmail.com", "Thanks, we'll take a look and come back to you.", d)
		},
		kind: "reply", outcome: []string{"names no opportunity"},
		mails: []wantMail{answer("ana@contoso.example", "which opportunity")},
	},
	{
		name: "outlook on the web, HTML only, 'Item 3 please'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			htm := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">` +
				`<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Item 3 please</div>` +
				`<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>` +
				`<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">` +
				`<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">` +
				`<b>From:</b> RCP2P Inbox &lt;` + wildService + `&gt;<br><b>Sent:</b> Monday, November 30, 2026 3:00 PM<br>` +
				`<b>To:</b> Ana López &lt;ana@contoso.example&gt;<br><b>Subject:</b> ` + html.EscapeString(d.subject) + `</font><div>&nbsp;</div></div>` +
				htmlLines(d.text) + `</body></html>`
			return rawMail(replyHeaders(ana, d.replyTo, "Re: "+d.subject, "PH0PR11MB5000W@PH0PR11MB5000.namprd11.prod.outlook.com",
				"Mon, 30 Nov 2026 16:40:00 +0000", d), "", htm)
		},
		kind: "reply", outcome: []string{"introduced for #3"},
		interests: []string{"contoso ana@contoso.example #3"},
		mails:     []wantMail{intro("ana@contoso.example", "#3")},
	},

	// ---------- interest and command in one mail ----------
	{
		// DESIGN.md: a message with both an interest and a command does
		// both; "switch me to daily" is polite wording for "daily".
		name: "gmail, '#2 — and please switch me to daily'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYqH@mail.gmail.com", "#2 — and please switch me to daily", d)
		},
		kind:      "reply",
		outcome:   []string{"daily", "introduced for #2"},
		interests: []string{"contoso ana@contoso.example #2"},
		mails:     []wantMail{intro("ana@contoso.example", "#2"), confirm("ana@contoso.example", "daily")},
		partners:  map[string]wantPartner{"contoso": {status: "active", cadence: "daily"}},
	},
	{
		name: "iphone, 'Daily, please.' then 'And we'd like #3 too.'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return iphone(ana, "5F2C8D3B-0A8E-4D1C-9E4F-2B3C4D5E6F70@contoso.example", "Daily, please.\n\nAnd we'd like #3 too.", d)
		},
		kind:      "reply",
		outcome:   []string{"daily", "introduced for #3"},
		interests: []string{"contoso ana@contoso.example #3"},
		mails:     []wantMail{intro("ana@contoso.example", "#3"), confirm("ana@contoso.example", "daily")},
		partners:  map[string]wantPartner{"contoso": {status: "active", cadence: "daily"}},
	},

	// ---------- commands ----------
	{
		name: "gmail reply 'unsubscribe'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYqI@mail.gmail.com", "unsubscribe", d)
		},
		kind: "reply", outcome: []string{"unsubscribe"},
		mails:    []wantMail{confirm("ana@contoso.example")},
		partners: map[string]wantPartner{"contoso": {status: "unsubscribed"}},
	},
	{
		name: "iphone fresh mail, subject 'STOP', empty body",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return rawMail([]string{"From: " + ana, "To: " + wildService, "Subject: STOP", "Date: Mon, 30 Nov 2026 10:02:00 -0800",
				"Message-ID: <0C1D2E3F-4A5B-6C7D-8E9F-A0B1C2D3E4F5@contoso.example>", "X-Mailer: iPhone Mail (22B91)"},
				"\n\nSent from my iPhone\n", "")
		},
		kind: "command", outcome: []string{"unsubscribe"},
		mails:    []wantMail{confirm("ana@contoso.example")},
		partners: map[string]wantPartner{"contoso": {status: "unsubscribed"}},
	},
	{
		name: "greeting and thanks around 'unsubscribe'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYqJ@mail.gmail.com", "Hi,\n\nunsubscribe\n\nThanks", d)
		},
		kind: "reply", outcome: []string{"unsubscribe"},
		mails:    []wantMail{confirm("ana@contoso.example")},
		partners: map[string]wantPartner{"contoso": {status: "unsubscribed"}},
	},
	{
		name: "'Please unsubscribe me from these digests.'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return outlook(ana, "Ana López <ana@contoso.example>", "DM6PR11MB4012A5@DM6PR11MB4012.namprd11.prod.outlook.com",
				"Hi team,\n\nPlease unsubscribe me from these digests.\n\nThanks,\nAna", d)
		},
		kind: "reply", outcome: []string{"unsubscribe"},
		mails:    []wantMail{confirm("ana@contoso.example")},
		partners: map[string]wantPartner{"contoso": {status: "unsubscribed"}},
	},
	{
		// Gmail's "Unsubscribe" button mails the List-Unsubscribe mailto
		// with its subject and a body of its own.
		name: "gmail unsubscribe button: List-Unsubscribe mailto",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return rawMail([]string{"From: " + ana, "To: " + d.unsubscribe, "Subject: unsubscribe", "Date: Mon, 30 Nov 2026 07:30:00 -0800",
				"Message-ID: <CAHs9xYqK@mail.gmail.com>"}, "This message was automatically generated by Gmail.\n", "")
		},
		kind: "reply", outcome: []string{"unsubscribe"},
		mails:    []wantMail{confirm("ana@contoso.example")},
		partners: map[string]wantPartner{"contoso": {status: "unsubscribed"}},
	},
	{
		name: "outlook, 'Please pause until 15 January 2027'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return outlook(ana, "Ana López <ana@contoso.example>", "DM6PR11MB4012A6@DM6PR11MB4012.namprd11.prod.outlook.com",
				"Please pause until 15 January 2027\n\nWe are fully booked until then.\n\nKind regards,\nAna", d)
		},
		kind: "reply", outcome: []string{"pause"},
		mails:    []wantMail{confirm("ana@contoso.example", "2027-01-15")},
		partners: map[string]wantPartner{"contoso": {status: "paused", pausedUntil: "2027-01-15"}},
	},
	{
		name: "second contact, fresh mail 'pause until 2027-01-15'",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return fresh(bob, "pause", "b1@contoso.example", "pause until 2027-01-15\n\nBob\n")
		},
		kind: "command", outcome: []string{"pause"},
		mails:    []wantMail{confirm("bob@contoso.example", "2027-01-15")},
		partners: map[string]wantPartner{"contoso": {status: "paused", pausedUntil: "2027-01-15"}},
	},
	{
		name:   "german, 'Bitte pausieren bis 15.01.2027'",
		reader: "k.weber@adatum.example",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return outlookWith(klaus, "Weber, Klaus <k.weber@adatum.example>", "AM0PR04MB6433C@AM0PR04MB6433.eurprd04.prod.outlook.com",
				"Bitte pausieren bis 15.01.2027\n\nDanke und viele Grüße\nKlaus Weber", d, "AW: ", "Von", "Gesendet", "An", "Betreff", "Montag, 30. November 2026 16:00", "de-DE")
		},
		kind: "reply", outcome: []string{"pause"},
		mails:    []wantMail{confirm("k.weber@adatum.example", "2027-01-15")},
		partners: map[string]wantPartner{"adatum": {status: "paused", pausedUntil: "2027-01-15"}},
	},
	{
		name: "'resume' after an unsubscribe",
		before: func(w *wildWorld) {
			w.step(fresh(ana, "unsubscribe", "u1@contoso.example", "unsubscribe\n"))
		},
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYqL@mail.gmail.com", "resume", d)
		},
		kind: "reply", outcome: []string{"resume"},
		mails:    []wantMail{confirm("ana@contoso.example")},
		partners: map[string]wantPartner{"contoso": {status: "active"}},
	},
	{
		name: "'Resume please' from the second contact ends a pause",
		before: func(w *wildWorld) {
			w.step(fresh(ana, "pause until 2027-01-15", "p1@contoso.example", ""))
		},
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return fresh(bob, "digests", "b2@contoso.example", "Resume please\n\nBob Miller\nContoso Analytics\n")
		},
		kind: "command", outcome: []string{"resume"},
		mails:    []wantMail{confirm("bob@contoso.example")},
		partners: map[string]wantPartner{"contoso": {status: "active"}},
	},
	{
		name:   "fabrikam (daily) replies 'weekly'",
		reader: "sec@fabrikam.example",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(addr("Fabrikam Security", "sec@fabrikam.example"), "CAFb1@mail.gmail.com", "weekly", d)
		},
		kind: "reply", outcome: []string{"weekly"},
		mails:    []wantMail{confirm("sec@fabrikam.example", "weekly")},
		partners: map[string]wantPartner{"fabrikam": {status: "active", cadence: "weekly"}},
	},
	{
		name: "'status' lists settings and the partner's own open opportunities",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYqM@mail.gmail.com", "status", d)
		},
		kind: "reply", outcome: []string{"status"},
		mails: []wantMail{{kind: "confirmation", to: []string{"ana@contoso.example"},
			body: []string{"weekly", "America/Los_Angeles", "OPP-4", "Sentinel and Defender rollout"}, notBody: []string{"OPP-1 ", "OPP-2 ", "OPP-3 "}}},
	},
	{
		name: "'withdraw OPP-4' by its submitter",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return fresh(ana, "Re: Sentinel and Defender rollout for a bank in Munich", "w1@contoso.example",
				"Hi,\n\nwithdraw OPP-4\n\nThe bank chose to do it in-house.\n\nBest regards,\nAna")
		},
		kind: "command", outcome: []string{"withdraw"},
		mails: []wantMail{confirm("ana@contoso.example", "OPP-4")},
		opps:  map[string]string{"OPP-4": "withdrawn"},
	},
	{
		name: "'withdraw OPP-1' by another partner is refused",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmail(ana, "CAHs9xYqN@mail.gmail.com", "withdraw OPP-1", d)
		},
		kind:    "reply",
		outcome: []string{"refused"},
		mails:   []wantMail{answer("ana@contoso.example", "OPP-1")},
	},
	{
		name:   "german outlook, 'Bitte abmelden'",
		reader: "k.weber@adatum.example",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return outlookWith(klaus, "Weber, Klaus <k.weber@adatum.example>", "AM0PR04MB6433D@AM0PR04MB6433.eurprd04.prod.outlook.com",
				"Bitte abmelden.\n\nMit freundlichen Grüßen\nKlaus Weber", d, "AW: ", "Von", "Gesendet", "An", "Betreff", "Montag, 30. November 2026 16:00", "de-DE")
		},
		kind: "reply", outcome: []string{"unsubscribe"},
		mails:    []wantMail{confirm("k.weber@adatum.example")},
		partners: map[string]wantPartner{"adatum": {status: "unsubscribed"}},
	},
	{
		name:   "french gmail, 'Désabonner'",
		reader: "claire@tailspin.example",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmailWith(addr("Claire Dubois", "claire@tailspin.example"), "CAFr8xQ2@mail.gmail.com", "Désabonner", d,
				"Le lun. 30 nov. 2026 à 16:00, RCP2P Inbox <"+wildService+"> a écrit :", "Re: ")
		},
		kind: "reply", outcome: []string{"unsubscribe"},
		mails:    []wantMail{confirm("claire@tailspin.example")},
		partners: map[string]wantPartner{"tailspin": {status: "unsubscribed"}},
	},
	{
		name:   "french gmail, 'Merci de me désabonner.'",
		reader: "claire@tailspin.example",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return gmailWith(addr("Claire Dubois", "claire@tailspin.example"), "CAFr8xQ3@mail.gmail.com",
				"Bonjour,\n\nMerci de me désabonner.\n\nCordialement,\nClaire Dubois", d,
				"Le lun. 30 nov. 2026 à 16:00, RCP2P Inbox <"+wildService+"> a écrit :", "Re: ")
		},
		kind: "reply", outcome: []string{"unsubscribe"},
		mails:    []wantMail{confirm("claire@tailspin.example")},
		partners: map[string]wantPartner{"tailspin": {status: "unsubscribed"}},
	},

	// ---------- machines: never answered ----------
	{
		name: "outlook out-of-office to the Reply-To address",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return rawMail([]string{"From: " + ana, "To: " + d.replyTo, "Subject: " + enc("Automatic reply: "+d.subject),
				"Date: Mon, 30 Nov 2026 15:00:05 +0000", "Message-ID: <oof-DM6PR11MB4012@DM6PR11MB4012.namprd11.prod.outlook.com>",
				"In-Reply-To: <" + d.msgID + ">", "References: <" + d.msgID + ">", "Thread-Topic: " + enc(d.subject),
				"X-MS-Exchange-Inbox-Rules-Loop: ana@contoso.example", "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated",
				"X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"},
				"I am out of the office until 7 December 2026 with limited access to email.\n\nFor urgent matters please call #2 on our hotline, +1 206 555 0100, or write to Bob@Contoso.example.\n\nAna", "")
		},
		kind: "auto_reply", outcome: []string{"not answered"},
	},
	{
		name: "german outlook out-of-office without Auto-Submitted",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return rawMail([]string{"From: " + klaus, "To: " + w.digests["k.weber@adatum.example"].replyTo,
				"Subject: " + enc("Automatische Antwort: "+w.digests["k.weber@adatum.example"].subject),
				"Date: Mon, 30 Nov 2026 16:00:04 +0100", "Message-ID: <oof-AM0PR04MB6433@AM0PR04MB6433.eurprd04.prod.outlook.com>",
				"X-Auto-Response-Suppress: All"},
				"Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4.12. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Zimmer 2, Tel. 089 1234 5600.\n", "")
		},
		kind: "auto_reply", outcome: []string{"not answered"},
	},
	{
		name: "gmail vacation responder with Auto-Submitted",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return rawMail(replyHeaders(ana, d.replyTo, "Re: "+d.subject, "CAHs9xYvac@mail.gmail.com", "Mon, 30 Nov 2026 07:00:09 -0800", d,
				"Auto-Submitted: auto-replied"),
				"Hi, I'm on vacation until December 7 with no access to email. Unsubscribe requests and item 2 questions will have to wait. Ana", "")
		},
		kind: "auto_reply", outcome: []string{"not answered"},
	},
	{
		name: "bounce (DSN) of the digest to ana@contoso.example",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			const b = "4F2C81A0B3.1764514803/mx1.contoso.example"
			body := "--" + b + "\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" +
				"This is the mail system at host mx1.contoso.example.\r\n\r\nI'm sorry to have to inform you that your message could not\r\n" +
				"be delivered to one or more recipients. It's attached below.\r\n\r\n                   The mail system\r\n\r\n" +
				"<ana@contoso.example>: host mailstore.contoso.example[10.0.0.12] said: 550\r\n    5.1.1 <ana@contoso.example>: Recipient address rejected: User unknown\r\n\r\n" +
				"--" + b + "\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n" +
				"Reporting-MTA: dns; mx1.contoso.example\r\nX-Postfix-Queue-ID: 4F2C81A0B3\r\nX-Postfix-Sender: rfc822; " + wildService + "\r\n" +
				"Arrival-Date: Mon, 30 Nov 2026 15:00:02 +0000 (UTC)\r\n\r\n" +
				"Final-Recipient: rfc822; ana@contoso.example\r\nOriginal-Recipient: rfc822;ana@contoso.example\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
				"Remote-MTA: dns; mailstore.contoso.example\r\nDiagnostic-Code: smtp; 550 5.1.1 <ana@contoso.example>: Recipient address rejected: User unknown\r\n\r\n" +
				"--" + b + "\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n" +
				"From: \"RCP2P Inbox\" <" + wildService + ">\r\nTo: <ana@contoso.example>\r\nReply-To: " + d.replyTo + "\r\nSubject: " + enc(d.subject) +
				"\r\nMessage-ID: <" + d.msgID + ">\r\nAuto-Submitted: auto-generated\r\n\r\n--" + b + "--\r\n"
			return []byte("Return-Path: <>\r\nFrom: MAILER-DAEMON@mx1.contoso.example (Mail Delivery System)\r\nTo: " + wildService +
				"\r\nSubject: Undelivered Mail Returned to Sender\r\nDate: Mon, 30 Nov 2026 15:00:03 +0000 (UTC)\r\n" +
				"Message-ID: <20261130150003.9D1E81A0C4@mx1.contoso.example>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n" +
				"Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"" + b + "\"\r\n\r\n" + body)
		},
		kind: "bounce", outcome: []string{"ana@contoso.example", "5.1.1"},
		partners: map[string]wantPartner{"contoso": {status: "bouncing"}},
	},
	{
		// The digest address is a Mailman list that holds mail from
		// non-members and says so.
		name: "mailing list moderation notice to the Reply-To address",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return rawMail([]string{"From: data-team-owner@lists.contoso.example", "To: " + d.replyTo,
				"Subject: Your message to Data-team awaits moderator approval", "Date: Mon, 30 Nov 2026 15:00:06 +0000",
				"Message-ID: <mailman.42.1764514806.1234.data-team@lists.contoso.example>", "Precedence: bulk",
				"List-Id: Contoso data team <data-team.lists.contoso.example>", "X-BeenThere: data-team@lists.contoso.example",
				"X-Mailman-Version: 2.1.39"},
				"Your mail to 'Data-team' with the subject\n\n    "+d.subject+"\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Post by non-member to a members-only list\n\nEither the message will get posted to the list, or you will receive\nnotification of the moderator's decision.\n", "")
		},
		kind: "bulk", outcome: []string{"not answered"},
	},
	{
		// A helpdesk on a registered address acknowledges every mail.
		name: "helpdesk auto-acknowledgement from a registered address",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			return rawMail([]string{"From: Contoso Support <ana@contoso.example>", "To: " + d.replyTo,
				"Subject: " + enc("[Ticket #40213] Re: "+d.subject), "Date: Mon, 30 Nov 2026 15:00:07 +0000",
				"Message-ID: <ticket-40213-ack@helpdesk.contoso.example>", "In-Reply-To: <" + d.msgID + ">",
				"Precedence: auto_reply", "X-Auto-Response-Suppress: All"},
				"Thank you for contacting Contoso Support.\n\nYour request #40213 has been received and will be answered within 2 business days.\n\nContoso Support\n", "")
		},
		kind: "auto_reply", outcome: []string{"not answered"},
	},
	{
		name: "outlook read receipt",
		mail: func(w *wildWorld, d *wildDigest) []byte {
			const b = "----=_NextPart_RR_01DB4312"
			return []byte("From: " + ana + "\r\nTo: " + d.replyTo + "\r\nSubject: " + enc("Read: "+d.subject) +
				"\r\nDate: Mon, 30 Nov 2026 16:10:00 +0000\r\nMessage-ID: <rr-DM6PR11MB4012@DM6PR11MB4012.namprd11.prod.outlook.com>\r\n" +
				"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary=\"" + b + "\"\r\n\r\n" +
				"--" + b + "\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n\r\nYour message\r\n\r\n  To: Ana López\r\n  Subject: " + d.subject +
				"\r\n\r\nwas read on Monday, November 30, 2026 4:10:00 PM (UTC+00:00).\r\n\r\n" +
				"--" + b + "\r\nContent-Type: message/disposition-notification\r\n\r\nReporting-UA: DM6PR11MB4012.namprd11.prod.outlook.com; Microsoft Exchange Server\r\n" +
				"Final-Recipient: rfc822;ana@contoso.example\r\nOriginal-Message-ID: <" + d.msgID + ">\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n\r\n" +
				"--" + b + "--\r\n")
		},
		kind: "auto_reply", outcome: []string{"not answered"},
	},
}

// TestRepliesFromTheWild: each case answers a real digest (or writes a
// command) as a partner's client would, and checks what the service
// recorded and sent.
func TestRepliesFromTheWild(t *testing.T) {
	for _, c := range wildCases {
		t.Run(c.name, func(t *testing.T) {
			w := newWildWorld(t)
			reader := c.reader
			if reader == "" {
				reader = "ana@contoso.example"
			}
			d := w.digests[reader]
			if c.before != nil {
				c.before(w)
			}
			resolve := func(s string) string {
				return regexp.MustCompile(`#(\d)\b`).ReplaceAllStringFunc(s, func(m string) string {
					n := int(m[1] - '0')
					if n < 1 || n > len(d.refs) {
						return m
					}
					return d.item(n)
				})
			}
			raw := c.mail(w, d)
			parsed, err := netmail.ReadMessage(bytes.NewReader(raw))
			if err != nil {
				t.Fatalf("the test's own mail does not parse: %v", err)
			}
			msgID := strings.Trim(parsed.Header.Get("Message-Id"), "<>")
			mark := len(w.h.smtp.Received())
			w.step(raw)

			// The message row: kind and outcome.
			var msgs []messageJSON
			if err := json.Unmarshal([]byte(w.h.mustRun("messages", "list", "--json")), &msgs); err != nil {
				t.Fatal(err)
			}
			var row *messageJSON
			for i := range msgs {
				if msgs[i].MessageID == msgID {
					row = &msgs[i]
				}
			}
			if row == nil {
				t.Fatalf("message %s not recorded", msgID)
			}
			t.Logf("outcome: kind=%s %q", row.Kind, row.Outcome)
			if row.Kind != c.kind {
				t.Errorf("kind %q, want %q (outcome %q)", row.Kind, c.kind, row.Outcome)
			}
			for _, s := range c.outcome {
				if s = resolve(s); !strings.Contains(strings.ToLower(row.Outcome), strings.ToLower(s)) {
					t.Errorf("outcome %q lacks %q", row.Outcome, s)
				}
			}

			// Interests: the whole set afterwards.
			var ins []interestJSON
			if err := json.Unmarshal([]byte(w.h.mustRun("interests", "list", "--json")), &ins); err != nil {
				t.Fatal(err)
			}
			var got, want []string
			for _, i := range ins {
				got = append(got, i.Partner+" "+strings.ToLower(i.Email)+" "+i.Opportunity)
				if i.IntroducedAt == nil {
					t.Errorf("interest %s/%s has no introduction", i.Partner, i.Opportunity)
				}
			}
			for _, s := range c.interests {
				want = append(want, resolve(s))
			}
			sort.Strings(got)
			sort.Strings(want)
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("interests %q, want %q", got, want)
			}

			// Mail sent because of this message, each matched once.
			var sent []outMail
			for _, r := range w.h.smtp.Received()[mark:] {
				sent = append(sent, readOutMail(t, r))
			}
			used := make([]bool, len(sent))
			for _, wm := range c.mails {
				found := false
				for i, m := range sent {
					if !used[i] && mailMatches(m, wm, resolve) {
						used[i], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("no mail like %+v", wm)
				}
			}
			for i, m := range sent {
				if !used[i] {
					t.Errorf("unexpected mail (%s) to %v: %q\n%s", m.kind, m.rcpts, m.subject, m.text)
				}
				if m.kind != "digest" && m.autoS == "" {
					t.Errorf("answer %q lacks Auto-Submitted", m.subject)
				}
			}

			// Partners: only those named changed.
			var ps []partnerJSON
			if err := json.Unmarshal([]byte(w.h.mustRun("partners", "list", "--json")), &ps); err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				wp := wantPartner{status: "active", cadence: wildCadence[p.ID]}
				if o, ok := c.partners[p.ID]; ok {
					wp.status, wp.pausedUntil = o.status, o.pausedUntil
					if o.cadence != "" {
						wp.cadence = o.cadence
					}
				}
				pu := ""
				if p.PausedUntil != nil {
					pu = *p.PausedUntil
				}
				if p.Status != wp.status || p.Cadence != wp.cadence || pu != wp.pausedUntil {
					t.Errorf("partner %s: status %s cadence %s paused_until %q; want %s %s %q",
						p.ID, p.Status, p.Cadence, pu, wp.status, wp.cadence, wp.pausedUntil)
				}
			}

			// Opportunities: only those named changed.
			var opps []opportunityJSON
			if err := json.Unmarshal([]byte(w.h.mustRun("opportunities", "list", "--json")), &opps); err != nil {
				t.Fatal(err)
			}
			for _, o := range opps {
				want := "open"
				for ref, st := range c.opps {
					if resolve(ref) == o.Ref {
						want = st
					}
				}
				if o.Status != want {
					t.Errorf("%s is %s, want %s", o.Ref, o.Status, want)
				}
			}
		})
	}
}

func mailMatches(m outMail, w wantMail, resolve func(string) string) bool {
	if m.kind != w.kind {
		return false
	}
	for _, to := range w.to {
		if !slices.Contains(m.rcpts, strings.ToLower(to)) {
			return false
		}
	}
	if w.ref != "" && !strings.Contains(m.subject, "("+resolve(w.ref)+")") {
		return false
	}
	low := strings.ToLower(m.text)
	for _, s := range w.body {
		if !strings.Contains(low, strings.ToLower(resolve(s))) {
			return false
		}
	}
	for _, s := range w.notBody {
		if strings.Contains(low, strings.ToLower(resolve(s))) {
			return false
		}
	}
	return true
}
