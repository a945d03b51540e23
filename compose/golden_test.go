package compose

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rcp2p"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.golden from the current output")

func TestGolden(t *testing.T) {
	c := newTestComposer(t)
	type tc struct {
		name  string
		build func() (*rcp2p.OutMail, error)
	}
	cases := []tc{
		{"digest_basic", func() (*rcp2p.OutMail, error) { return c.Digest("ops@contoso.test", basicView()) }},
		{"digest_hostile", func() (*rcp2p.OutMail, error) { return c.Digest("ops@contoso.test", hostileView()) }},
		{"digest_single", func() (*rcp2p.OutMail, error) { return c.Digest("ops@contoso.test", singleView()) }},
		{"notice_ack", func() (*rcp2p.OutMail, error) { return c.Notice(ackNotice()) }},
		{"notice_introduction", func() (*rcp2p.OutMail, error) { return c.Notice(introNotice()) }},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			m, err := tt.build()
			if err != nil {
				t.Fatalf("render: %v", err)
			}
			got := dump(m)
			path := filepath.Join("testdata", "golden", tt.name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run go test ./compose -update): %v", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the golden file; run go test ./compose -update and review the diff\n%s",
					tt.name, firstDiff(string(want), got))
			}
		})
	}
}

// dump writes every stable part of a mail; the Message-ID is random and
// left out.
func dump(m *rcp2p.OutMail) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Kind: %s\nTo: %s\nCc: %s\nSubject: %s\n", m.Kind, strings.Join(m.To, ", "), strings.Join(m.Cc, ", "), m.Subject)
	keys := make([]string, 0, len(m.Headers))
	for k := range m.Headers {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "Header %s: %s\n", k, m.Headers[k])
	}
	fmt.Fprintf(&b, "==== text ====\n%s==== html ====\n%s", m.Text, m.HTML)
	return b.String()
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\nwant: %q\ngot:  %q", i+1, w, g)
		}
	}
	return "(no line differs)"
}
