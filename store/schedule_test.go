package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"rcp2p"
)

func TestDigestCheckedAndCadence(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if _, err := db.UpsertPartner(ctx, testPartner("acme", "a@acme.test")); err != nil {
		t.Fatal(err)
	}
	if got, err := db.DigestChecked(ctx, "acme"); err != nil || !got.IsZero() {
		t.Fatalf("never checked: %v %v", got, err)
	}
	at := time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC)
	if err := db.SetDigestChecked(ctx, "acme", at); err != nil {
		t.Fatal(err)
	}
	if got, err := db.DigestChecked(ctx, "acme"); err != nil || !got.Equal(at) {
		t.Fatalf("checked %v %v, want %v", got, err, at)
	}
	if err := db.SetDigestChecked(ctx, "nobody", at); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown partner: %v", err)
	}
	if _, err := db.DigestChecked(ctx, "nobody"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown partner: %v", err)
	}
	if err := db.SetPartnerCadence(ctx, "acme", rcp2p.Daily); err != nil {
		t.Fatal(err)
	}
	if p, _ := db.Partner(ctx, "acme"); p.Cadence != rcp2p.Daily {
		t.Fatalf("cadence %s", p.Cadence)
	}
	if err := db.SetPartnerCadence(ctx, "acme", "hourly"); !errors.Is(err, rcp2p.ErrInvalid) {
		t.Fatalf("bad cadence: %v", err)
	}
}

func TestMailSentAndDigestPartner(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if ok, err := db.MailSent(ctx, "x@rcp2p.test"); err != nil || ok {
		t.Fatalf("empty outbox: %v %v", ok, err)
	}
	m := &rcp2p.OutMail{Kind: rcp2p.MailAck, To: []string{"a@acme.test"}, Subject: "s", Text: "t", HTML: "<p>t</p>",
		MessageID: "ack-1@rcp2p.test"}
	if err := db.EnqueueMail(ctx, m); err != nil {
		t.Fatal(err)
	}
	if ok, err := db.MailSent(ctx, "ack-1@rcp2p.test"); err != nil || !ok {
		t.Fatalf("queued mail not found: %v %v", ok, err)
	}
	if _, err := db.DigestPartner(ctx, 42); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown digest: %v", err)
	}
	if err := db.Ping(ctx); err != nil {
		t.Fatal(err)
	}
}
