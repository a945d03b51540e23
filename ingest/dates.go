package ingest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"rcp2p"
	"rcp2p/taxonomy"
)

// Dates are read by our own small parser rather than go-dateparser: a
// respond-by date comes in a bounded set of shapes, the parser runs over
// many windows of every message, and go-dateparser measured 0.3 to 1 ms per
// call here and did not read "next Friday". Decisions:
//   - Numeric dates are day-first ("05/04/2026" is 5 April) unless the first
//     number cannot be a month ("12/31/2026" is 31 December): the community is
//     international and most of it writes day-first. Year-first is ISO.
//   - A date without a year is the next occurrence on or after the reference
//     day. Relative dates count in the reference's own offset: its calendar
//     day is "today".
//   - "next Friday" is the first Friday strictly after today; "Friday", "by
//     Friday", "this Friday" may be today. "end of week" is that ISO week's
//     Friday (its Sunday on a weekend); "end of next week" is next week's
//     Friday; "next week" reads as end of next week, "next month" as its last
//     day. "mid-December" is the 15th.
//   - With a zero reference, only dates that carry their year are read.

type dtok struct {
	w string // folded word, digits, or one punctuation rune
	n int    // value of a number; -1 for anything else
}

// dparse holds one scan: the tokens, today's civil date and the mode.
type dparse struct {
	t       []dtok
	today   time.Time // midnight UTC of the reference's calendar day
	hasRef  bool
	lenient bool // ParseDate: also "15/12" and a bare "10 days"
}

func lexDate(s string) []dtok {
	s = asciiDigits(taxonomy.Fold(s))
	var toks []dtok
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case unicode.Is(unicode.Hangul, r): // a syllable is a token: "10일까지"
			toks = append(toks, dtok{s[i:j], -1})
		case r >= '0' && r <= '9':
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			v := -1
			if j-i <= 8 {
				v = atoiDigits(s[i:j])
			}
			toks = append(toks, dtok{s[i:j], v})
		case unicode.IsLetter(r) && !unicode.Is(unicode.Han, r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) || unicode.Is(unicode.Han, r2) {
					break
				}
				j += n2
			}
			toks = append(toks, dtok{s[i:j], -1})
		case !unicode.IsSpace(r):
			toks = append(toks, dtok{s[i:j], -1})
		}
		i = j
	}
	return toks
}

