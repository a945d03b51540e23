package taxonomy

import (
	"errors"
	"fmt"
	"strings"

	"rcp2p"
)

// Remote is the region that is compatible with every other region.
const Remote = "Remote"

// Term is a competency or an industry: a canonical name and the words that
// mean it.
type Term struct {
	Name     string   `mapstructure:"name" yaml:"name"`
	Synonyms []string `mapstructure:"synonyms" yaml:"synonyms"`
}

// Region is a node of the region tree. Parent is the canonical name of the
// enclosing region, "" for a root. Aliases are countries, states, cities and
// spellings in other languages; aliases of one or two letters (state and
// country codes) are read only in Key: Value fields.
type Region struct {
	Name    string   `mapstructure:"name" yaml:"name"`
	Parent  string   `mapstructure:"parent" yaml:"parent"`
	Aliases []string `mapstructure:"aliases" yaml:"aliases"`
}

// Taxonomy resolves competencies, industries and regions. It is immutable
// after New and safe for concurrent use.
type Taxonomy struct {
	comp, ind, reg *matcher
	compound       *matcher // phrases that name one more competency; see compound.go
	parent         []int    // region index → parent index, -1 for a root
	depth          []int    // region index → depth: 1 for a root, 0 for Remote
}

// New builds a taxonomy and reports every problem it finds, wrapped in
// rcp2p.ErrInvalid: empty or duplicate names, a synonym or alias claimed by
// two names, an unknown parent, a cycle, a parent on Remote.
func New(competencies, industries []Term, regions []Region) (*Taxonomy, error) {
	t := &Taxonomy{comp: newMatcher(true), ind: newMatcher(true), reg: newMatcher(false)}
	errs := []error{
		addTerms(t.comp, "competency", competencies, competencyStops()),
		addTerms(t.ind, "industry", industries, industryStops()),
		t.addRegions(regions),
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("taxonomy: %w: %w", rcp2p.ErrInvalid, err)
	}
	t.compound = compoundMatcher(t.comp)
	return t, nil
}

// Default returns the shipped taxonomy. The defaults are tested to be valid,
// so a failure here is a programming error and panics, like
// regexp.MustCompile. Building takes about a millisecond: build it once.
func Default() *Taxonomy {
	t, err := New(DefaultCompetencies(), DefaultIndustries(), DefaultRegions())
	if err != nil {
		panic(err)
	}
	return t
}

func addTerms(m *matcher, kind string, terms []Term, stops []string) error {
	var errs []error
	ids := make([]int, len(terms))
	for i, tm := range terms {
		if err := m.addName(strings.TrimSpace(tm.Name)); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", kind, err))
			continue // its synonyms would only add noise
		}
		ids[i] = len(m.names)
	}
	for i, tm := range terms {
		for _, s := range tm.Synonyms {
			if ids[i] == 0 {
				break
			}
			if err := m.addSynonym(s, ids[i], false); err != nil {
				errs = append(errs, fmt.Errorf("%s %w", kind, err))
			}
		}
	}
	for _, s := range stops {
		m.addStop(s)
	}
	return errors.Join(errs...)
}

// addRegions builds the region matcher and the tree.
func (t *Taxonomy) addRegions(regions []Region) error {
	var errs []error
	ok := make([]bool, len(regions))
	for i, r := range regions {
		if err := t.reg.addName(strings.TrimSpace(r.Name)); err != nil {
			errs = append(errs, fmt.Errorf("region: %w", err))
			continue
		}
		ok[i] = true
	}
	var kept []Region
	for i, r := range regions {
		if ok[i] {
			kept = append(kept, r)
		}
	}
	for i, r := range kept {
		for _, a := range r.Aliases {
			if err := t.reg.addSynonym(a, i+1, isCode(a)); err != nil {
				errs = append(errs, fmt.Errorf("region %w", err))
			}
		}
	}
	for _, s := range regionStops() {
		t.reg.addStop(s)
	}
	return errors.Join(append(errs, t.buildTree(kept))...)
}

// buildTree resolves parents and depths, rejecting unknown parents and
// cycles.
func (t *Taxonomy) buildTree(regions []Region) error {
	var errs []error
	t.parent = make([]int, len(regions))
	for i, r := range regions {
		t.parent[i] = -1
		p := strings.TrimSpace(r.Parent)
		if p == "" {
			continue
		}
		id, found := t.reg.exact[p]
		if !found {
			id, found = t.reg.keys[key(p)]
		}
		switch {
		case !found:
			errs = append(errs, fmt.Errorf("region %s: unknown parent %q", r.Name, p))
		case t.reg.names[i] == Remote:
			errs = append(errs, fmt.Errorf("region %s cannot have a parent", Remote))
		default:
			t.parent[i] = id - 1
		}
	}
	t.depth = make([]int, len(regions))
	for i := range regions {
		d, err := t.walkDepth(i)
		if err != nil {
			errs = append(errs, err)
			t.parent[i] = -1 // break the cycle so that later walks end
		}
		t.depth[i] = d
	}
	return errors.Join(errs...)
}

