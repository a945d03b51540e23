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

// OpportunityFilter selects opportunities for Opportunities; zero fields do
// not filter.
type OpportunityFilter struct {
	Status    rcp2p.OppStatus
	Submitter string // partner id
}

// opportunityFrom selects an opportunity with its competencies and regions
// as JSON arrays in position order.
const opportunityFrom = `SELECT o.id, o.title, o.description, o.industry, o.budget_amount,
	o.budget_currency, o.respond_by, o.status, o.submitter, o.submitter_email, o.message_id,
	o.message_row, o.created_at,
	(SELECT json_group_array(name ORDER BY position) FROM opportunity_competencies
		WHERE opportunity_id = o.id),
	(SELECT json_group_array(name ORDER BY position) FROM opportunity_regions
		WHERE opportunity_id = o.id)
	FROM opportunities o`

const (
	qOpportunity          = opportunityFrom + ` WHERE o.id = ?`
	qOpportunityByMessage = opportunityFrom + ` WHERE o.message_row = ?`
	qOpportunities        = opportunityFrom + ` WHERE (?1 = '' OR o.status = ?1)
		AND (?2 = '' OR o.submitter = ?2) ORDER BY o.id DESC`
	qOpportunitiesOpen = opportunityFrom + ` WHERE o.status = 'open'
		AND (o.respond_by IS NULL OR o.respond_by >= ?) ORDER BY o.id DESC`

	qOpportunityInsert = `INSERT INTO opportunities (title, description, industry, budget_amount,
		budget_currency, respond_by, status, submitter, submitter_email, message_id, message_row,
		created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qOpportunityCompetencyInsert = `INSERT INTO opportunity_competencies (opportunity_id, position, name)
		VALUES (?, ?, ?)`
	qOpportunityRegionInsert = `INSERT INTO opportunity_regions (opportunity_id, position, name)
		VALUES (?, ?, ?)`
	qOpportunityStatus = `UPDATE opportunities SET status = ?, updated_at = ? WHERE id = ?`
	qOpportunityExpire = `UPDATE opportunities SET status = 'expired', updated_at = ?
		WHERE status = 'open' AND respond_by < ?`
)

func opportunityReadQueries() []string {
	return []string{qOpportunity, qOpportunityByMessage, qOpportunities, qOpportunitiesOpen}
}

func opportunityWriteQueries() []string {
	return []string{qOpportunityByMessage, qOpportunityInsert, qOpportunityCompetencyInsert,
		qOpportunityRegionInsert, qOpportunityStatus, qOpportunityExpire}
}

// CreateOpportunity stores o and sets o.ID, o.CreatedAt and (when empty)
// o.Status to open. It is idempotent on o.MessageRow: when an opportunity
// already exists for that message, o is overwritten with the stored one and
// nil is returned, so reprocessing a message never creates a second one.
func (db *DB) CreateOpportunity(ctx context.Context, o *rcp2p.Opportunity) error {
	if o == nil {
		return fmt.Errorf("create opportunity: nil opportunity: %w", rcp2p.ErrInvalid)
	}
	if err := normalizeOpportunity(o); err != nil {
		return fmt.Errorf("create opportunity %q: %w", o.Title, err)
	}
	err := db.inTx(ctx, func(t on) error {
		if o.MessageRow != 0 {
			old, err := scanOpportunity(t.row(qOpportunityByMessage, o.MessageRow))
			if err == nil {
				*o = *old
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		return insertOpportunity(t, o, db.stamp())
	})
	if err != nil {
		return fmt.Errorf("create opportunity %q: %w", o.Title, invalidConstraint(err))
	}
	return nil
}

func normalizeOpportunity(o *rcp2p.Opportunity) error {
	o.Title = strings.TrimSpace(o.Title)
	o.Competencies = dedupe(o.Competencies)
	o.Regions = dedupe(o.Regions)
	if o.Status == "" {
		o.Status = rcp2p.Open
	}
	switch {
	case o.Title == "":
		return fmt.Errorf("title is empty: %w", rcp2p.ErrInvalid)
	case o.Submitter == "":
		return fmt.Errorf("submitter is empty: %w", rcp2p.ErrInvalid)
	case o.RespondBy != "" && !validDate(o.RespondBy):
		return fmt.Errorf("respond_by %q is not YYYY-MM-DD: %w", o.RespondBy, rcp2p.ErrInvalid)
	case o.Budget != nil && o.Budget.Currency == "":
		return fmt.Errorf("budget has no currency: %w", rcp2p.ErrInvalid)
	}
	return checkOppStatus(o.Status)
}

func checkOppStatus(s rcp2p.OppStatus) error {
	switch s {
	case rcp2p.Open, rcp2p.Closed, rcp2p.Withdrawn, rcp2p.Expired:
		return nil
	}
	return fmt.Errorf("status %q is not open, closed, withdrawn or expired: %w", s, rcp2p.ErrInvalid)
}

func insertOpportunity(t on, o *rcp2p.Opportunity, now time.Time) error {
	var amount, currency, messageRow any
	if o.Budget != nil {
		amount, currency = o.Budget.Amount, o.Budget.Currency
	}
	if o.MessageRow != 0 {
		messageRow = o.MessageRow
	}
	res, err := t.exec(qOpportunityInsert, o.Title, o.Description, o.Industry, amount, currency,
		nullString(o.RespondBy), string(o.Status), o.Submitter, o.SubmitterEmail, o.MessageID,
		messageRow, fmtTime(now), fmtTime(now))
	if err != nil {
		return err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	if err := insertNames(t, qOpportunityCompetencyInsert, id, o.Competencies); err != nil {
		return err
	}
	if err := insertNames(t, qOpportunityRegionInsert, id, o.Regions); err != nil {
		return err
	}
	o.ID, o.CreatedAt = id, now
	return nil
}

// Opportunity returns the opportunity with the given id.
func (db *DB) Opportunity(ctx context.Context, id int64) (*rcp2p.Opportunity, error) {
	o, err := scanOpportunity(db.reader(ctx).row(qOpportunity, id))
	if err != nil {
		return nil, fmt.Errorf("get opportunity %s: %w", rcp2p.FormatRef(id), notFound(err))
	}
	return o, nil
}

// OpportunityByMessage returns the opportunity created from the stored
// message with that row id.
func (db *DB) OpportunityByMessage(ctx context.Context, messageRow int64) (*rcp2p.Opportunity, error) {
	o, err := scanOpportunity(db.reader(ctx).row(qOpportunityByMessage, messageRow))
	if err != nil {
		return nil, fmt.Errorf("get opportunity of message %d: %w", messageRow, notFound(err))
	}
	return o, nil
}

// Opportunities returns the opportunities the filter selects, newest first.
func (db *DB) Opportunities(ctx context.Context, f OpportunityFilter) ([]*rcp2p.Opportunity, error) {
	list, err := db.opportunities(ctx, qOpportunities, string(f.Status), f.Submitter)
	if err != nil {
		return nil, fmt.Errorf("list opportunities: %w", err)
	}
	return list, nil
}

// OpenOpportunities returns, newest first, the open opportunities whose
// respond-by date (YYYY-MM-DD) is empty or not before today: the date is
// open for the whole of that day.
func (db *DB) OpenOpportunities(ctx context.Context, today string) ([]*rcp2p.Opportunity, error) {
	if !validDate(today) {
		return nil, fmt.Errorf("list open opportunities: today %q is not YYYY-MM-DD: %w", today, rcp2p.ErrInvalid)
	}
	list, err := db.opportunities(ctx, qOpportunitiesOpen, today)
	if err != nil {
		return nil, fmt.Errorf("list open opportunities on %s: %w", today, err)
	}
	return list, nil
}

func (db *DB) opportunities(ctx context.Context, q string, args ...any) ([]*rcp2p.Opportunity, error) {
	rows, err := db.reader(ctx).query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var list []*rcp2p.Opportunity
	for rows.Next() {
		o, err := scanOpportunity(rows)
		if err != nil {
			return nil, err
		}
		list = append(list, o)
	}
	return list, rows.Err()
}

// SetOpportunityStatus changes an opportunity's status.
func (db *DB) SetOpportunityStatus(ctx context.Context, id int64, status rcp2p.OppStatus) error {
	err := checkOppStatus(status)
	if err == nil {
		var n int64
		n, err = db.writer(ctx).changed(qOpportunityStatus, string(status), fmtTime(db.stamp()), id)
		if err == nil && n == 0 {
			err = ErrNotFound
		}
	}
	if err != nil {
		return fmt.Errorf("set %s status: %w", rcp2p.FormatRef(id), err)
	}
	return nil
}

// ExpireOpportunities marks expired every open opportunity whose
// respond-by date is before today, and returns how many it changed.
func (db *DB) ExpireOpportunities(ctx context.Context, today string) (int, error) {
	if !validDate(today) {
		return 0, fmt.Errorf("expire opportunities: today %q is not YYYY-MM-DD: %w", today, rcp2p.ErrInvalid)
	}
	n, err := db.writer(ctx).changed(qOpportunityExpire, fmtTime(db.stamp()), today)
	if err != nil {
		return 0, fmt.Errorf("expire opportunities before %s: %w", today, err)
	}
	return int(n), nil
}

func scanOpportunity(s scanner) (*rcp2p.Opportunity, error) {
	o := &rcp2p.Opportunity{}
	var amount sql.NullFloat64
	var currency sql.NullString
	var messageRow sql.NullInt64
	err := s.Scan(&o.ID, &o.Title, &o.Description, &o.Industry, &amount, &currency,
		stringCol{&o.RespondBy}, &o.Status, &o.Submitter, &o.SubmitterEmail, &o.MessageID,
		&messageRow, timeCol{&o.CreatedAt}, jsonCol{&o.Competencies}, jsonCol{&o.Regions})
	if err != nil {
		return nil, err
	}
	if amount.Valid {
		o.Budget = &rcp2p.Money{Amount: amount.Float64, Currency: currency.String}
	}
	o.MessageRow = messageRow.Int64
	return o, nil
}

// OpenOpportunitiesOf returns the open opportunities a partner submitted,
// newest first (for the status command).
func (db *DB) OpenOpportunitiesOf(ctx context.Context, partnerID string) ([]*rcp2p.Opportunity, error) {
	return db.Opportunities(ctx, OpportunityFilter{Status: rcp2p.Open, Submitter: partnerID})
}