func atoiDigits(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// ParseDate reads a respond-by value, absolute ("2026-12-15", "15/12/2026",
// "Dec 15 2026", "15. Dezember 2026", "15 de diciembre de 2026",
// "2026年12月15日", "15 Dec") or relative to ref ("tomorrow", "in 3 days",
// "next Friday", "end of month", "bis Ende Dezember"), and returns it as
// YYYY-MM-DD. It reads the first date in s.
func ParseDate(s string, ref time.Time) (string, bool) { return scanDate(s, ref, true) }

// FindDate returns the first date-like phrase in free text. It is stricter
// than ParseDate: numeric dates need their year ("24/7" is no date) and a
// bare "10 days" needs "in" or "within".
func FindDate(text string, ref time.Time) (string, bool) { return scanDate(text, ref, false) }

func scanDate(s string, ref time.Time, lenient bool) (string, bool) {
	p := &dparse{t: lexDate(s), hasRef: !ref.IsZero(), lenient: lenient}
	if p.hasRef {
		p.today = civilDate(ref.Year(), ref.Month(), ref.Day())
	}
	for i := range p.t {
		if d, ok := p.at(i); ok && d.Year() >= 1000 && d.Year() <= 9999 {
			return d.Format(rcp2p.DateLayout), true
		}
	}
	return "", false
}

func civilDate(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// at tries every shape at token i.
func (p *dparse) at(i int) (time.Time, bool) {
	if d, ok := p.absolute(i); ok || !p.hasRef {
		return d, ok
	}
	return p.relative(i)
}

// absolute reads a date written with its month at token i.
func (p *dparse) absolute(i int) (time.Time, bool) {
	if i >= len(p.t) {
		return time.Time{}, false
	}
	if p.t[i].n < 0 {
		return p.monthDay(i)
	}
	if d, ok := p.numeric(i); ok {
		return d, true
	}
	if d, ok := p.japanese(i); ok {
		return d, true
	}
	if d, ok := p.yearMonthDay(i); ok {
		return d, true
	}
	return p.dayMonth(i)
}

func (p *dparse) word(i int) string {
	if i < 0 || i >= len(p.t) {
		return ""
	}
	return p.t[i].w
}

func (p *dparse) num(i int) int {
	if i < 0 || i >= len(p.t) {
		return -1
	}
	return p.t[i].n
}

// date validates y-m-d; y < 0 means "next occurrence".
func (p *dparse) date(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	if y >= 0 {
		y = buddhistEra(y)
		if y < 100 {
			y += 2000
		}
		t := civilDate(y, time.Month(m), d)
		return t, t.Day() == d
	}
	if !p.hasRef {
		return time.Time{}, false
	}
	for y = p.today.Year(); y < p.today.Year()+9; y++ { // 29 February waits for a leap year
		t := civilDate(y, time.Month(m), d)
		if t.Day() == d && !t.Before(p.today) {
			return t, true
		}
	}
	return time.Time{}, false
}

// numeric reads 2026-12-15, 2026/12/15, 15/12/2026, 12/31/2026, 15.12.2026,
// 15.12.26 and, leniently, 15/12 and 15.12.
func (p *dparse) numeric(i int) (time.Time, bool) {
	sep := p.word(i + 1)
	if sep != "/" && sep != "-" && sep != "." || p.num(i+2) < 0 {
		return time.Time{}, false
	}
	a, b, c := p.num(i), p.num(i+2), -1
	if p.word(i+3) == sep && p.num(i+4) >= 0 {
		c = p.num(i + 4)
	}
	if len(p.word(i)) == 4 { // year first
		if c < 0 {
			return time.Time{}, false
		}
		return p.date(a, b, c)
	}
	if len(p.word(i)) > 2 || len(p.word(i+2)) > 2 || (c >= 0 && len(p.word(i+4)) != 2 && len(p.word(i+4)) != 4) {
		return time.Time{}, false
	}
	if c < 0 && !(p.lenient || (sep == "." && p.word(i+3) == ".")) {
		return time.Time{}, false
	}
	day, month := a, b
	if a <= 12 && b > 12 && sep != "." {
		day, month = b, a
	}
	d, ok := p.date(c, month, day)
	if ok && c >= 0 && a <= 12 && b <= 12 && a != b && sep == "/" && d.Before(p.today) {
		// "12/11/2026" read in late November: day first it has passed, so
		// the writer put the month first (US habit).
		if us, ok := p.date(c, a, b); ok && !us.Before(p.today) {
			return us, true
		}
	}
	return d, ok
}

// japanese reads 2026年12月15日 and 12月15日, and the Korean 2026년 12월 15일.
func (p *dparse) japanese(i int) (time.Time, bool) {
	y, j := -1, i
	if w := p.word(i + 1); w == "年" || w == "년" {
		y, j = p.num(i), i+2
	}
	if p.num(j) < 0 || !inWordList(" 月 월 ", p.word(j+1)) || p.num(j+2) < 0 || !inWordList(" 日 일 号 ", p.word(j+3)) {
		return time.Time{}, false
	}
	return p.date(y, p.num(j), p.num(j+2))
}

// dayMonth reads "15 December 2026", "15. Dezember", "15 de diciembre de
// 2026", "1er décembre", "15th of Dec, 2026", "15-Dec-2026".
func (p *dparse) dayMonth(i int) (time.Time, bool) {
	d := p.num(i)
	if len(p.word(i)) > 2 {
		return time.Time{}, false
	}
	j := p.skip(i+1, " st nd rd th er e eme º ª . - de of the ")
	m := monthNumber(p.word(j))
	if m == 0 {
		return time.Time{}, false
	}
	return p.date(p.year(j+1), m, d)
}

// monthDay reads "December 15, 2026", "Dec. 15th 2026", "Friday, Dec 15".
func (p *dparse) monthDay(i int) (time.Time, bool) {
	m := monthNumber(p.word(i))
	if m == 0 {
		return time.Time{}, false
	}
	j := p.skip(i+1, " . ")
	if p.num(j) < 0 || len(p.word(j)) > 2 {
		return time.Time{}, false
	}
	return p.date(p.year(j+1), m, p.num(j))
}

// year reads an optional four-digit year after a day and month, or -1.
func (p *dparse) year(j int) int {
	j = p.skip(j, " st nd rd th . , - de del of ")
	if p.num(j) >= 0 && len(p.word(j)) == 4 {
		return p.num(j)
	}
	return -1
}

// skip moves past any of the tokens in list (space-separated, padded).
func (p *dparse) skip(j int, list string) int {
	for j < len(p.t) && inWordList(list, p.t[j].w) {
		j++
	}
	return j
}

// inWordList reports whether w is one of the words of list, which is
// space-separated with a space at each end.
func inWordList(list, w string) bool { return w != "" && strings.Contains(list, " "+w+" ") }

// monthNumber maps a folded month name to 1..12, 0 if it is none.
func monthNumber(w string) int {
	if w == "" || strings.ContainsAny(w, "| ") {
		return 0
	}
	i := strings.Index(monthNames, " "+w+" ")
	if i < 0 {
		return moreMonthNumber(w)
	}
	return strings.Count(monthNames[:i], "|")
}

// relative reads dates counted from today; p.hasRef is true.
func (p *dparse) relative(i int) (time.Time, bool) {
	w, next := p.word(i), p.word(i+1)
	if inWordList(" eod cob cop eob ", w) { // "COB Friday": close of business on that day
		if d, ok := p.weekday(p.skip(i+1, " on this , ")); ok {
			return d, true
		}
	}
	if d, ok := p.beforeHoliday(i); ok {
		return d, true
	}
	switch {
	case inWordList(" today heute hoy hoje oggi vandaag eod cob aujourd ", w),
		(w == "今" || w == "本") && next == "日":
		return p.today, true
	case inWordList(" tomorrow morgen demain manana amanha domani ", w), w == "明" && next == "日":
		return p.today.AddDate(0, 0, 1), true
	case inWordList(" ubermorgen overmorgen dopodomani ", w),
		w == "apres" && next == "demain", w == "pasado" && next == "manana":
		return p.today.AddDate(0, 0, 2), true
	}
	if d, ok := p.counted(i); ok {
		return d, true
	}
	if d, ok := p.weekday(i); ok {
		return d, true
	}
	return p.endOf(i)
}

// counted reads "in 3 days", "within 2 weeks", "in a month", "innerhalb
// von 10 Werktagen", "dans 15 jours", "dentro de 2 semanas", "5 days from
// now" and, leniently, a bare "10 business days".
func (p *dparse) counted(i int) (time.Time, bool) {
	j := i
	if inWordList(" in within innerhalb binnen dans sous en dentro em entro tra fra ", p.word(i)) {
		j = p.skip(i+1, " the next von de den der nachsten les prochains prochaines los las proximos proximas os as i prossimi ")
	}
	n := p.num(j)
	if n < 0 {
		n = numberWord(p.word(j))
	}
	if n < 0 || n > 100000 {
		return time.Time{}, false
	}
	unit, k := p.unit(j + 1)
	if unit == 0 {
		return time.Time{}, false
	}
	from := p.word(k) == "from" && inWordList(" now today receipt ", p.word(k+1))
	if j == i && !from && !p.lenient {
		return time.Time{}, false
	}
	switch unit {
	case 'd':
		return p.today.AddDate(0, 0, n), true
	case 'b':
		return addBusinessDays(p.today, n), true
	case 'w':
		return p.today.AddDate(0, 0, 7*n), true
	case 'h':
		return p.today.AddDate(0, 0, (n+23)/24), true
	}
	return addMonths(p.today, n), true
}

// unit reads a unit of time at j: 'd'ays, 'b'usiness days, 'w'eeks,
// 'm'onths or 'h'ours, and the index after it.
func (p *dparse) unit(j int) (byte, int) {
	business := inWordList(" business working work ", p.word(j))
	if business {
		j++
	}
	var u byte
	switch w := p.word(j); {
	case inWordList(" day days tag tage tagen jour jours dia dias giorni giorno dag dagen ", w):
		u = 'd'
	case inWordList(" werktag werktage werktagen arbeitstag arbeitstage arbeitstagen werkdagen ", w):
		u = 'b'
	case inWordList(" week weeks woche wochen semaine semaines semana semanas settimana settimane weken ", w):
		u = 'w'
	case inWordList(" month months monat monate monaten mois mes meses mese mesi maand maanden ", w):
		u = 'm'
	case inWordList(" hour hours hrs h stunden heures horas ore uur ", w):
		u = 'h'
	default:
		return 0, j
	}
	j++
	if u == 'd' && (business || inWordList(" ouvres ouvrables habiles uteis lavorativi ", p.word(j))) {
		u = 'b'
		if !business {
			j++
		}
	}
	return u, j
}

func numberWord(w string) int {
	for n, words := range [...]string{
		1: " a an one ein eine einem einer einen un une uno una um uma ",
		2: " two zwei deux dos dois duas due ", 3: " three drei trois tres ",
		4: " four vier quatre cuatro quatro ", 5: " five funf cinq cinco ",
		6: " six sechs seis ", 7: " seven sieben sept siete sete ", 8: " eight acht huit ocho oito ",
		9: " nine neun neuf nueve nove ", 10: " ten zehn dix diez dez ", 15: " quinze ",
	} {
		if words != "" && strings.Contains(words, " "+w+" ") {
			return n
		}
	}
	return -1
}

const nextDayWords = " next coming nachsten nachste nachster kommenden kommende proximo proxima prossimo prossima volgende "

// weekday reads "Friday", "next Friday", "nächsten Freitag", "vendredi
// prochain", "el próximo viernes", "sexta-feira que vem", "next week".
func (p *dparse) weekday(i int) (time.Time, bool) {
	strict, j := false, i
	if inWordList(nextDayWords, p.word(i)) {
		strict, j = true, p.skip(i+1, " el la ")
		switch u, _ := p.unit(j); u {
		case 'w':
			return endOfNextWeek(p.today), true
		case 'm':
			return lastOfMonth(addMonths(p.today, 1)), true
		}
	}
	wd, k := p.weekdayAt(j)
	if wd < 0 {
		return time.Time{}, false
	}
	if d, ok := p.absolute(p.skip(k, " , . the den der le el o a ")); ok {
		return d, true // "Friday, 15 May 2026": the date, not the weekday
	}
	if inWordList(" prochain prochaine ", p.word(k)) || (p.word(k) == "que" && inWordList(" vem viene ", p.word(k+1))) {
		strict = true
	}
	ahead := (wd - int(p.today.Weekday()) + 7) % 7
	if ahead == 0 && strict {
		ahead = 7
	}
	return p.today.AddDate(0, 0, ahead), true
}

// weekdayAt returns the weekday named at j (Sunday 0) and the index after.
func (p *dparse) weekdayAt(j int) (int, int) {
	w := p.word(j)
	if p.word(j+1) == "-" && p.word(j+2) == "feira" {
		j += 2
	} else if inWordList(" segunda terca quarta quinta ", w) {
		return -1, j // also "second", "third"… without "-feira"
	}
	for d, names := range weekdayNames {
		if strings.Contains(names, " "+w+" ") {
			return d, j + 1
		}
	}
	return -1, j
}

// endOf reads "end of month", "end of next week", "EOM", "Monatsende",
// "bis Ende Dezember", "fin du mois", "fin de diciembre", "mid-December".
func (p *dparse) endOf(i int) (time.Time, bool) {
	switch p.word(i) {
	case "eom", "monatsende":
		return lastOfMonth(p.today), true
	case "eow", "wochenende":
		return endOfWeek(p.today), true
	case "eoy", "jahresende":
		return civilDate(p.today.Year(), 12, 31), true
	case "eoq", "quartalsende":
		return endOfQuarter(p.today), true
	case "mid", "mitte", "mi", "mediados", "meados", "meta":
		if m := monthNumber(p.word(p.skip(i+1, " - de of di "))); m > 0 {
			return p.date(-1, m, 15)
		}
		return time.Time{}, false
	case "end", "ende", "fin", "final", "fim", "fine":
	default:
		return time.Time{}, false
	}
	j := p.skip(i+1, " of the this des der dieses diesen du de la le el este esta do da del di current ")
	next := inWordList(nextDayWords, p.word(j)) || p.word(j) == "following"
	if next {
		j++
	}
	if m := monthNumber(p.word(j)); m > 0 && !next {
		y := p.year(j + 1)
		if y < 0 {
			y = p.today.Year()
			if time.Month(m) < p.today.Month() {
				y++
			}
		}
		return lastOfMonth(civilDate(y, time.Month(m), 1)), true
	}
	if q := p.num(j + 1); p.word(j) == "q" && q >= 1 && q <= 4 && !next {
		return p.quarterEnd(q, p.year(j+2)), true
	}
	w := p.word(j)
	next = next || inWordList(" prochain prochaine siguiente ", p.word(j+1)) ||
		(p.word(j+1) == "que" && inWordList(" vem viene ", p.word(j+2)))
	switch {
	case inWordList(" day business tag tages journee dia giornata ", w) && !next:
		return p.today, true
	case inWordList(" week woche semaine semana settimana ", w):
		if next {
			return endOfNextWeek(p.today), true
		}
		return endOfWeek(p.today), true
	case inWordList(" month monat monats mois mes mese ", w):
		if next {
			return lastOfMonth(addMonths(p.today, 1)), true
		}
		return lastOfMonth(p.today), true
	case inWordList(" quarter quartal quartals trimestre ", w):
		if next {
			return endOfQuarter(addMonths(endOfQuarter(p.today), 1)), true
		}
		return endOfQuarter(p.today), true
	case inWordList(" year jahr jahres annee ano anno ", w):
		if next {
			return civilDate(p.today.Year()+1, 12, 31), true
		}
		return civilDate(p.today.Year(), 12, 31), true
	}
	return time.Time{}, false
}

// addMonths adds n months, keeping the day where the month has it
// (31 January + 1 month is 28 or 29 February).
func addMonths(d time.Time, n int) time.Time {
	first := civilDate(d.Year(), d.Month()+time.Month(n), 1)
	return civilDate(first.Year(), first.Month(), min(d.Day(), lastOfMonth(first).Day()))
}

func lastOfMonth(d time.Time) time.Time { return civilDate(d.Year(), d.Month()+1, 0) }

func endOfQuarter(d time.Time) time.Time {
	return civilDate(d.Year(), (d.Month()-1)/3*3+4, 0)
}

// isoWeekday numbers Monday 1 … Sunday 7.
func isoWeekday(d time.Time) int { return (int(d.Weekday())+6)%7 + 1 }

// endOfWeek is the Friday of d's ISO week, or its Sunday on a weekend.
func endOfWeek(d time.Time) time.Time {
	wd := isoWeekday(d)
	if wd <= 5 {
		return d.AddDate(0, 0, 5-wd)
	}
	return d.AddDate(0, 0, 7-wd)
}

// endOfNextWeek is the Friday of the ISO week after d's.
func endOfNextWeek(d time.Time) time.Time { return d.AddDate(0, 0, 12-isoWeekday(d)) }

// addBusinessDays counts n weekdays after d; from a weekend it counts as
// from the Friday before.
func addBusinessDays(d time.Time, n int) time.Time {
	if wd := isoWeekday(d); wd > 5 {
		d = d.AddDate(0, 0, 5-wd)
	}
	d = d.AddDate(0, 0, n/5*7)
	for n %= 5; n > 0; {
		d = d.AddDate(0, 0, 1)
		if isoWeekday(d) <= 5 {
			n--
		}
	}
	return d
}
