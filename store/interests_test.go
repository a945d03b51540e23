package store

import (
	"errors"
	"testing"
	"time"

	"rcp2p"
)

func TestInterests(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	seedPartners(t, db, "acme", "beta")
	o := testOpportunity("acme", 0, "")
	if err := db.CreateOpportunity(ctx, o); err != nil {
		t.Fatal(err)
	}
	m := testMessage(1, 9, "reply@beta.test")
	if _, _, err := db.InsertMessage(ctx, m); err != nil {
		t.Fatal(err)
	}
	i := &rcp2p.Interest{OpportunityID: o.ID, PartnerID: "beta", Email: "beta@beta.test", MessageRow: m.ID}
	created, err := db.AddInterest(ctx, i)
	if err != nil || !created || i.ID == 0 || !i.CreatedAt.Equal(testNow) || i.IntroducedAt != nil {
		t.Fatalf("AddInterest = %v, %v: %+v", created, err, i)
	}
	at := testNow.Add(time.Minute)
	if err := db.MarkIntroduced(ctx, i.ID, at); err != nil {
		t.Fatal(err)
	}
	repeat := &rcp2p.Interest{OpportunityID: o.ID, PartnerID: "beta", Email: "other@beta.test"}
	created, err = db.AddInterest(ctx, repeat)
	if err != nil || created || repeat.ID != i.ID || repeat.IntroducedAt == nil || !repeat.IntroducedAt.Equal(at) ||
		repeat.Email != "beta@beta.test" || repeat.MessageRow != m.ID {
		t.Errorf("repeat AddInterest = %v, %v: %+v", created, err, repeat)
	}
	list, err := db.Interests(ctx)
	if err != nil || len(list) != 1 || list[0].ID != i.ID || list[0].IntroducedAt == nil {
		t.Errorf("Interests = %+v, %v", list, err)
	}
	for _, bad := range []*rcp2p.Interest{
		{OpportunityID: 999, PartnerID: "beta", Email: "b@beta.test"},
		{OpportunityID: o.ID, PartnerID: "nobody", Email: "x@y.test"},
		{OpportunityID: o.ID, PartnerID: "beta"},
	} {
		if _, err := db.AddInterest(ctx, bad); !errors.Is(err, rcp2p.ErrInvalid) {
			t.Errorf("AddInterest(%+v) = %v, want ErrInvalid", bad, err)
		}
	}
}
