package smtp

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sort"
	"sync"
	"testing"
	"time"

	"rcp2p"
	"rcp2p/devmail"
)

func startRelay(t testing.TB) *devmail.SMTP {
	t.Helper()
	r, err := devmail.StartSMTP("127.0.0.1:0", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	return r
}

func newSender(t testing.TB, addr string, edit ...func(*Options)) *Sender {
	t.Helper()
	o := Options{
		Addr:        addr,
		FromAddress: "opportunities@rcp2p.test",
		FromName:    "RCP2P Inbox",
		HelloName:   "sender.rcp2p.test",
		Connections: 2,
		Timeout:     5 * time.Second,
	}
	for _, e := range edit {
		e(&o)
	}
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func waitFor(t testing.TB, r *devmail.SMTP, n int) []devmail.Received {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	got, err := r.WaitFor(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// testMail is a digest-shaped mail with the headers compose produces.
func testMail(id int64) *rcp2p.OutMail {
	n := fmt.Sprint(id)
	return &rcp2p.OutMail{
		ID:      id,
		Kind:    rcp2p.MailDigest,
		To:      []string{"ops" + n + "@contoso.test"},
		Subject: "3 new opportunities for Contoso — week of 30 November 2026",
		Headers: map[string]string{
			"Auto-Submitted":           "auto-generated",
			"List-Id":                  "RCP2P Inbox digests <digest.rcp2p.test>",
			"List-Unsubscribe":         "<mailto:opportunities+u" + n + "@rcp2p.test?subject=unsubscribe>, <https://rcp2p.test/unsubscribe?t=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-" + n + ">",
			"List-Unsubscribe-Post":    "List-Unsubscribe=One-Click",
			"Precedence":               "bulk",
			"Reply-To":                 "opportunities+d" + n + "@rcp2p.test",
			"X-Auto-Response-Suppress": "OOF, AutoReply",
		},
		Text:      "Hello Contoso,\n\n1. Power BI dashboards for a hospital group (OPP-17)\n   Why: Data Analytics (gold) · US-West\n",
		HTML:      "<!DOCTYPE html>\n<html><body><table role=\"presentation\"><tr><td>Power BI dashboards — 日本語</td></tr></table></body></html>\n",
		MessageID: "m" + n + "@rcp2p.test",
		State:     rcp2p.OutboxPending,
	}
}

// fakeOutbox keeps mail in memory and hands out copies, as a store would.
type fakeOutbox struct {
	mu        sync.Mutex
	mails     map[int64]*rcp2p.OutMail
	failMark  error // returned by MarkMailSent when set
	neverMark bool  // a broken store: marks nothing
}

func newOutbox(mails ...*rcp2p.OutMail) *fakeOutbox {
	ob := &fakeOutbox{mails: map[int64]*rcp2p.OutMail{}}
	for _, m := range mails {
		ob.mails[m.ID] = m
	}
	return ob
}

func (ob *fakeOutbox) DueMail(_ context.Context, now time.Time, limit int) ([]*rcp2p.OutMail, error) {
	ob.mu.Lock()
	defer ob.mu.Unlock()
	var due []*rcp2p.OutMail
	for _, m := range ob.mails {
		if m.State == rcp2p.OutboxPending && !m.NextAttemptAt.After(now) {
			c := *m
			due = append(due, &c)
		}
	}
	sort.Slice(due, func(i, j int) bool { return due[i].ID < due[j].ID })
	return due[:min(limit, len(due))], nil
}

func (ob *fakeOutbox) MarkMailSent(_ context.Context, id int64, at time.Time) error {
	ob.mu.Lock()
	defer ob.mu.Unlock()
	if ob.failMark != nil {
		return ob.failMark
	}
	if ob.neverMark {
		return nil
	}
	m := ob.mails[id]
	m.State, m.SentAt = rcp2p.OutboxSent, &at
	return nil
}

func (ob *fakeOutbox) MarkMailAttempt(_ context.Context, id int64, errText string, next time.Time, permanent bool) error {
	ob.mu.Lock()
	defer ob.mu.Unlock()
	if ob.neverMark {
		return nil
	}
	m := ob.mails[id]
	m.Attempts++
	m.Error, m.NextAttemptAt = errText, next
	if permanent {
		m.State = rcp2p.OutboxFailed
	}
	return nil
}

func (ob *fakeOutbox) get(id int64) rcp2p.OutMail {
	ob.mu.Lock()
	defer ob.mu.Unlock()
	return *ob.mails[id]
}

func (ob *fakeOutbox) count(state string) int {
	ob.mu.Lock()
	defer ob.mu.Unlock()
	n := 0
	for _, m := range ob.mails {
		if m.State == state {
			n++
		}
	}
	return n
}

func crlfToLF(b []byte) string { return string(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))) }

func readAll(t testing.TB, r io.Reader) []byte {
	t.Helper()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func startRelayAt(addr string) (*devmail.SMTP, error) { return devmail.StartSMTP(addr, "") }
