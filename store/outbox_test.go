package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"rcp2p"
)

func testMail(kind, to, messageID string) *rcp2p.OutMail {
	return &rcp2p.OutMail{
		Kind:      kind,
		To:        []string{to},
		Subject:   "Your opportunities",
		Headers:   map[string]string{"Auto-Submitted": "auto-generated", "List-Id": "<digest.rcp2p.test>"},
		Text:      "1. Power BI rollout (OPP-1)",
		HTML:      "<p>Power BI rollout</p>",
		MessageID: messageID,
	}
}

// seedDigest stores partners acme and beta, a message, two opportunities
// by acme and a pending digest of both for beta.
func seedDigest(t testing.TB, db *DB) (*rcp2p.Digest, *rcp2p.OutMail, []int64) {
	t.Helper()
	ctx := t.Context()
	seedPartners(t, db, "acme", "beta")
	m := testMessage(1, 1, "sub@acme.test")
	if _, _, err := db.InsertMessage(ctx, m); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for i := range 2 {
		o := testOpportunity("acme", 0, "")
		if i == 0 {
			o.MessageRow = m.ID
		}
		if err := db.CreateOpportunity(ctx, o); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, o.ID)
	}
	d := &rcp2p.Digest{PartnerID: "beta"}
	mail := testMail(rcp2p.MailDigest, "beta@beta.test", "digest-1@rcp2p.test")
	if err := db.CreateDigest(ctx, d, ids, fixed(mail)); err != nil {
		t.Fatal(err)
	}
	return d, mail, ids
}

