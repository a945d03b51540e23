package compose

import (
	"strings"
	"testing"
	"time"

	"rcp2p"
)

var testNow = time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC)

func newTestComposer(t testing.TB) *Composer {
	t.Helper()
	c, err := New(Options{
		Domain:   "rcp2p.test",
		Address:  "opportunities@rcp2p.test",
		FromName: "RCP2P Inbox",
		BaseURL:  "https://rcp2p.test",
		Now:      func() time.Time { return testNow },
	})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

func item(n int, title string) DigestItem {
	return DigestItem{
		N:              n,
		Ref:            "OPP-" + itoa(16+n),
		Title:          title,
		Summary:        "A regional hospital group needs Power BI dashboards over its Epic data warehouse. Three months, remote, with two on-site workshops in Seattle.",
		Reason:         "Data Analytics (gold) · US-West",
		Budget:         "USD 40,000",
		RespondBy:      "10 December 2026",
		Regions:        "US-West",
		Industry:       "Healthcare",
		Submitter:      "Fabrikam",
		InterestMailto: "mailto:opportunities+i" + itoa(16+n) + "@rcp2p.test?subject=Interested%20in%20OPP-" + itoa(16+n),
	}
}

func itoa(n int) string {
	const digits = "0123456789"
	if n < 10 {
		return digits[n : n+1]
	}
	return itoa(n/10) + digits[n%10:n%10+1]
}

func digestView(items ...DigestItem) DigestView {
	return DigestView{
		PartnerID:         "contoso",
		Company:           "Contoso",
		Period:            "week of 30 November 2026",
		Items:             items,
		ReplyTo:           "opportunities+d42@rcp2p.test",
		UnsubscribeURL:    "https://rcp2p.test/unsubscribe?t=u42",
		UnsubscribeMailto: "mailto:opportunities+u42@rcp2p.test?subject=unsubscribe",
	}
}

func basicView() DigestView {
	return digestView(
		item(1, "Power BI dashboards for a hospital group"),
		item(2, "Intune rollout for 3,000 devices"),
		item(3, "Business Central migration from NAV 2016"),
	)
}

// hostileView carries what a careless or malicious submitter might write.
func hostileView() DigestView {
	script := item(1, `<script>alert("x")</script> Urgent`)
	script.Summary = `"><img src=x onerror=alert(1)> and <a href="javascript:alert(2)">click</a>`
	long := item(2, strings.Repeat("Very long title ", 625)) // 10,000 characters
	long.Summary = strings.Repeat("word ", 400)
	rtl := item(3, "مشروع تحليل البيانات للمستشفى \u202Eevil\u202C")
	rtl.Summary = "פרויקט ניתוח נתונים עבור בית חולים, עם Power BI ו-Azure."
	emoji := item(4, "🚀 Launch 👩‍💻 team for 🇩🇪 retail\nrollout 2. Fake (OPP-99)")
	emoji.Summary = "Line one\r\nLine two\tTabbed\x00null\x1b[31mred"
	japanese := item(5, "病院グループ向けのデータ分析ダッシュボード構築")
	japanese.Summary = strings.Repeat("日本の製造業向けに、Azure と Power BI を使ったデータ基盤を構築します。", 12)
	japanese.InterestMailto = ""
	v := digestView(script, long, rtl, emoji, japanese)
	v.Company = `Contoso <b>"Bold"</b> & Sons`
	v.Period = "week of\n30 November 2026"
	return v
}

func singleView() DigestView {
	it := DigestItem{Ref: "OPP-7", Title: "Security review", InterestMailto: ""}
	v := digestView(it)
	v.UnsubscribeURL = "/unsubscribe?t=u7" // resolved against BaseURL
	v.UnsubscribeMailto = ""
	return v
}

func ackNotice() (NoticeOptions, NoticeView) {
	return NoticeOptions{
			Kind:       rcp2p.MailAck,
			To:         []string{"ann@fabrikam.test"},
			InReplyTo:  "CAF=abc123@mail.fabrikam.test",
			References: []string{"<root@mail.fabrikam.test>", "CAF=abc123@mail.fabrikam.test"},
			ReplyTo:    "opportunities+a17@rcp2p.test",
		}, NoticeView{
			Subject:  "Re: Need Power BI help for a hospital group [OPP-17]",
			Greeting: "Hello Ann,",
			Paragraphs: []string{
				"Thank you. Your opportunity is filed as OPP-17 and goes out in the next digests to partners whose competencies match. This is what we understood from your mail:",
				"Reply to this mail to correct anything, or write \"withdraw OPP-17\" to take it back.",
			},
			Facts: []Fact{
				{"Ref", "OPP-17"},
				{"Title", `Power BI <dashboards> for "hospital" group`},
				{"Competencies", "Data Analytics"},
				{"Regions", "US-West"},
				{"Budget", "USD 40,000"},
				{"Respond by", "10 December 2026"},
			},
			Closing: "Thanks for sharing the work.",
		}
}

func introNotice() (NoticeOptions, NoticeView) {
	return NoticeOptions{
			Kind:    rcp2p.MailIntroduction,
			To:      []string{"ann@fabrikam.test"},
			Cc:      []string{"bo@contoso.test"},
			ReplyTo: "ann@fabrikam.test, bo@contoso.test",
		}, NoticeView{
			Subject:  "Introduction: Contoso is interested in OPP-17",
			Greeting: "Hello Fabrikam and Contoso,",
			Paragraphs: []string{
				"Contoso replied to the digest and would like to work with you on OPP-17 “Power BI dashboards for a hospital group”. Reply all to talk to each other; we are out of the loop from here.",
			},
			Facts: []Fact{
				{"Opportunity", "OPP-17 Power BI dashboards for a hospital group"},
				{"Submitter", "Fabrikam · ann@fabrikam.test"},
				{"Interested", "Contoso · bo@contoso.test · Data Analytics (gold), Security (silver)"},
			},
		}
}
