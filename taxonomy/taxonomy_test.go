package taxonomy

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"rcp2p"
)

func TestDefaultIsValid(t *testing.T) {
	if _, err := New(DefaultCompetencies(), DefaultIndustries(), DefaultRegions()); err != nil {
		t.Fatal(err)
	}
	tx := Default()
	if n := len(tx.Competencies()); n != 24 {
		t.Errorf("%d competencies, want the 24 of DESIGN.md", n)
	}
	if n := len(tx.Industries()); n != 10 {
		t.Errorf("%d industries, want 10", n)
	}
	want := []string{"North America", "US", "US-West", "US-Central", "US-East", "Canada", "Europe", "UK",
		"Germany", "France", "Nordics", "Benelux", "APAC", "Australia", "India", "Japan", "Singapore",
		"LATAM", "Brazil", "Mexico", "Remote"}
	if got := tx.Regions(); !slices.Equal(got, want) {
		t.Errorf("regions = %q, want %q", got, want)
	}
}

func TestNewRejects(t *testing.T) {
	comp := []Term{{Name: "Security", Synonyms: []string{"SOC"}}, {Name: "Data Analytics", Synonyms: []string{"Power BI"}}}
	regs := []Region{{Name: "Europe"}, {Name: "Germany", Parent: "Europe", Aliases: []string{"DE"}}}
	tests := []struct {
		name    string
		comp    []Term
		regions []Region
		want    string
	}{
		{"empty name", []Term{{Name: "  "}}, regs, "no letters"},
		{"punctuation-only name", []Term{{Name: "!!"}}, regs, "no letters"},
		{"duplicate name", append(slices.Clone(comp), Term{Name: "security"}), regs, "duplicates"},
		{"duplicate name spelled differently", append(slices.Clone(comp), Term{Name: "Data-Analytics"}), regs, "duplicates"},
		{"synonym claimed twice", append(slices.Clone(comp), Term{Name: "BI", Synonyms: []string{"PowerBI"}}), regs, "already Data Analytics"},
		{"synonym equal to another name", []Term{{Name: "Security"}, {Name: "SOC", Synonyms: []string{"security"}}}, regs, "already Security"},
		{"empty synonym", []Term{{Name: "Security", Synonyms: []string{""}}}, regs, "no letters"},
		{"unknown parent", comp, append(slices.Clone(regs), Region{Name: "France", Parent: "Europa"}), "unknown parent"},
		{"duplicate alias", comp, append(slices.Clone(regs), Region{Name: "Delaware", Aliases: []string{"de"}}), "already Germany"},
		{"cycle", comp, []Region{{Name: "A", Parent: "B"}, {Name: "B", Parent: "C"}, {Name: "C", Parent: "A"}}, "cycle"},
		{"self parent", comp, []Region{{Name: "A", Parent: "A"}}, "cycle"},
		{"remote with a parent", comp, append(slices.Clone(regs), Region{Name: "Remote", Parent: "Europe"}), "cannot have a parent"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.comp, nil, tc.regions)
			if err == nil {
				t.Fatalf("New succeeded, want an error with %q", tc.want)
			}
			if !errors.Is(err, rcp2p.ErrInvalid) {
				t.Errorf("error %v is not rcp2p.ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q lacks %q", err, tc.want)
			}
		})
	}
}

func TestNewReportsEveryProblem(t *testing.T) {
	_, err := New([]Term{{Name: ""}, {Name: "A"}, {Name: "a"}}, nil, []Region{{Name: "X", Parent: "Y"}})
	for _, want := range []string{"no letters", "duplicates", "unknown parent"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v lacks %q", err, want)
		}
	}
}

