package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"rcp2p"
	"rcp2p/taxonomy"
)

func TestExtract(t *testing.T) {
	tx := taxonomy.Default()
	date := time.Date(2026, 11, 3, 9, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		name, subject, body string
		want                Fields // Description is not compared
	}{
		{"key-value lines", "Power BI and data warehouse for London insurer",
			"Hi all,\n\nCompetencies: Data Analytics, Data Platform\nRegion(s): UK (London)\nIndustry: Insurance\nBudget: £85,000\nRespond by: 2026-12-04\n\nDetails follow.",
			Fields{Title: "Power BI and data warehouse for London insurer", Competencies: []string{"Data Analytics", "Data Platform"},
				Regions: []string{"UK"}, Industry: "Financial Services", Budget: &rcp2p.Money{Amount: 85000, Currency: "GBP"}, RespondBy: "2026-12-04"}},
		{"other key spellings", "Endpoint workstream",
			"Skills needed: Intune / endpoint management, Windows 11 rollout\nLocation: Dallas, Texas (on-site)\nSector: Healthcare\nEst. budget: USD 120k\nDeadline: December 15, 2026",
			Fields{Title: "Endpoint workstream", Competencies: []string{"Enterprise Mobility Management", "Windows and Devices"},
				Regions: []string{"US-Central"}, Industry: "Healthcare", Budget: &rcp2p.Money{Amount: 120000, Currency: "USD"}, RespondBy: "2026-12-15"}},
		{"markdown, bullets, tabs, full-width colon", "x",
			"- **Competencies:** Security\n* **Region**: Germany\n• Branche：Krankenhaus\nBudget (EUR)\t40.000\n1. Frist: 7. Dezember 2026",
			Fields{Title: "x", Competencies: []string{"Security"}, Regions: []string{"Germany"}, Industry: "Healthcare",
				Budget: &rcp2p.Money{Amount: 40000, Currency: "EUR"}, RespondBy: "2026-12-07"}},
		{"French and Spanish keys", "x",
			"Compétences : Cybersécurité\nRégion : Paris\nSecteur : banque\nPresupuesto: 50.000 €\nDate limite : 15 décembre 2026",
			Fields{Title: "x", Competencies: []string{"Security"}, Regions: []string{"France"}, Industry: "Financial Services",
				Budget: &rcp2p.Money{Amount: 50000, Currency: "EUR"}, RespondBy: "2026-12-15"}},
		{"table pipes", "x", "| Skills | Azure |\n| Country | Canada |",
			Fields{Title: "x", Competencies: []string{"Cloud Platform"}, Regions: []string{"Canada"}}},
		{"list under the key", "x", "Skills:\n- Azure\n- Intune\n\nRegion: Remote",
			Fields{Title: "x", Competencies: []string{"Cloud Platform", "Enterprise Mobility Management"}, Regions: []string{"Remote"}}},
		{"value split on and, und, et", "x", "Competencies: Power BI and Azure und Intune et SharePoint",
			Fields{Title: "x", Competencies: []string{"Data Analytics", "Cloud Platform", "Enterprise Mobility Management", "Collaboration and Content"}}},
		{"split broken names are found whole", "x", "Skills: CI/CD\nIndustry: Oil & Gas",
			Fields{Title: "x", Competencies: []string{"DevOps"}, Industry: "Energy"}},
		{"two-letter state code in a field", "x", "Skills: Azure\nLocation: Portland, OR",
			Fields{Title: "x", Competencies: []string{"Cloud Platform"}, Regions: []string{"US-West"}}},
		{"region ancestors dropped", "x", "Skills: Azure\nLocation: Seattle, WA, USA",
			Fields{Title: "x", Competencies: []string{"Cloud Platform"}, Regions: []string{"US-West"}}},
		{"free text only", "Partner für Microsoft Sentinel bei einem Klinikverbund gesucht",
			"Hallo zusammen,\n\nfür ein Krankenhaus in Deutschland suchen wir Unterstützung bei Sentinel und Defender. Budget ca. 40.000 €. Rückmeldung bitte bis 7. Dezember 2026.",
			Fields{Title: "Partner für Microsoft Sentinel bei einem Klinikverbund gesucht", Competencies: []string{"Security"},
				Regions: []string{"Germany"}, Industry: "Healthcare", Budget: &rcp2p.Money{Amount: 40000, Currency: "EUR"}, RespondBy: "2026-12-07"}},
		{"lines beat free text", "Azure migration", "Competencies: Security\n\nWe also like Azure and Power BI.",
			Fields{Title: "Azure migration", Competencies: []string{"Security"}}},
		{"relative deadline in prose", "Intune help", "We need Intune. Please reply by next Friday.",
			Fields{Title: "Intune help", Competencies: []string{"Enterprise Mobility Management"}, RespondBy: "2026-11-06"}},
		{"a date without a deadline word is not the deadline", "Intune help", "We need Intune; the project starts 1 February 2027.",
			Fields{Title: "Intune help", Competencies: []string{"Enterprise Mobility Management"}}},
		{"budget from the money line", "Intune help", "The client has 2,000 staff and USD 2bn revenue.\nOur budget is about €40k.\nWe need Intune.",
			Fields{Title: "Intune help", Competencies: []string{"Enterprise Mobility Management"}, Budget: &rcp2p.Money{Amount: 40000, Currency: "EUR"}}},
		{"TBD budget", "x", "Skills: Azure\nBudget: TBD", Fields{Title: "x", Competencies: []string{"Cloud Platform"}}},
		{"said is not AI", "A request", "He said it plainly: we need SharePoint.",
			Fields{Title: "A request", Competencies: []string{"Collaboration and Content"}}},
		{"disclaimer does not leak", "Need Power BI",
			"We need Power BI.\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. Contoso is a Gold Partner for Security, Azure and Intune, a hospital specialist in Berlin.",
			Fields{Title: "Need Power BI", Competencies: []string{"Data Analytics"}}},
		{"signature does not leak", "Need Power BI",
			"We need Power BI.\n\nKind regards,\nPriya\nFabrikam Cloud Services | Seattle, WA | Azure & Security partner\n+1 206 555 0117",
			Fields{Title: "Need Power BI", Competencies: []string{"Data Analytics"}}},
		{"quoted history ignored", "Re: Partner network intro call",
			"Sure: we need Azure DevOps help for a retailer in Brazil.\n\nOn Mon, Nov 2, 2026 at 10:00 AM Anna <anna@example.com> wrote:\n> Do you need Power BI? We are in Germany.\n> Budget $90k",
			Fields{Title: "Partner network intro call", Competencies: []string{"DevOps"}, Regions: []string{"Brazil"}, Industry: "Retail"}},
		{"Outlook history ignored", "RE: intro",
			"Security, please.\n\nFrom: Anna <a@b.c>\nSent: Monday, 2 November 2026\nTo: Bob <b@b.c>\nSubject: intro\n\nPower BI in Germany, budget €90k.",
			Fields{Title: "intro", Competencies: []string{"Security"}}},
		{"forwarded content kept", "Fwd: Azure migration – Coastal Water",
			"FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Anna <anna@example.com>\nDate: Mon, Nov 2, 2026\nSubject: Azure migration\nTo: Bob <bob@example.com>\n\nWe need an Azure migration for a water utility in Brisbane. Budget AUD 90,000.",
			Fields{Title: "Azure migration – Coastal Water", Competencies: []string{"Cloud Platform"}, Regions: []string{"Australia"},
				Industry: "Energy", Budget: &rcp2p.Money{Amount: 90000, Currency: "AUD"}}},
		{"Outlook forward by subject", "FW: RFP - Business Central",
			"Please see below.\n\n-----Original Message-----\nFrom: Anna\nSent: Monday\nTo: Bob\nSubject: RFP\n\nBusiness Central for a retailer in Seattle.",
			Fields{Title: "RFP - Business Central", Competencies: []string{"Enterprise Resource Planning"}, Regions: []string{"US-West"}, Industry: "Retail"}},
		{"empty subject takes the first line", "", "\n\n  Need Intune for schools  \nmore",
			Fields{Title: "Need Intune for schools", Competencies: []string{"Enterprise Mobility Management"}, Industry: "Education"}},
		{"nothing understood", "Hello", "Just saying hi.", Fields{Title: "Hello"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tx, tc.subject, tc.body, date)
			got.Description = ""
			if !sameFields(got, tc.want) {
				t.Errorf("Extract =\n%s\nwant\n%s", fieldsString(got), fieldsString(tc.want))
			}
		})
	}
}

