package taxonomy

import (
	"slices"
	"testing"
)

// FuzzFind checks that free-text search never panics, returns canonical
// names without duplicates, and that FindAll agrees with the three Finds.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"", "Power BI for a hospital in Munich", "AI said SAM", "a@b.c www.x.y .NET C# C++",
		"日本 東京 セキュリティ", "e\u0301 ＡＩ", "\xff\xfe", "U.S. D.C. U.K.", "remote desktop\n\nlake"} {
		f.Add(s)
	}
	tx := Default()
	f.Fuzz(func(t *testing.T, text string) {
		c, i, r := tx.FindAll(text)
		if !slices.Equal(c, tx.FindCompetencies(text)) || !slices.Equal(i, tx.FindIndustries(text)) || !slices.Equal(r, tx.FindRegions(text)) {
			t.Fatalf("FindAll disagrees with Find*: %q", text)
		}
		for _, set := range []struct {
			got   []string
			names []string
		}{{c, tx.Competencies()}, {i, tx.Industries()}, {r, tx.Regions()}} {
			for j, name := range set.got {
				if !slices.Contains(set.names, name) {
					t.Fatalf("%q is not canonical", name)
				}
				if slices.Contains(set.got[:j], name) {
					t.Fatalf("%q twice in %q", name, set.got)
				}
			}
		}
		if v, ok := tx.Competency(text); ok && !slices.Contains(tx.Competencies(), v) {
			t.Fatalf("Competency(%q) = %q", text, v)
		}
		_ = tx.Compatible(text, "US")
		_ = tx.Depth(text)
		_ = Fold(text)
	})
}
