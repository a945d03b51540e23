package ingest

import (
	"testing"
	"time"
)

var (
	tokyo   = time.FixedZone("JST", 9*3600)
	pacific = time.FixedZone("PST", -8*3600)
)

func TestParseDate(t *testing.T) {
	// Tuesday 10 March 2026, 09:00 UTC.
	ref := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name, in string
		ref      time.Time
		want     string // "" means no date
	}{
		{"ISO", "2026-12-15", ref, "2026-12-15"},
		{"ISO with slashes", "2026/12/15", ref, "2026-12-15"},
		{"ISO with time", "2026-12-15T17:00:00Z", ref, "2026-12-15"},
		{"day first", "15/12/2026", ref, "2026-12-15"},
		{"ambiguous is day first", "05/04/2026", ref, "2026-04-05"},
		{"clearly month first", "12/31/2026", ref, "2026-12-31"},
		{"month first", "12/15/2026", ref, "2026-12-15"},
		{"dots are day first", "04.05.2026", ref, "2026-05-04"},
		{"two-digit year", "15.12.26", ref, "2026-12-15"},
		{"German without year", "15.12.", ref, "2026-12-15"},
		{"slash without year", "15/12", ref, "2026-12-15"},
		{"invalid day", "31/02/2026", ref, ""},
		{"invalid month", "15/13/2026", ref, ""},
		{"English month first", "Dec 15 2026", ref, "2026-12-15"},
		{"English with comma", "December 15, 2026", ref, "2026-12-15"},
		{"English with dot and ordinal", "Dec. 15th, 2026", ref, "2026-12-15"},
		{"English day first", "15 December 2026", ref, "2026-12-15"},
		{"ordinal of", "15th of December 2026", ref, "2026-12-15"},
		{"weekday before date", "Friday, 15 May 2026", ref, "2026-05-15"},
		{"hyphenated", "15-Dec-2026", ref, "2026-12-15"},
		{"German", "15. Dezember 2026", ref, "2026-12-15"},
		{"German März", "3. März 2027", ref, "2027-03-03"},
		{"French", "15 décembre 2026", ref, "2026-12-15"},
		{"French first", "1er décembre 2026", ref, "2026-12-01"},
		{"French août", "15 août 2026", ref, "2026-08-15"},
		{"Spanish", "15 de diciembre de 2026", ref, "2026-12-15"},
		{"Portuguese", "15 de dezembro de 2026", ref, "2026-12-15"},
		{"Portuguese março", "1º de março de 2027", ref, "2027-03-01"},
		{"Italian", "15 dicembre 2026", ref, "2026-12-15"},
		{"Swedish", "10 december 2026", ref, "2026-12-10"},
		{"Japanese", "2026年12月15日", ref, "2026-12-15"},
		{"Japanese without year", "12月15日", ref, "2026-12-15"},
		{"no year, later this year", "15 Dec", ref, "2026-12-15"},
		{"no year, today", "10 March", ref, "2026-03-10"},
		{"no year, passed", "9 March", ref, "2027-03-09"},
		{"leap day waits", "29 Feb", ref, "2028-02-29"},
		{"no year, zero ref", "15 Dec", time.Time{}, ""},
		{"ISO, zero ref", "2026-12-15", time.Time{}, "2026-12-15"},
		{"today", "today", ref, "2026-03-10"},
		{"EOD", "EOD", ref, "2026-03-10"},
		{"tomorrow", "tomorrow", ref, "2026-03-11"},
		{"morgen", "bis morgen", ref, "2026-03-11"},
		{"demain", "demain", ref, "2026-03-11"},
		{"mañana", "mañana", ref, "2026-03-11"},
		{"day after tomorrow", "übermorgen", ref, "2026-03-12"},
		{"明日", "明日まで", ref, "2026-03-11"},
		{"in 3 days", "in 3 days", ref, "2026-03-13"},
		{"within 2 weeks", "within 2 weeks", ref, "2026-03-24"},
		{"within the next two weeks", "within the next two weeks", ref, "2026-03-24"},
		{"in a month", "in a month", ref, "2026-04-10"},
		{"in 48 hours", "in 48 hours", ref, "2026-03-12"},
		{"bare count", "10 days", ref, "2026-03-20"},
		{"from now", "5 days from now", ref, "2026-03-15"},
		{"business days", "within 5 business days", ref, "2026-03-17"},
		{"Werktage", "innerhalb von 10 Werktagen", ref, "2026-03-24"},
		{"jours ouvrés", "dans 3 jours ouvrés", ref, "2026-03-13"},
		{"dans 15 jours", "dans 15 jours", ref, "2026-03-25"},
		{"en 2 semanas", "en 2 semanas", ref, "2026-03-24"},
		{"em 10 dias", "em 10 dias", ref, "2026-03-20"},
		{"next Friday", "next Friday", ref, "2026-03-13"},
		{"by Friday", "by Friday", ref, "2026-03-13"},
		{"this weekday is today", "Tuesday", ref, "2026-03-10"},
		{"next weekday is a week on", "next Tuesday", ref, "2026-03-17"},
		{"nächsten Freitag", "nächsten Freitag", ref, "2026-03-13"},
		{"vendredi prochain", "vendredi prochain", ref, "2026-03-13"},
		{"el próximo viernes", "el próximo viernes", ref, "2026-03-13"},
		{"sexta-feira", "até sexta-feira", ref, "2026-03-13"},
		{"quinta alone is not Thursday", "a quinta parte", ref, ""},
		{"end of month", "end of month", ref, "2026-03-31"},
		{"end of the month", "by the end of the month", ref, "2026-03-31"},
		{"EOM", "EOM", ref, "2026-03-31"},
		{"Monatsende", "Monatsende", ref, "2026-03-31"},
		{"fin du mois", "fin du mois", ref, "2026-03-31"},
		{"end of next month", "end of next month", ref, "2026-04-30"},
		{"fin du mois prochain", "fin du mois prochain", ref, "2026-04-30"},
		{"end of week", "end of week", ref, "2026-03-13"},
		{"end of next week", "end of next week", ref, "2026-03-20"},
		{"next week", "next week", ref, "2026-03-20"},
		{"next month", "next month", ref, "2026-04-30"},
		{"end of quarter", "end of quarter", ref, "2026-03-31"},
		{"end of next quarter", "end of next quarter", ref, "2026-06-30"},
		{"end of year", "end of the year", ref, "2026-12-31"},
		{"bis Ende Dezember", "bis Ende Dezember", ref, "2026-12-31"},
		{"Ende Februar has passed", "Ende Februar", ref, "2027-02-28"},
		{"end of this month by name", "end of March", ref, "2026-03-31"},
		{"fin de diciembre", "fin de diciembre", ref, "2026-12-31"},
		{"final de dezembro", "final de dezembro", ref, "2026-12-31"},
		{"mid-December", "mid-December", ref, "2026-12-15"},
		{"Mitte Januar", "Mitte Januar", ref, "2027-01-15"},
		{"relative, zero ref", "tomorrow", time.Time{}, ""},
		{"ASAP", "ASAP", ref, ""},
		{"TBD", "TBD", ref, ""},
		{"empty", "", ref, ""},
		{"huge count", "in 99999999 days", ref, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := ParseDate(tc.in, tc.ref)
			if got != tc.want || ok != (tc.want != "") {
				t.Fatalf("ParseDate(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

// TestParseDateEdges checks relative dates near month and year ends and in
// the reference's own offset.
func TestParseDateEdges(t *testing.T) {
	tests := []struct {
		name, in string
		ref      time.Time
		want     string
	}{
		{"tomorrow at year end", "tomorrow", time.Date(2026, 12, 31, 12, 0, 0, 0, time.UTC), "2027-01-01"},
		{"in a month from 31 January", "in a month", time.Date(2026, 1, 31, 12, 0, 0, 0, time.UTC), "2026-02-28"},
		{"in a month from 31 January, leap year", "in a month", time.Date(2028, 1, 31, 12, 0, 0, 0, time.UTC), "2028-02-29"},
		{"in 2 months from 31 December", "in 2 months", time.Date(2026, 12, 31, 12, 0, 0, 0, time.UTC), "2027-02-28"},
		{"end of month in February", "end of month", time.Date(2028, 2, 3, 12, 0, 0, 0, time.UTC), "2028-02-29"},
		{"end of next month in December", "end of next month", time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC), "2027-01-31"},
		{"end of next week across the year", "end of next week", time.Date(2026, 12, 30, 12, 0, 0, 0, time.UTC), "2027-01-08"},
		{"end of week on Saturday", "end of week", time.Date(2026, 3, 14, 12, 0, 0, 0, time.UTC), "2026-03-15"},
		{"end of next week on Sunday", "end of next week", time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC), "2026-03-20"},
		{"next Friday on a Friday", "next Friday", time.Date(2026, 3, 13, 12, 0, 0, 0, time.UTC), "2026-03-20"},
		{"business days from Saturday", "within 5 business days", time.Date(2026, 3, 14, 12, 0, 0, 0, time.UTC), "2026-03-20"},
		{"business days over a weekend", "within 2 business days", time.Date(2026, 3, 12, 12, 0, 0, 0, time.UTC), "2026-03-16"},
		{"end of December in December", "bis Ende Dezember", time.Date(2026, 12, 20, 12, 0, 0, 0, time.UTC), "2026-12-31"},
		{"no year on 31 December", "1 Jan", time.Date(2026, 12, 31, 12, 0, 0, 0, time.UTC), "2027-01-01"},
		// 23:30 on 31 January in Tokyo is 14:30 UTC the same day; in Tokyo it is still the 31st.
		{"Tokyo late evening", "tomorrow", time.Date(2026, 1, 31, 23, 30, 0, 0, tokyo), "2026-02-01"},
		// 00:30 on 1 February in Tokyo is still 31 January in UTC; today is the 1st.
		{"Tokyo just after midnight", "today", time.Date(2026, 2, 1, 0, 30, 0, 0, tokyo), "2026-02-01"},
		{"Tokyo end of month", "end of month", time.Date(2026, 2, 1, 0, 30, 0, 0, tokyo), "2026-02-28"},
		// 20:00 on 31 December in California is 04:00 UTC on 1 January.
		{"Pacific New Year's Eve", "tomorrow", time.Date(2026, 12, 31, 20, 0, 0, 0, pacific), "2027-01-01"},
		{"Pacific end of year", "end of the year", time.Date(2026, 12, 31, 20, 0, 0, 0, pacific), "2026-12-31"},
		{"Pacific next Friday", "next Friday", time.Date(2026, 3, 12, 22, 0, 0, 0, pacific), "2026-03-13"},
		{"Pacific no year", "31 Dec", time.Date(2026, 12, 31, 20, 0, 0, 0, pacific), "2026-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := ParseDate(tc.in, tc.ref); got != tc.want {
				t.Fatalf("ParseDate(%q, %v) = %q, want %q", tc.in, tc.ref, got, tc.want)
			}
		})
	}
}

