package ingest

import (
	"slices"
	"testing"

	"rcp2p/taxonomy"
)

// TestNotRequestedAndWrappedClauses: skills the submitter says it is not
// asking for, or does itself across a wrapped line, are not requirements.
func TestNotRequestedAndWrappedClauses(t *testing.T) {
	tax := taxonomy.Default()
	cases := []struct {
		name, text string
		want       []string
	}{
		{"none of that", "We run their Azure tenant and manage laptops in Intune; none of that is part of this request.\nWe need Power BI reports.", []string{"Data Analytics"}},
		{"paid separately", "We need Power BI reports. The Fabric licences are paid separately.", []string{"Data Analytics"}},
		{"own scope after a colon", "To be clear about the split: we keep the training of end users, and we need a Power BI developer.", []string{"Data Analytics"}},
		{"own scope wrapped", "Over the years we moved their mail to Microsoft 365 and\nthey are happy. We need Sentinel.", []string{"Security"}},
		{"data centre as a place", "There is an old SQL\nServer data mart in the main data centre. We need Power BI.", []string{"Data Platform", "Data Analytics"}},
		{"data centre as a need", "We need a data centre migration.", []string{"Data Center"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := tax.FindCompetencies(withoutOwnScope(c.text))
			slices.Sort(got)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Fatalf("competencies %v, want %v", got, want)
			}
		})
	}
}
