package ingest

import (
	"slices"
	"testing"
)

func TestSelectItems(t *testing.T) {
	refs := []string{"OPP-7", "OPP-3", "OPP-9", "OPP-12"}
	titles := []string{"Power BI dashboards for a hospital", "Intune rollout for 3,000 devices", "Business Central migration", "Sentinel SOC"}
	cases := []struct {
		text    string
		want    []int64
		unknown int
	}{
		{"#2 and #4", []int64{3, 12}, 0},
		{"We'd like # 1, please", []int64{7}, 0},
		{"item 3", []int64{9}, 0},
		{"Nummer 2 bitte", []int64{3}, 0},
		{"2, 4", []int64{3, 12}, 0},
		{"2 and 4\nthanks", []int64{3, 12}, 0},
		{"OPP-17 please", []int64{17}, 0},
		{"interested in opp 9 and #1", []int64{9, 7}, 0},
		{"the Power BI one", []int64{7}, 0},
		{"the Intune thing looks great", []int64{3}, 0},
		{"We're interested in the second one", []int64{3}, 0},
		{"the last one please", []int64{12}, 0},
		{"Wir interessieren uns für das zweite Angebot", []int64{3}, 0},
		{"le troisième projet nous intéresse", []int64{9}, 0},
		{"At first we thought so", nil, 0},
		{"Intéressés par le n°2.", []int64{3}, 0},
		{"Nos interesa el 2.", []int64{3}, 0},
		{"#3 please.\n\nAna López\nPier 70, Suite #1, 2815 Alaskan Way", []int64{9}, 0},
		{"Nos vemos el 2 de diciembre", nil, 0},
		{"#6", nil, 1},
		{"Thanks!", nil, 0},
		{"We have 500 users", nil, 0},
		{"call me on 555 1234", nil, 0},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got, unknown := selectItems(c.text, refs, titles)
			if !slices.Equal(got, c.want) || len(unknown) != c.unknown {
				t.Fatalf("selectItems(%q) = %v, %v; want %v, %d unknown", c.text, got, unknown, c.want, c.unknown)
			}
		})
	}
}

func FuzzSelectItems(f *testing.F) {
	f.Add("#2 and #4, OPP-17, the Power BI one")
	f.Add("2, 4")
	refs := []string{"OPP-1", "OPP-2"}
	f.Fuzz(func(t *testing.T, text string) {
		ids, _ := selectItems(text, refs, []string{"a b", "c d"})
		seen := map[int64]bool{}
		for _, id := range ids {
			if id <= 0 || seen[id] {
				t.Fatalf("ids %v", ids)
			}
			seen[id] = true
		}
	})
}

func TestInlineAnswers(t *testing.T) {
	body := "Thanks for the list.\n\nOn Mon, 30 Nov 2026, RCP2P Inbox wrote:\n" +
		"> 1. Power BI dashboards (OPP-7)\n>    Why: Data Analytics (gold)\n\nNot for us.\n\n" +
		"> 2. Intune rollout (OPP-3)\n>    Why: Enterprise Mobility Management (gold)\n>\nYes, we would like this one!\n\n" +
		"> 3. Business Central migration (OPP-9)\n"
	got := inlineAnswers(body)
	// "Not for us." under OPP-7 declines it.
	if !slices.Equal(got, []int64{3}) {
		t.Fatalf("inlineAnswers = %v", got)
	}
	if got := inlineAnswers("#2 please\n\n> 1. A (OPP-1)\n> 2. B (OPP-2)\n"); len(got) != 0 {
		t.Fatalf("a top-post is not an inline answer: %v", got)
	}
}
