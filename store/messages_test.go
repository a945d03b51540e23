package store

import (
	"reflect"
	"testing"
	"time"

	"rcp2p"
)

func testMessage(uidValidity, uid uint32, messageID string) *rcp2p.Message {
	return &rcp2p.Message{
		Mailbox:     "INBOX",
		UIDValidity: uidValidity,
		UID:         uid,
		MessageID:   messageID,
		From:        "ops@acme.test",
		Subject:     "Need Power BI help",
		Date:        time.Date(2026, 1, 4, 9, 30, 0, 0, time.FixedZone("", -8*3600)),
		ReceivedAt:  testNow,
		Size:        1234,
		Raw:         []byte("From: ops@acme.test\r\nSubject: Need Power BI help\r\n\r\nbody"),
	}
}

func TestInsertMessage(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	m := testMessage(7, 100, "abc@acme.test")
	id, dup, err := db.InsertMessage(ctx, m)
	if err != nil || dup || id == 0 || m.ID != id {
		t.Fatalf("first insert = %d, %v, %v (m.ID %d)", id, dup, err, m.ID)
	}
	got, err := db.Message(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, m) {
		t.Errorf("stored message\n got %+v\nwant %+v", got, m)
	}
	_, offset := got.Date.Zone()
	if offset != -8*3600 {
		t.Errorf("Date lost its offset: %v", got.Date)
	}

	for _, c := range []struct {
		name string
		m    *rcp2p.Message
	}{
		{"same uid", testMessage(7, 100, "other@acme.test")},
		{"same message-id after uidvalidity change", testMessage(8, 1, "abc@acme.test")},
	} {
		t.Run(c.name, func(t *testing.T) {
			again, dup, err := db.InsertMessage(ctx, c.m)
			if err != nil || !dup || again != id || c.m.ID != id {
				t.Errorf("= %d, %v, %v; want %d, true, nil", again, dup, err, id)
			}
		})
	}
	noID := testMessage(8, 2, "")
	other, dup, err := db.InsertMessage(ctx, noID)
	if err != nil || dup || other == id {
		t.Errorf("message without Message-ID = %d, %v, %v; want a new row", other, dup, err)
	}
	list, err := db.Messages(ctx, MessageFilter{})
	if err != nil || len(list) != 2 {
		t.Errorf("Messages = %d rows, %v; want 2", len(list), err)
	}
}

func TestMessageOutcomes(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	var ids []int64
	for i := range 4 {
		m := testMessage(1, uint32(i+1), "")
		m.ReceivedAt = testNow.Add(time.Duration(i) * time.Hour)
		if _, _, err := db.InsertMessage(ctx, m); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, m.ID)
	}
	if got, err := db.UnprocessedMessages(ctx); err != nil || !reflect.DeepEqual(got, ids) {
		t.Fatalf("UnprocessedMessages = %v, %v; want %v", got, err, ids)
	}
	outcomes := []struct {
		kind          rcp2p.Kind
		outcome, errT string
	}{
		{rcp2p.KindSubmission, "created OPP-1", ""},
		{rcp2p.KindNotUnderstood, "no competency found", ""},
		{rcp2p.KindReply, "", "smtp down"},
	}
	for i, o := range outcomes {
		if err := db.RecordOutcome(ctx, ids[i], o.kind, o.outcome, o.errT, "OPP-1"); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := db.UnprocessedMessages(ctx); !reflect.DeepEqual(got, ids[3:]) {
		t.Errorf("UnprocessedMessages after outcomes = %v, want %v", got, ids[3:])
	}
	if got, _ := db.FailedMessages(ctx); !reflect.DeepEqual(got, ids[1:3]) {
		t.Errorf("FailedMessages = %v, want %v", got, ids[1:3])
	}
	m, err := db.Message(ctx, ids[0])
	if err != nil || m.Kind != rcp2p.KindSubmission || m.Ref != "OPP-1" || m.ProcessedAt == nil ||
		!m.ProcessedAt.Equal(testNow) {
		t.Errorf("after RecordOutcome: %+v, %v", m, err)
	}

	for _, c := range []struct {
		name string
		f    MessageFilter
		want []int64
	}{
		{"all newest first", MessageFilter{}, []int64{ids[3], ids[2], ids[1], ids[0]}},
		{"kind", MessageFilter{Kind: rcp2p.KindReply}, []int64{ids[2]}},
		{"since", MessageFilter{Since: testNow.Add(2 * time.Hour)}, []int64{ids[3], ids[2]}},
		{"failed", MessageFilter{Failed: true}, []int64{ids[2], ids[1]}},
		{"limit", MessageFilter{Limit: 1}, []int64{ids[3]}},
	} {
		t.Run(c.name, func(t *testing.T) {
			list, err := db.Messages(ctx, c.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, m := range list {
				if m.Raw != nil {
					t.Errorf("Messages returned Raw")
				}
				got = append(got, m.ID)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("ids = %v, want %v", got, c.want)
			}
		})
	}
}

func TestMailboxState(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	for _, s := range [][2]uint32{{7, 100}, {7, 250}, {4294967295, 4294967295}} {
		if err := db.SetMailboxState(ctx, "INBOX", s[0], s[1]); err != nil {
			t.Fatal(err)
		}
		v, u, err := db.MailboxState(ctx, "INBOX")
		if err != nil || v != s[0] || u != s[1] {
			t.Errorf("MailboxState = %d, %d, %v; want %d, %d", v, u, err, s[0], s[1])
		}
	}
}
