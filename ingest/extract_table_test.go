package ingest

import (
	"slices"
	"testing"
	"time"

	"rcp2p"
	"rcp2p/taxonomy"
)

func TestParseMoneyThirdHoldout(t *testing.T) {
	for in, want := range map[string]rcp2p.Money{
		"35 000 eurot":             {Amount: 35000, Currency: "EUR"},
		"۸۰٬۰۰۰ دلار آمریکا":       {Amount: 80000, Currency: "USD"},
		"KES 4,500,000":            {Amount: 4500000, Currency: "KES"},
		"KSh 4.5M":                 {Amount: 4500000, Currency: "KES"},
		"around PHP 2.5M":          {Amount: 2500000, Currency: "PHP"},
		"₱2.5M":                    {Amount: 2500000, Currency: "PHP"},
		"min 30k max 50k EUR":      {Amount: 30000, Currency: "EUR"},
		"max 50k EUR":              {Amount: 50000, Currency: "EUR"},
		"250 000,00 EUR":           {Amount: 250000, Currency: "EUR"},
		"up to $120k":              {Amount: 120000, Currency: "USD"},
		"RM 180,000":               {Amount: 180000, Currency: "MYR"},
		"£48,000 (heb TAW)":        {Amount: 48000, Currency: "GBP"},
		"60.000 € (IVA no inclòs)": {Amount: 60000, Currency: "EUR"},
	} {
		got, ok := ParseMoney(in)
		if !ok || got.Amount != want.Amount || got.Currency != want.Currency {
			t.Errorf("ParseMoney(%q) = %v, want %v", in, got, want)
		}
	}
	for _, in := range []string{"PHP 8.3", "PHP 50k", "PHP 7 and Laravel"} {
		if got, ok := ParseMoney(in); ok {
			t.Errorf("ParseMoney(%q) = %v, want no money", in, got)
		}
	}
}

func TestParseDateThirdHoldout(t *testing.T) {
	ref := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	for in, want := range map[string]string{
		"10 Rhagfyr 2026":              "2026-12-10", // Welsh
		"9 de desembre de 2026":        "2026-12-09", // Catalan
		"7. detsember 2026":            "2026-12-07", // Estonian
		"2026. gada 7. decembrī":       "2026-12-07", // Latvian
		"gruodžio 7 d.":                "2026-12-07", // Lithuanian
		"۱۵ دسامبر ۲۰۲۶":               "2026-12-15", // Persian, Persian digits
		"8 Desemba 2026":               "2026-12-08", // Swahili
		"14 Disyembre 2026":            "2026-12-14", // Filipino
		"12/11/2026":                   "2026-12-11", // day first has passed: month first
		"1/2/2027":                     "2027-02-01", // both ahead: day first
		"14/12/2026 Local time: 12:00": "2026-12-14",
	} {
		if got, ok := ParseDate(in, ref); !ok || got != want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestKeysThirdHoldout(t *testing.T) {
	for key, want := range map[string]kvField{
		"Time limit for receipt of tenders or requests to participate": kvRespondBy,
		"Estimated value (excl. VAT)":                                  kvBudget,
		"Dyddiad cau":                                                  kvRespondBy,
		"Cyllideb":                                                     kvBudget,
		"Rhanbarth":                                                    kvRegions,
		"Pressupost":                                                   kvBudget,
		"Data límit de resposta":                                       kvRespondBy,
		"Vajalikud oskused":                                            kvCompetencies,
		"Tähtaeg":                                                      kvRespondBy,
		"مهارت‌ها":                                                     kvCompetencies,
		"مهلت ارسال پاسخ":                                              kvRespondBy,
		"Tarehe ya mwisho":                                             kvRespondBy,
		"Tarikh tutup":                                                 kvRespondBy,
		"Last date":                                                    kvRespondBy,
		"Partner designations required":                                kvCompetencies,
	} {
		if got := kvFieldOf(key); got != want {
			t.Errorf("kvFieldOf(%q) = %d, want %d", key, got, want)
		}
	}
}

func TestExtractTabTableAndSubjectAndCPV(t *testing.T) {
	tx := taxonomy.Default()
	date := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	body := "Pasted from our sheet:\n\nCustomer\tLocation\tTechnology\tBudget\tRespond by\n" +
		"Acme Grocers\tChicago, IL\tDynamics 365 Business Central\t$65,000\t15/12/2026\n"
	f := Extract(tx, "New opp", body, date)
	if f.RespondBy != "2026-12-15" || f.Budget == nil || f.Budget.Amount != 65000 ||
		!slices.Equal(f.Regions, []string{"US-Central"}) {
		t.Errorf("tab table: %+v", f)
	}

	f = Extract(tx, "[OPP] Power BI | Germany | €40k | due 15 Jan", "Details in the subject.", date)
	if f.Budget == nil || f.Budget.Amount != 40000 || f.Budget.Currency != "EUR" || f.RespondBy != "2027-01-15" {
		t.Errorf("subject fields: budget %v, respond by %q", f.Budget, f.RespondBy)
	}

	body = "Tender for a Microsoft 365 migration.\n" +
		"Main CPV code: 72000000-5 IT services: consulting, software development, Internet and support\n"
	if got := Extract(tx, "Tender", body, date).Competencies; !slices.Equal(got, []string{"Cloud Productivity"}) {
		t.Errorf("CPV line read as a requirement: %q", got)
	}
}
