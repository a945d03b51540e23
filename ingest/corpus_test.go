package ingest

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"rcp2p"
)

type corpusEntry struct {
	File   string `json:"file"`
	Client string `json:"client"`
	Kind   string `json:"kind"`
	From   string `json:"from"`
	Notes  string `json:"notes"`
	Expect *struct {
		Title        *string         `json:"title"`
		Competencies []string        `json:"competencies"`
		Regions      []string        `json:"regions"`
		Industry     *string         `json:"industry"`
		Budget       json.RawMessage `json:"budget"` // null: no budget must be found
		RespondBy    *string         `json:"respond_by"`
	} `json:"expect"`
	Bounce *struct {
		Recipient string `json:"recipient"`
		Status    string `json:"status"`
	} `json:"bounce"`
	Command string `json:"command"`
}

func loadCorpus(t testing.TB) []corpusEntry {
	t.Helper()
	b, err := os.ReadFile("testdata/corpus.json")
	if err != nil {
		t.Fatal(err)
	}
	var entries []corpusEntry
	if err := json.Unmarshal(b, &entries); err != nil {
		t.Fatalf("corpus.json: %v", err)
	}
	return entries
}

// TestCorpus runs every mail of testdata/mail through classification and
// understanding, one fresh store each, and checks kind and fields.
func TestCorpus(t *testing.T) {
	entries := loadCorpus(t)
	files, _ := filepath.Glob("testdata/mail/*.eml")
	if len(files) != len(entries) {
		t.Errorf("%d .eml files but %d corpus entries", len(files), len(entries))
	}
	for i, c := range entries {
		t.Run(c.File, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata/mail", c.File))
			if err != nil {
				t.Fatal(err)
			}
			e := newEnv(t)
			m := e.deliver(t, uint32(i+1), raw)
			if string(m.Kind) != c.Kind {
				t.Fatalf("kind = %s (%s), want %s [%s]", m.Kind, m.Outcome, c.Kind, c.Notes)
			}
			switch {
			case c.Expect != nil:
				checkSubmission(t, e, m, c)
			case c.Bounce != nil:
				if want := c.Bounce.Recipient; want != "" && !contains(m.Outcome, want) {
					t.Errorf("bounce outcome %q lacks recipient %s", m.Outcome, want)
				}
				if want := c.Bounce.Status; want != "" && !contains(m.Outcome, want) {
					t.Errorf("bounce outcome %q lacks status %s", m.Outcome, want)
				}
			}
		})
	}
}

func contains(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

func checkSubmission(t *testing.T, e *env, m *rcp2p.Message, c corpusEntry) {
	t.Helper()
	o, err := e.db.OpportunityByMessage(context.Background(), m.ID)
	if err != nil {
		t.Fatalf("no opportunity for %s: %v", c.File, err)
	}
	x := c.Expect
	if x.Title != nil && o.Title != *x.Title {
		t.Errorf("title = %q, want %q", o.Title, *x.Title)
	}
	if x.Competencies != nil && !sameSet(o.Competencies, x.Competencies) {
		t.Errorf("competencies = %q, want %q", o.Competencies, x.Competencies)
	}
	if x.Regions != nil && !sameSet(o.Regions, x.Regions) {
		t.Errorf("regions = %q, want %q", o.Regions, x.Regions)
	}
	if x.Industry != nil && o.Industry != *x.Industry {
		t.Errorf("industry = %q, want %q", o.Industry, *x.Industry)
	}
	switch {
	case string(x.Budget) == "null":
		if o.Budget != nil {
			t.Errorf("budget = %v, want none", o.Budget)
		}
	case len(x.Budget) > 0:
		var want rcp2p.Money
		if err := json.Unmarshal(x.Budget, &want); err != nil {
			t.Fatalf("corpus budget: %v", err)
		}
		if o.Budget == nil || o.Budget.Currency != want.Currency || math.Abs(o.Budget.Amount-want.Amount) > 0.5 {
			t.Errorf("budget = %v, want %v", o.Budget, want)
		}
	}
	if x.RespondBy != nil && o.RespondBy != *x.RespondBy {
		t.Errorf("respond_by = %q, want %q", o.RespondBy, *x.RespondBy)
	}
	if o.Submitter == "" || o.Status != rcp2p.Open {
		t.Errorf("submitter %q status %q", o.Submitter, o.Status)
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	sort.Strings(a)
	sort.Strings(b)
	return slices.Equal(a, b)
}
