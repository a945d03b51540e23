package compose

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"rcp2p"
)

var itemLine = regexp.MustCompile(`(?m)^(\d+)\. (.+) \((OPP-\d+)\)$`)

func TestDigestTextItemLines(t *testing.T) {
	c := newTestComposer(t)
	for name, v := range map[string]DigestView{"basic": basicView(), "hostile": hostileView(), "single": singleView()} {
		t.Run(name, func(t *testing.T) {
			m, err := c.Digest("ops@contoso.test", v)
			if err != nil {
				t.Fatal(err)
			}
			got := itemLine.FindAllStringSubmatch(m.Text, -1)
			if len(got) != len(v.Items) {
				t.Fatalf("found %d item lines, want %d:\n%s", len(got), len(v.Items), m.Text)
			}
			for i, g := range got {
				if g[1] != itoa(i+1) || g[3] != v.Items[i].Ref {
					t.Errorf("item line %d = %q, want number %d and ref %s", i, g[0], i+1, v.Items[i].Ref)
				}
				if n := utf8.RuneCountInString(g[2]); n > maxTitle {
					t.Errorf("item %d title has %d runes, limit %d", i+1, n, maxTitle)
				}
			}
		})
	}
}

func TestDigestEscapesPartnerText(t *testing.T) {
	c := newTestComposer(t)
	m, err := c.Digest("ops@contoso.test", hostileView())
	if err != nil {
		t.Fatal(err)
	}
	lower := strings.ToLower(m.HTML)
	for _, bad := range []string{"<script", "<img", "<b>", `href="javascript`, "\u202e", "<style", "<link", "src=\"http"} {
		if strings.Contains(lower, bad) {
			t.Errorf("HTML contains %q", bad)
		}
	}
	for _, want := range []string{
		"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Urgent",
		"&#34;&gt;&lt;img src=x onerror=alert(1)&gt;",
		"مشروع تحليل البيانات للمستشفى evil",
		"🚀 Launch 👩‍💻 team for 🇩🇪 retail",
		"病院グループ向けのデータ分析ダッシュボード構築",
		`dir="auto"`,
	} {
		if !strings.Contains(m.HTML, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if strings.Contains(m.Text, "\u202e") || strings.Contains(m.Text, "\x00") || strings.Contains(m.Text, "\x1b") {
		t.Error("text part keeps control or bidi-override characters")
	}
	if strings.Contains(m.Text, "\n2. Fake") {
		t.Error("a newline in a title forged an item line")
	}
	if strings.Contains(m.Subject, "\n") {
		t.Errorf("subject has a newline: %q", m.Subject)
	}
}

func TestDigestHeaders(t *testing.T) {
	c := newTestComposer(t)
	m, err := c.Digest("ops@contoso.test", basicView())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Auto-Submitted":           "auto-generated",
		"List-Id":                  "RCP2P Inbox digests <digest.rcp2p.test>",
		"List-Unsubscribe":         "<mailto:opportunities+u42@rcp2p.test?subject=unsubscribe>, <https://rcp2p.test/unsubscribe?t=u42>",
		"List-Unsubscribe-Post":    "List-Unsubscribe=One-Click",
		"Precedence":               "bulk",
		"Reply-To":                 "opportunities+d42@rcp2p.test",
		"X-Auto-Response-Suppress": "OOF, AutoReply",
	}
	if len(m.Headers) != len(want) {
		t.Errorf("headers = %v, want %v", m.Headers, want)
	}
	for k, v := range want {
		if m.Headers[k] != v {
			t.Errorf("%s = %q, want %q", k, m.Headers[k], v)
		}
	}
	if m.Subject != "3 new opportunities for Contoso — week of 30 November 2026" {
		t.Errorf("subject = %q", m.Subject)
	}
	if m.Kind != rcp2p.MailDigest || m.State != rcp2p.OutboxPending || !m.CreatedAt.Equal(testNow) || !m.NextAttemptAt.Equal(testNow) {
		t.Errorf("kind/state/times = %s %s %v %v", m.Kind, m.State, m.CreatedAt, m.NextAttemptAt)
	}
	if !strings.HasSuffix(m.MessageID, "@rcp2p.test") || strings.ContainsAny(m.MessageID, "<> ") {
		t.Errorf("message id = %q", m.MessageID)
	}
	if len(m.To) != 1 || m.To[0] != "ops@contoso.test" {
		t.Errorf("to = %v", m.To)
	}
}

func TestDigestSingleItemAndRelativeURL(t *testing.T) {
	c := newTestComposer(t)
	m, err := c.Digest("ops@contoso.test", singleView())
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "1 new opportunity for Contoso — week of 30 November 2026" {
		t.Errorf("subject = %q", m.Subject)
	}
	if got := m.Headers["List-Unsubscribe"]; got != "<https://rcp2p.test/unsubscribe?t=u7>" {
		t.Errorf("List-Unsubscribe = %q", got)
	}
	if !strings.Contains(m.Text, "   Interested? Reply to this mail with \"#1\"\n") {
		t.Errorf("text without mailto should only offer a reply:\n%s", m.Text)
	}
}

func TestDigestDropsQueryOfHugeMailto(t *testing.T) {
	c := newTestComposer(t)
	v := basicView()
	v.Items[0].InterestMailto = "mailto:opportunities+i17@rcp2p.test?subject=" + strings.Repeat("x", 5000)
	m, err := c.Digest("ops@contoso.test", v)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(m.HTML, "xxxxxxxx") || !strings.Contains(m.HTML, `href="mailto:opportunities&#43;i17@rcp2p.test"`) {
		t.Error("a 5,000-character mailto was kept")
	}
}

func TestDigestHTMLShape(t *testing.T) {
	c := newTestComposer(t)
	m, err := c.Digest("ops@contoso.test", basicView())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"max-width:600px", `role="presentation"`, "<!--[if mso]>", "mso-hide:all", `href="mailto:opportunities&#43;i17@rcp2p.test?subject=Interested%20in%20OPP-17"`, "I&rsquo;m interested", `bgcolor="#1a7f37"`} {
		if !strings.Contains(m.HTML, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, bad := range []string{"<style", "<script", "<link", "<img", "class="} {
		if strings.Contains(m.HTML, bad) {
			t.Errorf("HTML contains %q", bad)
		}
	}
}

func TestDigestInvalid(t *testing.T) {
	c := newTestComposer(t)
	cases := []struct {
		name string
		to   string
		edit func(*DigestView)
	}{
		{"no items", "ops@contoso.test", func(v *DigestView) { v.Items = nil }},
		{"bad to", "not an address", func(*DigestView) {}},
		{"to with name", "Ops <ops@contoso.test>", func(*DigestView) {}},
		{"bad reply-to", "ops@contoso.test", func(v *DigestView) { v.ReplyTo = "nobody" }},
		{"no unsubscribe", "ops@contoso.test", func(v *DigestView) { v.UnsubscribeURL, v.UnsubscribeMailto = "", "" }},
		{"ftp unsubscribe", "ops@contoso.test", func(v *DigestView) { v.UnsubscribeURL = "ftp://rcp2p.test/u" }},
		{"unsubscribe without host", "ops@contoso.test", func(v *DigestView) { v.UnsubscribeURL = "https:///u" }},
		{"bad ref", "ops@contoso.test", func(v *DigestView) { v.Items[1].Ref = "17" }},
		{"javascript mailto", "ops@contoso.test", func(v *DigestView) { v.Items[0].InterestMailto = "javascript:alert(1)" }},
		{"mailto header injection", "ops@contoso.test", func(v *DigestView) { v.UnsubscribeMailto = "mailto:a@b.test>\r\nBcc: x@y" }},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			v := basicView()
			tt.edit(&v)
			_, err := c.Digest(tt.to, v)
			if !errors.Is(err, rcp2p.ErrInvalid) {
				t.Errorf("err = %v, want rcp2p.ErrInvalid", err)
			}
		})
	}
}