func TestCreateDigest(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	d, mail, ids := seedDigest(t, db)
	if d.ID == 0 || d.OutboxID != mail.ID || mail.ID == 0 || d.State != rcp2p.DigestPending ||
		d.To != "beta@beta.test" || !reflect.DeepEqual(d.Refs, refs(ids)) {
		t.Errorf("digest %+v mail id %d", d, mail.ID)
	}
	stored, err := db.Digest(ctx, d.ID)
	if err != nil || !reflect.DeepEqual(stored, d) {
		t.Errorf("stored digest\n got %+v, %v\nwant %+v", stored, err, d)
	}
	if byID, err := db.DigestByMessageID(ctx, "digest-1@rcp2p.test"); err != nil || byID.ID != d.ID {
		t.Errorf("DigestByMessageID = %+v, %v", byID, err)
	}
	sent, err := db.SentOpportunities(ctx, "beta")
	if err != nil || !reflect.DeepEqual(sent, map[int64]bool{ids[0]: true, ids[1]: true}) {
		t.Errorf("SentOpportunities(beta) = %v, %v", sent, err)
	}
	if sent, err := db.SentOpportunities(ctx, "acme"); err != nil || len(sent) != 0 || sent == nil {
		t.Errorf("SentOpportunities(acme) = %v, %v; want empty map", sent, err)
	}

	// Never twice: one repeated opportunity rolls back the whole digest.
	o := testOpportunity("acme", 0, "")
	if err := db.CreateOpportunity(ctx, o); err != nil {
		t.Fatal(err)
	}
	again := &rcp2p.Digest{PartnerID: "beta"}
	mail2 := testMail(rcp2p.MailDigest, "beta@beta.test", "digest-2@rcp2p.test")
	err = db.CreateDigest(ctx, again, []int64{o.ID, ids[1]}, fixed(mail2))
	if !errors.Is(err, ErrAlreadySent) {
		t.Fatalf("repeat = %v, want ErrAlreadySent", err)
	}
	if _, err := db.DigestByMessageID(ctx, "digest-2@rcp2p.test"); !errors.Is(err, ErrNotFound) {
		t.Errorf("failed digest left rows behind: %v", err)
	}
	if due, _ := db.DueMail(ctx, testNow, 0); len(due) != 1 {
		t.Errorf("failed digest left its outbox row: %d due", len(due))
	}
	// The same opportunity for another partner is fine.
	seedPartners(t, db, "gamma")
	other := &rcp2p.Digest{PartnerID: "gamma"}
	if err := db.CreateDigest(ctx, other, []int64{ids[1]}, fixed(testMail("", "gamma@gamma.test", "digest-3@rcp2p.test"))); err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct {
		name string
		d    *rcp2p.Digest
		ids  []int64
		m    *rcp2p.OutMail
	}{
		{"no items", &rcp2p.Digest{PartnerID: "gamma"}, nil, testMail("", "g@g.test", "x1@r.test")},
		{"repeated item", &rcp2p.Digest{PartnerID: "gamma"}, []int64{o.ID, o.ID}, testMail("", "g@g.test", "x2@r.test")},
		{"no partner", &rcp2p.Digest{}, []int64{o.ID}, testMail("", "g@g.test", "x3@r.test")},
		{"unknown partner", &rcp2p.Digest{PartnerID: "nobody"}, []int64{o.ID}, testMail("", "g@g.test", "x4@r.test")},
		{"unknown opportunity", &rcp2p.Digest{PartnerID: "gamma"}, []int64{999}, testMail("", "g@g.test", "x5@r.test")},
		{"duplicate message id", &rcp2p.Digest{PartnerID: "gamma"}, []int64{o.ID}, testMail("", "g@g.test", "digest-1@rcp2p.test")},
		{"no recipient", &rcp2p.Digest{PartnerID: "gamma"}, []int64{o.ID}, testMail("", "", "x6@r.test")},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := db.CreateDigest(ctx, c.d, c.ids, fixed(c.m)); !errors.Is(err, rcp2p.ErrInvalid) {
				t.Errorf("err = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestMailStateMachine(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	d, mail, _ := seedDigest(t, db)
	due, err := db.DueMail(ctx, testNow, 10)
	if err != nil || len(due) != 1 || due[0].ID != mail.ID {
		t.Fatalf("DueMail = %v, %v", due, err)
	}
	if !reflect.DeepEqual(due[0], mail) {
		t.Errorf("due mail\n got %+v\nwant %+v", due[0], mail)
	}

	retry := testNow.Add(5 * time.Minute)
	if err := db.MarkMailAttempt(ctx, mail.ID, "421 try later", retry, false); err != nil {
		t.Fatal(err)
	}
	if due, _ := db.DueMail(ctx, testNow, 10); len(due) != 0 {
		t.Errorf("mail due before its retry time")
	}
	if due, _ := db.DueMail(ctx, retry, 10); len(due) != 1 || due[0].Attempts != 1 || due[0].Error != "421 try later" {
		t.Errorf("DueMail at retry = %+v", due)
	}
	sentAt := retry.Add(time.Second)
	if err := db.MarkMailSent(ctx, mail.ID, sentAt); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkMailSent(ctx, mail.ID, sentAt.Add(time.Hour)); err != nil {
		t.Errorf("second MarkMailSent: %v", err)
	}
	got, err := db.Mail(ctx, mail.ID)
	if err != nil || got.State != rcp2p.OutboxSent || got.Attempts != 2 || got.Error != "" ||
		got.SentAt == nil || !got.SentAt.Equal(sentAt) {
		t.Errorf("after sent: %+v, %v", got, err)
	}
	if due, _ := db.DueMail(ctx, sentAt, 10); len(due) != 0 {
		t.Errorf("sent mail still due")
	}
	dg, err := db.Digest(ctx, d.ID)
	if err != nil || dg.State != rcp2p.DigestSent || dg.SentAt == nil || !dg.SentAt.Equal(sentAt) || dg.Attempts != 2 {
		t.Errorf("digest after sent: %+v, %v", dg, err)
	}
	if err := db.MarkMailAttempt(ctx, mail.ID, "late", retry, false); !errors.Is(err, rcp2p.ErrInvalid) {
		t.Errorf("attempt on sent mail = %v, want ErrInvalid", err)
	}

	// A permanent failure fails the mail and its digest.
	seedPartners(t, db, "gamma")
	o := testOpportunity("acme", 0, "")
	if err := db.CreateOpportunity(ctx, o); err != nil {
		t.Fatal(err)
	}
	d2 := &rcp2p.Digest{PartnerID: "gamma"}
	m2 := testMail("", "gamma@gamma.test", "digest-g@rcp2p.test")
	if err := db.CreateDigest(ctx, d2, []int64{o.ID}, fixed(m2)); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkMailAttempt(ctx, m2.ID, "550 no such user", time.Time{}, true); err != nil {
		t.Fatal(err)
	}
	dg, err = db.Digest(ctx, d2.ID)
	if err != nil || dg.State != rcp2p.DigestFailed || dg.Error != "550 no such user" || dg.Attempts != 1 {
		t.Errorf("digest after permanent failure: %+v, %v", dg, err)
	}
	if got, _ := db.Mail(ctx, m2.ID); got.State != rcp2p.OutboxFailed {
		t.Errorf("mail state %q, want failed", got.State)
	}
	if due, _ := db.DueMail(ctx, testNow.Add(time.Hour), 0); len(due) != 0 {
		t.Errorf("failed mail still due")
	}
}

func TestDueMailOrderAndLimit(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	var ids []int64
	for i := range 5 {
		m := testMail(rcp2p.MailAck, fmt.Sprintf("u%d@x.test", i), fmt.Sprintf("m%d@rcp2p.test", i))
		if err := db.EnqueueMail(ctx, m); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, m.ID)
	}
	due, err := db.DueMail(ctx, testNow, 3)
	if err != nil || len(due) != 3 || due[0].ID != ids[0] || due[2].ID != ids[2] {
		t.Errorf("DueMail limit 3 = %d rows, %v", len(due), err)
	}
}

func TestEnqueueMail(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	m := testMail(rcp2p.MailIntroduction, "Ops@Acme.test", "intro-1@rcp2p.test")
	m.Cc = []string{"beta@beta.test"}
	if err := db.EnqueueMail(ctx, m); err != nil {
		t.Fatal(err)
	}
	again := testMail(rcp2p.MailIntroduction, "other@acme.test", "intro-1@rcp2p.test")
	if err := db.EnqueueMail(ctx, again); err != nil || again.ID != m.ID || again.To[0] != "Ops@Acme.test" {
		t.Errorf("repeat EnqueueMail = %v: %+v", err, again)
	}
	got, err := db.Mail(ctx, m.ID)
	if err != nil || !reflect.DeepEqual(got, m) {
		t.Errorf("stored mail\n got %+v, %v\nwant %+v", got, err, m)
	}
	if err := db.EnqueueMail(ctx, testMail("", "a@b.test", "k@r.test")); !errors.Is(err, rcp2p.ErrInvalid) {
		t.Errorf("mail without kind: %v", err)
	}
}

func TestCountMailTo(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	for i, kind := range []string{rcp2p.MailReply, rcp2p.MailReply, rcp2p.MailConfirmation, rcp2p.MailReply} {
		if i == 3 {
			db.SetNow(func() time.Time { return testNow.Add(-48 * time.Hour) })
		}
		if err := db.EnqueueMail(ctx, testMail(kind, "Someone@Else.test", fmt.Sprintf("r%d@rcp2p.test", i))); err != nil {
			t.Fatal(err)
		}
	}
	since := testNow.Add(-24 * time.Hour)
	for _, c := range []struct {
		name  string
		kinds []string
		want  int
	}{
		{"replies", []string{rcp2p.MailReply}, 2},
		{"replies and confirmations", []string{rcp2p.MailReply, rcp2p.MailConfirmation}, 3},
		{"all kinds", nil, 3},
		{"none of that kind", []string{rcp2p.MailDigest}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			n, err := db.CountMailTo(ctx, "someone@else.TEST", since, c.kinds)
			if err != nil || n != c.want {
				t.Errorf("= %d, %v; want %d", n, err, c.want)
			}
		})
	}
}

// TestDigestsJSON checks the fields the "digests list --json" output needs.
func TestDigestsJSON(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	d, mail, ids := seedDigest(t, db)
	if err := db.MarkMailAttempt(ctx, mail.ID, "timeout", testNow, false); err != nil {
		t.Fatal(err)
	}
	list, err := db.Digests(ctx, DigestFilter{PartnerID: "beta"})
	if err != nil || len(list) != 1 {
		t.Fatalf("Digests = %v, %v", list, err)
	}
	if none, _ := db.Digests(ctx, DigestFilter{PartnerID: "acme"}); len(none) != 0 {
		t.Errorf("acme has %d digests", len(none))
	}
	g := list[0]
	rec := map[string]any{"id": g.ID, "partner": g.PartnerID, "to": g.To, "refs": g.Refs, "state": g.State,
		"attempts": g.Attempts, "error": g.Error, "message_id": g.MessageID, "sent_at": g.SentAt}
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`{"attempts":1,"error":"timeout","id":%d,"message_id":"digest-1@rcp2p.test",`+
		`"partner":"beta","refs":["OPP-%d","OPP-%d"],"sent_at":null,"state":"pending","to":"beta@beta.test"}`,
		d.ID, ids[0], ids[1])
	if string(b) != want {
		t.Errorf("json\n got %s\nwant %s", b, want)
	}
}

// fixed is a render callback that returns an already built mail.
func fixed(m *rcp2p.OutMail) func(int64) (*rcp2p.OutMail, error) {
	return func(int64) (*rcp2p.OutMail, error) { return m, nil }
}
