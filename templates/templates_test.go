package templates

import (
	htmltemplate "html/template"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	texttemplate "text/template"
)

// The templates render in compose (golden tests there); here each file is
// checked alone: it parses with its engine and keeps to what Outlook and
// Gmail render and what DESIGN.md allows.
func TestFilesParse(t *testing.T) {
	stub := map[string]any{"msoOpen": func() string { return "" }, "msoClose": func() string { return "" }, "wrap": func(string, int, string) string { return "" }}
	for _, name := range []string{"layout.html", "digest.html", "notice.html", "layout.txt", "digest.txt", "notice.txt"} {
		t.Run(name, func(t *testing.T) {
			b, err := fs.ReadFile(FS, name)
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(name, ".html") {
				_, err = htmltemplate.New(name).Funcs(stub).Parse(string(b))
			} else {
				_, err = texttemplate.New(name).Funcs(stub).Parse(string(b))
			}
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

var forbidden = []*regexp.Regexp{
	regexp.MustCompile(`(?i)<\s*(script|style|link|iframe|form|img|object|embed)\b`),
	regexp.MustCompile(`(?i)\b(class|onclick|onload|onerror)\s*=`),
	regexp.MustCompile(`(?i)(src|href)\s*=\s*"(https?:)?//`), // external resources or hard-coded links
	regexp.MustCompile(`(?i)url\(`),
}

func TestHTMLStaysEmailSafe(t *testing.T) {
	matches, err := fs.Glob(FS, "*.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range matches {
		b, err := fs.ReadFile(FS, name)
		if err != nil {
			t.Fatal(err)
		}
		for _, re := range forbidden {
			if m := re.Find(b); m != nil {
				t.Errorf("%s contains %q", name, m)
			}
		}
	}
}
