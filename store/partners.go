package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"rcp2p"
)

// partnerFrom selects a partner with its lists, each as a JSON array in
// position order, so a page of partners is one query.
const partnerFrom = `SELECT p.id, p.company, p.min_budget, p.cadence, p.timezone, p.status,
	p.paused_until, p.created_at, p.updated_at,
	(SELECT json_group_array(email ORDER BY position) FROM partner_emails WHERE partner_id = p.id),
	(SELECT json_group_array(json_object('name', name, 'level', level) ORDER BY position)
		FROM partner_competencies WHERE partner_id = p.id),
	(SELECT json_group_array(name ORDER BY position) FROM partner_regions WHERE partner_id = p.id),
	(SELECT json_group_array(name ORDER BY position) FROM partner_industries WHERE partner_id = p.id)
	FROM partners p`

const (
	qPartner        = partnerFrom + ` WHERE p.id = ?`
	qPartnerByEmail = partnerFrom + ` WHERE p.id =
		(SELECT partner_id FROM partner_emails WHERE lower(email) = lower(?))`
	qPartnerPage = partnerFrom + ` WHERE p.id > ? ORDER BY p.id LIMIT ?`

	qPartnerEmailOwner = `SELECT partner_id FROM partner_emails
		WHERE lower(email) = lower(?) AND partner_id <> ?`
	qPartnerKept   = `SELECT status, paused_until, created_at FROM partners WHERE id = ?`
	qPartnerInsert = `INSERT INTO partners (id, company, min_budget, cadence, timezone, status,
		paused_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qPartnerUpdate = `UPDATE partners SET company = ?, min_budget = ?, cadence = ?, timezone = ?,
		updated_at = ? WHERE id = ?`
	qPartnerStatus = `UPDATE partners SET status = ?, paused_until = ?, updated_at = ? WHERE id = ?`

	qPartnerEmailsDelete       = `DELETE FROM partner_emails WHERE partner_id = ?`
	qPartnerCompetenciesDelete = `DELETE FROM partner_competencies WHERE partner_id = ?`
	qPartnerRegionsDelete      = `DELETE FROM partner_regions WHERE partner_id = ?`
	qPartnerIndustriesDelete   = `DELETE FROM partner_industries WHERE partner_id = ?`
	qPartnerEmailInsert        = `INSERT INTO partner_emails (partner_id, position, email) VALUES (?, ?, ?)`
	qPartnerCompetencyInsert   = `INSERT INTO partner_competencies (partner_id, position, name, level)
		VALUES (?, ?, ?, ?)`
	qPartnerRegionInsert   = `INSERT INTO partner_regions (partner_id, position, name) VALUES (?, ?, ?)`
	qPartnerIndustryInsert = `INSERT INTO partner_industries (partner_id, position, name) VALUES (?, ?, ?)`
)

func partnerReadQueries() []string {
	return []string{qPartner, qPartnerByEmail, qPartnerPage}
}

func partnerWriteQueries() []string {
	return []string{qPartnerEmailOwner, qPartnerKept, qPartnerInsert, qPartnerUpdate, qPartnerStatus,
		qPartnerEmailsDelete, qPartnerCompetenciesDelete, qPartnerRegionsDelete, qPartnerIndustriesDelete,
		qPartnerEmailInsert, qPartnerCompetencyInsert, qPartnerRegionInsert, qPartnerIndustryInsert}
}

// UpsertPartner creates the partner or updates it by id, replacing its
// emails, competencies, regions and industries. An address that belongs to
// another partner is rejected with a wrapped rcp2p.ErrInvalid naming it.
//
// Status and paused_until are set only when the partner is created (active
// when p.Status is empty); on update they are kept, so that a CSV import
// never reactivates an unsubscribed or paused partner. SetPartnerStatus is
// the only way to change them. Lists are trimmed and de-duplicated
// case-insensitively (first wins). On success p holds what was stored.
func (db *DB) UpsertPartner(ctx context.Context, p *rcp2p.Partner) (created bool, err error) {
	if p == nil {
		return false, fmt.Errorf("upsert partner: nil partner: %w", rcp2p.ErrInvalid)
	}
	if err := normalizePartner(p); err != nil {
		return false, fmt.Errorf("upsert partner %q: %w", p.ID, err)
	}
	err = db.inTx(ctx, func(o on) error {
		if err := checkEmailOwners(o, p); err != nil {
			return err
		}
		created, err = writePartnerRow(o, p, db.stamp())
		if err != nil {
			return err
		}
		return replacePartnerLists(o, p)
	})
	if err != nil {
		return false, fmt.Errorf("upsert partner %q: %w", p.ID, invalidConstraint(err))
	}
	return created, nil
}

func normalizePartner(p *rcp2p.Partner) error {
	p.ID = strings.TrimSpace(p.ID)
	p.Company = strings.TrimSpace(p.Company)
	p.Emails = dedupe(p.Emails)
	p.Regions = dedupe(p.Regions)
	p.Industries = dedupe(p.Industries)
	p.Competencies = dedupeCompetencies(p.Competencies)
	if err := p.Validate(); err != nil {
		return err
	}
	for _, e := range p.Emails {
		if !strings.Contains(e, "@") || strings.ContainsAny(e, " \t\r\n<>,;") {
			return fmt.Errorf("email %q is not an address: %w", e, rcp2p.ErrInvalid)
		}
	}
	if p.Status == "" {
		p.Status = rcp2p.Active
	}
	return checkStatus(p.Status, p.PausedUntil)
}

func checkStatus(status rcp2p.PartnerStatus, pausedUntil string) error {
	switch status {
	case rcp2p.Active, rcp2p.Paused, rcp2p.Unsubscribed, rcp2p.Bouncing:
	default:
		return fmt.Errorf("status %q is not active, paused, unsubscribed or bouncing: %w", status, rcp2p.ErrInvalid)
	}
	if pausedUntil != "" && !validDate(pausedUntil) {
		return fmt.Errorf("paused_until %q is not YYYY-MM-DD: %w", pausedUntil, rcp2p.ErrInvalid)
	}
	return nil
}

// checkEmailOwners rejects the upsert when another partner owns one of
// p's addresses. The UNIQUE index would too, but without naming the owner.
func checkEmailOwners(o on, p *rcp2p.Partner) error {
	for _, e := range p.Emails {
		var owner string
		err := o.row(qPartnerEmailOwner, e, p.ID).Scan(&owner)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return fmt.Errorf("check email %q: %w", e, err)
		}
		return fmt.Errorf("email %q belongs to partner %q: %w", e, owner, rcp2p.ErrInvalid)
	}
	return nil
}

// writePartnerRow inserts or updates the partners row, keeping the status
// and creation time of an existing partner, and fills them into p.
func writePartnerRow(o on, p *rcp2p.Partner, now time.Time) (created bool, err error) {
	var status, paused string
	var createdAt time.Time
	err = o.row(qPartnerKept, p.ID).Scan(&status, stringCol{&paused}, timeCol{&createdAt})
	switch {
	case errors.Is(err, sql.ErrNoRows):
		_, err = o.exec(qPartnerInsert, p.ID, p.Company, p.MinBudget, string(p.Cadence), p.Timezone,
			string(p.Status), nullString(p.PausedUntil), fmtTime(now), fmtTime(now))
		p.CreatedAt, p.UpdatedAt = now, now
		return true, err
	case err != nil:
		return false, err
	}
	_, err = o.exec(qPartnerUpdate, p.Company, p.MinBudget, string(p.Cadence), p.Timezone, fmtTime(now), p.ID)
	p.Status, p.PausedUntil = rcp2p.PartnerStatus(status), paused
	p.CreatedAt, p.UpdatedAt = createdAt, now
	return false, err
}

func replacePartnerLists(o on, p *rcp2p.Partner) error {
	for _, q := range []string{qPartnerEmailsDelete, qPartnerCompetenciesDelete, qPartnerRegionsDelete,
		qPartnerIndustriesDelete} {
		if _, err := o.exec(q, p.ID); err != nil {
			return err
		}
	}
	for i, e := range p.Emails {
		if _, err := o.exec(qPartnerEmailInsert, p.ID, i, e); err != nil {
			if isUnique(err) {
				return fmt.Errorf("email %q belongs to another partner: %w", e, rcp2p.ErrInvalid)
			}
			return err
		}
	}
	for i, c := range p.Competencies {
		if _, err := o.exec(qPartnerCompetencyInsert, p.ID, i, c.Name, string(c.Level)); err != nil {
			return err
		}
	}
	if err := insertNames(o, qPartnerRegionInsert, p.ID, p.Regions); err != nil {
		return err
	}
	return insertNames(o, qPartnerIndustryInsert, p.ID, p.Industries)
}

// insertNames inserts one row (owner, position, name) per name.
func insertNames(o on, q string, owner any, names []string) error {
	for i, n := range names {
		if _, err := o.exec(q, owner, i, n); err != nil {
			return err
		}
	}
	return nil
}

// Partner returns the partner with the given id.
func (db *DB) Partner(ctx context.Context, id string) (*rcp2p.Partner, error) {
	p, err := scanPartner(db.reader(ctx).row(qPartner, id))
	if err != nil {
		return nil, fmt.Errorf("get partner %q: %w", id, notFound(err))
	}
	return p, nil
}

// PartnerByEmail returns the partner owning the address, compared
// case-insensitively.
func (db *DB) PartnerByEmail(ctx context.Context, email string) (*rcp2p.Partner, error) {
	p, err := scanPartner(db.reader(ctx).row(qPartnerByEmail, strings.TrimSpace(email)))
	if err != nil {
		return nil, fmt.Errorf("get partner by email %q: %w", email, notFound(err))
	}
	return p, nil
}

// Partners returns every partner ordered by id. For the whole directory
// prefer EachPartner, whose memory does not grow with it.
func (db *DB) Partners(ctx context.Context) ([]*rcp2p.Partner, error) {
	var all []*rcp2p.Partner
	err := db.EachPartner(ctx, func(p *rcp2p.Partner) error {
		all = append(all, p)
		return nil
	})
	return all, err
}

// EachPartner calls fn for every partner in id order. It reads pages of
// 500 (id > last), and no read transaction stays open while fn runs, so fn
// may write. An error from fn stops the walk and is returned as is.
func (db *DB) EachPartner(ctx context.Context, fn func(*rcp2p.Partner) error) error {
	after := ""
	for {
		page, err := db.partnerPage(ctx, after)
		if err != nil {
			return fmt.Errorf("list partners after %q: %w", after, err)
		}
		for _, p := range page {
			if err := fn(p); err != nil {
				return err
			}
		}
		if len(page) < pageSize {
			return nil
		}
		after = page[len(page)-1].ID
	}
}

func (db *DB) partnerPage(ctx context.Context, after string) ([]*rcp2p.Partner, error) {
	rows, err := db.reader(ctx).query(qPartnerPage, after, pageSize)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	page := make([]*rcp2p.Partner, 0, pageSize)
	for rows.Next() {
		p, err := scanPartner(rows)
		if err != nil {
			return nil, err
		}
		page = append(page, p)
	}
	return page, rows.Err()
}

// SetPartnerStatus sets the partner's status and paused_until ("" for
// none), e.g. (rcp2p.Active, "") to resume.
func (db *DB) SetPartnerStatus(ctx context.Context, id string, status rcp2p.PartnerStatus, pausedUntil string) error {
	if err := checkStatus(status, pausedUntil); err != nil {
		return fmt.Errorf("set partner %q status: %w", id, err)
	}
	n, err := db.writer(ctx).changed(qPartnerStatus, string(status), nullString(pausedUntil),
		fmtTime(db.stamp()), id)
	if err == nil && n == 0 {
		err = ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("set partner %q status: %w", id, err)
	}
	return nil
}

type scanner interface{ Scan(dest ...any) error }

func scanPartner(s scanner) (*rcp2p.Partner, error) {
	p := &rcp2p.Partner{}
	err := s.Scan(&p.ID, &p.Company, &p.MinBudget, &p.Cadence, &p.Timezone, &p.Status,
		stringCol{&p.PausedUntil}, timeCol{&p.CreatedAt}, timeCol{&p.UpdatedAt},
		jsonCol{&p.Emails}, jsonCol{&p.Competencies}, jsonCol{&p.Regions}, jsonCol{&p.Industries})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// dedupe trims names and drops empty ones and case-insensitive repeats.
func dedupe(names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n != "" && !containsFold(out, n) {
			out = append(out, n)
		}
	}
	return out
}

func dedupeCompetencies(cs []rcp2p.Competency) []rcp2p.Competency {
	out := make([]rcp2p.Competency, 0, len(cs))
	seen := make([]string, 0, len(cs))
	for _, c := range cs {
		c.Name = strings.TrimSpace(c.Name)
		if c.Name != "" && !containsFold(seen, c.Name) {
			seen = append(seen, c.Name)
			out = append(out, c)
		}
	}
	return out
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}