func sameFields(a, b Fields) bool {
	return a.Title == b.Title && slices.Equal(a.Competencies, b.Competencies) && slices.Equal(a.Regions, b.Regions) &&
		a.Industry == b.Industry && a.RespondBy == b.RespondBy &&
		(a.Budget == nil) == (b.Budget == nil) && (a.Budget == nil || *a.Budget == *b.Budget)
}

func fieldsString(f Fields) string {
	budget := "<nil>"
	if f.Budget != nil {
		budget = fmt.Sprintf("%v %s", f.Budget.Amount, f.Budget.Currency)
	}
	return fmt.Sprintf("  title %q\n  competencies %q\n  regions %q\n  industry %q\n  budget %s\n  respond by %q",
		f.Title, f.Competencies, f.Regions, f.Industry, budget, f.RespondBy)
}

func TestExtractLimits(t *testing.T) {
	tx := taxonomy.Default()
	long := strings.Repeat("é", 300)
	f := Extract(tx, long, strings.Repeat("Power BI é ", 1000), time.Time{})
	if n := utf8.RuneCountInString(f.Title); n != maxTitleRunes {
		t.Errorf("title has %d runes", n)
	}
	if n := utf8.RuneCountInString(f.Description); n > maxDescriptionRunes || n < maxDescriptionRunes-20 {
		t.Errorf("description has %d runes", n)
	}
	if f.Description != strings.TrimSpace(f.Description) || !utf8.ValidString(f.Description) {
		t.Errorf("description not trimmed or not UTF-8")
	}
	if f := Extract(tx, "", "\xff\xfe Azure", time.Time{}); !utf8.ValidString(f.Description) || !utf8.ValidString(f.Title) {
		t.Errorf("invalid UTF-8 kept: %q %q", f.Title, f.Description)
	}
}

