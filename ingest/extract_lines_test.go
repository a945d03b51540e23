package ingest

import (
	"slices"
	"testing"
	"time"

	"rcp2p"
	"rcp2p/taxonomy"
)

// TestExtractOutsideMail covers rules found with the holdout corpus (mail
// written outside the team): each case is one general rule.
func TestExtractOutsideMail(t *testing.T) {
	tx := taxonomy.Default()
	date := time.Date(2026, 11, 20, 14, 0, 0, 0, time.FixedZone("AEST", 10*3600)) // a Friday
	eur := func(a float64) *rcp2p.Money { return &rcp2p.Money{Amount: a, Currency: "EUR"} }
	tests := []struct {
		name, subject, body string
		want                Fields // Title and Description are not compared
	}{
		{"labels alone on their line", "x",
			"Intro.\n\nSkills\nDynamics 365 Sales\n\nLocation\nPhoenix, AZ\n\nBudget\n$80k\n\nRespond by\nJan 15th",
			Fields{Competencies: []string{"Cloud Customer Relationship Management"}, Regions: []string{"US-West"},
				Budget: &rcp2p.Money{Amount: 80000, Currency: "USD"}, RespondBy: "2027-01-15"}},
		{"table cells as lines, no blank lines", "x",
			"Kompetenzen\nWindows Server, Hyper-V\nStandort\nZürich\nAntwort bis\n15.01.27",
			Fields{Competencies: []string{"Data Center"}, Regions: []string{"Europe"}, RespondBy: "2027-01-15"}},
		{"bold keys run into one line", "x", "*Skills* Azure *Region* Benelux *Budget* € 40.000",
			Fields{Competencies: []string{"Cloud Platform"}, Regions: []string{"Benelux"}, Budget: eur(40000)}},
		{"emoji keys and check-mark bullets", "x", "🛠 Skills:\n✔ Microsoft Intune\n✔ Windows Autopilot\n💰 Budget: A$120k",
			Fields{Competencies: []string{"Enterprise Mobility Management"}, Budget: &rcp2p.Money{Amount: 120000, Currency: "AUD"}}},
		{"budget TBD: a price elsewhere is no budget", "x",
			"They pay $36/user/month today.\nSkills: Copilot Studio\nBudget: TBD",
			Fields{Competencies: []string{"AI and Machine Learning"}}},
		{"state code of another continent is dropped", "x", "Skills: Intune\nLocation: Perth, WA",
			Fields{Competencies: []string{"Enterprise Mobility Management"}, Regions: []string{"Australia"}}},
		{"state code of the same country wins", "x", "Skills: Intune\nLocation: Portland, ME",
			Fields{Competencies: []string{"Enterprise Mobility Management"}, Regions: []string{"US-East"}}},
		{"see below reads the Outlook block", "Opportunity for the community",
			"Please see below - can you share it?\n\nThanks,\nJoe\nNorthwind | Security · Intune\n\nFrom: Helen <h@u.example>\nSent: 17 November 2026 16:48\nTo: Joe <j@n.example>\nSubject: Purview\n\nWe are a university in Manchester and need Microsoft Purview.",
			Fields{Competencies: []string{"Security"}, Regions: []string{"UK"}, Industry: "Education"}},
		{"the submitter's own part is not asked for", "x",
			"A food manufacturer in Milwaukee moves to Business Central. We need a BC partner for the finance build; we keep the reporting.",
			Fields{Competencies: []string{"Enterprise Resource Planning"}, Regions: []string{"US-Central"}, Industry: "Manufacturing"}},
		{"date before a Hindi postposition", "x", "हमें Azure DevOps में expert चाहिए। कृपया 5th Dec तक reply करें।",
			Fields{Competencies: []string{"DevOps"}, RespondBy: "2026-12-05"}},
		{"date before Chinese 前", "x", "我们需要 Power BI 合作伙伴。请于2026年12月18日前回复。",
			Fields{Competencies: []string{"Data Analytics"}, RespondBy: "2026-12-18"}},
		{"end of Q1", "x", "Skills: Azure\nEOI deadline: end of Q1",
			Fields{Competencies: []string{"Cloud Platform"}, RespondBy: "2027-03-31"}},
		{"dollar with country letters", "x", "Compétences : Teams Rooms\nBudget : 75 000 $ CA",
			Fields{Competencies: []string{"Communications"}, Budget: &rcp2p.Money{Amount: 75000, Currency: "CAD"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tx, tc.subject, tc.body, date)
			checkFields(t, got, tc.want)
		})
	}
}

