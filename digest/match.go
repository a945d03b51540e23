package digest

import (
	"sort"
	"strings"

	"rcp2p"
	"rcp2p/taxonomy"
)

// Matcher applies the default matching rule. It indexes the open
// opportunities once per run so that a partner is compared only with the
// opportunities that share one of its competencies, and keeps only the best
// max of those: a weekly run compares 120,000 partners with 5,000
// opportunities. A Matcher is not safe for concurrent use.
type Matcher struct {
	tax      *taxonomy.Taxonomy
	fx       map[string]float64 // units of currency per unit of each currency
	currency string
	opps     []oppInfo
	byComp   map[string][]int // lower-case competency -> indexes into opps
	stamp    []uint32         // stamp[i] == gen: opps[i] already seen for this partner
	gen      uint32
}

// oppInfo is an opportunity with what matching needs precomputed.
type oppInfo struct {
	o      *rcp2p.Opportunity
	comps  []string // lower case
	budget float64  // in the digest currency
	priced bool     // budget is known and convertible
}

// NewMatcher indexes opps. fx maps ISO codes to units of currency.
func NewMatcher(tax *taxonomy.Taxonomy, fx map[string]float64, currency string, opps []*rcp2p.Opportunity) *Matcher {
	m := &Matcher{tax: tax, fx: fx, currency: strings.ToUpper(currency), byComp: map[string][]int{},
		opps: make([]oppInfo, len(opps)), stamp: make([]uint32, len(opps))}
	for i, o := range opps {
		info := oppInfo{o: o}
		for _, c := range o.Competencies {
			k := strings.ToLower(c)
			info.comps = append(info.comps, k)
			m.byComp[k] = append(m.byComp[k], i)
		}
		if o.Budget != nil {
			info.budget, info.priced = m.Convert(*o.Budget)
		}
		m.opps[i] = info
	}
	return m
}

// Match is one opportunity that fits a partner, with why.
type Match struct {
	Opp       *rcp2p.Opportunity
	Shared    []rcp2p.Competency // with the partner's level
	Region    string             // the opportunity region that matched, "" when either side has none
	Score     int                // gold 2, silver 1, summed over shared competencies
	Precision int                // depth of the matched region in the tree
	Industry  bool               // the partner works in the opportunity's industry
}

// Reason says why it matched: "Data Analytics (gold) · US-West".
func (m Match) Reason() string {
	parts := make([]string, 0, len(m.Shared)+1)
	for _, c := range m.Shared {
		parts = append(parts, c.Name+" ("+string(c.Level)+")")
	}
	reason := strings.Join(parts, ", ")
	switch {
	case m.Region != "":
		reason += " · " + m.Region
	case len(m.Opp.Regions) == 0:
		reason += " · any region"
	}
	if m.Industry {
		reason += " · " + m.Opp.Industry
	}
	return reason
}

// For returns the opportunities that fit p, best first, at most max.
// today is the partner's local date (YYYY-MM-DD); sent holds the
// opportunity ids p already received.
func (m *Matcher) For(p *rcp2p.Partner, today string, sent map[int64]bool, max int) []Match {
	if max <= 0 {
		return nil
	}
	m.gen++
	if m.gen == 0 { // wrapped: forget every stamp
		clear(m.stamp)
		m.gen = 1
	}
	pl := partnerLevels(p)
	top := make([]Match, 0, max+1)
	for _, c := range pl {
		for _, i := range m.byComp[c.name] {
			if m.stamp[i] == m.gen {
				continue
			}
			m.stamp[i] = m.gen
			if sent[m.opps[i].o.ID] {
				continue
			}
			mt, ok := m.score(p, pl, &m.opps[i], today)
			if !ok || (len(top) == max && !better(mt, top[max-1])) {
				continue
			}
			// Insert in order; top stays at most max long.
			j := sort.Search(len(top), func(k int) bool { return better(mt, top[k]) })
			top = append(top, Match{})
			copy(top[j+1:], top[j:])
			top[j] = mt
			if len(top) > max {
				top = top[:max]
			}
		}
	}
	for i := range top {
		top[i].Shared = shared(pl, top[i].Opp)
	}
	return top
}

type level struct {
	name  string // lower case
	level rcp2p.Level
}

