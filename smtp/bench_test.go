package smtp

import (
	"context"
	"testing"
	"time"
)

// BenchmarkFlush drains 1,000 mails into the loopback relay over a pool of
// 4 connections and reports throughput.
func BenchmarkFlush(b *testing.B) {
	relay := startRelay(b)
	s := newSender(b, relay.Addr, func(o *Options) { o.Connections = 4 })
	const n = 1000
	var total int
	var elapsed time.Duration
	for b.Loop() {
		b.StopTimer()
		ob := newOutbox(mails(n)...)
		b.StartTimer()
		start := time.Now()
		sent, _, err := s.Flush(context.Background(), ob, clock)
		elapsed += time.Since(start)
		if err != nil || sent != n {
			b.Fatalf("Flush = %d, %v", sent, err)
		}
		total += sent
	}
	b.ReportMetric(float64(total)/elapsed.Seconds(), "mails/s")
}