func TestNoticeHeaders(t *testing.T) {
	c := newTestComposer(t)
	cases := []struct {
		name string
		o    NoticeOptions
		want map[string]string
	}{
		{"ack threads and replies", func() NoticeOptions { o, _ := ackNotice(); return o }(), map[string]string{
			"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "OOF, AutoReply",
			"In-Reply-To": "<CAF=abc123@mail.fabrikam.test>",
			"References":  "<root@mail.fabrikam.test> <CAF=abc123@mail.fabrikam.test>",
			"Reply-To":    "opportunities+a17@rcp2p.test",
		}},
		{"introduction is auto-generated", NoticeOptions{Kind: rcp2p.MailIntroduction, To: []string{"a@b.test"}, Cc: []string{"c@d.test"}},
			map[string]string{"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "OOF, AutoReply"}},
		{"introduction replies go to both partners", NoticeOptions{Kind: rcp2p.MailIntroduction, To: []string{"a@b.test"}, Cc: []string{"c@d.test"}, ReplyTo: "a@b.test,c@d.test"},
			map[string]string{"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "OOF, AutoReply", "Reply-To": "a@b.test, c@d.test"}},
		{"explicit auto-submitted wins", NoticeOptions{Kind: rcp2p.MailConfirmation, To: []string{"a@b.test"}, AutoSubmitted: "auto-generated"},
			map[string]string{"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "OOF, AutoReply"}},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			m, err := c.Notice(tt.o, NoticeView{Subject: "s", Paragraphs: []string{"p"}})
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Headers) != len(tt.want) {
				t.Errorf("headers = %v, want %v", m.Headers, tt.want)
			}
			for k, v := range tt.want {
				if m.Headers[k] != v {
					t.Errorf("%s = %q, want %q", k, m.Headers[k], v)
				}
			}
			if m.Kind != tt.o.Kind {
				t.Errorf("kind = %q", m.Kind)
			}
		})
	}
}

func TestNoticeReferencesBounded(t *testing.T) {
	c := newTestComposer(t)
	var refs []string
	for i := range 30 {
		refs = append(refs, "m"+itoa(i)+"@x.test")
	}
	m, err := c.Notice(NoticeOptions{Kind: rcp2p.MailReply, To: []string{"a@b.test"}, References: refs}, NoticeView{Subject: "s"})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Fields(m.Headers["References"])
	if len(got) != maxReferences || got[0] != "<m0@x.test>" || got[len(got)-1] != "<m29@x.test>" {
		t.Errorf("References = %v", got)
	}
}

func TestNoticeInvalid(t *testing.T) {
	c := newTestComposer(t)
	ok := NoticeView{Subject: "s"}
	cases := []struct {
		name string
		o    NoticeOptions
		v    NoticeView
	}{
		{"digest kind", NoticeOptions{Kind: rcp2p.MailDigest, To: []string{"a@b.test"}}, ok},
		{"no recipient", NoticeOptions{Kind: rcp2p.MailReply}, ok},
		{"bad cc", NoticeOptions{Kind: rcp2p.MailIntroduction, To: []string{"a@b.test"}, Cc: []string{"x"}}, ok},
		{"bad auto-submitted", NoticeOptions{Kind: rcp2p.MailReply, To: []string{"a@b.test"}, AutoSubmitted: "no"}, ok},
		{"header injection in in-reply-to", NoticeOptions{Kind: rcp2p.MailReply, To: []string{"a@b.test"}, InReplyTo: "a@b\r\nBcc: c@d"}, ok},
		{"empty subject", NoticeOptions{Kind: rcp2p.MailReply, To: []string{"a@b.test"}}, NoticeView{Subject: " \n "}},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := c.Notice(tt.o, tt.v); !errors.Is(err, rcp2p.ErrInvalid) {
				t.Errorf("err = %v, want rcp2p.ErrInvalid", err)
			}
		})
	}
}

func TestNewMessageIDUnique(t *testing.T) {
	c := newTestComposer(t)
	seen := map[string]bool{}
	for range 1000 {
		id := c.NewMessageID()
		if seen[id] {
			t.Fatalf("duplicate %s", id)
		}
		seen[id] = true
		if !regexp.MustCompile(`^[a-z2-7]{26}@rcp2p\.test$`).MatchString(id) {
			t.Fatalf("id %q has the wrong form", id)
		}
	}
}

func TestNewRejectsBrokenTemplates(t *testing.T) {
	good := func() fstest.MapFS {
		fs := fstest.MapFS{}
		for _, name := range []string{"layout.html", "digest.html", "notice.html", "layout.txt", "digest.txt", "notice.txt"} {
			fs[name] = &fstest.MapFile{Data: []byte(`{{define "x"}}{{end}}`)}
		}
		fs["layout.html"].Data = []byte(`{{define "top"}}{{end}}{{define "bottom"}}{{end}}`)
		fs["layout.txt"].Data = []byte(`{{define "signature"}}{{end}}`)
		return fs
	}
	cases := map[string]func(fstest.MapFS){
		"parse error":     func(fs fstest.MapFS) { fs["digest.html"].Data = []byte(`{{if}}`) },
		"missing field":   func(fs fstest.MapFS) { fs["notice.txt"].Data = []byte(`{{.NoSuchField}}`) },
		"missing file":    func(fs fstest.MapFS) { delete(fs, "notice.html") },
		"unsafe context":  func(fs fstest.MapFS) { fs["digest.html"].Data = []byte(`<a href="{{.Company}}`) },
		"unknown partial": func(fs fstest.MapFS) { fs["digest.txt"].Data = []byte(`{{template "nope" .}}`) },
	}
	opts := Options{Domain: "rcp2p.test", Address: "opportunities@rcp2p.test"}
	if _, err := newComposer(opts, good()); err != nil {
		t.Fatalf("minimal templates: %v", err)
	}
	for name, breakIt := range cases {
		t.Run(name, func(t *testing.T) {
			fs := good()
			breakIt(fs)
			if _, err := newComposer(opts, fs); err == nil {
				t.Error("New accepted broken templates")
			}
		})
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	for name, o := range map[string]Options{
		"no domain":   {Address: "a@b.test"},
		"bad domain":  {Domain: "a b", Address: "a@b.test"},
		"bad address": {Domain: "b.test", Address: "nobody"},
		"bad base":    {Domain: "b.test", Address: "a@b.test", BaseURL: "ftp://x"},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := New(o); !errors.Is(err, rcp2p.ErrInvalid) {
				t.Errorf("err = %v, want rcp2p.ErrInvalid", err)
			}
		})
	}
}
