package smtp

import (
	"bytes"
	"context"
	"errors"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"rcp2p"
	"rcp2p/compose"
)

func TestSendMultipartAndHeaders(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr)
	m := testMail(7)
	if err := s.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	got := waitFor(t, relay, 1)[0]
	if got.From != "opportunities@rcp2p.test" || len(got.To) != 1 || got.To[0] != "ops7@contoso.test" {
		t.Errorf("envelope = %q -> %q", got.From, got.To)
	}
	mr, err := mail.CreateReader(bytes.NewReader(got.Data))
	if err != nil {
		t.Fatal(err)
	}
	h := mr.Header
	if ct, _, _ := h.ContentType(); ct != "multipart/alternative" {
		t.Errorf("Content-Type = %q", ct)
	}
	want := map[string]string{"Message-Id": "<m7@rcp2p.test>"}
	for k, v := range m.Headers {
		want[k] = v
	}
	for k, v := range want {
		if g := h.Get(k); g != v {
			t.Errorf("%s = %q, want %q", k, g, v)
		}
	}
	if subj, _ := h.Subject(); subj != m.Subject {
		t.Errorf("Subject = %q", subj)
	}
	if from, _ := h.AddressList("From"); len(from) != 1 || from[0].Name != "RCP2P Inbox" || from[0].Address != "opportunities@rcp2p.test" {
		t.Errorf("From = %v", from)
	}
	if d, err := h.Date(); err != nil || time.Since(d) > time.Minute {
		t.Errorf("Date = %v, %v", d, err)
	}
	head := append([]byte("\r\n"), got.Data[:bytes.Index(got.Data, []byte("\r\n\r\n"))]...)
	for _, name := range []string{"Auto-Submitted: ", "List-Unsubscribe-Post: ", "List-Unsubscribe: <mailto:", "X-Auto-Response-Suppress: ", "Reply-To: opportunities+d7@rcp2p.test\r\n", "List-Id: "} {
		if !bytes.Contains(head, []byte("\r\n"+name)) {
			t.Errorf("raw message lacks header name %q spelt exactly", strings.TrimSpace(name))
		}
	}
	for _, name := range []string{"User-Agent", "X-Mailer", "Bcc"} {
		if h.Has(name) {
			t.Errorf("unexpected header %s: %q", name, h.Get(name))
		}
	}
	var types []string
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		ct, _, _ := p.Header.(*mail.InlineHeader).ContentType()
		types = append(types, ct)
		body := crlfToLF(readAll(t, p.Body))
		switch ct {
		case "text/plain":
			if body != m.Text {
				t.Errorf("text part = %q, want %q", body, m.Text)
			}
		case "text/html":
			if body != m.HTML {
				t.Errorf("html part = %q, want %q", body, m.HTML)
			}
		}
	}
	if strings.Join(types, ",") != "text/plain,text/html" {
		t.Errorf("parts = %v, want text/plain then text/html", types)
	}
}

