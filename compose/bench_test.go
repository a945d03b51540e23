package compose

import "testing"

func BenchmarkDigestRender(b *testing.B) {
	c := newTestComposer(b)
	var items []DigestItem
	for i := 1; i <= 10; i++ {
		items = append(items, item(i, "Power BI dashboards for a hospital group, phase "+itoa(i)))
	}
	v := digestView(items...)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Digest("ops@contoso.test", v); err != nil {
			b.Fatal(err)
		}
	}
}
