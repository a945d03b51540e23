package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// proxy forwards loopback TCP to target and can cut every live connection,
// as a server restart or a network fault would.
type proxy struct {
	ln     net.Listener
	target string
	noIdle bool // hide the IDLE capability from the client
	mu     sync.Mutex
	conns  []net.Conn
	wg     sync.WaitGroup
}

func newProxy(t *testing.T, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	p.wg.Add(1)
	go p.serve()
	t.Cleanup(p.close)
	return p
}

func (p *proxy) serve() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		up, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, up)
		p.mu.Unlock()
		p.wg.Add(2)
		go func() { defer p.wg.Done(); io.Copy(up, c); up.Close() }()
		go func() {
			defer p.wg.Done()
			if p.noIdle {
				copyWithoutIdle(c, up)
			} else {
				io.Copy(c, up)
			}
			c.Close()
		}()
	}
}

// copyWithoutIdle forwards server responses with IDLE renamed in every
// CAPABILITY list, as a server without IDLE would answer.
func copyWithoutIdle(dst io.Writer, src io.Reader) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			out := bytes.ReplaceAll(buf[:n], []byte(" IDLE"), []byte(" XIDL"))
			out = bytes.ReplaceAll(out, []byte("IMAP4rev2"), []byte("XMAP4rev2"))
			if _, werr := dst.Write(out); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// cut closes every connection open now.
func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func (p *proxy) close() {
	p.ln.Close()
	p.cut()
	p.wg.Wait()
}

func submissionMail(i int) []byte {
	return []byte(fmt.Sprintf("From: Anna Schmidt <anna.schmidt@contoso.example>\r\nTo: %s\r\n"+
		"Subject: Power BI project %d\r\nMessage-ID: <load-%d@contoso.example>\r\n"+
		"Date: Tue, 24 Nov 2026 09:00:00 +0100\r\n\r\nCompetencies: Data Analytics\r\nRegion: Germany\r\n", serviceAddr, i, i))
}

// TestWatchSurvivesDisconnects cuts the connection again and again while
// the loop works through a mailbox; every message ends up processed once.
func TestWatchSurvivesDisconnects(t *testing.T) {
	srv, o := startIMAP(t)
	const n = 400
	for i := range n {
		if err := srv.Append("INBOX", submissionMail(i)); err != nil {
			t.Fatal(err)
		}
	}
	px := newProxy(t, srv.Addr)
	o.Addr = px.ln.Addr().String()
	e := newEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() {
		e.in.Watch(ctx, o, WatchOptions{PollInterval: 50 * time.Millisecond, MaxBackoff: 20 * time.Millisecond}, nil)
	})
	deadline := time.Now().Add(60 * time.Second)
	cuts := 0
	for {
		_, opps := countRows(t, e)
		if opps == n {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d processed after %d cuts", opps, n, cuts)
		}
		if cuts < 5 && opps > cuts*40 {
			px.cut()
			cuts++
		}
		time.Sleep(5 * time.Millisecond)
	}
	// New mail while watching is picked up too.
	if err := srv.Append("INBOX", submissionMail(n)); err != nil {
		t.Fatal(err)
	}
	for _, opps := countRows(t, e); opps != n+1; _, opps = countRows(t, e) {
		if time.Now().After(deadline) {
			t.Fatal("new mail not picked up while watching")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	wg.Wait()
	msgs, opps := countRows(t, e)
	if msgs != n+1 || opps != n+1 {
		t.Fatalf("%d messages, %d opportunities, want %d each", msgs, opps, n+1)
	}
	if cuts == 0 {
		t.Fatal("the test never cut a connection")
	}
}

func TestBackoff(t *testing.T) {
	for f, want := range map[int]time.Duration{1: time.Second, 3: 4 * time.Second, 30: time.Minute} {
		for range 20 {
			d := Backoff(f, time.Minute)
			if d < want*3/4 || d > want*5/4 {
				t.Fatalf("Backoff(%d) = %s, want %s ±25%%", f, d, want)
			}
		}
	}
}

// TestPanicDoesNotStopTheLoop: a bug that panics on a message is recorded
// on that message, and the other messages are still processed.
func TestPanicDoesNotStopTheLoop(t *testing.T) {
	srv, o := startIMAP(t)
	for i := range 3 {
		if err := srv.Append("INBOX", submissionMail(i)); err != nil {
			t.Fatal(err)
		}
	}
	e := newEnv(t)
	e.in.failStep = "panic-record"
	st := e.poll(t, o)
	if st.Failed != 3 || st.Fetched != 3 {
		t.Fatalf("stats %+v, want 3 fetched and 3 failed", st)
	}
	ms, _ := e.db.Messages(context.Background(), messageFilterAll())
	for _, m := range ms {
		if m.Error == "" || m.ProcessedAt == nil {
			t.Fatalf("message %d: error %q processed %v", m.ID, m.Error, m.ProcessedAt)
		}
	}
}

// TestWatchPollsWithoutIdle: against a server without IDLE the loop polls
// at poll_interval and still picks up new mail.
func TestWatchPollsWithoutIdle(t *testing.T) {
	srv, o := startIMAP(t)
	px := newProxy(t, srv.Addr)
	px.noIdle = true
	o.Addr = px.ln.Addr().String()
	e := newEnv(t)
	logs := &syncBuffer{}
	e.in.log = slog.New(slog.NewTextHandler(logs, nil))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	passes := make(chan Stats, 100)
	var wg sync.WaitGroup
	wg.Go(func() {
		e.in.Watch(ctx, o, WatchOptions{PollInterval: 50 * time.Millisecond}, func(st Stats) {
			select {
			case passes <- st:
			default:
			}
		})
	})
	<-passes // first pass on an empty mailbox
	if err := srv.Append("INBOX", submissionMail(1)); err != nil {
		t.Fatal(err)
	}
	deadline := time.After(20 * time.Second)
	for n := 0; n == 0; {
		select {
		case st := <-passes:
			n = st.Processed
		case <-deadline:
			t.Fatal("polling never picked up the new mail")
		}
	}
	cancel()
	wg.Wait()
	if !strings.Contains(logs.String(), "idle=false") {
		t.Fatalf("the loop did not run in polling mode:\n%s", logs.String())
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
