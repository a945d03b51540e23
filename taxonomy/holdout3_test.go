package taxonomy

import (
	"slices"
	"testing"
)

func TestZeroWidthNonJoinerSeparates(t *testing.T) {
	tx := Default()
	for _, s := range []string{"یک فروشگاه خرده‌فروشی", "یک فروشگاه خرده فروشی"} {
		if got := tx.FindIndustries(s); !slices.Equal(got, []string{"Retail"}) {
			t.Errorf("FindIndustries(%q) = %q", s, got)
		}
	}
	if Fold("خرده\u200cفروشی") != Fold("خرده فروشی") {
		t.Error("Fold keeps the zero-width non-joiner")
	}
}

func TestThirdHoldoutVocabulary(t *testing.T) {
	tx := Default()
	for text, want := range map[string]string{
		"Cyngor Sir yng Nghymru (Caerdydd)": "UK",
		"Tallinn, Eesti":                    "Europe",
		"Vilnius, Lietuva":                  "Europe",
		"Barcelona, Catalunya":              "Europe",
		"Makati, Metro Manila":              "APAC",
	} {
		if got := tx.FindRegions(text); !slices.Contains(got, want) {
			t.Errorf("FindRegions(%q) = %q, want %q", text, got, want)
		}
	}
	for text, want := range map[string]string{
		"a building society in Leeds": "Financial Services",
		"sector cyhoeddus":            "Public Sector",
		"valdkond: pangandus":         "Financial Services",
		"صنعت: بانکداری":              "Financial Services",
	} {
		if got := tx.FindIndustries(text); !slices.Contains(got, want) {
			t.Errorf("FindIndustries(%q) = %q, want %q", text, got, want)
		}
	}
	for text, want := range map[string][]string{
		"Solutions Partner for Digital & App Innovation (Azure)": {"Application Development", "Cloud Platform"},
		"Solutions Partner for Data & AI (Azure)":                {"Data Platform", "AI and Machine Learning", "Cloud Platform"},
		"Solutions Partner for Modern Work":                      {"Cloud Productivity"},
	} {
		got := tx.FindCompetencies(text)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("FindCompetencies(%q) = %q, want %q", text, got, want)
		}
	}
}

// A configured alias wins over a default alias of another region, as the
// Config example (Baltics with Estonia) promises.
func TestConfiguredAliasWinsOverDefault(t *testing.T) {
	tx, err := Config{Regions: []Region{{Name: "Baltics", Parent: "Europe", Aliases: []string{"Estonia", "Latvia", "Lithuania"}}}}.Build()
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := tx.Region("Estonia"); r != "Baltics" {
		t.Errorf("Estonia = %q, want Baltics", r)
	}
	if r, _ := tx.Region("Tallinn"); r != "Europe" {
		t.Errorf("Tallinn = %q, want the default Europe", r)
	}
}