func (t *Taxonomy) walkDepth(i int) (int, error) {
	if t.reg.names[i] == Remote {
		return 0, nil
	}
	d := 1
	for p := t.parent[i]; p >= 0; p = t.parent[p] {
		d++
		if d > len(t.parent) {
			return -1, fmt.Errorf("region %s: its parents form a cycle", t.reg.names[i])
		}
	}
	return d, nil
}

// Competency returns the canonical competency for a name or synonym,
// ignoring case, spacing and punctuation ("power bi", "PowerBI", "Power-BI").
func (t *Taxonomy) Competency(s string) (string, bool) { return t.comp.lookup(s) }

// Industry returns the canonical industry for a name or synonym.
func (t *Taxonomy) Industry(s string) (string, bool) { return t.ind.lookup(s) }

// Region returns the canonical region for a name or alias, including state
// and country codes ("WA" → US-West).
func (t *Taxonomy) Region(s string) (string, bool) { return t.reg.lookup(s) }

// FindCompetencies returns every competency mentioned in free text,
// canonical, deduplicated, in order of first mention.
func (t *Taxonomy) FindCompetencies(text string) []string {
	toks := tokenize(text, make([]token, 0, len(text)/6+1))
	return t.withCompounds(toks, t.comp.findTokens(toks))
}

// FindIndustries returns every industry mentioned in free text.
func (t *Taxonomy) FindIndustries(text string) []string { return t.ind.find(text) }

// FindRegions returns every region mentioned in free text; codes of one or
// two letters are not read here.
func (t *Taxonomy) FindRegions(text string) []string { return t.reg.find(text) }

// FindAll is FindCompetencies, FindIndustries and FindRegions in one pass
// over the text, for callers that want all three.
func (t *Taxonomy) FindAll(text string) (competencies, industries, regions []string) {
	toks := tokenize(text, make([]token, 0, len(text)/6+1))
	return t.withCompounds(toks, t.comp.findTokens(toks)), t.ind.findTokens(toks), t.reg.findTokens(toks)
}

// Competencies returns the canonical competency names in definition order.
func (t *Taxonomy) Competencies() []string { return append([]string(nil), t.comp.names...) }

// Industries returns the canonical industry names in definition order.
func (t *Taxonomy) Industries() []string { return append([]string(nil), t.ind.names...) }

// Regions returns the canonical region names in definition order.
func (t *Taxonomy) Regions() []string { return append([]string(nil), t.reg.names...) }

// regionIndex resolves a canonical name (fast path) or an alias.
func (t *Taxonomy) regionIndex(s string) (int, bool) {
	if id, ok := t.reg.exact[s]; ok {
		return id - 1, true
	}
	if id, ok := t.reg.keys[key(s)]; ok {
		return id - 1, true
	}
	return -1, false
}

// Compatible reports whether two regions may meet: they are equal, one
// contains the other, or either is Remote. Siblings never are; an unknown
// region is compatible only with itself and Remote. Names are canonical;
// aliases also work, more slowly.
func (t *Taxonomy) Compatible(a, b string) bool {
	if a == b || a == Remote || b == Remote {
		return true
	}
	ia, okA := t.regionIndex(a)
	ib, okB := t.regionIndex(b)
	if !okA || !okB {
		return false
	}
	if t.reg.names[ia] == Remote || t.reg.names[ib] == Remote {
		return true
	}
	return t.within(ia, ib) || t.within(ib, ia)
}

// within reports whether region i is region anc or lies inside it.
func (t *Taxonomy) within(i, anc int) bool {
	for n := 0; i >= 0 && n <= len(t.parent); n++ {
		if i == anc {
			return true
		}
		i = t.parent[i]
	}
	return false
}

// Depth ranks region precision: 1 for a root ("North America"), 2 for "US",
// 3 for "US-West"; 0 for Remote and -1 for an unknown region.
func (t *Taxonomy) Depth(region string) int {
	if region == Remote {
		return 0
	}
	i, ok := t.regionIndex(region)
	if !ok {
		return -1
	}
	return t.depth[i]
}

// Parent returns the canonical parent of a region, "" for a root or an
// unknown region.
func (t *Taxonomy) Parent(region string) string {
	i, ok := t.regionIndex(region)
	if !ok || t.parent[i] < 0 {
		return ""
	}
	return t.reg.names[t.parent[i]]
}

// isCode reports a one- or two-letter code ("WA", "OR"), which free text
// would confuse with words.
func isCode(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) == 0 || len(s) > 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
