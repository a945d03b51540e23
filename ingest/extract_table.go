package ingest

import (
	"strings"
	"time"

	"rcp2p/taxonomy"
)

// tabTablePairs reads a range pasted from a spreadsheet: a row of keys,
// tab separated, over a row of values with the same number of cells
// ("Customer\tLocation\tBudget" over "Acme\tChicago, IL\t$65,000"). At
// least two header cells must name a field. It returns the pairs and the
// index of the value row, or nil.
func tabTablePairs(lines []string, i int) ([]kvPair, int) {
	head := tabCells(lines[i])
	if len(head) < 3 || i+1 >= len(lines) {
		return nil, i
	}
	var fields []kvField
	known := 0
	for _, h := range head {
		f := kvFieldOf(strings.Trim(h, "*_:： "))
		if f != kvNone {
			known++
		}
		fields = append(fields, f)
	}
	row := tabCells(lines[i+1])
	if known < 2 || len(row) != len(head) {
		return nil, i
	}
	var pairs []kvPair
	for c, f := range fields {
		if v := strings.TrimSpace(row[c]); f != kvNone && v != "" {
			pairs = append(pairs, kvPair{strings.TrimSpace(head[c]), v, f})
		}
	}
	return pairs, i + 1
}

// tabCells splits a line on tabs; a line without tabs has no cells.
func tabCells(line string) []string {
	line = strings.TrimRight(line, "\r")
	if !strings.Contains(line, "\t") {
		return nil
	}
	return strings.Split(strings.Trim(line, "\t"), "\t")
}

// classificationKeys name lines of procurement codes whose official labels
// are not what is asked for: "Main CPV code: 72000000-5 IT services:
// consulting, software development, …" lists a whole category.
const classificationKeys = "|cpv|cpv code|cpv codes|main cpv code|additional cpv codes|additional cpv code|" +
	"naics|naics code|naics codes|unspsc|unspsc code|unspsc codes|"

// withoutClassificationLines drops the lines of text whose key is a
// procurement code list, for the free-text search of competencies.
func withoutClassificationLines(text string) string {
	if !strings.Contains(taxonomy.Fold(text), "cpv") && !strings.Contains(taxonomy.Fold(text), "naics") &&
		!strings.Contains(taxonomy.Fold(text), "unspsc") {
		return text
	}
	lines := strings.Split(text, "\n")
	out := lines[:0:0]
	for _, l := range lines {
		t := strings.TrimLeft(strings.TrimSpace(l), "-*•· ")
		if end, _ := kvSeparator(t); end > 0 && inPhraseList(classificationKeys, foldKey(t[:end])) {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// subjectFields reads the budget and the respond-by date from the title
// when the body gave none: "[OPP] Power BI | Germany | €40k | due 15 Jan".
func subjectFields(f *Fields, budgetUnknown bool, date time.Time) {
	if f.Budget == nil && !budgetUnknown {
		f.Budget = findBudget(f.Title)
	}
	if f.RespondBy == "" {
		f.RespondBy = findDeadline(f.Title, date)
	}
}
