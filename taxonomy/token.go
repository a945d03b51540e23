package taxonomy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of text as the matcher sees it.
type token struct {
	norm string // folded: lower case, Latin diacritics removed
	caps bool   // written without lower-case letters ("AI"), or as "LLMs"
	brk  bool   // strong punctuation separates it from the previous token
}

// latinExtA folds U+0100..U+017F to ASCII; Œ/œ and Ĳ/ĳ are handled apart.
const latinExtA = "aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" +
	"iiiiiiiiii" + "ii" + "jj" + "kkk" + "llllllllll" + "nnnnnnnnn" + "oooooo" + "oo" +
	"rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s"

// latin1 folds lower-case U+00E0..U+00FF; '*' marks runes handled apart.
const latin1 = "aaaaaa*ceeeeiiiidnooooo*ouuuuy*y"

// Fold returns s in lower case with Latin diacritics removed ("Sécurité" →
// "securite", "Straße" → "strasse") and full-width ASCII made narrow. It
// keeps every other rune, so it is safe for any text. A zero-width
// non-joiner becomes a space.
func Fold(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
		upper = upper || ('A' <= s[i] && s[i] <= 'Z')
	}
	switch {
	case ascii && !upper:
		return s
	case ascii:
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s)+8)
	for _, r := range s {
		b = foldRune(b, r)
	}
	return string(b)
}

// foldRune appends the folded form of r to b. Combining marks vanish, which
// also folds text written in decomposed form (e + U+0301).
func foldRune(b []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		return foldRune(b, r-0xFEE0)
	case unicode.Is(unicode.Mn, r):
		return b
	case r == 0x200C: // Persian writes "خرده‌فروشی" with a zero-width non-joiner, or a space
		return append(b, ' ')
	}
	r = unicode.ToLower(r)
	switch {
	case r == 'ß':
		return append(b, "ss"...)
	case r == 'æ':
		return append(b, "ae"...)
	case r == 'œ':
		return append(b, "oe"...)
	case r == 'þ':
		return append(b, "th"...)
	case r >= 0xE0 && r <= 0xFF && latin1[r-0xE0] != '*':
		return append(b, latin1[r-0xE0])
	case r >= 0x100 && r <= 0x17F:
		return append(b, latinExtA[r-0x100])
	case r >= 0x218 && r <= 0x21B: // Romanian comma-below ș ț
		return append(b, "sstt"[r-0x218])
	case r >= 0x3AC && r <= 0x3CE || r == 0x390:
		return utf8.AppendRune(b, greekBase(r))
	}
	return utf8.AppendRune(b, r)
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	// Spacing marks (Mc) are the vowel signs of Indic scripts: "भारत" is one word.
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// isIdeograph reports runes of scripts written without spaces; each is a
// word of its own so that "日本での案件" contains the tokens of "日本".
// Hangul syllables count too: Korean glues particles to nouns, so "서울에서"
// (in Seoul) must contain the tokens of "서울".
func isIdeograph(r rune) bool {
	return r >= 0x3040 && (isCJK(r) || unicode.Is(unicode.Hangul, r)) || isUnspacedScript(r)
}

// isUnspacedScript reports Thai, Lao, Khmer and Myanmar letters: these
// scripts write no spaces between words, so "ธนาคารในกรุงเทพฯ" (a bank in
// Bangkok) must contain the tokens of "ธนาคาร", as with CJK.
func isUnspacedScript(r rune) bool {
	return r >= 0x0E00 && r <= 0x0EFF || r >= 0x1780 && r <= 0x17FF || r >= 0x1000 && r <= 0x109F
}

// greekBase drops the tonos and dialytika of a lower-case Greek vowel and
// writes the final sigma as σ: "Δεκεμβρίου" folds like "δεκεμβριου".
func greekBase(r rune) rune {
	switch r {
	case 'ά':
		return 'α'
	case 'έ':
		return 'ε'
	case 'ή':
		return 'η'
	case 'ί', 'ϊ', 'ΐ':
		return 'ι'
	case 'ό':
		return 'ο'
	case 'ύ', 'ϋ', 'ΰ':
		return 'υ'
	case 'ώ':
		return 'ω'
	case 'ς':
		return 'σ'
	}
	return r
}

