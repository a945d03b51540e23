package digest

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"rcp2p"
	"rcp2p/taxonomy"
)

const benchPartners = 120000

// BenchmarkMatchAll matches 120,000 partners against 5,000 open
// opportunities, the weekly target of DESIGN.md, in memory: the CPU part
// of a digest run, without the store and SMTP.
func BenchmarkMatchAll(b *testing.B) {
	tax := taxonomy.Default()
	comps, regions := tax.Competencies(), tax.Regions()
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(list []string, n int) []string {
		out := make([]string, 0, n)
		for range n {
			out = append(out, list[rng.IntN(len(list))])
		}
		return out
	}
	opps := make([]*rcp2p.Opportunity, 5000)
	for i := range opps {
		opps[i] = &rcp2p.Opportunity{ID: int64(i + 1), Title: fmt.Sprint("job ", i), Competencies: pick(comps, 1+rng.IntN(3)),
			Regions: pick(regions, rng.IntN(2)), Budget: &rcp2p.Money{Amount: float64(10000 + rng.IntN(200000)), Currency: "EUR"},
			Status: rcp2p.Open, Submitter: fmt.Sprint("p", rng.IntN(120000)), CreatedAt: time.Unix(int64(i), 0)}
	}
	partners := make([]*rcp2p.Partner, benchPartners)
	for i := range partners {
		p := &rcp2p.Partner{ID: fmt.Sprint("p", i), Regions: pick(regions, rng.IntN(3)), MinBudget: float64(rng.IntN(50000))}
		for _, c := range pick(comps, 1+rng.IntN(4)) {
			p.Competencies = append(p.Competencies, rcp2p.Competency{Name: c, Level: rcp2p.Silver})
		}
		partners[i] = p
	}
	b.ResetTimer()
	for range b.N {
		m := NewMatcher(tax, fx, "USD", opps)
		items := 0
		for _, p := range partners {
			items += len(m.For(p, "2026-11-30", nil, 10))
		}
		b.ReportMetric(float64(items)/float64(len(partners)), "items/partner")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(partners)), "ns/partner")
}
