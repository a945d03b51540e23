package taxonomy

import (
	"slices"
	"strings"
	"testing"
)

func TestFindCompetencies(t *testing.T) {
	tx := Default()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"product names", "We need Power BI dashboards and an Intune rollout.", []string{"Data Analytics", "Enterprise Mobility Management"}},
		{"spellings of one name", "PowerBI, power-bi and Power BI", []string{"Data Analytics"}},
		{"order of first mention, deduped", "Sentinel, then Azure, then Defender and AWS", []string{"Security", "Cloud Platform"}},
		{"AI as a word", "an AI assistant", []string{"AI and Machine Learning"}},
		{"AI inside a word", "he said it was fair and plain", nil},
		{"ai in lower case", "the ai team", nil},
		{"French j'ai", "J'ai besoin d'aide", nil},
		{"IA in capitals", "projet IA générative", []string{"AI and Machine Learning"}},
		{"acronym plural", "fine-tuning LLMs", []string{"AI and Machine Learning"}},
		{"SAM in capitals", "a SAM engagement", []string{"Software Asset Management"}},
		{"same and Sam", "Sam said the same", nil},
		{"BI in bi-weekly", "bi-weekly status calls", nil},
		{"longest match wins", "Azure DevOps pipelines", []string{"DevOps"}},
		{"Azure OpenAI", "Azure OpenAI chatbot", []string{"AI and Machine Learning"}},
		{"Exchange Online vs Server", "Exchange Online and Exchange Server", []string{"Cloud Productivity", "Messaging"}},
		{"exchange as a word", "in exchange for a referral", nil},
		{"Teams alone", "our teams are busy with Teams", nil},
		{"Microsoft Teams", "Microsoft Teams governance", []string{"Collaboration and Content"}},
		{"Teams Phone", "Teams Phone with Direct Routing", []string{"Communications"}},
		{".NET and C#", "a .NET 8 and C# backend", []string{"Application Development"}},
		{"net is not .NET", "net 30 payment terms", nil},
		{"domain .net", "see contoso.net", nil},
		{"CI/CD", "CI/CD on GitHub Actions", []string{"DevOps"}},
		{"multi-word across a comma", "data, lake", nil},
		{"multi-word across a paragraph", "data\n\nlake", nil},
		{"multi-word across a line break", "data\nlake", []string{"Data Platform"}},
		{"e-mail address", "write to ai-team@sentinel.example", nil},
		{"URL", "see https://powerbi.example/ai and www.sharepoint.example", nil},
		{"German", "Datenanalyse und IT-Sicherheit", []string{"Data Analytics", "Security"}},
		{"French", "cybersécurité et tableaux de bord", []string{"Security", "Data Analytics"}},
		{"Spanish", "analítica de datos y ciberseguridad", []string{"Data Analytics", "Security"}},
		{"Portuguese", "segurança da informação", []string{"Security"}},
		{"Japanese", "セキュリティとデータ分析", []string{"Security", "Data Analytics"}},
		{"decomposed accent", "se\u0301curite\u0301 informatique", []string{"Security"}},
		{"social security", "social security numbers", nil},
		{"security deposit vs security", "a security deposit; zero trust", []string{"Security"}},
		{"reporting line", "reporting to the CIO", nil},
		{"plural of synonym", "two data warehouses", []string{"Data Platform"}},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tx.FindCompetencies(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("FindCompetencies(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestFindIndustries(t *testing.T) {
	tx := Default()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"hospital", "a hospital group", []string{"Healthcare"}},
		{"plural", "three hospitals and two banks", []string{"Healthcare", "Financial Services"}},
		{"German", "ein Krankenhaus und die Stadtwerke", []string{"Healthcare", "Energy"}},
		{"French", "une banque et un hôpital", []string{"Financial Services", "Healthcare"}},
		{"city council", "the city council of Leeds", []string{"Public Sector"}},
		{"city name is no city", "based in Kansas City and Mexico City", nil},
		{"power plant is energy", "a power plant", []string{"Energy"}},
		{"plant is manufacturing", "a bottling plant", []string{"Manufacturing"}},
		{"social media", "social media campaign", nil},
		{"marketing agency", "our marketing agency", nil},
		{"agency", "a federal agency", []string{"Public Sector"}},
		{"consulting is no industry", "consulting services for a retailer", []string{"Retail"}},
		{"TV in capitals only", "a TV broadcaster; tv", []string{"Media"}},
		{"quality assurance", "quality assurance team", nil},
		{"oil and gas", "oil & gas", []string{"Energy"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tx.FindIndustries(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("FindIndustries(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestFindRegions(t *testing.T) {
	tx := Default()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"city state country", "Seattle, WA, USA", []string{"US-West", "US"}},
		{"state codes are not read in prose", "call me OR email, IN person, ME too, or CA", nil},
		{"pronoun us", "let us know", nil},
		{"US in capitals", "a US bank", []string{"US"}},
		{"U.S.", "U.S. and U.K. teams", []string{"US", "UK"}},
		{"country in another language", "Deutschland, Allemagne, Alemanha", []string{"Germany"}},
		{"Washington is the state", "Washington", []string{"US-West"}},
		{"Washington DC", "Washington DC", []string{"US-East"}},
		{"New Mexico is not Mexico", "New Mexico", []string{"US-West"}},
		{"West Virginia", "West Virginia and Virginia", []string{"US-East"}},
		{"Japanese", "東京の案件", []string{"Japan"}},
		{"remote", "fully remote, anywhere", []string{"Remote"}},
		{"remote desktop", "remote desktop and remote support", nil},
		{"DACH", "DACH region", []string{"Germany"}},
		{"EMEA", "EMEA rollout", []string{"Europe"}},
		{"Nordics", "Stockholm and Oslo", []string{"Nordics"}},
		{"Benelux", "Brussels, Belgique", []string{"Benelux"}},
		{"LATAM", "São Paulo and Bogotá", []string{"Brazil", "LATAM"}},
		{"e-mail domain", "mail me at anna@germany.example", nil},
		{"Korean particle glued to the city", "서울에서 진행되는 프로젝트", []string{"APAC"}},
		{"Chinese", "客户位于中国上海", []string{"APAC"}},
		{"Hindi with vowel signs", "भारत में", []string{"India"}},
		{"Québec is Canada", "région de Québec", []string{"Canada"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tx.FindRegions(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("FindRegions(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestFindAll(t *testing.T) {
	tx := Default()
	c, i, r := tx.FindAll("Power BI for a hospital in Munich")
	if !slices.Equal(c, []string{"Data Analytics"}) || !slices.Equal(i, []string{"Healthcare"}) || !slices.Equal(r, []string{"Germany"}) {
		t.Errorf("FindAll = %q %q %q", c, i, r)
	}
}

func TestFold(t *testing.T) {
	tests := map[string]string{
		"":              "",
		"plain":         "plain",
		"MiXeD":         "mixed",
		"Sécurité":      "securite",
		"Straße":        "strasse",
		"Łódź":          "lodz",
		"Œuvre":         "oeuvre",
		"ＡＢＣ１２３":        "abc123",
		"e\u0301":       "e",
		"日本":            "日本",
		"Ärger über Öl": "arger uber ol",
	}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	if len(latinExtA) != 0x80 || len(latin1) != 0x20 {
		t.Fatalf("fold tables have lengths %d and %d", len(latinExtA), len(latin1))
	}
}

// TestEverySynonymResolves guards the data: every synonym must look up to
// its own term (no silent shadowing) and be found in free text.
func TestEverySynonymResolves(t *testing.T) {
	tx := Default()
	check := func(kind string, terms []Term, lookup func(string) (string, bool), find func(string) []string) {
		for _, tm := range terms {
			for _, s := range append([]string{tm.Name}, tm.Synonyms...) {
				if got, _ := lookup(s); got != tm.Name {
					t.Errorf("%s %q looks up to %q, want %q", kind, s, got, tm.Name)
				}
				if got := find("x " + s + " y"); !slices.Contains(got, tm.Name) {
					t.Errorf("%s %q in text finds %q, want %q", kind, s, got, tm.Name)
				}
			}
		}
	}
	check("competency", DefaultCompetencies(), tx.Competency, tx.FindCompetencies)
	check("industry", DefaultIndustries(), tx.Industry, tx.FindIndustries)
	for _, r := range DefaultRegions() {
		for _, a := range append([]string{r.Name}, r.Aliases...) {
			if got, _ := tx.Region(a); got != r.Name {
				t.Errorf("region %q looks up to %q, want %q", a, got, r.Name)
			}
			if isCode(a) && a != r.Name {
				if got := tx.FindRegions("x " + strings.ToLower(a) + " y"); len(got) > 0 {
					t.Errorf("code %q found in prose: %q", a, got)
				}
				continue
			}
			if got := tx.FindRegions("x " + a + " y"); !slices.Contains(got, r.Name) {
				t.Errorf("region %q in text finds %q, want %q", a, got, r.Name)
			}
		}
	}
}
