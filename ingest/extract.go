package ingest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"rcp2p"
	"rcp2p/taxonomy"
)

// Fields is what was understood from a submission.
type Fields struct {
	Title, Description string
	Competencies       []string // canonical, deduplicated, in order of mention
	Regions            []string // canonical; an ancestor of another is dropped
	Industry           string
	Budget             *rcp2p.Money
	RespondBy          string // YYYY-MM-DD or ""
}

// Length limits, in runes.
const (
	maxTitleRunes       = 200
	maxDescriptionRunes = 4000
)

type kvField uint8

const (
	kvNone kvField = iota
	kvCompetencies
	kvRegions
	kvIndustry
	kvBudget
	kvRespondBy
)

// Extract understands a submission. body is plain text; the subject decides
// whether the body is read as a forward (IsForward). Fields come from "Key:
// Value" lines first (many spellings and languages, markdown bold, bullets,
// tabs, full-width colons, "Budget (EUR): 50.000"), and what they do not give
// comes from the subject and new text: competencies, regions and industry
// through the taxonomy, the budget from a line that talks about money (else
// the first amount with a currency), the respond-by date only from a line
// with a deadline word ("respond by", "Frist", "avant le"), counted from
// date in its own offset.
func Extract(tx *taxonomy.Taxonomy, subject, body string, date time.Time) Fields {
	text := NewTextForwarded(body, IsForward(subject) || pointsBelow(body))
	title := CleanSubject(subject)
	if title == "" {
		title = firstTextLine(text)
	}
	f := Fields{Title: truncateRunes(strings.ToValidUTF8(title, "\uFFFD"), maxTitleRunes)}
	f.Description = truncateRunes(strings.ToValidUTF8(text, "\uFFFD"), maxDescriptionRunes)
	budgetUnknown := readKeyValues(tx, &f, text, date)
	if len(f.Competencies) == 0 || len(f.Regions) == 0 || f.Industry == "" {
		text := withoutClassificationLines(text)
		comps, inds, regs := tx.FindAll(f.Title + "\n\n" + text)
		if len(f.Competencies) == 0 {
			f.Competencies = comps
			head := f.Title + "\n\n"
			if threadSubject(subject) && len(tx.FindCompetencies(withoutOwnScope(text))) > 0 {
				head = "" // a reply's subject names the thread's old topic
			}
			if asked := withoutOwnScope(text); asked != text || head == "" {
				f.Competencies = tx.FindCompetencies(head + asked)
			}
		}
		if len(f.Regions) == 0 {
			f.Regions = regs
		}
		if f.Industry == "" && len(inds) > 0 {
			f.Industry = inds[0]
		}
	}
	f.Regions = pruneAncestors(tx, f.Regions)
	if f.Budget == nil && !budgetUnknown {
		f.Budget = findBudget(text)
	}
	if f.RespondBy == "" {
		f.RespondBy = findDeadline(text, date)
	}
	subjectFields(&f, budgetUnknown, date)
	return f
}

// readKeyValues applies every Key: Value line of text to f: "Key: Value",
// a key alone on its line with the value on the lines below ("Budget" then
// "$80k", as HTML labels and table cells turn into text), and bold keys
// inside a line ("*Budget* $80k", html2text's rendering of <b>). It reports
// whether a budget key was given without any amount ("Budget: TBD"): then
// no other number in the text is the budget.
func readKeyValues(tx *taxonomy.Taxonomy, f *Fields, text string, date time.Time) (budgetUnknown bool) {
	lines := strings.Split(text, "\n")
	for i := 0; i < len(lines); i++ {
		pairs, next := tabTablePairs(lines, i)
		if pairs != nil {
			i = next
		} else {
			pairs = boldKeyValues(lines[i])
		}
		if pairs == nil {
			key, value, fd := splitKeyValue(lines[i])
			if fd == kvNone {
				if key, fd = labelLine(lines[i]); fd == kvNone || !valueBelow(lines, i) {
					continue
				}
			}
			if value == "" { // the values are the lines below: "Skills:\n- Azure\n- Intune"
				value, i = valuesBelow(lines, i)
			}
			pairs = []kvPair{{key, value, fd}}
		}
		for _, p := range pairs {
			applyKeyValue(tx, f, p.field, p.key, p.value, date)
			budgetUnknown = budgetUnknown || (p.field == kvBudget && !strings.ContainsFunc(p.value, unicode.IsDigit))
		}
	}
	return budgetUnknown && f.Budget == nil
}