func TestFindDate(t *testing.T) {
	ref := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, want string
	}{
		{"in a sentence", "Please respond by 15 December 2026 at the latest.", "2026-12-15"},
		{"first of two", "kick-off on 1 June 2026, answers by 15 May 2026", "2026-06-01"},
		{"relative", "we need answers within 2 weeks", "2026-03-24"},
		{"24/7 is no date", "24/7 support for 2,000 users", ""},
		{"numeric needs a year", "version 10/12 of the plan", ""},
		{"numeric with year", "see minutes of 10/12/2026", "2026-12-10"},
		{"bare count needs in", "a 10 days workshop", ""},
		{"ISO number is no date", "ISO 27001 and Windows 11", ""},
		{"phone number", "+49 89 12-34-56", ""},
		{"version", "Windows 10.0.19045", ""},
		{"German", "Rückmeldung bitte bis Ende Dezember.", "2026-12-31"},
		{"nothing", "no dates here", ""},
		{"Korean date glued to until", "회신은 2026년 12월 10일까지 부탁드립니다", "2026-12-10"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := FindDate(tc.text, ref)
			if got != tc.want || ok != (tc.want != "") {
				t.Fatalf("FindDate(%q) = %q, %v; want %q", tc.text, got, ok, tc.want)
			}
		})
	}
}

