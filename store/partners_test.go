package store

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"rcp2p"
)

func testPartner(id string, emails ...string) *rcp2p.Partner {
	return &rcp2p.Partner{
		ID:           id,
		Company:      "Company " + id,
		Emails:       emails,
		Competencies: []rcp2p.Competency{{Name: "Data Analytics", Level: rcp2p.Gold}, {Name: "Security", Level: rcp2p.Silver}},
		Regions:      []string{"US-West"},
		Industries:   []string{"Healthcare"},
		MinBudget:    5000,
		Cadence:      rcp2p.Weekly,
		Timezone:     "America/Los_Angeles",
	}
}

func TestUpsertPartner(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	p := testPartner("acme", "Ops@Acme.test", "sales@acme.test")
	created, err := db.UpsertPartner(ctx, p)
	if err != nil || !created {
		t.Fatalf("create = %v, %v; want true, nil", created, err)
	}
	got, err := db.Partner(ctx, "acme")
	if err != nil {
		t.Fatal(err)
	}
	want := *p
	want.Status, want.CreatedAt, want.UpdatedAt = rcp2p.Active, testNow, testNow
	if !reflect.DeepEqual(got, &want) {
		t.Errorf("stored partner\n got %+v\nwant %+v", got, &want)
	}

	// An update replaces the lists, keeps created_at and never touches the
	// status that a command set.
	if err := db.SetPartnerStatus(ctx, "acme", rcp2p.Unsubscribed, ""); err != nil {
		t.Fatal(err)
	}
	later := testNow.Add(time.Hour)
	db.SetNow(func() time.Time { return later })
	up := testPartner("acme", "sales@acme.test")
	up.Company, up.Regions, up.Industries = "Acme Inc", []string{"Europe", "Remote"}, nil
	up.Competencies = []rcp2p.Competency{{Name: "Security", Level: rcp2p.Gold}}
	up.Status = rcp2p.Active
	created, err = db.UpsertPartner(ctx, up)
	if err != nil || created {
		t.Fatalf("update = %v, %v; want false, nil", created, err)
	}
	got, err = db.Partner(ctx, "acme")
	if err != nil {
		t.Fatal(err)
	}
	if got.Company != "Acme Inc" || !reflect.DeepEqual(got.Emails, []string{"sales@acme.test"}) ||
		!reflect.DeepEqual(got.Regions, []string{"Europe", "Remote"}) || len(got.Industries) != 0 ||
		!reflect.DeepEqual(got.Competencies, up.Competencies) {
		t.Errorf("lists not replaced: %+v", got)
	}
	if got.Status != rcp2p.Unsubscribed || up.Status != rcp2p.Unsubscribed {
		t.Errorf("status = %q (struct %q), want unsubscribed kept", got.Status, up.Status)
	}
	if !got.CreatedAt.Equal(testNow) || !got.UpdatedAt.Equal(later) {
		t.Errorf("created_at %v updated_at %v", got.CreatedAt, got.UpdatedAt)
	}
	if _, err := db.PartnerByEmail(ctx, "ops@acme.test"); !errors.Is(err, ErrNotFound) {
		t.Errorf("dropped address still finds the partner: %v", err)
	}
}

func TestUpsertPartnerRejects(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	if _, err := db.UpsertPartner(ctx, testPartner("acme", "ops@acme.test")); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		p       *rcp2p.Partner
		mention string
	}{
		{"email of another partner", testPartner("beta", "beta@beta.test", "OPS@acme.test"), `"acme"`},
		{"no email", testPartner("beta"), "no email"},
		{"bad address", testPartner("beta", "not an address"), "not an address"},
		{"bad status", func() *rcp2p.Partner { p := testPartner("beta", "b@b.test"); p.Status = "gone"; return p }(), "gone"},
		{"bad level", func() *rcp2p.Partner {
			p := testPartner("beta", "b@b.test")
			p.Competencies[0].Level = "bronze"
			return p
		}(), "bronze"},
		{"nil", nil, "nil"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := db.UpsertPartner(ctx, c.p)
			if !errors.Is(err, rcp2p.ErrInvalid) || !strings.Contains(err.Error(), c.mention) {
				t.Fatalf("err = %v, want ErrInvalid mentioning %s", err, c.mention)
			}
			if _, err := db.Partner(ctx, "beta"); !errors.Is(err, ErrNotFound) {
				t.Errorf("rejected partner was stored: %v", err)
			}
		})
	}
}

