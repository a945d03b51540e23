package taxonomy

// compoundCompetencies are phrases that name a competency besides the one
// their longest match finds. Microsoft's "Solutions Partner for Data & AI
// (Azure)" designation covers the data platform as well as AI: "AI" finds
// AI and Machine Learning, and the phrase adds Data Platform. (Analytics
// has its own specialization, so Data Analytics is not added.)
var compoundCompetencies = map[string]string{
	"Data & AI":   "Data Platform",
	"Data and AI": "Data Platform",
	"Data + AI":   "Data Platform",
}

// compoundMatcher builds the matcher of compoundCompetencies whose target
// comp knows; nil when none is known (a replaced competency list).
func compoundMatcher(comp *matcher) *matcher {
	m := newMatcher(false)
	for phrase, name := range compoundCompetencies {
		if _, ok := comp.exact[name]; !ok {
			continue
		}
		id, ok := m.exact[name]
		if !ok {
			m.names = append(m.names, name)
			id = len(m.names)
			m.exact[name] = id
		}
		_ = m.addPhrase(phrase, id, false)
	}
	if len(m.names) == 0 {
		return nil
	}
	return m
}

// withCompounds appends the competencies that compound phrases in toks add.
func (t *Taxonomy) withCompounds(toks []token, found []string) []string {
	if t.compound == nil {
		return found
	}
	for _, name := range t.compound.findTokens(toks) {
		dup := false
		for _, f := range found {
			dup = dup || f == name
		}
		if !dup {
			found = append(found, name)
		}
	}
	return found
}
