package ingest

import (
	"testing"
	"time"

	"rcp2p"
	"rcp2p/taxonomy"
)

func TestParseMoneyMoreHabits(t *testing.T) {
	for in, want := range map[string]rcp2p.Money{
		"2.400.000 TL":                  {Amount: 2400000, Currency: "TRY"},
		"1 800 000 Kč":                  {Amount: 1800000, Currency: "CZK"},
		"3 500 000 руб.":                {Amount: 3500000, Currency: "RUB"},
		"30 000 євро":                   {Amount: 30000, Currency: "EUR"},
		"1,2 tỷ đồng":                   {Amount: 1.2e9, Currency: "VND"},
		"2,500,000 บาท":                 {Amount: 2500000, Currency: "THB"},
		"Rp 750 juta":                   {Amount: 7.5e8, Currency: "IDR"},
		"25 millió Ft":                  {Amount: 2.5e7, Currency: "HUF"},
		"R$ 1,2 mi":                     {Amount: 1.2e6, Currency: "BRL"},
		"₦45,000,000":                   {Amount: 4.5e7, Currency: "NGN"},
		"R850 000 excl. VAT":            {Amount: 850000, Currency: "ZAR"},
		"R4,5 million (ZAR)":            {Amount: 4.5e6, Currency: "ZAR"},
		"fifty thousand euros":          {Amount: 50000, Currency: "EUR"},
		"seventy-five thousand dollars": {Amount: 75000, Currency: "USD"},
		"₹2.5 Cr":                       {Amount: 2.5e7, Currency: "INR"},
		"Rs. 25 lakhs":                  {Amount: 2.5e6, Currency: "INR"},
	} {
		got, ok := ParseMoney(in)
		if !ok || got.Amount != want.Amount || got.Currency != want.Currency {
			t.Errorf("ParseMoney(%q) = %v, want %v", in, got, want)
		}
	}
	for _, in := range []string{"try 50", "due 500", "one of our 3 clients", "R2 of Windows Server 2012"} {
		if got, ok := ParseMoney(in); ok {
			t.Errorf("ParseMoney(%q) = %v, want no money", in, got)
		}
	}
}

func TestRateTimesDuration(t *testing.T) {
	for line, want := range map[string]float64{
		"Rate: €900/day, ~60 days":         54000,
		"EUR 1,100 per day for 40 days":    44000,
		"€900/day":                         900,
		"Budget €50,000 over 60 days":      50000,
		"$120/hour, about 300 hours total": 36000,
	} {
		m, _ := FindMoney(line)
		if got := rateTimesDuration(line, m); got == nil || got.Amount != want {
			t.Errorf("rateTimesDuration(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestFindDateMoreLanguages(t *testing.T) {
	ref := time.Date(2026, 11, 23, 9, 0, 0, 0, time.FixedZone("", 3600)) // Monday
	for in, want := range map[string]string{
		"11 Aralık 2026":           "2026-12-11",
		"do 10. prosince 2026":     "2026-12-10",
		"9 Δεκεμβρίου 2026":        "2026-12-09",
		"до 7 декабря 2026 г.":     "2026-12-07",
		"4 грудня 2026 року":       "2026-12-04",
		"11 ธันวาคม 2569":          "2026-12-11",
		"8 Desember 2026":          "2026-12-08",
		"14 decembrie 2026":        "2026-12-14",
		"2026. december 10.":       "2026-12-10",
		"COB Friday":               "2026-11-27",
		"EOD Wednesday":            "2026-11-25",
		"before Christmas":         "2026-12-24",
		"no later than 2027-01-08": "2027-01-08",
	} {
		if got, ok := FindDate(in, ref); !ok || got != want {
			t.Errorf("FindDate(%q) = %q, want %s", in, got, want)
		}
	}
}

func TestExtractMoreKeysAndReplies(t *testing.T) {
	tx := taxonomy.Default()
	date := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	f := Extract(tx, "Partner", "Gerekli yetkinlikler: Microsoft Sentinel\nSektör: Sigortacılık\nBütçe: 2.400.000 TL\n"+
		"Son başvuru tarihi: 11 Aralık 2026\n", date)
	checkFields(t, f, Fields{Competencies: []string{"Security"}, Industry: "Financial Services",
		Budget: &rcp2p.Money{Amount: 2400000, Currency: "TRY"}, RespondBy: "2026-12-11"})
	// A reply-all's stale subject adds nothing when the new text names its own need.
	f = Extract(tx, "Re: Teams Phone partner for Aarhus", "New one: a ferry operator needs an Azure landing zone.\n", date)
	if len(f.Competencies) != 1 || f.Competencies[0] != "Cloud Platform" {
		t.Errorf("reply competencies = %q, want [Cloud Platform]", f.Competencies)
	}
	// "We are the licensing partner" is the sender's own role.
	f = Extract(tx, "Copilot partner", "We are the licensing partner on the account; we need Azure OpenAI experience.\n", date)
	if len(f.Competencies) != 1 || f.Competencies[0] != "AI and Machine Learning" {
		t.Errorf("own-role competencies = %q, want [AI and Machine Learning]", f.Competencies)
	}
	// Thai has no spaces: ธนาคาร (bank) inside a run is still found.
	if _, inds, regs := tx.FindAll("ลูกค้าของเราเป็นธนาคารในกรุงเทพฯ"); len(inds) == 0 || inds[0] != "Financial Services" || len(regs) == 0 {
		t.Errorf("Thai industry %q regions %q", inds, regs)
	}
}
