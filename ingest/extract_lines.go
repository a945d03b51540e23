package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"rcp2p/taxonomy"
)

// kvPair is one field read from a line.
type kvPair struct {
	key, value string
	field      kvField
}

// labelLine reads a line that is only a key, without a separator: "Budget"
// above "$80k". HTML labels (<b>Budget</b><br>$80k) and table cells that a
// client turned into text look like this. Bullets, markdown emphasis and
// emoji before the key are allowed.
func labelLine(line string) (string, kvField) {
	l := strings.TrimFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != ')' })
	if l == "" || utf8.RuneCountInString(l) > 40 {
		return "", kvNone
	}
	return l, kvFieldOf(l)
}

// valueBelow reports whether the line after a label holds its value: it
// is not blank and not a key itself.
func valueBelow(lines []string, i int) bool {
	if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" {
		return false
	}
	return !isKeyLine(lines[i+1])
}

func isKeyLine(l string) bool {
	if _, _, f := splitKeyValue(l); f != kvNone {
		return true
	}
	_, f := labelLine(l)
	return f != kvNone
}

// valuesBelow joins the value lines under the key at line i (at most ten,
// up to a blank line or the next key) and returns the index of the last.
func valuesBelow(lines []string, i int) (string, int) {
	var items []string
	for i+1 < len(lines) && len(items) < 10 {
		next := strings.TrimSpace(lines[i+1])
		if next == "" || isKeyLine(next) {
			break
		}
		items = append(items, strings.TrimLeftFunc(next, isBulletRune))
		i++
	}
	return strings.Join(items, ", "), i
}

// isBulletRune reports the marks people put before list items: dashes,
// bullets, check marks, arrows and emoji.
func isBulletRune(r rune) bool {
	return strings.ContainsRune("-*•·–+ \t>", r) || unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) ||
		r == '\u200d' || r == '\ufe0f' || (r >= 0x2190 && r <= 0x27bf)
}

// boldKeyValues reads keys written in bold inside a line, as html2text
// renders <b>Key</b>: "*Budget* $80k" and, when a table's cells ran into one
// line, "*Skills* Azure *Region* Benelux". It returns nil unless the line
// starts with such a key.
func boldKeyValues(line string) []kvPair {
	l := strings.TrimLeftFunc(line, func(r rune) bool { return r == ' ' || r == '\t' || r == '-' || r == '•' })
	if !strings.HasPrefix(l, "*") || strings.HasPrefix(l, "**") {
		return nil
	}
	var out []kvPair
	for l != "" {
		end := strings.IndexByte(l[1:], '*')
		if !strings.HasPrefix(l, "*") || end < 0 {
			return nil
		}
		key := strings.TrimSpace(l[1 : end+1])
		f := kvFieldOf(strings.TrimRight(key, ":："))
		if f == kvNone {
			return nil
		}
		rest := l[end+2:]
		next := nextBoldKey(rest)
		value := strings.Trim(rest[:next], ":： \t|")
		out = append(out, kvPair{key, value, f})
		l = strings.TrimSpace(rest[next:])
	}
	if len(out) == 0 || out[len(out)-1].value == "" {
		return nil // "*Budget*" alone: a label line
	}
	return out
}

// nextBoldKey returns where the next "*Key*" starts in s, or len(s).
func nextBoldKey(s string) int {
	for at := 0; ; {
		i := strings.Index(s[at:], " *")
		if i < 0 {
			return len(s)
		}
		start := at + i + 1
		if end := strings.IndexByte(s[start+1:], '*'); end > 0 {
			if kvFieldOf(strings.TrimRight(s[start+1:start+1+end], ":：")) != kvNone {
				return start
			}
		}
		at = start + 1
	}
}

// regionList resolves a region value. A two-letter code after a place
// qualifies it: "Portland, OR" is US-West. When the code names a region on
// another continent than the place ("Perth, WA": Western Australia, not
// Washington) the code is dropped; when it names another region of the same
// country or continent ("Portland, ME") the code wins over the place.
func regionList(tx *taxonomy.Taxonomy, value string) []string {
	if v, ok := tx.Region(strings.TrimSpace(value)); ok {
		return []string{v}
	}
	var named, coded []string
	for _, part := range splitValues(value) {
		v, ok := tx.Region(part)
		switch {
		case ok && len(part) <= 3 && strings.ToUpper(part) == part:
			coded = appendUnique(coded, v)
		case ok:
			named = appendUnique(named, v)
		default:
			named = appendUnique(named, tx.FindRegions(part)...)
		}
	}
	named = appendUnique(named, tx.FindRegions(value)...)
	for _, c := range coded {
		named = withCode(tx, named, c)
	}
	return named
}

func withCode(tx *taxonomy.Taxonomy, named []string, code string) []string {
	var sameRoot []string
	for _, n := range named {
		if tx.Compatible(n, code) {
			return appendUnique(named, code)
		}
		if regionRoot(tx, n) == regionRoot(tx, code) {
			sameRoot = append(sameRoot, n)
		}
	}
	if len(named) == 0 {
		return []string{code}
	}
	if len(sameRoot) == 0 {
		return named
	}
	var out []string
	for _, n := range named {
		if !slices.Contains(sameRoot, n) {
			out = append(out, n)
		}
	}
	return appendUnique(out, code)
}

func regionRoot(tx *taxonomy.Taxonomy, r string) string {
	for i := 0; i < 16; i++ {
		p := tx.Parent(r)
		if p == "" {
			return r
		}
		r = p
	}
	return r
}