func applyKeyValue(tx *taxonomy.Taxonomy, f *Fields, fd kvField, key, value string, date time.Time) {
	switch fd {
	case kvCompetencies:
		f.Competencies = appendUnique(f.Competencies, lookupList(value, tx.Competency, tx.FindCompetencies)...)
	case kvRegions:
		f.Regions = appendUnique(f.Regions, regionList(tx, value)...)
	case kvIndustry:
		if found := lookupList(value, tx.Industry, tx.FindIndustries); f.Industry == "" && len(found) > 0 {
			f.Industry = found[0]
		}
	case kvBudget:
		if m, ok := ParseMoney(value + " " + currencyHint(key)); f.Budget == nil && ok {
			f.Budget = rateTimesDuration(value, m)
		}
	case kvRespondBy:
		if d, ok := ParseDate(value, date); f.RespondBy == "" && ok {
			f.RespondBy = d
		}
	}
}

// currencyHint returns what a key says in brackets: "Budget (EUR)" → "EUR".
func currencyHint(key string) string {
	open, end := strings.IndexAny(key, "(["), strings.LastIndexAny(key, ")]")
	if open < 0 || end < open {
		return ""
	}
	return key[open+1 : end]
}

// lookupList resolves a value list: the whole value if it is one name,
// else each part split on , ; / | and "and", "und", "et", "y", "e", "&",
// looked up or searched as free text, plus a search of the whole value
// (which finds names the split broke, like "CI/CD" or "Oil & Gas").
func lookupList(value string, lookup func(string) (string, bool), find func(string) []string) []string {
	if v, ok := lookup(strings.TrimSpace(value)); ok {
		return []string{v}
	}
	var out []string
	for _, part := range splitValues(value) {
		if v, ok := lookup(part); ok {
			out = appendUnique(out, v)
		} else {
			out = appendUnique(out, find(part)...)
		}
	}
	return appendUnique(out, find(value)...)
}

func splitValues(value string) []string {
	var parts []string
	for _, chunk := range strings.FieldsFunc(value, func(r rune) bool { return strings.ContainsRune(",;/|•·\t", r) }) {
		var cur []string
		for _, w := range strings.Fields(chunk) {
			if inWordList(" and und et y e & or oder ou o ", strings.ToLower(w)) {
				parts = appendValuePart(parts, cur)
				cur = nil
				continue
			}
			cur = append(cur, w)
		}
		parts = appendValuePart(parts, cur)
	}
	return parts
}

func appendValuePart(parts, words []string) []string {
	if len(words) == 0 {
		return parts
	}
	return append(parts, strings.Trim(strings.Join(words, " "), "()[]\"'.*"))
}

// appendUnique appends the values not yet in list.
func appendUnique(list []string, values ...string) []string {
	for _, v := range values {
		dup := false
		for _, x := range list {
			dup = dup || x == v
		}
		if !dup && v != "" {
			list = append(list, v)
		}
	}
	return list
}

// pruneAncestors drops a region when a region inside it is also named:
// "Seattle, WA, USA" is US-West, not US-West and US. Remote stays.
func pruneAncestors(tx *taxonomy.Taxonomy, regions []string) []string {
	var out []string
	for _, r := range regions {
		d, inner := tx.Depth(r), false
		for _, s := range regions {
			inner = inner || (d > 0 && s != r && tx.Depth(s) > d && tx.Compatible(r, s))
		}
		if !inner {
			out = append(out, r)
		}
	}
	return out
}

// findBudget reads the first amount from a line that talks about money,
// else the first amount with a currency anywhere.
func findBudget(text string) *rcp2p.Money {
	for _, l := range strings.Split(text, "\n") {
		if f := taxonomy.Fold(l); containsAnyPhrase(f, budgetCues) {
			if m, ok := FindMoney(l); ok {
				return rateTimesDuration(l, m)
			}
		}
	}
	for _, l := range strings.Split(text, "\n") {
		if m, ok := FindMoney(l); ok {
			return rateTimesDuration(l, m)
		}
	}
	return nil
}

const (
	budgetCues = "|budget|budjet|value|worth|volume|deal size|price|cost|fee|up to|around|approx|" +
		"presupuesto|orcamento|valor|volumen|montant|valeur|projektvolumen|auftragswert|kosten|予算|"
	deadlineCues = "|respond|reply|response|deadline|due|by |until|before|no later than|closing|closes|" +
		"bis |frist|antwort|ruckmeldung|avant|d'ici|date limite|repondre|antes|fecha limite|plazo|" +
		"prazo|ate |responder|entro|senast|sista dag|期限|締切|まで|scadenza|reageren|uiterlijk|" +
		"najpozniej|do dnia|svarfrist|senest|viimeistaan|截止|回复|마감|회신|מועד|موعد|revert|latest|" +
		"reponse souhaitee|proposals|"
	// deadlineCuesBefore follow their date: "5th Dec तक", "12月18日前",
	// "12월 10일까지", "12月15日まで".
	deadlineCuesBefore = "|तक|まで|までに|까지|之前|以前|前|au plus tard|at the latest|spatestens|"
)

