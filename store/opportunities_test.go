package store

import (
	"errors"
	"reflect"
	"testing"

	"rcp2p"
)

// seedPartners stores the partners the opportunity tests refer to.
func seedPartners(t testing.TB, db *DB, ids ...string) {
	t.Helper()
	for _, id := range ids {
		if _, err := db.UpsertPartner(t.Context(), testPartner(id, id+"@"+id+".test")); err != nil {
			t.Fatal(err)
		}
	}
}

func testOpportunity(submitter string, messageRow int64, respondBy string) *rcp2p.Opportunity {
	return &rcp2p.Opportunity{
		Title:          "Power BI rollout",
		Description:    "Dashboards for a hospital group",
		Competencies:   []string{"Data Analytics", "Cloud Platform"},
		Regions:        []string{"US-West"},
		Industry:       "Healthcare",
		Budget:         &rcp2p.Money{Amount: 40000, Currency: "USD"},
		RespondBy:      respondBy,
		Submitter:      submitter,
		SubmitterEmail: submitter + "@" + submitter + ".test",
		MessageID:      "sub@acme.test",
		MessageRow:     messageRow,
	}
}

func TestCreateOpportunity(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	seedPartners(t, db, "acme")
	m := testMessage(1, 1, "sub@acme.test")
	if _, _, err := db.InsertMessage(ctx, m); err != nil {
		t.Fatal(err)
	}
	o := testOpportunity("acme", m.ID, "2026-02-01")
	if err := db.CreateOpportunity(ctx, o); err != nil {
		t.Fatal(err)
	}
	if o.ID == 0 || o.Status != rcp2p.Open || !o.CreatedAt.Equal(testNow) || o.Ref() != rcp2p.FormatRef(o.ID) {
		t.Errorf("created: %+v", o)
	}
	got, err := db.Opportunity(ctx, o.ID)
	if err != nil || !reflect.DeepEqual(got, o) {
		t.Errorf("stored opportunity\n got %+v, %v\nwant %+v", got, err, o)
	}
	byMsg, err := db.OpportunityByMessage(ctx, m.ID)
	if err != nil || byMsg.ID != o.ID {
		t.Errorf("OpportunityByMessage = %+v, %v", byMsg, err)
	}

	// Reprocessing the same message yields the same opportunity.
	again := testOpportunity("acme", m.ID, "2026-03-01")
	again.Title = "Something else"
	if err := db.CreateOpportunity(ctx, again); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, o) {
		t.Errorf("second create\n got %+v\nwant %+v", again, o)
	}
	if all, _ := db.Opportunities(ctx, OpportunityFilter{}); len(all) != 1 {
		t.Errorf("%d opportunities, want 1", len(all))
	}

	noBudget := testOpportunity("acme", 0, "")
	noBudget.Budget = nil
	if err := db.CreateOpportunity(ctx, noBudget); err != nil {
		t.Fatal(err)
	}
	got, err = db.Opportunity(ctx, noBudget.ID)
	if err != nil || got.Budget != nil || got.RespondBy != "" || got.MessageRow != 0 {
		t.Errorf("no budget: %+v, %v", got, err)
	}
}

func TestCreateOpportunityRejects(t *testing.T) {
	db := openTest(t)
	seedPartners(t, db, "acme")
	for _, c := range []struct {
		name string
		edit func(*rcp2p.Opportunity)
	}{
		{"unknown submitter", func(o *rcp2p.Opportunity) { o.Submitter = "nobody" }},
		{"no title", func(o *rcp2p.Opportunity) { o.Title = " " }},
		{"bad date", func(o *rcp2p.Opportunity) { o.RespondBy = "next week" }},
		{"bad status", func(o *rcp2p.Opportunity) { o.Status = "maybe" }},
		{"unknown message row", func(o *rcp2p.Opportunity) { o.MessageRow = 99 }},
		{"budget without currency", func(o *rcp2p.Opportunity) { o.Budget.Currency = "" }},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := testOpportunity("acme", 0, "")
			c.edit(o)
			if err := db.CreateOpportunity(t.Context(), o); !errors.Is(err, rcp2p.ErrInvalid) {
				t.Errorf("err = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestOpenOpportunities(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	seedPartners(t, db, "acme", "beta")
	create := func(submitter, respondBy string) int64 {
		o := testOpportunity(submitter, 0, respondBy)
		if err := db.CreateOpportunity(ctx, o); err != nil {
			t.Fatal(err)
		}
		return o.ID
	}
	yesterday := create("acme", "2026-01-04")
	today := create("acme", "2026-01-05")
	undated := create("beta", "")
	closed := create("beta", "2026-12-31")
	if err := db.SetOpportunityStatus(ctx, closed, rcp2p.Closed); err != nil {
		t.Fatal(err)
	}
	ids := func(list []*rcp2p.Opportunity, err error) []int64 {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, o := range list {
			out = append(out, o.ID)
		}
		return out
	}
	if got := ids(db.OpenOpportunities(ctx, "2026-01-05")); !reflect.DeepEqual(got, []int64{undated, today}) {
		t.Errorf("open on 2026-01-05 = %v, want %v (respond_by today is open, yesterday not)", got, []int64{undated, today})
	}
	if _, err := db.OpenOpportunities(ctx, "5 Jan"); !errors.Is(err, rcp2p.ErrInvalid) {
		t.Errorf("bad today: %v", err)
	}
	for _, c := range []struct {
		name string
		f    OpportunityFilter
		want []int64
	}{
		{"all newest first", OpportunityFilter{}, []int64{closed, undated, today, yesterday}},
		{"closed", OpportunityFilter{Status: rcp2p.Closed}, []int64{closed}},
		{"submitter", OpportunityFilter{Submitter: "acme"}, []int64{today, yesterday}},
		{"both", OpportunityFilter{Status: rcp2p.Open, Submitter: "beta"}, []int64{undated}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ids(db.Opportunities(ctx, c.f)); !reflect.DeepEqual(got, c.want) {
				t.Errorf("= %v, want %v", got, c.want)
			}
		})
	}

	n, err := db.ExpireOpportunities(ctx, "2026-01-05")
	if err != nil || n != 1 {
		t.Fatalf("ExpireOpportunities = %d, %v; want 1", n, err)
	}
	if o, _ := db.Opportunity(ctx, yesterday); o.Status != rcp2p.Expired {
		t.Errorf("status = %q, want expired", o.Status)
	}
	if n, _ := db.ExpireOpportunities(ctx, "2026-01-05"); n != 0 {
		t.Errorf("second expire changed %d", n)
	}
	if err := db.SetOpportunityStatus(ctx, today, "bogus"); !errors.Is(err, rcp2p.ErrInvalid) {
		t.Errorf("bogus status: %v", err)
	}
}
