package store

import (
	"context"
	"fmt"
	"time"

	"rcp2p"
)

const interestFrom = `SELECT id, opportunity_id, partner_id, email, message_row, created_at,
	introduced_at FROM interests`

const (
	qInterests      = interestFrom + ` ORDER BY id DESC`
	qInterestByPair = interestFrom + ` WHERE opportunity_id = ? AND partner_id = ?`
	qInterestInsert = `INSERT INTO interests (opportunity_id, partner_id, email, message_row, created_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (opportunity_id, partner_id) DO NOTHING`
	qInterestIntroduced = `UPDATE interests SET introduced_at = ? WHERE id = ?`
)

func interestReadQueries() []string { return []string{qInterests} }

func interestWriteQueries() []string {
	return []string{qInterestByPair, qInterestInsert, qInterestIntroduced}
}

// AddInterest records that a partner wants an opportunity and sets i.ID and
// i.CreatedAt. It is idempotent on (opportunity, partner): a repeat creates
// nothing, returns created false and fills i with the first interest, whose
// IntroducedAt says whether the introduction already went out.
func (db *DB) AddInterest(ctx context.Context, i *rcp2p.Interest) (created bool, err error) {
	if i == nil || i.OpportunityID == 0 || i.PartnerID == "" || i.Email == "" {
		return false, fmt.Errorf("add interest: opportunity, partner and email are required: %w", rcp2p.ErrInvalid)
	}
	err = db.inTx(ctx, func(t on) error {
		var messageRow any
		if i.MessageRow != 0 {
			messageRow = i.MessageRow
		}
		now := db.stamp()
		n, err := t.changed(qInterestInsert, i.OpportunityID, i.PartnerID, i.Email, messageRow, fmtTime(now))
		if err != nil {
			return err
		}
		created = n == 1
		old, err := scanInterest(t.row(qInterestByPair, i.OpportunityID, i.PartnerID))
		if err != nil {
			return err
		}
		*i = *old
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("add interest of partner %q in %s: %w", i.PartnerID,
			rcp2p.FormatRef(i.OpportunityID), invalidConstraint(err))
	}
	return created, nil
}

// Interests returns every interest, newest first.
func (db *DB) Interests(ctx context.Context) ([]*rcp2p.Interest, error) {
	rows, err := db.reader(ctx).query(qInterests)
	if err != nil {
		return nil, fmt.Errorf("list interests: %w", err)
	}
	defer rows.Close()
	var list []*rcp2p.Interest
	for rows.Next() {
		i, err := scanInterest(rows)
		if err != nil {
			return nil, fmt.Errorf("list interests: %w", err)
		}
		list = append(list, i)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list interests: %w", err)
	}
	return list, nil
}

// MarkIntroduced records when the introduction for an interest was queued.
func (db *DB) MarkIntroduced(ctx context.Context, id int64, at time.Time) error {
	n, err := db.writer(ctx).changed(qInterestIntroduced, fmtTime(at), id)
	if err == nil && n == 0 {
		err = ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("mark interest %d introduced: %w", id, err)
	}
	return nil
}

func scanInterest(s scanner) (*rcp2p.Interest, error) {
	i := &rcp2p.Interest{}
	var messageRow *int64
	err := s.Scan(&i.ID, &i.OpportunityID, &i.PartnerID, &i.Email, &messageRow,
		timeCol{&i.CreatedAt}, timePtrCol{&i.IntroducedAt})
	if err != nil {
		return nil, err
	}
	if messageRow != nil {
		i.MessageRow = *messageRow
	}
	return i, nil
}
