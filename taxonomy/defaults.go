package taxonomy

import "strings"

// Config is the taxonomy section of the operator's config file:
//
//	taxonomy:
//	  replace: false          # true: a non-empty list replaces the default list
//	  competencies:
//	    - name: Data Analytics
//	      synonyms: [Looker Studio, Metabase]
//	    - name: Robotics      # a new competency
//	      synonyms: [RPA robots]
//	  regions:
//	    - name: Nordics
//	      aliases: [Tallinn]
//	    - name: Baltics       # a new region under Europe
//	      parent: Europe
//	      aliases: [Estonia, Latvia, Lithuania]
//
// Without replace, entries extend the defaults: an entry whose name is a
// default name (any case) adds its synonyms or aliases to it (and, for a
// region, a non-empty parent moves it); other entries are added.
type Config struct {
	Replace      bool     `mapstructure:"replace" yaml:"replace"`
	Competencies []Term   `mapstructure:"competencies" yaml:"competencies"`
	Industries   []Term   `mapstructure:"industries" yaml:"industries"`
	Regions      []Region `mapstructure:"regions" yaml:"regions"`
}

// Build makes the taxonomy the config describes; see Config.
func (c Config) Build() (*Taxonomy, error) {
	comp, ind, reg := DefaultCompetencies(), DefaultIndustries(), DefaultRegions()
	switch {
	case c.Replace:
		comp = pick(c.Competencies, comp)
		ind = pick(c.Industries, ind)
		reg = pick(c.Regions, reg)
	default:
		comp = mergeTerms(comp, c.Competencies)
		ind = mergeTerms(ind, c.Industries)
		reg = mergeRegions(reg, c.Regions)
	}
	return New(comp, ind, reg)
}

func pick[T any](configured, defaults []T) []T {
	if len(configured) > 0 {
		return configured
	}
	return defaults
}

func mergeTerms(base, extra []Term) []Term {
	for _, e := range extra {
		i := indexOf(len(base), func(i int) string { return base[i].Name }, e.Name)
		if i < 0 {
			base = append(base, e)
			continue
		}
		base[i].Synonyms = append(base[i].Synonyms, e.Synonyms...)
	}
	return base
}

// mergeRegions adds configured regions and aliases to the defaults. An
// alias the operator configures wins over a default one: "Tallinn" under a
// configured Baltics region leaves the default Europe.
func mergeRegions(base, extra []Region) []Region {
	for _, e := range extra {
		for j := range base {
			if !strings.EqualFold(strings.TrimSpace(base[j].Name), strings.TrimSpace(e.Name)) {
				base[j].Aliases = withoutFolded(base[j].Aliases, append([]string{e.Name}, e.Aliases...))
			}
		}
	}
	for _, e := range extra {
		i := indexOf(len(base), func(i int) string { return base[i].Name }, e.Name)
		if i < 0 {
			base = append(base, e)
			continue
		}
		base[i].Aliases = append(base[i].Aliases, e.Aliases...)
		if strings.TrimSpace(e.Parent) != "" {
			base[i].Parent = e.Parent
		}
	}
	return base
}

// withoutFolded returns list without the entries equal to one of drop
// under Fold, in a fresh slice.
func withoutFolded(list, drop []string) []string {
	out := make([]string, 0, len(list))
	for _, a := range list {
		keep := true
		for _, d := range drop {
			keep = keep && Fold(strings.TrimSpace(a)) != Fold(strings.TrimSpace(d))
		}
		if keep {
			out = append(out, a)
		}
	}
	return out
}

func indexOf(n int, name func(int) string, want string) int {
	for i := 0; i < n; i++ {
		if strings.EqualFold(strings.TrimSpace(name(i)), strings.TrimSpace(want)) {
			return i
		}
	}
	return -1
}

// competencyStops are phrases that contain a competency synonym but mean
// something else.
func competencyStops() []string {
	return []string{
		"social security", "security deposit", "job security", "security guard",
		"security guards", "seguridad social", "segurança social", "sécurité sociale",
		"reporting to", "reporting line", "event planner", "financial planner",
		"wedding planner", "driving licence", "driver's license", "driver license",
		// A data centre named as a place is where something runs, not a need.
		"in the data centre", "in the data center", "in the main data centre", "in the main data center",
		"in their data centre", "in their data center", "in our data centre", "in our data center",
		"in its data centre", "in its data center", "in the customer's data centre", "in the customer's data center",
	}
}

// industryStops are phrases that contain an industry synonym but mean
// something else: "Kansas City" is no city council.
func industryStops() []string {
	return []string{
		"social media", "Microsoft Publisher", "radio button", "radio buttons",
		"bank holiday", "bank holidays", "quality assurance", "assurance qualité",
		"travel agency", "marketing agency", "advertising agency", "digital agency",
		"creative agency", "recruitment agency", "recruiting agency", "staffing agency",
		"media agency", "defense in depth", "defence in depth", "retail price",
		"Kansas City", "Mexico City", "New York City", "Salt Lake City", "Oklahoma City",
		"Quebec City", "Panama City", "Jersey City", "Atlantic City", "Carson City",
		"Sioux City", "Ho Chi Minh City", "Vatican City", "Ciudad de México",
	}
}

// regionStops are phrases that contain a region alias but name no place.
func regionStops() []string {
	return []string{
		"remote desktop", "remote desktop services", "remote access", "remote support",
		"remote monitoring", "remote management", "remote assistance", "remote wipe",
		"remote control", "remote help", "remote app", "remote sites", "remote site",
		"remote offices", "remote office", "remote locations", "remote location",
		"remote server", "remote servers", "remote connection", "Bank of America",
		"American Express", "Paris Agreement",
	}
}
