package digest

import (
	"sort"
	"strings"

	"rcp2p"
	"rcp2p/taxonomy"
)

// Matcher applies the default matching rule. It indexes the open
// opportunities once per run so that a partner is compared only with the
// opportunities that share one of its competencies.
type Matcher struct {
	tax      *taxonomy.Taxonomy
	fx       map[string]float64 // units of currency per unit of each currency
	currency string
	opps     []*rcp2p.Opportunity
	byComp   map[string][]int // lower-case competency -> indexes into opps
}

// NewMatcher indexes opps. fx maps ISO codes to units of currency.
func NewMatcher(tax *taxonomy.Taxonomy, fx map[string]float64, currency string, opps []*rcp2p.Opportunity) *Matcher {
	m := &Matcher{tax: tax, fx: fx, currency: strings.ToUpper(currency), opps: opps, byComp: map[string][]int{}}
	for i, o := range opps {
		for _, c := range o.Competencies {
			k := strings.ToLower(c)
			m.byComp[k] = append(m.byComp[k], i)
		}
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
	seen := map[int]bool{}
	var out []Match
	for _, c := range p.Competencies {
		for _, i := range m.byComp[strings.ToLower(c.Name)] {
			if seen[i] {
				continue
			}
			seen[i] = true
			o := m.opps[i]
			if sent[o.ID] {
				continue
			}
			if mt, ok := m.Match(p, o, today); ok {
				out = append(out, mt)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return better(out[i], out[j]) })
	if len(out) > max {
		out = out[:max]
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
	if o.Status != rcp2p.Open || o.Submitter == p.ID {
		return Match{}, false
	}
	if o.RespondBy != "" && o.RespondBy < today {
		return Match{}, false // respond-by is inclusive
	}
	mt := Match{Opp: o}
	for _, need := range o.Competencies {
		if lvl := p.Level(need); lvl != "" {
			mt.Shared = append(mt.Shared, rcp2p.Competency{Name: need, Level: lvl})
			mt.Score += levelWeight(lvl)
		}
	}
	if len(mt.Shared) == 0 {
		return Match{}, false
	}
	region, precision, ok := m.regions(p.Regions, o.Regions)
	if !ok {
		return Match{}, false
	}
	mt.Region, mt.Precision = region, precision
	if !m.budgetFits(p.MinBudget, o.Budget) {
		return Match{}, false
	}
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

// budgetFits: equal passes; no budget passes; an unknown currency counts as
// no budget (it cannot be compared, and hiding the work would be worse).
func (m *Matcher) budgetFits(min float64, b *rcp2p.Money) bool {
	if min <= 0 || b == nil {
		return true
	}
	amount, ok := m.Convert(*b)
	if !ok {
		return true
	}
	return amount >= min-1e-9
}

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
