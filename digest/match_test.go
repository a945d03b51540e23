package digest

import (
	"testing"
	"time"

	"rcp2p"
	"rcp2p/taxonomy"
)

var fx = map[string]float64{"USD": 1, "EUR": 1.08, "GBP": 1.27, "JPY": 0.0067}

func partner(id string, regions []string, min float64, comps ...rcp2p.Competency) *rcp2p.Partner {
	return &rcp2p.Partner{ID: id, Company: id, Emails: []string{id + "@p.example"}, Competencies: comps,
		Regions: regions, MinBudget: min, Cadence: rcp2p.Weekly, Timezone: "UTC", Status: rcp2p.Active}
}

func gold(n string) rcp2p.Competency   { return rcp2p.Competency{Name: n, Level: rcp2p.Gold} }
func silver(n string) rcp2p.Competency { return rcp2p.Competency{Name: n, Level: rcp2p.Silver} }

func opp(id int64, comps, regions []string, budget *rcp2p.Money, respondBy string) *rcp2p.Opportunity {
	return &rcp2p.Opportunity{ID: id, Title: "t", Competencies: comps, Regions: regions, Budget: budget,
		RespondBy: respondBy, Status: rcp2p.Open, Submitter: "sub", CreatedAt: time.Date(2026, 11, 1, 0, 0, 0, int(id), time.UTC)}
}

func money(a float64, c string) *rcp2p.Money { return &rcp2p.Money{Amount: a, Currency: c} }

func TestMatchRules(t *testing.T) {
	da := []string{"Data Analytics"}
	const today = "2026-11-30"
	cases := []struct {
		name string
		p    *rcp2p.Partner
		o    *rcp2p.Opportunity
		want bool
	}{
		{"shared competency", partner("a", nil, 0, gold("Data Analytics")), opp(1, da, nil, nil, ""), true},
		{"no shared competency", partner("a", nil, 0, gold("Security")), opp(1, da, nil, nil, ""), false},
		{"competency case-insensitive", partner("a", nil, 0, gold("data analytics")), opp(1, da, nil, nil, ""), true},
		{"same region", partner("a", []string{"US-West"}, 0, gold("Data Analytics")), opp(1, da, []string{"US-West"}, nil, ""), true},
		{"partner region contains opp", partner("a", []string{"US"}, 0, gold("Data Analytics")), opp(1, da, []string{"US-West"}, nil, ""), true},
		{"opp region contains partner", partner("a", []string{"US-West"}, 0, gold("Data Analytics")), opp(1, da, []string{"North America"}, nil, ""), true},
		{"siblings never", partner("a", []string{"US-West"}, 0, gold("Data Analytics")), opp(1, da, []string{"US-East"}, nil, ""), false},
		{"other continent", partner("a", []string{"Germany"}, 0, gold("Data Analytics")), opp(1, da, []string{"US"}, nil, ""), false},
		{"opp remote", partner("a", []string{"Germany"}, 0, gold("Data Analytics")), opp(1, da, []string{"Remote"}, nil, ""), true},
		{"partner remote", partner("a", []string{"Remote"}, 0, gold("Data Analytics")), opp(1, da, []string{"Japan"}, nil, ""), true},
		{"partner no region", partner("a", nil, 0, gold("Data Analytics")), opp(1, da, []string{"Japan"}, nil, ""), true},
		{"opp no region", partner("a", []string{"Japan"}, 0, gold("Data Analytics")), opp(1, da, nil, nil, ""), true},
		{"any pair of several", partner("a", []string{"Japan", "UK"}, 0, gold("Data Analytics")), opp(1, da, []string{"France", "Europe"}, nil, ""), true},
		{"budget equal passes", partner("a", nil, 50000, gold("Data Analytics")), opp(1, da, nil, money(50000, "USD"), ""), true},
		{"budget one below fails", partner("a", nil, 50000, gold("Data Analytics")), opp(1, da, nil, money(49999, "USD"), ""), false},
		{"budget converted EUR passes", partner("a", nil, 54000, gold("Data Analytics")), opp(1, da, nil, money(50000, "EUR"), ""), true},
		{"budget converted EUR fails", partner("a", nil, 54001, gold("Data Analytics")), opp(1, da, nil, money(50000, "EUR"), ""), false},
		{"budget JPY", partner("a", nil, 20000, gold("Data Analytics")), opp(1, da, nil, money(3000000, "JPY"), ""), true},
		{"no budget passes", partner("a", nil, 1e9, gold("Data Analytics")), opp(1, da, nil, nil, ""), true},
		{"unknown currency passes", partner("a", nil, 1e9, gold("Data Analytics")), opp(1, da, nil, money(1, "XYZ"), ""), true},
		{"submitter never", partner("sub", nil, 0, gold("Data Analytics")), opp(1, da, nil, nil, ""), false},
		{"respond-by today open", partner("a", nil, 0, gold("Data Analytics")), opp(1, da, nil, nil, today), true},
		{"respond-by yesterday closed", partner("a", nil, 0, gold("Data Analytics")), opp(1, da, nil, nil, "2026-11-29"), false},
		{"closed opp", partner("a", nil, 0, gold("Data Analytics")), func() *rcp2p.Opportunity {
			o := opp(1, da, nil, nil, "")
			o.Status = rcp2p.Closed
			return o
		}(), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := NewMatcher(taxonomy.Default(), fx, "USD", []*rcp2p.Opportunity{c.o})
			_, got := m.Match(c.p, c.o, today)
			if got != c.want {
				t.Fatalf("Match = %v, want %v", got, c.want)
			}
			if n := len(m.For(c.p, today, nil, 10)); (n == 1) != c.want {
				t.Fatalf("For returned %d matches, want match=%v", n, c.want)
			}
		})
	}
}

