package smtp

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	gosmtp "github.com/emersion/go-smtp"

	"rcp2p"
)

var flushNow = time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC)

func clock() time.Time { return flushNow }

func mails(n int) []*rcp2p.OutMail {
	var out []*rcp2p.OutMail
	for i := 1; i <= n; i++ {
		m := testMail(int64(i))
		m.NextAttemptAt = flushNow.Add(-time.Minute)
		out = append(out, m)
	}
	return out
}

func TestFlushDeliversEachMailOnce(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr, func(o *Options) { o.Connections = 4 })
	ob := newOutbox(mails(20)...)
	sent, failed, err := s.Flush(context.Background(), ob, clock)
	if err != nil || sent != 20 || failed != 0 {
		t.Fatalf("Flush = %d sent, %d failed, %v", sent, failed, err)
	}
	got := waitFor(t, relay, 20)
	seen := map[string]int{}
	for _, r := range got {
		seen[r.To[0]]++
	}
	for i := 1; i <= 20; i++ {
		to := "ops" + itoa(i) + "@contoso.test"
		if seen[to] != 1 {
			t.Errorf("%s received %d times", to, seen[to])
		}
	}
	if n := ob.count(rcp2p.OutboxSent); n != 20 {
		t.Errorf("%d marked sent", n)
	}
	if m := ob.get(3); m.SentAt == nil || !m.SentAt.Equal(flushNow) {
		t.Errorf("sent_at = %v", m.SentAt)
	}
	if len(relay.Received()) != 20 {
		t.Errorf("relay has %d mails", len(relay.Received()))
	}
	if n := relay.Sessions(); n > 4 {
		t.Errorf("%d sessions for a pool of 4", n)
	}
}

func TestFlushReusesConnections(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr, func(o *Options) { o.Connections = 2 })
	if sent, _, err := s.Flush(context.Background(), newOutbox(mails(20)...), clock); err != nil || sent != 20 {
		t.Fatalf("Flush = %d, %v", sent, err)
	}
	if n := relay.Sessions(); n > 2 {
		t.Errorf("20 mails over 2 connections opened %d sessions", n)
	}
}

func TestFlushRecordsFailures(t *testing.T) {
	cases := []struct {
		name          string
		attempts      int // before this run
		code          int
		enhanced      string
		wantState     string
		wantNext      time.Duration
		wantErrSubstr string
	}{
		{"451 is retried", 0, 451, "4.3.0", rcp2p.OutboxPending, time.Minute, "451"},
		{"second 451 waits longer", 1, 451, "4.3.0", rcp2p.OutboxPending, 5 * time.Minute, "451"},
		{"550 is permanent", 0, 550, "5.1.1", rcp2p.OutboxFailed, time.Minute, "550"},
		{"eighth attempt is the last", MaxAttempts - 1, 451, "4.3.0", rcp2p.OutboxFailed, 6 * time.Hour, "451"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			relay := startRelay(t)
			// One connection: the failure hits mail 1, the first sent.
			s := newSender(t, relay.Addr, func(o *Options) { o.Connections = 1 })
			all := mails(3)
			all[0].Attempts = tt.attempts
			ob := newOutbox(all...)
			relay.FailNext(1, tt.code, tt.enhanced, "refused for the test")
			sent, failed, err := s.Flush(context.Background(), ob, clock)
			if err != nil || sent != 2 || failed != 1 {
				t.Fatalf("Flush = %d sent, %d failed, %v", sent, failed, err)
			}
			m := ob.get(1)
			if m.State != tt.wantState || m.Attempts != tt.attempts+1 {
				t.Errorf("state %s attempts %d, want %s %d", m.State, m.Attempts, tt.wantState, tt.attempts+1)
			}
			if !m.NextAttemptAt.Equal(flushNow.Add(tt.wantNext)) {
				t.Errorf("next attempt %v, want now+%v", m.NextAttemptAt, tt.wantNext)
			}
			if !strings.Contains(m.Error, tt.wantErrSubstr) {
				t.Errorf("error %q lacks %q", m.Error, tt.wantErrSubstr)
			}
			if len(relay.Received()) != 2 {
				t.Errorf("relay has %d mails", len(relay.Received()))
			}
		})
	}
}

