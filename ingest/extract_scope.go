package ingest

import (
	"strings"
	"unicode"

	"rcp2p/taxonomy"
)

// ownScopeStarts open a clause in which the submitter says what it does
// itself ("we keep the reporting", "we handle the Azure side"): the skills
// named there are not the ones asked for. Folded, each followed by a space.
const ownScopeStarts = "|we keep|we'll keep|we will keep|we handle|we'll handle|we will handle|we cover|" +
	"we'll cover|we will cover|we own|we lead|we'll lead|we will lead|we take care of|we'll take care of|" +
	"we already have|we do the|we'll do the|we will do the|we are doing the|we're doing the|" +
	"we deliver the|we'll deliver the|our team handles|our team covers|our team has|" +
	"wir ubernehmen|wir machen selbst|wir kummern uns um|nous gerons|nous nous occupons|" +
	"nous prenons en charge|nos encargamos|nosotros nos encargamos|nos ocupamos|" +
	"we are the|we're the|we run|we already run|we manage|we already manage|we moved|we migrated|" +
	"we continue to|we will continue to|"

// ownScopeEnds close such a clause from behind: "the application side is
// covered", "which stay as they are".
const ownScopeEnds = "|is covered|are covered|covered|in-house|in house|stay as they are|stays as it is|"

// notRequested marks a clause that says its skills are not asked for
// ("none of that is part of this request", "licences are paid separately").
const notRequested = "|none of that|none of this|not part of this request|not part of the request|" +
	"not looking for help|not in scope|out of scope|paid separately|handled separately|not needed|" +
	"nicht teil der anfrage|hors perimetre|fuera del alcance|"

// withoutUnrequested drops whole sentences that say their skills are not
// asked for: "none of that" points back over the sentence's earlier
// clauses.
func withoutUnrequested(text string) string {
	if !containsAnyPhrase(taxonomy.Fold(text), notRequested) {
		return text
	}
	var b strings.Builder
	start := 0
	flush := func(end int) {
		sent := text[start:end]
		if !containsAnyPhrase(strings.Join(strings.Fields(taxonomy.Fold(sent)), " "), notRequested) {
			b.WriteString(sent)
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch {
		case strings.ContainsRune(".!?", rune(text[i])) && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n'):
			flush(i + 1)
		case text[i] == '\n' && i+1 < len(text) && text[i+1] == '\n':
			flush(i + 1)
		}
	}
	flush(len(text))
	return b.String()
}

// continues reports whether the line break at text[i] wraps a sentence:
// the previous line does not end a sentence and the next starts in lower
// case.
func continues(text string, i int) bool {
	prev := strings.TrimRight(text[:i], " \t\r")
	if prev == "" || strings.ContainsAny(prev[len(prev)-1:], ".;:!?") {
		return false
	}
	next := strings.TrimLeft(text[i+1:], " \t")
	if next == "" {
		return false
	}
	r := []rune(next[:min(len(next), 4)])
	return len(r) > 0 && unicode.IsLower(r[0])
}

// withoutOwnScope drops the clauses of text in which the submitter names
// its own part of the work. Clauses end at . ; ! ? and line ends, and
// before "but", "while", "and need"…; text is returned unchanged when it has
// no such clause.
func withoutOwnScope(text string) string {
	f := taxonomy.Fold(text)
	if !containsAnyPhrase(f, ownScopeStarts) && !containsAnyPhrase(f, ownScopeEnds) && !containsAnyPhrase(f, notRequested) {
		return text
	}
	var b strings.Builder
	for _, c := range clauses(withoutUnrequested(text)) {
		if !isOwnScope(c) {
			b.WriteString(c)
			if !strings.HasSuffix(c, "\n") {
				b.WriteByte('\n') // a line break kept inside a clause must not become a blank line
			}
		}
	}
	return b.String()
}

func isOwnScope(clause string) bool {
	f := strings.Join(strings.Fields(taxonomy.Fold(clause)), " ")
	f = strings.TrimLeft(f, "-*•>,:( ")
	for _, w := range []string{"and ", "but ", "so ", "also ", "und ", "et ", "y "} {
		f = strings.TrimPrefix(f, w)
	}
	f = strings.ReplaceAll(f, "’", "'")
	head := f[:min(len(f), 40)] // "over the years we moved …" opens with a few words first
	for p := range strings.SplitSeq(strings.Trim(ownScopeStarts, "|"), "|") {
		if strings.HasPrefix(f, p+" ") || strings.Contains(head, " "+p+" ") {
			return true
		}
	}
	f = strings.TrimRight(f, ".;!? )")
	for p := range strings.SplitSeq(strings.Trim(ownScopeEnds, "|"), "|") {
		if strings.HasSuffix(f, " "+p) {
			return true
		}
	}
	return false
}

// clauses splits text at sentence punctuation, line ends and the words that
// turn from one part of the work to another.
func clauses(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		cut := 0
		switch text[i] {
		case '\n':
			// A line wrapped inside a sentence (format=flowed, QP soft
			// breaks) goes on in lower case: not a clause end.
			if !continues(text, i) {
				cut = 1
			}
		case '.', ';', ':', '!', '?':
			if text[i] == ';' || text[i] == '!' || text[i] == '?' || i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' {
				cut = 1
			}
		case ' ':
			for _, w := range []string{" but ", " while ", " whereas ", " and need", " and are looking", " and want", " and we ", ", we "} {
				if strings.HasPrefix(text[i:], w) || (w[0] == ',' && i > 0 && strings.HasPrefix(text[i-1:], w)) {
					cut = 1
				}
			}
		}
		if cut > 0 {
			out = append(out, text[start:i+1])
			start = i + 1
		}
	}
	return append(out, text[start:])
}