// TestExtractKeysInManyLanguages reads the same five fields written with
// the keys of one language each.
func TestExtractKeysInManyLanguages(t *testing.T) {
	tx := taxonomy.Default()
	date := time.Date(2026, 11, 16, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name, body string
		want       Fields
	}{
		{"Italian", "Competenze richieste: Business Central\nArea geografica: Italia\nSettore: manifatturiero\nBudget indicativo: € 60.000\nScadenza risposte: venerdì 11 dicembre 2026",
			Fields{Competencies: []string{"Enterprise Resource Planning"}, Regions: []string{"Europe"}, Industry: "Manufacturing", Budget: &rcp2p.Money{Amount: 60000, Currency: "EUR"}, RespondBy: "2026-12-11"}},
		{"Dutch", "Vaardigheden: Intune\nRegio: Nederland\nSector: gemeente\nBegroting: € 40.000\nReageren vóór: 2027/01/15",
			Fields{Competencies: []string{"Enterprise Mobility Management"}, Regions: []string{"Benelux"}, Industry: "Public Sector", Budget: &rcp2p.Money{Amount: 40000, Currency: "EUR"}, RespondBy: "2027-01-15"}},
		{"Polish", "Kompetencje: Microsoft Sentinel\nLokalizacja: Polska\nBranża: bankowość\nBudżet: 200 000 zł\nTermin odpowiedzi: 3 grudnia 2026",
			Fields{Competencies: []string{"Security"}, Regions: []string{"Europe"}, Industry: "Financial Services", Budget: &rcp2p.Money{Amount: 200000, Currency: "PLN"}, RespondBy: "2026-12-03"}},
		{"Danish", "Kompetencer: Teams Phone\nOmråde: Danmark\nBranche: offentlig sektor\nBudget: 450.000 DKK\nSvarfrist: 4. december 2026",
			Fields{Competencies: []string{"Communications"}, Regions: []string{"Nordics"}, Industry: "Public Sector", Budget: &rcp2p.Money{Amount: 450000, Currency: "DKK"}, RespondBy: "2026-12-04"}},
		{"Norwegian", "Kompetanse: Terraform\nSted: Bergen\nBransje: energiselskap\nBudsjett: NOK 1,2 mill.\nSvarfrist: fredag 4. desember",
			Fields{Competencies: []string{"DevOps"}, Regions: []string{"Nordics"}, Industry: "Energy", Budget: &rcp2p.Money{Amount: 1200000, Currency: "NOK"}, RespondBy: "2026-12-04"}},
		{"Finnish", "Osaamisalueet: SharePoint\nAlue: Suomi\nToimiala: julkinen sektori\nBudjetti: 60 000 €\nVastaus viimeistään: 15.1.2027",
			Fields{Competencies: []string{"Collaboration and Content"}, Regions: []string{"Nordics"}, Industry: "Public Sector", Budget: &rcp2p.Money{Amount: 60000, Currency: "EUR"}, RespondBy: "2027-01-15"}},
		{"Chinese", "所需技能：Business Central、Power BI\n地区：中国上海\n行业：制造业\n预算：人民币 50 万元\n截止日期：2026年12月18日",
			Fields{Competencies: []string{"Enterprise Resource Planning", "Data Analytics"}, Regions: []string{"APAC"}, Industry: "Manufacturing", Budget: &rcp2p.Money{Amount: 500000, Currency: "CNY"}, RespondBy: "2026-12-18"}},
		{"Korean", "필요 역량: Microsoft Sentinel\n지역: 대한민국 서울\n업종: 금융 (은행)\n예산: 1억원\n회신 기한: 2026년 12월 10일",
			Fields{Competencies: []string{"Security"}, Regions: []string{"APAC"}, Industry: "Financial Services", Budget: &rcp2p.Money{Amount: 1e8, Currency: "KRW"}, RespondBy: "2026-12-10"}},
		{"Hebrew", "כישורים נדרשים: Microsoft Intune\nתחום: בריאות\nתקציב: \u200f150,000 ₪\nמועד אחרון לתגובה: 15/12/2026",
			Fields{Competencies: []string{"Enterprise Mobility Management"}, Industry: "Healthcare", Budget: &rcp2p.Money{Amount: 150000, Currency: "ILS"}, RespondBy: "2026-12-15"}},
		{"Arabic with Arabic-Indic digits", "الكفاءات المطلوبة: Business Central\nالقطاع: التجزئة\nالميزانية: ٥٠٬٠٠٠ دولار أمريكي\nآخر موعد للرد: ١٠/١٢/٢٠٢٦",
			Fields{Competencies: []string{"Enterprise Resource Planning"}, Industry: "Retail", Budget: &rcp2p.Money{Amount: 50000, Currency: "USD"}, RespondBy: "2026-12-10"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFields(t, Extract(tx, "x", tc.body, date), tc.want)
		})
	}
}

func checkFields(t *testing.T, got, want Fields) {
	t.Helper()
	if !slices.Equal(got.Competencies, want.Competencies) {
		t.Errorf("competencies = %q, want %q", got.Competencies, want.Competencies)
	}
	if !slices.Equal(got.Regions, want.Regions) && (len(got.Regions) > 0 || len(want.Regions) > 0) {
		t.Errorf("regions = %q, want %q", got.Regions, want.Regions)
	}
	if got.Industry != want.Industry {
		t.Errorf("industry = %q, want %q", got.Industry, want.Industry)
	}
	if (got.Budget == nil) != (want.Budget == nil) || (got.Budget != nil && *got.Budget != *want.Budget) {
		t.Errorf("budget = %v, want %v", got.Budget, want.Budget)
	}
	if got.RespondBy != want.RespondBy {
		t.Errorf("respond by = %q, want %q", got.RespondBy, want.RespondBy)
	}
}