func TestFlushSurvivesDroppedConnection(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr, func(o *Options) { o.Connections = 2 })
	ob := newOutbox(mails(20)...)
	relay.DropNext(1)
	sent, failed, err := s.Flush(context.Background(), ob, clock)
	if err != nil || sent != 19 || failed != 1 {
		t.Fatalf("Flush = %d sent, %d failed, %v", sent, failed, err)
	}
	if n := ob.count(rcp2p.OutboxPending); n != 1 {
		t.Errorf("%d mails left pending, want the dropped one", n)
	}
	if n := relay.Sessions(); n != 3 {
		t.Errorf("sessions = %d, want 3 (2 + one redial)", n)
	}
	// Once due again, the dropped mail goes out.
	later := func() time.Time { return flushNow.Add(2 * time.Minute) }
	if sent, _, err := s.Flush(context.Background(), ob, later); err != nil || sent != 1 {
		t.Fatalf("second Flush = %d, %v", sent, err)
	}
	if n := len(waitFor(t, relay, 20)); n != 20 {
		t.Errorf("relay has %d mails", n)
	}
}

func TestFlushPages(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr, func(o *Options) { o.Connections = 1 })
	sent, _, err := s.Flush(context.Background(), newOutbox(mails(3*pagePerConn+7)...), clock)
	if err != nil || sent != 3*pagePerConn+7 {
		t.Fatalf("Flush = %d, %v", sent, err)
	}
}

func TestFlushStopsOnStoreFailure(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr)
	ob := newOutbox(mails(10)...)
	ob.failMark = errors.New("disk full")
	_, _, err := s.Flush(context.Background(), ob, clock)
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err = %v", err)
	}
	if n := len(relay.Received()); n > 2 {
		t.Errorf("%d mails sent after the store failed; at most the 2 in flight may go", n)
	}
}

func TestFlushStopsWhenOutboxRepeatsMail(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr)
	ob := newOutbox(mails(3)...)
	ob.neverMark = true
	if _, _, err := s.Flush(context.Background(), ob, clock); err == nil {
		t.Fatal("Flush looped over a store that never marks mail")
	}
	if n := len(relay.Received()); n != 3 {
		t.Errorf("relay has %d mails, want 3", n)
	}
}

func TestFlushCancelled(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ob := newOutbox(mails(5)...)
	if _, _, err := s.Flush(ctx, ob, clock); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if n := ob.count(rcp2p.OutboxPending); n != 5 {
		t.Errorf("%d pending, want 5: an interrupted run marks nothing", n)
	}
	if m := ob.get(1); m.Attempts != 0 {
		t.Errorf("attempts = %d", m.Attempts)
	}
}

func TestFlushAfterClose(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr)
	_ = s.Close()
	ob := newOutbox(mails(2)...)
	if _, _, err := s.Flush(context.Background(), ob, clock); err == nil {
		t.Fatal("Flush on a closed sender succeeded")
	}
	if m := ob.get(1); m.Attempts != 0 {
		t.Errorf("a closed sender recorded an attempt")
	}
}

func TestFlushStopsWhenRelayRefusesUs(t *testing.T) {
	refusing := startStubRelay(t, &stubRelay{mailErr: &gosmtp.SMTPError{Code: 530, EnhancedCode: gosmtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}}, false, false)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	unreachable := ln.Addr().String()
	_ = ln.Close()
	for name, addr := range map[string]string{"sender refused": refusing.addr, "unreachable": unreachable} {
		t.Run(name, func(t *testing.T) {
			s := newSender(t, addr)
			ob := newOutbox(mails(5)...)
			sent, failed, err := s.Flush(context.Background(), ob, clock)
			if err == nil || sent != 0 || failed != 0 {
				t.Fatalf("Flush = %d sent, %d failed, %v; want a run error", sent, failed, err)
			}
			if IsPermanent(err) {
				t.Error("a relay refusing us reported permanent")
			}
			for id := int64(1); id <= 5; id++ {
				if m := ob.get(id); m.Attempts != 0 || m.State != rcp2p.OutboxPending {
					t.Errorf("mail %d: attempts %d state %s; the relay's refusal is not the mail's", id, m.Attempts, m.State)
				}
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	for attempt, want := range map[int]time.Duration{
		0: time.Minute, 1: time.Minute, 2: 5 * time.Minute, 3: 30 * time.Minute,
		4: 2 * time.Hour, 5: 6 * time.Hour, 8: 6 * time.Hour, 100: 6 * time.Hour,
	} {
		if got := Backoff(attempt); got != want {
			t.Errorf("Backoff(%d) = %v, want %v", attempt, got, want)
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