func TestSendComposedNotice(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr)
	c, err := compose.New(compose.Options{Domain: "rcp2p.test", Address: "opportunities@rcp2p.test"})
	if err != nil {
		t.Fatal(err)
	}
	m, err := c.Notice(compose.NoticeOptions{
		Kind: rcp2p.MailIntroduction, To: []string{"ann@fabrikam.test"}, Cc: []string{"bo@contoso.test"},
		InReplyTo: "r2@contoso.test", References: []string{"d1@rcp2p.test", "r2@contoso.test"},
		ReplyTo: "ann@fabrikam.test",
	}, compose.NoticeView{Subject: "Introduction: Contoso ↔ Fabrikam on OPP-17", Paragraphs: []string{"Meet each other."}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	got := waitFor(t, relay, 1)[0]
	if strings.Join(got.To, ",") != "ann@fabrikam.test,bo@contoso.test" {
		t.Errorf("envelope recipients = %v", got.To)
	}
	mr, err := mail.CreateReader(bytes.NewReader(got.Data))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range map[string]string{
		"In-Reply-To": "<r2@contoso.test>", "References": "<d1@rcp2p.test> <r2@contoso.test>",
		"Cc": "<bo@contoso.test>", "Auto-Submitted": "auto-generated", "Message-Id": "<" + m.MessageID + ">",
	} {
		if g := mr.Header.Get(k); g != v {
			t.Errorf("%s = %q, want %q", k, g, v)
		}
	}
	if subj, _ := mr.Header.Subject(); subj != m.Subject {
		t.Errorf("Subject = %q, want %q", subj, m.Subject)
	}
}

func TestSendRejectsMalformedMail(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr)
	cases := map[string]func(*rcp2p.OutMail){
		"no recipient":        func(m *rcp2p.OutMail) { m.To = nil },
		"bad recipient":       func(m *rcp2p.OutMail) { m.To = []string{"not an address"} },
		"message id brackets": func(m *rcp2p.OutMail) { m.MessageID = "<a@b>" },
		"empty message id":    func(m *rcp2p.OutMail) { m.MessageID = "" },
		"reserved header":     func(m *rcp2p.OutMail) { m.Headers["Bcc"] = "spy@evil.test" },
		"header injection":    func(m *rcp2p.OutMail) { m.Headers["X-Note"] = "a\r\nBcc: spy@evil.test" },
		"bad header name":     func(m *rcp2p.OutMail) { m.Headers["X Bad:"] = "v" },
		"subject injection":   func(m *rcp2p.OutMail) { m.Subject = "hi\r\nBcc: spy@evil.test" },
		"no body":             func(m *rcp2p.OutMail) { m.Text, m.HTML = "", "" },
		"bad reply-to":        func(m *rcp2p.OutMail) { m.Headers["Reply-To"] = "nobody" },
	}
	for name, edit := range cases {
		t.Run(name, func(t *testing.T) {
			m := testMail(1)
			edit(m)
			err := s.Send(context.Background(), m)
			if !IsPermanent(err) || !errors.Is(err, rcp2p.ErrInvalid) {
				t.Errorf("err = %v, want a permanent rcp2p.ErrInvalid", err)
			}
		})
	}
	if n := relay.Sessions(); n != 0 {
		t.Errorf("malformed mail opened %d sessions", n)
	}
}

func TestIsPermanent(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr, func(o *Options) { o.Connections = 1 })
	ctx := context.Background()

	relay.FailNext(1, 550, "5.1.1", "no such user")
	if err := s.Send(ctx, testMail(1)); err == nil || !IsPermanent(err) {
		t.Errorf("550: err = %v, permanent = %v", err, IsPermanent(err))
	}
	relay.FailNext(1, 451, "4.3.0", "try later")
	if err := s.Send(ctx, testMail(2)); err == nil || IsPermanent(err) {
		t.Errorf("451: err = %v, permanent = %v", err, IsPermanent(err))
	}
	relay.DropNext(1)
	if err := s.Send(ctx, testMail(3)); err == nil || IsPermanent(err) {
		t.Errorf("drop: err = %v, permanent = %v", err, IsPermanent(err))
	}
	// After each error the pool goes on: reset after a reply, redial after a drop.
	if err := s.Send(ctx, testMail(4)); err != nil {
		t.Fatalf("send after errors: %v", err)
	}
	if got := waitFor(t, relay, 1); len(got) != 1 || got[0].To[0] != "ops4@contoso.test" {
		t.Errorf("received %d", len(got))
	}
	if n := relay.Sessions(); n != 2 {
		t.Errorf("sessions = %d, want 2 (one redial after the drop)", n)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close() // nothing listens there now
	dead := newSender(t, addr)
	if err := dead.Send(ctx, testMail(5)); err == nil || IsPermanent(err) {
		t.Errorf("refused: err = %v, permanent = %v", err, IsPermanent(err))
	}
	if IsPermanent(nil) || IsPermanent(context.Canceled) {
		t.Error("nil or a context error reported permanent")
	}
}

