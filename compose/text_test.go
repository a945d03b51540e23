package compose

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	cases := []struct {
		name, in string
		max      int
		want     string
	}{
		{"collapses whitespace", "  a \r\n\t b  ", 50, "a b"},
		{"drops controls", "a\x00b\x1bc", 50, "a b c"},
		{"drops bidi overrides", "abc\u202Edef\u2066g\u2069", 50, "abcdefg"},
		{"keeps joiners", "👩‍💻", 50, "👩‍💻"},
		{"invalid utf-8", "a\xffb", 50, "a\uFFFDb"},
		{"cuts at word", "the quick brown fox jumps", 18, "the quick brown…"},
		{"cuts japanese", "日本語のテキストです", 5, "日本語の…"},
		{"no dangling joiner", "ab👩\u200D💻", 4, "ab👩…"},
		{"exact fit", "abcde", 5, "abcde"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := clean(tt.in, tt.max)
			if got != tt.want {
				t.Errorf("clean(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > tt.max {
				t.Errorf("%d runes, limit %d", n, tt.max)
			}
		})
	}
}

func TestWrap(t *testing.T) {
	cases := []struct {
		name, in string
		width    int
		hard     bool
		want     []string
	}{
		{"words", "aa bb cc dd", 5, false, []string{"aa bb", "cc dd"}},
		{"long word stays whole", "see https://example.test/a/very/long/path ok", 10, false, []string{"see", "https://example.test/a/very/long/path", "ok"}},
		{"hard breaks long word", "abcdefghij", 4, true, []string{"abcd", "efgh", "ij"}},
		{"wide runes count double", "日本語日本語", 6, true, []string{"日本語", "日本語"}},
		{"cjk fills the line", "ab 日本語日本語", 8, true, []string{"ab 日本", "語日本語"}},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := wrapLines(tt.in, tt.width, tt.hard)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("wrapLines(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

func TestSummaryLines(t *testing.T) {
	got := summaryLines(strings.Repeat("word ", 100), 20, 3)
	if len(got) != 3 || !strings.HasSuffix(got[2], "…") {
		t.Fatalf("summaryLines = %q", got)
	}
	for _, l := range got {
		if textWidth(l) > 20 {
			t.Errorf("line %q wider than 20", l)
		}
	}
	if got := summaryLines("short", 20, 3); len(got) != 1 || got[0] != "short" {
		t.Errorf("short summary = %q", got)
	}
}