// TestParseDateMoreLanguages covers the month and weekday names, digits and
// quarter words added for mail from outside the first corpus.
func TestParseDateMoreLanguages(t *testing.T) {
	ref := time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC) // a Friday
	tests := []struct{ in, want string }{
		{"3 grudnia 2026", "2026-12-03"},
		{"15 stycznia", "2027-01-15"},
		{"15. joulukuuta 2026", "2026-12-15"},
		{"fredag 4. desember", "2026-12-04"},
		{"4. december 2026", "2026-12-04"},
		{"1. marts 2027", "2027-03-01"},
		{"venerdì 11 dicembre 2026", "2026-12-11"},
		{"perjantaina", "2026-11-20"},
		{"piątek", "2026-11-20"},
		{"2026년 12월 10일", "2026-12-10"},
		{"12월 10일", "2026-12-10"},
		{"2026年12月18号", "2026-12-18"},
		{"١٠/١٢/٢٠٢٦", "2026-12-10"},
		{"۱۵/۰۱/۲۰۲۷", "2027-01-15"},
		{"end of Q1", "2027-03-31"},
		{"end of Q4", "2026-12-31"},
		{"end of Q2 2027", "2027-06-30"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got, _ := ParseDate(tc.in, ref); got != tc.want {
				t.Fatalf("ParseDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
