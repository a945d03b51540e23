package digest

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"rcp2p"
	"rcp2p/compose"
	"rcp2p/devmail"
	"rcp2p/smtp"
	"rcp2p/store"
	"rcp2p/taxonomy"
	"rcp2p/token"
)

const service = "opportunities@rcp2p.test"

// monday is 07:30 in Berlin on Monday 30 November 2026.
var monday = time.Date(2026, 11, 30, 6, 30, 0, 0, time.UTC)

type runEnv struct {
	db     *store.DB
	srv    *devmail.SMTP
	runner *Runner
	tokens *token.Signer
	ids    map[string]int64
}

type flusher struct {
	s  *smtp.Sender
	db *store.DB
}

func (f flusher) Deliver(ctx context.Context) (int, int, error) {
	return f.s.Flush(ctx, f.db, func() time.Time { return monday })
}

func newRunEnv(t *testing.T) *runEnv {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "rcp2p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.SetNow(func() time.Time { return monday })
	srv, err := devmail.StartSMTP("127.0.0.1:0", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	sender, err := smtp.New(smtp.Options{Addr: srv.Addr, Connections: 2, FromAddress: service, FromName: "RCP2P Inbox"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sender.Close() })
	c, err := compose.New(compose.Options{Domain: "rcp2p.test", Address: service, FromName: "RCP2P Inbox",
		BaseURL: "https://rcp2p.test", Now: func() time.Time { return monday }})
	if err != nil {
		t.Fatal(err)
	}
	sig, _ := token.NewSigner("digest-test-secret-0123456789")
	r := New(db, taxonomy.Default(), c, sig, flusher{sender, db}, Options{
		Schedule: Schedule{Weekday: time.Monday, Hour: 7}, MaxItems: 10, Currency: "USD", FX: fx,
		ServiceAddress: service, BaseURL: "https://rcp2p.test",
	})
	e := &runEnv{db: db, srv: srv, runner: r, tokens: sig, ids: map[string]int64{}}
	for _, p := range []*rcp2p.Partner{
		{ID: "berlin", Company: "Berlin Data GmbH", Emails: []string{"team@berlin.example"}, Competencies: []rcp2p.Competency{gold("Data Analytics")},
			Regions: []string{"Germany"}, Cadence: rcp2p.Weekly, Timezone: "Europe/Berlin"},
		{ID: "seattle", Company: "Seattle Sec", Emails: []string{"hi@seattle.example"}, Competencies: []rcp2p.Competency{gold("Security"), silver("Data Analytics")},
			Regions: []string{"US-West"}, Cadence: rcp2p.Weekly, Timezone: "America/Los_Angeles"},
		{ID: "quiet", Company: "Quiet Ltd", Emails: []string{"q@quiet.example"}, Competencies: []rcp2p.Competency{gold("Data Analytics")},
			Cadence: rcp2p.Off, Timezone: "UTC"},
		{ID: "sub", Company: "Submitter Inc", Emails: []string{"s@sub.example"}, Competencies: []rcp2p.Competency{gold("Data Analytics")},
			Cadence: rcp2p.Weekly, Timezone: "UTC"},
	} {
		if _, err := db.UpsertPartner(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	for i, o := range []*rcp2p.Opportunity{
		{Title: "Power BI for a <Munich> hospital", Competencies: []string{"Data Analytics"}, Regions: []string{"Germany"}, Budget: money(40000, "EUR")},
		{Title: "Sentinel rollout", Competencies: []string{"Security"}, Regions: []string{"US"}},
		{Title: "Dashboards anywhere", Competencies: []string{"Data Analytics"}, Regions: []string{"Remote"}},
	} {
		o.Status, o.Submitter, o.SubmitterEmail = rcp2p.Open, "sub", "s@sub.example"
		raw := []byte("Message-ID: <m" + string(rune('a'+i)) + "@sub.example>\r\n\r\nbody")
		msg := &rcp2p.Message{Mailbox: "INBOX", UIDValidity: 1, UID: uint32(i + 1), MessageID: "m" + string(rune('a'+i)) + "@sub.example", Raw: raw, ReceivedAt: monday}
		if _, _, err := db.InsertMessage(ctx, msg); err != nil {
			t.Fatal(err)
		}
		o.MessageRow, o.MessageID = msg.ID, msg.MessageID
		if err := db.CreateOpportunity(ctx, o); err != nil {
			t.Fatal(err)
		}
		e.ids[o.Title] = o.ID
	}
	return e
}

var itemRe = regexp.MustCompile(`(?m)^(\d+)\. (.+) \((OPP-\d+)\)\r?$`)

type received struct {
	to, replyTo, text, html string
	header                  mail.Header
	refs                    []string
}

func parseDigest(t *testing.T, r devmail.Received) received {
	t.Helper()
	mr, err := mail.CreateReader(bytes.NewReader(r.Data))
	if err != nil {
		t.Fatal(err)
	}
	out := received{to: r.To[0], header: mr.Header, replyTo: mr.Header.Get("Reply-To")}
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		b, _ := io.ReadAll(p.Body)
		ct, _, _ := p.Header.(*mail.InlineHeader).ContentType()
		switch ct {
		case "text/plain":
			out.text = string(b)
		case "text/html":
			out.html = string(b)
		}
	}
	for _, m := range itemRe.FindAllStringSubmatch(out.text, -1) {
		out.refs = append(out.refs, m[3])
	}
	return out
}

func TestRunSendsOnceAndParsesBack(t *testing.T) {
	e := newRunEnv(t)
	ctx := context.Background()
	res, err := e.runner.Run(ctx, monday, RunOptions{Force: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Queued != 2 || res.Sent != 2 {
		t.Fatalf("result %+v, want 2 queued and sent", res)
	}
	got := map[string]received{}
	for _, r := range e.srv.Received() {
		d := parseDigest(t, r)
		got[d.to] = d
	}
	b := got["team@berlin.example"]
	if strings.Join(b.refs, ",") != "OPP-1,OPP-3" {
		t.Fatalf("berlin refs %v\n%s", b.refs, b.text)
	}
	if s := got["hi@seattle.example"]; strings.Join(s.refs, ",") != "OPP-2,OPP-3" {
		t.Fatalf("seattle refs %v (gold Security first)", s.refs)
	}
	for _, h := range []string{"List-Id", "List-Unsubscribe", "List-Unsubscribe-Post", "Auto-Submitted", "Message-Id"} {
		if b.header.Get(h) == "" {
			t.Errorf("digest lacks %s", h)
		}
	}
	if b.text == "" || b.html == "" {
		t.Fatal("digest is not multipart/alternative text + html")
	}
	if strings.Contains(b.html, "<Munich>") || !strings.Contains(b.html, "&lt;Munich&gt;") {
		t.Error("partner-written title not escaped in HTML")
	}
	if !strings.Contains(b.text, "Data Analytics (gold) · Germany") {
		t.Errorf("reason missing:\n%s", b.text)
	}
	addr, err := mail.ParseAddress(b.replyTo)
	if err != nil {
		t.Fatal(err)
	}
	tag, ok := token.FromAddress(addr.Address, service)
	if !ok {
		t.Fatalf("Reply-To %q has no token", b.replyTo)
	}
	tok, err := e.tokens.Verify(tag, monday)
	if err != nil || tok.Kind != token.Digest {
		t.Fatalf("reply token %v %v", tok, err)
	}
	d, err := e.db.Digest(ctx, tok.DigestID)
	if err != nil || d.PartnerID != "berlin" || d.State != rcp2p.DigestSent {
		t.Fatalf("token names digest %+v, %v", d, err)
	}
	// Nothing twice.
	res, err = e.runner.Run(ctx, monday.Add(time.Hour), RunOptions{Force: true})
	if err != nil || res.Queued != 0 || len(e.srv.Received()) != 2 {
		t.Fatalf("second run %+v %v, %d mails", res, err, len(e.srv.Received()))
	}
}

func TestRunSchedule(t *testing.T) {
	e := newRunEnv(t)
	ctx := context.Background()
	// Sunday 22:30 in Seattle, Monday 07:30 in Berlin: only Berlin is due.
	res, err := e.runner.Run(ctx, monday, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Sent != 1 || e.srv.Received()[0].To[0] != "team@berlin.example" {
		t.Fatalf("result %+v", res)
	}
	// Monday 07:30 in Seattle.
	res, err = e.runner.Run(ctx, monday.Add(9*time.Hour), RunOptions{})
	if err != nil || res.Sent != 1 || res.Checked != 2 {
		t.Fatalf("seattle run %+v %v", res, err)
	}
	// Later that day nobody is due again.
	res, err = e.runner.Run(ctx, monday.Add(12*time.Hour), RunOptions{})
	if err != nil || res.Checked != 0 {
		t.Fatalf("late run %+v %v", res, err)
	}
}

func TestDryRunAndPreviewRecordNothing(t *testing.T) {
	e := newRunEnv(t)
	ctx := context.Background()
	res, err := e.runner.Run(ctx, monday, RunOptions{Force: true, DryRun: true})
	if err != nil || res.Queued != 2 || len(res.Planned) != 2 {
		t.Fatalf("dry run %+v %v", res, err)
	}
	p, _ := e.db.Partner(ctx, "berlin")
	mail, ms, err := e.runner.Preview(ctx, p, monday)
	if err != nil || mail == nil || len(ms) != 2 {
		t.Fatalf("preview %v %d %v", mail, len(ms), err)
	}
	if ds, _ := e.db.Digests(ctx, store.DigestFilter{}); len(ds) != 0 || len(e.srv.Received()) != 0 {
		t.Fatalf("dry run or preview recorded %d digests, sent %d", len(ds), len(e.srv.Received()))
	}
	if res, _ := e.runner.Run(ctx, monday, RunOptions{Force: true}); res.Sent != 2 {
		t.Fatalf("real run after dry run: %+v", res)
	}
}

func TestRunPermanentFailure(t *testing.T) {
	e := newRunEnv(t)
	ctx := context.Background()
	e.srv.FailNext(1, 550, "5.1.1", "no such user")
	if _, err := e.runner.Run(ctx, monday, RunOptions{Force: true, PartnerID: "berlin"}); err != nil {
		t.Fatal(err)
	}
	ds, err := e.db.Digests(ctx, store.DigestFilter{PartnerID: "berlin"})
	if err != nil || len(ds) != 1 || ds[0].State != rcp2p.DigestFailed || ds[0].Error == "" {
		t.Fatalf("digests %+v %v", ds, err)
	}
}

func TestRunExpiresPastOpportunities(t *testing.T) {
	e := newRunEnv(t)
	ctx := context.Background()
	old := &rcp2p.Opportunity{Title: "Old job", Competencies: []string{"Data Analytics"}, RespondBy: "2026-11-20",
		Status: rcp2p.Open, Submitter: "sub", MessageRow: 0}
	msg := &rcp2p.Message{Mailbox: "INBOX", UIDValidity: 1, UID: 99, MessageID: "old@sub.example", Raw: []byte("x"), ReceivedAt: monday}
	if _, _, err := e.db.InsertMessage(ctx, msg); err != nil {
		t.Fatal(err)
	}
	old.MessageRow = msg.ID
	if err := e.db.CreateOpportunity(ctx, old); err != nil {
		t.Fatal(err)
	}
	if _, err := e.runner.Run(ctx, monday, RunOptions{Force: true, DryRun: true}); err != nil {
		t.Fatal(err)
	}
	if o, _ := e.db.Opportunity(ctx, old.ID); o.Status != rcp2p.Open {
		t.Fatal("a dry run changed an opportunity")
	}
	if _, err := e.runner.Run(ctx, monday, RunOptions{Force: true}); err != nil {
		t.Fatal(err)
	}
	if o, _ := e.db.Opportunity(ctx, old.ID); o.Status != rcp2p.Expired {
		t.Fatalf("status %s, want expired", o.Status)
	}
}
