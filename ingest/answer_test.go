package ingest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"rcp2p"
)

func mailFrom(from, subject, id, extraHeaders, body string) []byte {
	return []byte("From: " + from + "\r\nTo: " + serviceAddr + "\r\nSubject: " + subject + "\r\nMessage-ID: <" + id +
		">\r\nDate: Tue, 24 Nov 2026 09:00:00 +0100\r\n" + extraHeaders + "\r\n" + body)
}

func (e *env) queued(t *testing.T, to string) int {
	t.Helper()
	n, err := e.db.CountMailTo(context.Background(), to, time.Time{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestReplyRateLimit: an unknown sender writing again and again gets at
// most max_replies_per_address_per_day answers; every message is kept.
func TestReplyRateLimit(t *testing.T) {
	e := newEnv(t)
	for i := range 6 {
		m := e.deliver(t, uint32(i+1), mailFrom("someone@elsewhere.example", "hello", fmt.Sprintf("u%d@elsewhere.example", i), "", "Power BI please"))
		if m.Kind != rcp2p.KindUnknownSender {
			t.Fatalf("kind %s", m.Kind)
		}
	}
	if n := e.queued(t, "someone@elsewhere.example"); n != 3 {
		t.Fatalf("%d replies queued, want 3", n)
	}
}

// TestAcksNotCounted: acknowledgements do not use up the error-reply
// budget of a busy partner.
func TestAcksNotCounted(t *testing.T) {
	e := newEnv(t)
	for i := range 5 {
		e.deliver(t, uint32(i+1), mailFrom("anna.schmidt@contoso.example", "Power BI job", fmt.Sprintf("a%d@contoso.example", i), "", "Competencies: Data Analytics\n"))
	}
	if n := e.queued(t, "anna.schmidt@contoso.example"); n != 5 {
		t.Fatalf("%d acks queued, want 5", n)
	}
}

// TestNeverAnswerMachines: a mail loop with an auto-responder, bounces,
// lists, no-reply senders, DMARC failures and the service's own address
// all end after zero replies.
func TestNeverAnswerMachines(t *testing.T) {
	cases := []struct {
		name, from, headers, subject string
		kind                         rcp2p.Kind
	}{
		{"auto-responder", "robot@elsewhere.example", "Auto-Submitted: auto-replied\r\n", "Re: Your mail", rcp2p.KindAutoReply},
		{"ooo subject", "anna.schmidt@contoso.example", "", "Automatic reply: Power BI", rcp2p.KindAutoReply},
		{"vacation header", "someone@elsewhere.example", "X-Autoreply: yes\r\n", "Away", rcp2p.KindAutoReply},
		{"bulk", "news@elsewhere.example", "Precedence: bulk\r\n", "Newsletter", rcp2p.KindBulk},
		{"list", "someone@elsewhere.example", "List-Id: <partners.lists.example>\r\n", "Power BI", rcp2p.KindBulk},
		{"mailer-daemon", "MAILER-DAEMON@mx.elsewhere.example", "", "Undelivered Mail Returned to Sender", rcp2p.KindBounce},
		{"no-reply", "no-reply@elsewhere.example", "", "Power BI", rcp2p.KindUnknownSender},
		{"own address", serviceAddr, "", "Power BI", rcp2p.KindAutoReply},
		{"own plus address", "opportunities+abc@rcp2p.test", "", "Power BI", rcp2p.KindAutoReply},
		{"dmarc fail", "anna.schmidt@contoso.example", "Authentication-Results: mx.rcp2p.test; dmarc=fail header.from=contoso.example\r\n", "Power BI", rcp2p.KindDMARCFail},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			for j := range 3 { // the same machine writes again and again
				m := e.deliver(t, uint32(10*i+j+1), mailFrom(c.from, c.subject, fmt.Sprintf("loop%d-%d@elsewhere.example", i, j), c.headers, "Competencies: Data Analytics\n"))
				if m.Kind != c.kind {
					t.Fatalf("kind %s (%s), want %s", m.Kind, m.Outcome, c.kind)
				}
			}
			if n := e.queued(t, c.from); n != 0 {
				t.Fatalf("%d replies to %s", n, c.from)
			}
		})
	}
}

func TestTooLarge(t *testing.T) {
	e := newEnv(t)
	raw := mailFrom("anna.schmidt@contoso.example", "Huge attachment", "big@contoso.example", "", "Competencies: Data Analytics\n")
	m := newMessage(raw, true, testNow)
	m.Mailbox, m.UIDValidity, m.UID, m.Size = "INBOX", 1, 1, 30<<20
	id, _, err := e.db.InsertMessage(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.in.Process(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	got, _ := e.db.Message(context.Background(), id)
	if got.Kind != rcp2p.KindTooLarge || e.queued(t, "anna.schmidt@contoso.example") != 1 {
		t.Fatalf("kind %s, %d replies", got.Kind, e.queued(t, "anna.schmidt@contoso.example"))
	}
	if _, opps := countRows(t, e); opps != 0 {
		t.Fatal("a truncated message became an opportunity")
	}
}

// TestTooLargeOverIMAP: the loop stores only the headers of a message above
// the limit, and says so.
func TestTooLargeOverIMAP(t *testing.T) {
	srv, o := startIMAP(t)
	big := make([]byte, 2<<20)
	for i := range big {
		big[i] = 'a' + byte(i%26)
		if i%76 == 75 {
			big[i] = '\n'
		}
	}
	raw := append(mailFrom("anna.schmidt@contoso.example", "Big one", "big2@contoso.example", "", ""), big...)
	if err := srv.Append("INBOX", raw); err != nil {
		t.Fatal(err)
	}
	e := newEnv(t)
	e.poll(t, o)
	ms, _ := e.db.Messages(context.Background(), messageFilterAll())
	full, _ := e.db.Message(context.Background(), ms[0].ID)
	if full.Kind != rcp2p.KindTooLarge || !full.Truncated || len(full.Raw) > 4096 || full.Size != int64(len(raw)) {
		t.Fatalf("kind %s truncated %v raw %d size %d", full.Kind, full.Truncated, len(full.Raw), full.Size)
	}
}

func TestBounceMarksPartnerBouncing(t *testing.T) {
	e := newEnv(t)
	raw := []byte("From: MAILER-DAEMON@mx.rcp2p.test\r\nTo: " + serviceAddr + "\r\nSubject: Undelivered Mail Returned to Sender\r\n" +
		"Message-ID: <b1@mx.rcp2p.test>\r\nDate: Tue, 24 Nov 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n" +
		"--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n" +
		"--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.rcp2p.test\r\n\r\n" +
		"Final-Recipient: rfc822; anna.schmidt@contoso.example\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--B--\r\n")
	m := e.deliver(t, 1, raw)
	if m.Kind != rcp2p.KindBounce {
		t.Fatalf("kind %s", m.Kind)
	}
	p, _ := e.db.Partner(context.Background(), "contoso")
	if p.Status != rcp2p.Bouncing {
		t.Fatalf("partner status %s after a 5.1.1 bounce (%s)", p.Status, m.Outcome)
	}
}

func TestAnswerHeaders(t *testing.T) {
	e := newEnv(t)
	e.deliver(t, 1, mailFrom("someone@elsewhere.example", "hello", "orig-1@elsewhere.example", "", "Power BI please"))
	ms, err := e.db.DueMail(context.Background(), testNow.Add(time.Hour), 10)
	if err != nil || len(ms) != 1 {
		t.Fatalf("due mail %v %v", ms, err)
	}
	h := ms[0].Headers
	if h["Auto-Submitted"] != "auto-replied" || h["In-Reply-To"] != "<orig-1@elsewhere.example>" ||
		h["References"] == "" || ms[0].To[0] != "someone@elsewhere.example" {
		t.Fatalf("answer headers %v to %v", h, ms[0].To)
	}
}