func TestRankAndCap(t *testing.T) {
	p := partner("a", []string{"US-West"}, 0, gold("Data Analytics"), silver("Security"))
	p.Industries = []string{"Healthcare"}
	opps := []*rcp2p.Opportunity{
		opp(1, []string{"Security"}, nil, nil, ""),                            // silver only
		opp(2, []string{"Data Analytics"}, []string{"US"}, nil, ""),           // gold, less precise
		opp(3, []string{"Data Analytics"}, []string{"US-West"}, nil, ""),      // gold, precise
		opp(4, []string{"Data Analytics", "Security"}, nil, nil, ""),          // gold+silver
		opp(5, []string{"Data Analytics"}, []string{"US"}, nil, ""),           // like 2, newer
		opp(6, []string{"Data Analytics"}, []string{"US"}, nil, ""),           // like 2, industry
		opp(7, []string{"Data Analytics"}, []string{"US"}, nil, ""),           // sent before
		opp(8, []string{"Data Analytics"}, []string{"Canada"}, nil, ""),       // region mismatch
		opp(9, []string{"Windows and Devices"}, []string{"US-West"}, nil, ""), // no competency
	}
	opps[5].Industry = "Healthcare"
	m := NewMatcher(taxonomy.Default(), fx, "USD", opps)
	got := m.For(p, "2026-11-30", map[int64]bool{7: true}, 10)
	var ids []int64
	for _, mt := range got {
		ids = append(ids, mt.Opp.ID)
	}
	want := []int64{4, 3, 6, 5, 2, 1}
	if len(ids) != len(want) {
		t.Fatalf("ranked %v, want %v", ids, want)
	}
	for i := range want {
		if ids[i] != want[i] {
			t.Fatalf("ranked %v, want %v", ids, want)
		}
	}
	if r := got[1].Reason(); r != "Data Analytics (gold) · US-West" {
		t.Errorf("reason %q", r)
	}
	if capped := m.For(p, "2026-11-30", nil, 3); len(capped) != 3 {
		t.Errorf("cap 3 gave %d", len(capped))
	}
}

func TestSchedule(t *testing.T) {
	s := Schedule{Weekday: time.Monday, Hour: 7}
	berlin, _ := time.LoadLocation("Europe/Berlin")
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	p := &rcp2p.Partner{Cadence: rcp2p.Weekly}
	// Monday 30 Nov 2026 06:30 UTC is 07:30 in Berlin and 15:30 in Tokyo.
	now := time.Date(2026, 11, 30, 6, 30, 0, 0, time.UTC)
	lastWeek := time.Date(2026, 11, 23, 20, 0, 0, 0, time.UTC) // after Monday 07:00 everywhere
	if !s.Due(p, berlin, lastWeek, now) {
		t.Error("Berlin partner not due at 07:30 local Monday")
	}
	if s.Due(p, berlin, lastWeek, now.Add(-time.Hour)) {
		t.Error("Berlin partner due at 06:30 local")
	}
	if !s.Due(p, tokyo, lastWeek, now) {
		t.Error("Tokyo partner not due at 15:30 local Monday")
	}
	if s.Due(p, berlin, now, now.Add(time.Hour)) {
		t.Error("due twice in one week")
	}
	la, _ := time.LoadLocation("America/Los_Angeles")
	if s.Due(p, la, lastWeek, now) {
		t.Error("Los Angeles partner due on Sunday evening local")
	}
	d := &rcp2p.Partner{Cadence: rcp2p.Daily}
	if !s.Due(d, berlin, now.Add(-24*time.Hour), now) || s.Due(d, berlin, now, now.Add(2*time.Hour)) {
		t.Error("daily cadence")
	}
	if !s.Due(p, berlin, time.Time{}, now) || s.Due(p, berlin, time.Time{}, now.Add(24*time.Hour)) {
		t.Error("a new partner is due on its scheduled day only")
	}
	if s.Due(&rcp2p.Partner{Cadence: rcp2p.Off}, berlin, time.Time{}, now) {
		t.Error("cadence off due")
	}
}

func TestReceives(t *testing.T) {
	base := func(mut func(*rcp2p.Partner)) *rcp2p.Partner {
		p := partner("a", nil, 0, gold("Security"))
		mut(p)
		return p
	}
	cases := map[string]struct {
		p    *rcp2p.Partner
		want bool
	}{
		"active":             {base(func(*rcp2p.Partner) {}), true},
		"off":                {base(func(p *rcp2p.Partner) { p.Cadence = rcp2p.Off }), false},
		"unsubscribed":       {base(func(p *rcp2p.Partner) { p.Status = rcp2p.Unsubscribed }), false},
		"bouncing":           {base(func(p *rcp2p.Partner) { p.Status = rcp2p.Bouncing }), false},
		"paused until later": {base(func(p *rcp2p.Partner) { p.Status, p.PausedUntil = rcp2p.Paused, "2026-12-01" }), false},
		"pause ends today":   {base(func(p *rcp2p.Partner) { p.Status, p.PausedUntil = rcp2p.Paused, "2026-11-30" }), true},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := receives(c.p, "2026-11-30"); got != c.want {
				t.Fatalf("receives = %v, want %v", got, c.want)
			}
		})
	}
}