func isCJK(r rune) bool { return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) }

// isJoiner reports punctuation that may sit inside a phrase: "Power-BI",
// "CI/CD", "U.S.", "d'applications", "F&O". Any other non-word rune that is
// not a space breaks phrases.
func isJoiner(r rune) bool {
	if r == ' ' || r == '\n' {
		return true
	}
	switch r {
	case '-', '/', '.', '\'', '’', '&', '+', '_', '‐', '–', '*', '#':
		return true
	}
	return unicode.IsSpace(r)
}

// span is a token while tokenize still builds the folded text.
type span struct {
	start, end int
	caps, brk  bool
}

// tokenize splits s into tokens, appending to dst. Whitespace-separated
// chunks that are e-mail addresses or URLs are skipped whole, and read as a
// phrase break. It makes one pass and two allocations beyond dst.
func tokenize(s string, dst []token) []token {
	buf := make([]byte, 0, len(s))
	spans := make([]span, 0, len(s)/6+1)
	brk, newlines := false, 0
	chunk := -1 // len(spans) when the current whitespace-free chunk began
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case unicode.IsSpace(r) || r == 0x200C: // a zero-width non-joiner separates like a space
			if r == '\n' {
				newlines++
				brk = brk || newlines > 1 // a blank line ends a paragraph
			}
			chunk = -1
			i += n
			continue
		case chunk < 0:
			newlines, chunk = 0, len(spans)
			if len(s)-i > 4 && strings.EqualFold(s[i:i+4], "www.") {
				i, brk = nextSpace(s, i), true
				continue
			}
		}
		if r == '@' || (r == ':' && strings.HasPrefix(s[i:], "://")) {
			spans = spans[:chunk] // an address or URL: forget its words
			i, brk = nextSpace(s, i), true
			continue
		}
		if !isWordRune(r) && !isDotWord(s, i) {
			brk = brk || !isJoiner(r)
			i += n
			continue
		}
		start := len(buf)
		var caps bool
		i, caps, buf = readWord(s, i, buf)
		spans = append(spans, span{start, len(buf), caps, brk})
		brk = false
	}
	all := string(buf)
	for _, sp := range spans {
		dst = append(dst, token{norm: all[sp.start:sp.end], caps: sp.caps, brk: sp.brk})
	}
	return dst
}

// nextSpace returns the index of the next whitespace at or after i.
func nextSpace(s string, i int) int {
	if j := strings.IndexFunc(s[i:], unicode.IsSpace); j >= 0 {
		return i + j
	}
	return len(s)
}

// isDotWord reports a '.' that starts a word, as in ".NET": it follows a
// non-word rune (or nothing) and a letter follows it.
func isDotWord(s string, i int) bool {
	if s[i] != '.' || i+1 >= len(s) {
		return false
	}
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		if isWordRune(p) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.IsLetter(r)
}

// readWord folds the word starting at i into buf and returns where it ends
// and whether it was written in capitals. An ideograph is a word by itself;
// a word may end in "#" or "++" ("C#", "C++").
func readWord(s string, i int, buf []byte) (int, bool, []byte) {
	r, n := utf8.DecodeRuneInString(s[i:])
	if isIdeograph(r) {
		return i + n, true, foldRune(buf, r)
	}
	if r == '.' {
		buf = append(buf, '.')
		i++
	}
	lower, upper, last := 0, 0, rune(0)
	for i < len(s) {
		r, n = rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) || isIdeograph(r) {
			break
		}
		if unicode.IsLower(r) {
			lower++
		} else if unicode.IsUpper(r) {
			upper++
		}
		last = r
		buf = foldRune(buf, r)
		i += n
	}
	switch {
	case strings.HasPrefix(s[i:], "++"):
		buf = append(buf, "++"...)
		i += 2
	case strings.HasPrefix(s[i:], "#"):
		buf = append(buf, '#')
		i++
	}
	caps := lower == 0 || (lower == 1 && last == 's' && upper >= 2)
	return i, caps, buf
}

// key is the lookup form of s: its tokens joined without spaces, so that
// case, spacing and punctuation do not matter.
func key(s string) string {
	toks := tokenize(s, nil)
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].norm
	}
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.norm)
	}
	return b.String()
}