// findDeadline reads a date within a short window after a deadline word,
// or before one of the words that follow their date.
func findDeadline(text string, date time.Time) string {
	for _, l := range strings.Split(text, "\n") {
		f := taxonomy.Fold(l)
		if d := dateBeforeCue(f, date); d != "" {
			return d
		}
		for cue := range strings.SplitSeq(strings.Trim(deadlineCues, "|"), "|") {
			for at := 0; ; {
				i := strings.Index(f[at:], cue)
				if i < 0 {
					break
				}
				wordStart := at+i == 0 || !isLetterByte(f[at+i-1])
				at += i + len(cue)
				if d, ok := FindDate(truncateRunes(f[at:], 60), date); wordStart && ok {
					return d
				}
			}
		}
	}
	return ""
}

// dateBeforeCue reads a date in the window just before a deadline word of
// deadlineCuesBefore in the folded line f.
func dateBeforeCue(f string, date time.Time) string {
	for cue := range strings.SplitSeq(strings.Trim(deadlineCuesBefore, "|"), "|") {
		if i := strings.Index(f, cue); i > 0 {
			if d, ok := FindDate(lastRunes(f[:i], 40), date); ok {
				return d
			}
		}
	}
	return ""
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	for i := len(s); i > 0; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if n--; n == 0 {
			return s[i:]
		}
	}
	return s
}

// containsAnyPhrase reports whether s contains any "|"-separated phrase of list.
func containsAnyPhrase(s, list string) bool {
	for p := range strings.SplitSeq(strings.Trim(list, "|"), "|") {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func firstTextLine(text string) string {
	for l := range strings.SplitSeq(text, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			return t
		}
	}
	return ""
}

// truncateRunes cuts s to at most n runes, on a rune boundary.
func truncateRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return strings.TrimRightFunc(s[:j], unicode.IsSpace)
		}
		i++
	}
	return s
}

// splitKeyValue reads a "Key: Value" line whose key names a field. It accepts
// bullets ("- ", "• ", "1. "), markdown emphasis ("**Budget:** 50k",
// "**Budget**: 50k"), table pipes, tabs and " - " as separators, and the
// full-width colon.
func splitKeyValue(line string) (key, value string, f kvField) {
	l := strings.TrimSpace(line)
	l = strings.TrimLeft(l, "-*•·・■□◆●▪–—+|#> \t")
	if n := strings.IndexAny(l, ".)"); n > 0 && n <= 2 && allDigits(l[:n]) {
		l = strings.TrimSpace(l[n+1:])
	}
	end, sepLen := kvSeparator(l)
	if end <= 0 || end > 60 {
		return "", "", kvNone
	}
	key = strings.Trim(l[:end], "*_ \t")
	f = kvFieldOf(key)
	if f == kvNone {
		return "", "", kvNone
	}
	value = strings.Trim(l[end+sepLen:], "*_| \t")
	return key, value, f
}

// kvSeparator finds the end of the key and the separator's length.
func kvSeparator(l string) (int, int) {
	best, size := -1, 0
	for _, sep := range []string{":", "：", "\t", " | ", " - ", " – "} {
		if i := strings.Index(l, sep); i > 0 && (best < 0 || i < best) {
			best, size = i, len(sep)
		}
	}
	return best, size
}

func isLetterByte(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' || b >= 0x80 }

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// kvFieldOf maps a key, in any of its spellings, to a field.
func kvFieldOf(key string) kvField {
	if utf8.RuneCountInString(key) > 64 { // "Time limit for receipt of tenders or requests to participate"
		return kvNone
	}
	k := taxonomy.Fold(keyWithoutBrackets(key))
	k = strings.Join(strings.FieldsFunc(k, func(r rune) bool { return !unicode.IsLetter(r) }), " ")
	switch {
	case inPhraseList(compKeys, k):
		return kvCompetencies
	case inPhraseList(regionKeys, k):
		return kvRegions
	case inPhraseList(industryKeys, k):
		return kvIndustry
	case inPhraseList(budgetKeys, k):
		return kvBudget
	case inPhraseList(deadlineKeys, k):
		return kvRespondBy
	}
	return moreKeyField(k)
}

// keyWithoutBrackets drops a bracketed part and a plural "(s)" from a key.
func keyWithoutBrackets(key string) string {
	if i := strings.IndexAny(key, "(["); i > 0 {
		return key[:i]
	}
	return key
}