func TestSplitKeyValue(t *testing.T) {
	tests := []struct {
		line, key, value string
		field            kvField
	}{
		{"Budget: 50k", "Budget", "50k", kvBudget},
		{"**Budget:** 50k", "Budget", "50k", kvBudget},
		{"**Budget**: 50k", "Budget", "50k", kvBudget},
		{"- Budget: 50k", "Budget", "50k", kvBudget},
		{"  • Region(s): UK", "Region(s)", "UK", kvRegions},
		{"Budget (EUR)\t40.000", "Budget (EUR)", "40.000", kvBudget},
		{"Frist：15.12.2026", "Frist", "15.12.2026", kvRespondBy},
		{"| Skills | Azure |", "Skills", "Azure", kvCompetencies},
		{"3. Deadline - Friday", "Deadline", "Friday", kvRespondBy},
		{"Antwort bis: Freitag", "Antwort bis", "Freitag", kvRespondBy},
		{"Répondre avant : vendredi", "Répondre avant", "vendredi", kvRespondBy},
		{"Date limite de réponse : 1er décembre", "Date limite de réponse", "1er décembre", kvRespondBy},
		{"Secteur d'activité : Santé", "Secteur d'activité", "Santé", kvIndustry},
		{"Orçamento: R$ 200.000,00", "Orçamento", "R$ 200.000,00", kvBudget},
		{"Phone: +1 206 555 0117", "", "", kvNone},
		{"Note: budget is 50k", "", "", kvNone},
		{"We need: Azure", "", "", kvNone},
		{"The budget that we discussed last week with the client is: 50k", "", "", kvNone},
		{"no separator", "", "", kvNone},
		{"", "", "", kvNone},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			k, v, f := splitKeyValue(tc.line)
			if k != tc.key || v != tc.value || f != tc.field {
				t.Errorf("splitKeyValue = %q, %q, %d; want %q, %q, %d", k, v, f, tc.key, tc.value, tc.field)
			}
		})
	}
}

// benchBody is a typical 20 KB submission: a short new text with fields, a
// signature and a disclaimer, then long Outlook reply history.
func benchBody() string {
	newText := "Hi all,\n\nWe have a client opportunity where we need a partner with strong Power BI and data warehouse skills.\n\n" +
		"Region(s): UK (London)\nIndustry: Insurance\nBudget: £85,000\nRespond by: 2026-12-04\n\n" +
		"The client is a specialty insurer headquartered in London. Reporting lives in 200 spreadsheets fed from SQL Server.\n\n" +
		"Kind regards,\nJoseph\n\nJoseph Okafor\nHead of Alliances | Northwind Traders Ltd\nM: +44 7700 900412\n\n" +
		"This e-mail and any attachments are confidential and intended solely for the addressee.\n"
	hist := "\nFrom: Anna Example <anna@example.com>\nSent: Monday, November 2, 2026 10:00 AM\nTo: Joseph <j@example.com>\n" +
		"Subject: RE: Reporting programme\n\nHello Joseph, thanks for the call. We discussed Azure, Intune, Sentinel and the " +
		"hospital project in Seattle. Budget USD 1.2M, deadline next Friday.\n"
	return newText + strings.Repeat(hist, (20000-len(newText))/len(hist))
}

func BenchmarkExtract(b *testing.B) {
	tx := taxonomy.Default()
	date := time.Date(2026, 11, 5, 10, 0, 0, 0, time.UTC)
	bodies := map[string]string{
		"typical": benchBody(),
		// worst case: 20 KB of new prose without fields, all read as free text
		"prose": strings.Repeat("We are looking for a partner with Power BI and Azure skills for a hospital group in Munich. "+
			"The budget is around EUR 40k and we need answers by 15 December 2026. Please reply with references.\n\n", 110)[:20000],
	}
	for name, body := range bodies {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(tx, "RE: Power BI partner wanted", body, date)
			}
		})
	}
}
