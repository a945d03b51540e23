package compose

import (
	"strings"
	"testing"
)

// FuzzDigest renders a digest around any title and summary. Properties: no
// error, no panic; partner text adds no markup (the HTML has exactly as
// many '<' as a digest with a plain title) and so never an unescaped
// <script; the text part keeps its "N. <title> (OPP-n)" line.
func FuzzDigest(f *testing.F) {
	for _, s := range []string{
		"", "Power BI", `<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`,
		"<scr<script>ipt>", "</td></tr></table><script>", "\u202Eevil", "a\nb\r\nc", "\xff\xfe",
		strings.Repeat("x", 10000), "日本語", "🚀👩‍💻🇩🇪", "{{.Company}}", "-->", "<!--[if mso]>",
	} {
		f.Add(s, s)
	}
	c := newTestComposer(f)
	f.Fuzz(func(t *testing.T, title, summary string) {
		m, err := c.Digest("ops@contoso.test", fuzzView(title, summary))
		if err != nil {
			t.Fatalf("Digest: %v", err)
		}
		// A plain digest with the same empty fields: empty text drops rows.
		base, err := c.Digest("ops@contoso.test", fuzzView(plain(title, "t"), plain(summary, "s")))
		if err != nil {
			t.Fatalf("Digest: %v", err)
		}
		baseTags := strings.Count(base.HTML, "<")
		if strings.Contains(strings.ToLower(m.HTML), "<script") {
			t.Fatal("HTML contains <script")
		}
		if n := strings.Count(m.HTML, "<"); n != baseTags {
			t.Fatalf("HTML has %d '<', a plain digest has %d: partner text added markup", n, baseTags)
		}
		if got := itemLine.FindAllStringSubmatch(m.Text, -1); len(got) != 1 || got[0][3] != "OPP-1" {
			t.Fatalf("text item lines = %q", got)
		}
	})
}

func fuzzView(title, summary string) DigestView {
	v := digestView(DigestItem{N: 1, Ref: "OPP-1", Title: title, Summary: summary, Reason: title,
		InterestMailto: "mailto:opportunities+i1@rcp2p.test"})
	v.Company = summary
	return v
}

func plain(s, word string) string {
	if clean(s, maxTitle) == "" {
		return ""
	}
	return word
}
