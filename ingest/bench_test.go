package ingest

import (
	"context"
	"encoding/base64"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"rcp2p/compose"
	"rcp2p/store"
	"rcp2p/taxonomy"
	"rcp2p/token"
)

// typicalSubmission is a ~20 KB Outlook-style mail: text and HTML
// alternatives and a small PDF attachment.
func typicalSubmission(i int) []byte {
	para := "Our customer, a regional hospital group, needs Power BI dashboards over its data warehouse. " +
		"The project runs three months with two on-site workshops. We handle the infrastructure and need a partner for analytics.\n"
	text := "Competencies: Data Analytics, Data Platform\nRegion: Germany\nIndustry: Healthcare\nBudget: EUR 60,000\nRespond by: 2027-01-15\n\n" +
		strings.Repeat(para, 12)
	html := "<html><body><p class=MsoNormal>" + strings.ReplaceAll(strings.Repeat(para, 24), "\n", "</p><p class=MsoNormal>") + "</p></body></html>"
	att := base64.StdEncoding.EncodeToString([]byte(strings.Repeat("%PDF-1.4 stub ", 500)))
	var b strings.Builder
	fmt.Fprintf(&b, "From: Anna Schmidt <anna.schmidt@contoso.example>\r\nTo: %s\r\nSubject: Power BI for a hospital group %d\r\n"+
		"Message-ID: <bench-%d@contoso.example>\r\nDate: Tue, 24 Nov 2026 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"+
		"Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\nContent-Type: multipart/alternative; boundary=\"a\"\r\n\r\n"+
		"--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n--a\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s\r\n--a--\r\n"+
		"--m\r\nContent-Type: application/pdf; name=brief.pdf\r\nContent-Disposition: attachment; filename=brief.pdf\r\n"+
		"Content-Transfer-Encoding: base64\r\n\r\n", serviceAddr, i, i, text, html)
	for len(att) > 76 {
		b.WriteString(att[:76] + "\r\n")
		att = att[76:]
	}
	b.WriteString(att + "\r\n--m--\r\n")
	return []byte(b.String())
}

// BenchmarkIngest ingests a whole mailbox of typical submissions over
// loopback IMAP into a fresh SQLite file per iteration, and reports
// messages/s and bytes allocated per message for two mailbox sizes: flat
// B/msg across sizes means memory does not grow with the mailbox.
func BenchmarkIngest(b *testing.B) {
	for _, size := range []int{500, 5000} {
		b.Run(fmt.Sprintf("mailbox=%d", size), func(b *testing.B) {
			srv, o := startIMAP(b)
			bytesTotal := 0
			for i := range size {
				raw := typicalSubmission(i)
				bytesTotal += len(raw)
				if err := srv.Append("INBOX", raw); err != nil {
					b.Fatal(err)
				}
			}
			b.ResetTimer()
			var msgs int
			var elapsed time.Duration
			var before, after runtime.MemStats
			for range b.N {
				b.StopTimer()
				e := benchEnv(b)
				runtime.ReadMemStats(&before)
				b.StartTimer()
				start := time.Now()
				st := e.poll(b, o)
				elapsed += time.Since(start)
				b.StopTimer()
				runtime.ReadMemStats(&after)
				if st.Processed != size {
					b.Fatalf("processed %d of %d", st.Processed, size)
				}
				msgs += size
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(size), "B/msg")
				b.StartTimer()
			}
			b.ReportMetric(float64(msgs)/elapsed.Seconds(), "msgs/s")
			b.ReportMetric(float64(bytesTotal)/float64(size), "bytes/mail")
		})
	}
}

func benchEnv(b *testing.B) *env {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	tax := taxonomy.Default()
	importPartners(b, db, tax, "testdata/partners.csv")
	c, _ := compose.New(compose.Options{Domain: "rcp2p.test", Address: serviceAddr, FromName: "RCP2P Inbox", BaseURL: "http://127.0.0.1:8080"})
	sig, _ := token.NewSigner(testSecret)
	in := New(db, tax, c, sig, Options{ServiceAddress: serviceAddr, MaxMessageBytes: 25 << 20, MaxRepliesPerDay: 3,
		Now: func() time.Time { return testNow }})
	return &env{db: db, in: in, tax: tax, sig: sig}
}
