package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Length limits, in runes, for text that reaches a mail. Partner-written
// fields are cut here; templates never see longer text.
const (
	maxTitle     = 200
	maxSummary   = 400
	maxCompany   = 100
	maxShort     = 120 // reason, budget, regions, industry, submitter, period
	maxSubject   = 200
	maxParagraph = 2000
	maxFactLabel = 40
	maxFactValue = 400
	maxPreheader = 110
	ellipsis     = "…"
)

// clean makes s safe to show as one line of text: invalid UTF-8 is
// replaced, control characters and line breaks become spaces, bidi
// embeddings/overrides/isolates are dropped (an unclosed RLO would reverse
// the rest of a line, "(OPP-17)" included), runs of spaces collapse, and the
// result is cut to max runes with "…".
func clean(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(min(len(s), max*4))
	space := false
	n := 0
	for _, r := range s {
		switch {
		case isSpace(r):
			space = b.Len() > 0
			continue
		case dropped(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(r)
		n++
		if n > max+1 {
			break // enough to know it must be cut
		}
	}
	return truncate(b.String(), max)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' || unicode.IsControl(r)
}

// dropped reports format characters that can change how surrounding text
// displays. Joiners, variation selectors, LRM/RLM and tag characters stay:
// emoji sequences and scripts need them.
func dropped(r rune) bool {
	switch {
	case r >= '\u202A' && r <= '\u202E': // LRE, RLE, PDF, LRO, RLO
		return true
	case r >= '\u2066' && r <= '\u2069': // LRI, RLI, FSI, PDI
		return true
	case r == '\uFEFF', r == '\u00AD': // BOM / zero-width no-break space, soft hyphen
		return true
	}
	return false
}

// truncate cuts s to at most max runes, "…" included, preferring a word
// boundary near the end and never leaving a dangling joiner or selector.
func truncate(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	if max <= 1 {
		return ellipsis
	}
	runes := []rune(s)[:max-1]
	if i := lastSpace(runes); i >= len(runes)-20 && i > len(runes)/2 {
		runes = runes[:i]
	}
	for len(runes) > 0 && trailingJunk(runes[len(runes)-1]) {
		runes = runes[:len(runes)-1]
	}
	return string(runes) + ellipsis
}

func lastSpace(runes []rune) int {
	for i := len(runes) - 1; i >= 0; i-- {
		if runes[i] == ' ' {
			return i
		}
	}
	return -1
}

func trailingJunk(r rune) bool {
	return r == ' ' || r == '\u200D' || r == '\uFE0F' || r == '\uFE0E' ||
		unicode.Is(unicode.Mn, r) || unicode.IsPunct(r) && r != ')' && r != ']'
}

// wrap breaks one line of text into lines of at most width columns, each
// after the first prefixed with indent. Words longer than a line stay whole
// (URLs and addresses must survive).
func wrap(s string, width int, indent string) string {
	return strings.Join(wrapLines(s, width, false), "\n"+indent)
}

// wrapLines splits s into lines of at most width columns. With hard, words
// longer than a line are broken too, and words in scripts written without
// spaces (Japanese, Chinese) fill each line before breaking.
func wrapLines(s string, width int, hard bool) []string {
	var w lineWrapper
	w.width = width
	for _, word := range strings.Fields(s) {
		ww := textWidth(word)
		fits := w.col == 0 || w.col+1+ww <= width
		switch {
		case fits && (!hard || ww <= width):
			w.word(word, ww)
		case hard && (hasWide(word) || ww > width):
			w.space()
			for _, r := range word {
				w.char(r)
			}
		default:
			w.newline()
			w.word(word, ww)
		}
	}
	w.newline()
	return w.lines
}

type lineWrapper struct {
	width, col int
	line       strings.Builder
	lines      []string
}

func (w *lineWrapper) word(s string, width int) {
	w.space()
	w.line.WriteString(s)
	w.col += width
}

func (w *lineWrapper) space() {
	if w.col > 0 && w.col < w.width {
		w.line.WriteByte(' ')
		w.col++
	}
}

func (w *lineWrapper) char(r rune) {
	rw := runeWidth(r)
	if w.col > 0 && w.col+rw > w.width {
		w.newline()
	}
	w.line.WriteRune(r)
	w.col += rw
}

func (w *lineWrapper) newline() {
	if w.line.Len() > 0 {
		w.lines = append(w.lines, strings.TrimRight(w.line.String(), " "))
	}
	w.line.Reset()
	w.col = 0
}

func hasWide(s string) bool {
	for _, r := range s {
		if runeWidth(r) == 2 {
			return true
		}
	}
	return false
}

// summaryLines renders s as at most n lines of width columns, the last one
// ending in "…" when text was left out.
func summaryLines(s string, width, n int) []string {
	lines := wrapLines(s, width, true)
	if len(lines) <= n {
		return lines
	}
	lines = lines[:n]
	last := lines[n-1]
	if textWidth(last)+1 > width {
		if i := strings.LastIndexByte(last, ' '); i > len(last)/2 {
			last = last[:i]
		} else {
			r := []rune(last)
			for len(r) > 0 && textWidth(string(r))+1 > width {
				r = r[:len(r)-1]
			}
			last = string(r)
		}
	}
	lines[n-1] = strings.TrimRight(last, " ") + ellipsis
	return lines
}

func textWidth(s string) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

// runeWidth approximates the display width of r in a monospaced mail
// client: East Asian wide and fullwidth characters and emoji take two
// columns, combining marks and joiners none.
func runeWidth(r rune) int {
	switch {
	case r == '\u200D' || r == '\uFE0F' || r == '\uFE0E' || unicode.Is(unicode.Mn, r):
		return 0
	case r >= 0x1100 && r <= 0x115F, // Hangul Jamo
		r >= 0x2E80 && r <= 0xA4CF && r != 0x303F, // CJK … Yi
		r >= 0xAC00 && r <= 0xD7A3,                // Hangul syllables
		r >= 0xF900 && r <= 0xFAFF,                // CJK compatibility ideographs
		r >= 0xFE30 && r <= 0xFE4F,                // CJK compatibility forms
		r >= 0xFF00 && r <= 0xFF60,                // fullwidth forms
		r >= 0xFFE0 && r <= 0xFFE6,                // fullwidth signs
		r >= 0x1F300 && r <= 0x1FAFF,              // emoji
		r >= 0x20000 && r <= 0x3FFFD:              // CJK extensions
		return 2
	}
	return 1
}
