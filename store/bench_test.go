package store

import (
	"fmt"
	"testing"

	"rcp2p"
)

// Scale from DESIGN.md: 120,000 partners, 5,000 open opportunities.
const (
	benchPartners      = 120_000
	benchOpportunities = 5_000
	benchDigestItems   = 10
)

// seedBulk writes partners p000000… and opportunities in one transaction
// through the same code as UpsertPartner and CreateOpportunity, which is
// much faster than a commit per row.
func seedBulk(b *testing.B, db *DB, partners, opportunities int) {
	b.Helper()
	err := db.inTx(b.Context(), func(t on) error {
		for i := range partners {
			id := fmt.Sprintf("p%06d", i)
			p := testPartner(id, id+"@x.test", id+"-2@x.test")
			if err := normalizePartner(p); err != nil {
				return err
			}
			if _, err := writePartnerRow(t, p, testNow); err != nil {
				return err
			}
			if err := replacePartnerLists(t, p); err != nil {
				return err
			}
		}
		for range opportunities {
			o := testOpportunity("p000000", 0, "")
			if err := normalizeOpportunity(o); err != nil {
				return err
			}
			if err := insertOpportunity(t, o, testNow); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

func BenchmarkEachPartner(b *testing.B) {
	db := openTest(b)
	seedBulk(b, db, benchPartners, 0)
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		if err := db.EachPartner(b.Context(), func(*rcp2p.Partner) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
		if n != benchPartners {
			b.Fatalf("visited %d partners", n)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchPartners, "ns/partner")
}

// BenchmarkCreateDigest measures one digest of 10 items for one partner:
// an outbox row, a digest row and the items in one transaction.
func BenchmarkCreateDigest(b *testing.B) {
	const partners = 10_000
	db := openTest(b)
	seedBulk(b, db, partners, benchOpportunities)
	ctx := b.Context()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		// Partner i%partners gets block i/partners of opportunities, so no
		// partner ever gets the same one twice.
		block := int64(i/partners) * benchDigestItems
		if block+benchDigestItems > benchOpportunities {
			b.Fatal("benchmark ran out of opportunities")
		}
		ids := make([]int64, benchDigestItems)
		for k := range ids {
			ids[k] = block + int64(k) + 1
		}
		pid := fmt.Sprintf("p%06d", i%partners)
		d := &rcp2p.Digest{PartnerID: pid}
		m := testMail(rcp2p.MailDigest, pid+"@x.test", fmt.Sprintf("d%d@rcp2p.test", i))
		if err := db.CreateDigest(ctx, d, ids, fixed(m)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