func partnerLevels(p *rcp2p.Partner) []level {
	out := make([]level, 0, len(p.Competencies))
	for _, c := range p.Competencies {
		out = append(out, level{strings.ToLower(c.Name), c.Level})
	}
	return out
}

func levelOf(pl []level, comp string) rcp2p.Level {
	for _, l := range pl {
		if l.name == comp {
			return l.level
		}
	}
	return ""
}

// shared lists the competencies both need and hold, with the partner's
// level, in the opportunity's order.
func shared(pl []level, o *rcp2p.Opportunity) []rcp2p.Competency {
	var out []rcp2p.Competency
	for _, need := range o.Competencies {
		if lvl := levelOf(pl, strings.ToLower(need)); lvl != "" {
			out = append(out, rcp2p.Competency{Name: need, Level: lvl})
		}
	}
	return out
}

func better(a, b Match) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	if a.Precision != b.Precision {
		return a.Precision > b.Precision
	}
	if a.Industry != b.Industry {
		return a.Industry
	}
	if !a.Opp.CreatedAt.Equal(b.Opp.CreatedAt) {
		return a.Opp.CreatedAt.After(b.Opp.CreatedAt)
	}
	return a.Opp.ID > b.Opp.ID
}

// Match applies every rule to one pair, except "not sent before".
func (m *Matcher) Match(p *rcp2p.Partner, o *rcp2p.Opportunity, today string) (Match, bool) {
	info := oppInfo{o: o}
	for _, c := range o.Competencies {
		info.comps = append(info.comps, strings.ToLower(c))
	}
	if o.Budget != nil {
		info.budget, info.priced = m.Convert(*o.Budget)
	}
	pl := partnerLevels(p)
	mt, ok := m.score(p, pl, &info, today)
	if ok {
		mt.Shared = shared(pl, o)
	}
	return mt, ok
}

// score checks the rule for one pair and ranks it, without building the
// Shared list (most candidates never make the cut).
func (m *Matcher) score(p *rcp2p.Partner, pl []level, info *oppInfo, today string) (Match, bool) {
	o := info.o
	if o.Status != rcp2p.Open || o.Submitter == p.ID {
		return Match{}, false
	}
	if o.RespondBy != "" && o.RespondBy < today {
		return Match{}, false // respond-by is inclusive
	}
	mt := Match{Opp: o}
	for _, c := range info.comps {
		if lvl := levelOf(pl, c); lvl != "" {
			mt.Score += levelWeight(lvl)
		}
	}
	if mt.Score == 0 {
		return Match{}, false
	}
	if p.MinBudget > 0 && info.priced && info.budget < p.MinBudget-1e-9 {
		return Match{}, false // equal passes; no or unconvertible budget passes
	}
	region, precision, ok := m.regions(p.Regions, o.Regions)
	if !ok {
		return Match{}, false
	}
	mt.Region, mt.Precision = region, precision
	for _, ind := range p.Industries {
		if o.Industry != "" && strings.EqualFold(ind, o.Industry) {
			mt.Industry = true
		}
	}
	return mt, true
}

func levelWeight(l rcp2p.Level) int {
	if l == rcp2p.Gold {
		return 2
	}
	return 1
}

// regions: no region on either side matches all; otherwise any compatible
// pair, reporting the most precise one.
func (m *Matcher) regions(partner, opp []string) (string, int, bool) {
	if len(partner) == 0 || len(opp) == 0 {
		return "", 0, true
	}
	best, depth, ok := "", -1, false
	for _, o := range opp {
		for _, p := range partner {
			if !m.tax.Compatible(p, o) {
				continue
			}
			d := min(m.tax.Depth(p), m.tax.Depth(o))
			if d > depth {
				best, depth, ok = o, d, true
			}
		}
	}
	return best, depth, ok
}

// An unknown currency counts as no budget when matching: it cannot be
// compared, and hiding the work would be worse.

// Convert returns b in the digest currency.
func (m *Matcher) Convert(b rcp2p.Money) (float64, bool) {
	cur := strings.ToUpper(b.Currency)
	if cur == m.currency {
		return b.Amount, true
	}
	from, ok1 := m.fx[cur]
	to, ok2 := m.fx[m.currency]
	if !ok1 || !ok2 || to == 0 {
		return 0, false
	}
	return b.Amount * from / to, true
}