func TestConnectionsAreReused(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr, func(o *Options) { o.Connections = 2 })
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			if err := s.Send(context.Background(), testMail(int64(i+1))); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	waitFor(t, relay, 20)
	if n := relay.Sessions(); n > 2 {
		t.Errorf("20 mails opened %d sessions, want at most 2", n)
	}
}

func TestStaleConnectionIsReplaced(t *testing.T) {
	relay, err := startRelayAt("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := newSender(t, relay.Addr, func(o *Options) { o.Connections = 1 })
	if err := s.Send(context.Background(), testMail(1)); err != nil {
		t.Fatal(err)
	}
	// The relay restarts: the pooled connection is dead while idle.
	addr := relay.Addr
	if err := relay.Close(); err != nil {
		t.Fatal(err)
	}
	relay, err = startRelayAt(addr)
	if err != nil {
		t.Skipf("cannot listen on %s again: %v", addr, err)
	}
	defer relay.Close()
	if err := s.Send(context.Background(), testMail(2)); err != nil {
		t.Fatalf("send on a stale connection: %v", err)
	}
	if got := waitFor(t, relay, 1); got[0].To[0] != "ops2@contoso.test" {
		t.Errorf("received %v", got[0].To)
	}
}

func TestAuthUsername(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr, func(o *Options) { o.Username, o.Password = "relay-user", "s3cret" })
	if err := s.Send(context.Background(), testMail(1)); err != nil {
		t.Fatal(err)
	}
	if got := waitFor(t, relay, 1); got[0].Username != "relay-user" {
		t.Errorf("username = %q", got[0].Username)
	}
}

func TestSendAfterCloseAndCancel(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Send(ctx, testMail(1)); !errors.Is(err, context.Canceled) || IsPermanent(err) {
		t.Errorf("cancelled: err = %v", err)
	}
	if err := s.Send(context.Background(), testMail(2)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
	if err := s.Send(context.Background(), testMail(3)); !errors.Is(err, errClosed) {
		t.Errorf("after close: err = %v", err)
	}
}

func TestCancelStopsSendInProgress(t *testing.T) {
	hold := make(chan struct{})
	relay := startStubRelay(t, &stubRelay{hold: hold}, false, false)
	defer close(hold) // before the relay's cleanup: its handler is waiting
	s := newSender(t, relay.addr, func(o *Options) { o.Timeout = 30 * time.Second })
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := s.Send(ctx, testMail(1))
	if !errors.Is(err, context.DeadlineExceeded) || IsPermanent(err) {
		t.Errorf("err = %v, want a deadline error", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cancelled send returned after %v", d)
	}
}

func TestRateLimit(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr, func(o *Options) { o.RatePerSecond = 50 })
	start := time.Now()
	for i := range 6 {
		if err := s.Send(context.Background(), testMail(int64(i+1))); err != nil {
			t.Fatal(err)
		}
	}
	// Six sends at 50/s need at least five intervals of 20ms.
	if d := time.Since(start); d < 95*time.Millisecond {
		t.Errorf("6 sends took %v, want at least 100ms", d)
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	base := Options{Addr: "127.0.0.1:25", FromAddress: "a@b.test"}
	for name, edit := range map[string]func(*Options){
		"no port":      func(o *Options) { o.Addr = "127.0.0.1" },
		"bad port":     func(o *Options) { o.Addr = "127.0.0.1:99999" },
		"bad from":     func(o *Options) { o.FromAddress = "nobody" },
		"bad tls":      func(o *Options) { o.TLS = "ssl" },
		"negative":     func(o *Options) { o.Connections = -1 },
		"display from": func(o *Options) { o.FromAddress = "A <a@b.test>" },
	} {
		t.Run(name, func(t *testing.T) {
			o := base
			edit(&o)
			if _, err := New(o); !errors.Is(err, rcp2p.ErrInvalid) {
				t.Errorf("err = %v, want rcp2p.ErrInvalid", err)
			}
		})
	}
}