func TestUpsertPartnerDedupes(t *testing.T) {
	db := openTest(t)
	p := testPartner("acme", " ops@acme.test ", "OPS@acme.test", "x@acme.test")
	p.Regions = []string{"US", "us", ""}
	if _, err := db.UpsertPartner(t.Context(), p); err != nil {
		t.Fatal(err)
	}
	got, err := db.Partner(t.Context(), "acme")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Emails, []string{"ops@acme.test", "x@acme.test"}) ||
		!reflect.DeepEqual(got.Regions, []string{"US"}) {
		t.Errorf("emails %q regions %q", got.Emails, got.Regions)
	}
}

func TestPartnerByEmail(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	if _, err := db.UpsertPartner(ctx, testPartner("acme", "Ops@Acme.test", "b@acme.test")); err != nil {
		t.Fatal(err)
	}
	for _, addr := range []string{"ops@acme.test", "OPS@ACME.TEST", " Ops@Acme.test", "B@acme.test"} {
		t.Run(addr, func(t *testing.T) {
			p, err := db.PartnerByEmail(ctx, addr)
			if err != nil || p.ID != "acme" {
				t.Errorf("PartnerByEmail(%q) = %v, %v", addr, p, err)
			}
		})
	}
}

func TestSetPartnerStatus(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	if _, err := db.UpsertPartner(ctx, testPartner("acme", "ops@acme.test")); err != nil {
		t.Fatal(err)
	}
	if err := db.SetPartnerStatus(ctx, "acme", rcp2p.Paused, "2027-01-15"); err != nil {
		t.Fatal(err)
	}
	p, err := db.Partner(ctx, "acme")
	if err != nil || p.Status != rcp2p.Paused || p.PausedUntil != "2027-01-15" {
		t.Fatalf("after pause: %+v, %v", p, err)
	}
	if err := db.SetPartnerStatus(ctx, "acme", rcp2p.Active, ""); err != nil {
		t.Fatal(err)
	}
	if p, _ = db.Partner(ctx, "acme"); p.Status != rcp2p.Active || p.PausedUntil != "" {
		t.Errorf("after resume: %+v", p)
	}
	for _, bad := range [][2]string{{"gone", ""}, {"paused", "15 Jan"}} {
		if err := db.SetPartnerStatus(ctx, "acme", rcp2p.PartnerStatus(bad[0]), bad[1]); !errors.Is(err, rcp2p.ErrInvalid) {
			t.Errorf("SetPartnerStatus(%q, %q) = %v, want ErrInvalid", bad[0], bad[1], err)
		}
	}
}

func TestEachPartner(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	const n = 1200 // more than two pages
	for i := range n {
		id := fmt.Sprintf("p%05d", (i*7919)%n) // inserted out of order
		if _, err := db.UpsertPartner(ctx, testPartner(id, id+"@x.test")); err != nil {
			t.Fatal(err)
		}
	}
	seen := 0
	last := ""
	err := db.EachPartner(ctx, func(p *rcp2p.Partner) error {
		if p.ID <= last {
			return fmt.Errorf("%q after %q: not in id order or visited twice", p.ID, last)
		}
		if len(p.Emails) != 1 || p.Emails[0] != p.ID+"@x.test" || len(p.Competencies) != 2 {
			return fmt.Errorf("partner %q loaded without its lists: %+v", p.ID, p)
		}
		last = p.ID
		seen++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen != n {
		t.Errorf("visited %d partners, want %d", seen, n)
	}

	stop := errors.New("stop")
	calls := 0
	err = db.EachPartner(ctx, func(*rcp2p.Partner) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("fn error: got %v after %d calls", err, calls)
	}

	// fn may write: no read transaction is held across it.
	err = db.EachPartner(ctx, func(p *rcp2p.Partner) error {
		if p.ID >= "p00010" {
			return nil
		}
		return db.SetPartnerStatus(ctx, p.ID, rcp2p.Paused, "2026-02-01")
	})
	if err != nil {
		t.Fatalf("writing from fn: %v", err)
	}
	all, err := db.Partners(ctx)
	if err != nil || len(all) != n || all[0].ID != "p00000" || all[0].Status != rcp2p.Paused {
		t.Errorf("Partners: %d, %v", len(all), err)
	}
}
