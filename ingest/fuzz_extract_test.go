package ingest

import (
	"math"
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	"rcp2p"
	"rcp2p/taxonomy"
)

// FuzzExtract checks that Extract never panics and returns only canonical,
// deduplicated names, a valid budget and date, and bounded UTF-8 text.
func FuzzExtract(f *testing.F) {
	f.Add("Fwd: Power BI", "Competencies: Power BI, AI\nRegion: WA\nBudget: €40k\nRespond by: next Friday", int64(1793000000), 9*3600)
	f.Add("RE: x", "said\n> Azure\nOn Mon, A <a@b.c> wrote:\n> SAM\n-- \nSecurity", int64(0), 0)
	f.Add("", "---------- Forwarded message ---------\nFrom: a\n\nIntune in Munich, 50.000 EUR, Frist 15.12.", int64(1800000000), -8*3600)
	f.Add("[EXT] WG: 転送:", "**Skills:**\n- Azure\n- \xff\n| Budget | ¥3,000,000 |", int64(-1), 0)
	tx := taxonomy.Default()
	comps, regs, inds := tx.Competencies(), tx.Regions(), tx.Industries()
	f.Fuzz(func(t *testing.T, subject, body string, unix int64, offset int) {
		date := time.Unix(unix, 0).In(time.FixedZone("x", offset%(18*3600)))
		if unix == 0 {
			date = time.Time{}
		}
		got := Extract(tx, subject, body, date)
		checkNames(t, "competency", got.Competencies, comps)
		checkNames(t, "region", got.Regions, regs)
		if got.Industry != "" && !slices.Contains(inds, got.Industry) {
			t.Fatalf("industry %q is not canonical", got.Industry)
		}
		checkMoney(t, got.Budget)
		checkDate(t, got.RespondBy)
		if !utf8.ValidString(got.Title) || !utf8.ValidString(got.Description) {
			t.Fatalf("invalid UTF-8 in %q / %q", got.Title, got.Description)
		}
		if utf8.RuneCountInString(got.Title) > maxTitleRunes || utf8.RuneCountInString(got.Description) > maxDescriptionRunes {
			t.Fatalf("title or description too long")
		}
	})
}

func checkNames(t *testing.T, kind string, got, names []string) {
	t.Helper()
	for i, n := range got {
		if !slices.Contains(names, n) {
			t.Fatalf("%s %q is not canonical", kind, n)
		}
		if slices.Contains(got[:i], n) {
			t.Fatalf("%s %q twice in %q", kind, n, got)
		}
	}
}

func checkMoney(t *testing.T, m *rcp2p.Money) {
	t.Helper()
	if m == nil {
		return
	}
	if len(m.Currency) != 3 || m.Currency[0] < 'A' || m.Currency[0] > 'Z' || m.Currency[1] < 'A' || m.Currency[1] > 'Z' ||
		m.Currency[2] < 'A' || m.Currency[2] > 'Z' {
		t.Fatalf("currency %q is not an upper-case ISO code", m.Currency)
	}
	if m.Amount < 0 || math.IsNaN(m.Amount) || math.IsInf(m.Amount, 0) {
		t.Fatalf("amount %v", m.Amount)
	}
}

func checkDate(t *testing.T, d string) {
	t.Helper()
	if d == "" {
		return
	}
	if _, err := time.Parse(rcp2p.DateLayout, d); err != nil {
		t.Fatalf("date %q: %v", d, err)
	}
}

// FuzzParseMoney checks that money is only ever a finite, non-negative
// amount with a three-letter upper-case currency, and that ParseMoney finds
// whatever FindMoney finds.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"$50,000", "€ 40.000,00", "30-50k USD", "₹40 lakh", "INR 4,00,000", "CHF 90'000", "TBD",
		"1e308 USD", "USD 9999999999999999999999", "¥", "R$ 1.2.3,4,5", "between 1 and 0 EUR", "50 TEUR", "ＵＳＤ ５"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := ParseMoney(s)
		if ok != (m != nil) {
			t.Fatalf("ok %v with money %v", ok, m)
		}
		checkMoney(t, m)
		if _, found := FindMoney(s); found && !ok {
			t.Fatalf("FindMoney finds money in %q but ParseMoney does not", s)
		}
	})
}

// FuzzParseDate checks that every date read is YYYY-MM-DD and that FindDate
// reads nothing ParseDate would not.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-12-15", "15/12/2026", "next Friday", "in 99999 months", "end of next quarter",
		"2026年2月30日", "29 Feb", "bis Ende Dezember", "9999-12-31", "in 100000 days"} {
		f.Add(s, int64(1793000000), 0)
	}
	f.Fuzz(func(t *testing.T, s string, unix int64, offset int) {
		ref := time.Unix(unix, 0).In(time.FixedZone("x", offset%(18*3600)))
		d, ok := ParseDate(s, ref)
		if ok != (d != "") {
			t.Fatalf("ok %v with date %q", ok, d)
		}
		checkDate(t, d)
		fd, found := FindDate(s, ref)
		checkDate(t, fd)
		if found && !ok {
			t.Fatalf("FindDate reads %q in %q but ParseDate reads nothing", fd, s)
		}
	})
}

// FuzzNewText checks that the new text is never longer than the body and
// that cutting it again changes nothing it should not grow.
func FuzzNewText(f *testing.F) {
	for _, s := range []string{"hi\n> quoted", "On Mon, A <a@b.c> wrote:\n> x\ny", "---------- Forwarded message ---------\nFrom: a\n\nbody",
		"x\r\n-- \r\nsig", "Begin forwarded message:\n\n> From: a\n>\n> b", "From: a\nSent: b\nTo: c\nSubject: d\n\ne"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, body string, forwarded bool) {
		got := NewTextForwarded(body, forwarded)
		if len(got) > len(body) {
			t.Fatalf("NewTextForwarded grew %d bytes to %d: %q", len(body), len(got), got)
		}
		if again := NewTextForwarded(got, forwarded); len(again) > len(got) {
			t.Fatalf("second pass grew the text")
		}
	})
}