func TestLookup(t *testing.T) {
	tx := Default()
	tests := []struct {
		kind, in, want string // want "" means not found
	}{
		{"comp", "Data Analytics", "Data Analytics"},
		{"comp", "power bi", "Data Analytics"},
		{"comp", "PowerBI", "Data Analytics"},
		{"comp", "Power-BI", "Data Analytics"},
		{"comp", " POWER  BI ", "Data Analytics"},
		{"comp", "dashboards", "Data Analytics"},
		{"comp", "ai", "AI and Machine Learning"},
		{"comp", "sam", "Software Asset Management"},
		{"comp", "Intune", "Enterprise Mobility Management"},
		{"comp", "Business Central", "Enterprise Resource Planning"},
		{"comp", "Dynamics 365 Sales", "Cloud Customer Relationship Management"},
		{"comp", "Dynamics 365", "Cloud Business Applications"},
		{"comp", "Exchange Online", "Cloud Productivity"},
		{"comp", "Exchange Server", "Messaging"},
		{"comp", "ci/cd", "DevOps"},
		{"comp", ".NET", "Application Development"},
		{"comp", "C#", "Application Development"},
		{"comp", "Sécurité", "Security"},
		{"comp", "securite", "Security"},
		{"comp", "IT-Sicherheit", "Security"},
		{"comp", "Ｐｏｗｅｒ ＢＩ", "Data Analytics"},
		{"comp", "Teams", ""},
		{"comp", "Exchange", ""},
		{"comp", "", ""},
		{"comp", "cloud", ""},
		{"ind", "hospital", "Healthcare"},
		{"ind", "Krankenhaus", "Healthcare"},
		{"ind", "hôpital", "Healthcare"},
		{"ind", "banks", "Financial Services"},
		{"ind", "Stadtwerke", "Energy"},
		{"ind", "law firm", "Professional Services"},
		{"ind", "non-profit", "Nonprofit"},
		{"ind", "consulting", ""},
		{"reg", "US-West", "US-West"},
		{"reg", "us west", "US-West"},
		{"reg", "WA", "US-West"},
		{"reg", "or", "US-West"},
		{"reg", "IN", "US-Central"},
		{"reg", "CA", "US-West"},
		{"reg", "DE", "US-East"},
		{"reg", "Deutschland", "Germany"},
		{"reg", "Allemagne", "Germany"},
		{"reg", "DACH", "Germany"},
		{"reg", "EMEA", "Europe"},
		{"reg", "Royaume-Uni", "UK"},
		{"reg", "u.s.", "US"},
		{"reg", "日本", "Japan"},
		{"reg", "São Paulo", "Brazil"},
		{"reg", "sao paulo", "Brazil"},
		{"reg", "fully remote", "Remote"},
		{"reg", "home office", "Remote"},
		{"reg", "Atlantis", ""},
	}
	for _, tc := range tests {
		t.Run(tc.kind+"/"+tc.in, func(t *testing.T) {
			var got string
			var ok bool
			switch tc.kind {
			case "comp":
				got, ok = tx.Competency(tc.in)
			case "ind":
				got, ok = tx.Industry(tc.in)
			default:
				got, ok = tx.Region(tc.in)
			}
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("got %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}

func TestCompatibleAndDepth(t *testing.T) {
	tx := Default()
	tests := []struct {
		a, b string
		want bool
	}{
		{"US-West", "US-West", true},
		{"US-West", "US", true},
		{"US", "US-West", true},
		{"US-West", "North America", true},
		{"North America", "US-East", true},
		{"Canada", "North America", true},
		{"US-West", "US-East", false},
		{"US", "Canada", false},
		{"Germany", "France", false},
		{"Germany", "Europe", true},
		{"UK", "US", false},
		{"Japan", "APAC", true},
		{"Brazil", "Mexico", false},
		{"Remote", "Japan", true},
		{"Germany", "Remote", true},
		{"Remote", "Unknown", true},
		{"Atlantis", "Atlantis", true},
		{"Atlantis", "Europe", false},
		{"Seattle", "US", true},
		{"Munich", "Paris", false},
	}
	for _, tc := range tests {
		t.Run(tc.a+"~"+tc.b, func(t *testing.T) {
			if got := tx.Compatible(tc.a, tc.b); got != tc.want {
				t.Errorf("Compatible = %v, want %v", got, tc.want)
			}
		})
	}
	depths := map[string]int{"North America": 1, "Europe": 1, "APAC": 1, "LATAM": 1, "US": 2, "Canada": 2,
		"Germany": 2, "US-West": 3, "US-East": 3, "Remote": 0, "Atlantis": -1, "": -1}
	for r, want := range depths {
		if got := tx.Depth(r); got != want {
			t.Errorf("Depth(%q) = %d, want %d", r, got, want)
		}
	}
	if p := tx.Parent("US-Central"); p != "US" {
		t.Errorf("Parent(US-Central) = %q", p)
	}
	if p := tx.Parent("Europe"); p != "" {
		t.Errorf("Parent(Europe) = %q", p)
	}
}

func TestListsAreCopies(t *testing.T) {
	tx := Default()
	tx.Competencies()[0] = "changed"
	tx.Regions()[0] = "changed"
	if tx.Competencies()[0] == "changed" || tx.Regions()[0] == "changed" {
		t.Error("a returned list shares the taxonomy's memory")
	}
}

func TestConfigBuild(t *testing.T) {
	tests := []struct {
		name  string
		cfg   Config
		check func(t *testing.T, tx *Taxonomy)
	}{
		{"empty config is the default", Config{}, func(t *testing.T, tx *Taxonomy) {
			if len(tx.Competencies()) != 24 {
				t.Error("not the default")
			}
		}},
		{"extend a term and add one", Config{
			Competencies: []Term{{Name: "data analytics", Synonyms: []string{"Metabase"}}, {Name: "Robotics", Synonyms: []string{"robots"}}},
		}, func(t *testing.T, tx *Taxonomy) {
			if c, _ := tx.Competency("metabase"); c != "Data Analytics" {
				t.Errorf("metabase = %q", c)
			}
			if c, _ := tx.Competency("Power BI"); c != "Data Analytics" {
				t.Errorf("default synonym lost: %q", c)
			}
			if got := tx.FindCompetencies("we need robots"); !slices.Equal(got, []string{"Robotics"}) {
				t.Errorf("robots = %q", got)
			}
		}},
		{"add a region under Europe and move one", Config{
			Regions: []Region{{Name: "Baltics", Parent: "Europe", Aliases: []string{"Estonia", "Tallinn"}}, {Name: "nordics", Aliases: []string{"Reykjavík"}}},
		}, func(t *testing.T, tx *Taxonomy) {
			if r, _ := tx.Region("Tallinn"); r != "Baltics" || tx.Depth("Baltics") != 2 || !tx.Compatible("Baltics", "Europe") {
				t.Errorf("Tallinn = %q depth %d", r, tx.Depth("Baltics"))
			}
		}},
		{"replace competencies only", Config{Replace: true, Competencies: []Term{{Name: "Plumbing", Synonyms: []string{"pipes"}}}},
			func(t *testing.T, tx *Taxonomy) {
				if got := tx.Competencies(); !slices.Equal(got, []string{"Plumbing"}) {
					t.Errorf("competencies = %q", got)
				}
				if len(tx.Industries()) != 10 || len(tx.Regions()) != 21 {
					t.Error("industries or regions lost")
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tx, err := tc.cfg.Build()
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, tx)
		})
	}
	if _, err := (Config{Regions: []Region{{Name: "X", Parent: "Nowhere"}}}).Build(); !errors.Is(err, rcp2p.ErrInvalid) {
		t.Errorf("bad config: err = %v", err)
	}
	if DefaultCompetencies()[0].Synonyms[0] != ".NET" {
		t.Error("building mutated the defaults")
	}
}

func TestFoldGreekRomanianAndThaiTokens(t *testing.T) {
	if got := Fold("Δεκεμβρίου Μαΐου Ελλάς"); got != "δεκεμβριου μαιου ελλασ" {
		t.Errorf("Fold Greek = %q", got)
	}
	if got := Fold("Competențe Timișoara"); got != "competente timisoara" {
		t.Errorf("Fold Romanian = %q", got)
	}
	tx := Default()
	if got := tx.FindIndustries("ลูกค้าของเราเป็นธนาคารในกรุงเทพฯ"); len(got) == 0 || got[0] != "Financial Services" {
		t.Errorf("Thai run industries = %q", got)
	}
	if got := tx.FindRegions("Brno, Česká republika"); len(got) != 1 || got[0] != "Europe" {
		t.Errorf("Czech regions = %q", got)
	}
}
