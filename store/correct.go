package store

import (
	"context"
	"fmt"

	"rcp2p"
)

const (
	qOpportunityUpdate = `UPDATE opportunities SET industry = ?, budget_amount = ?, budget_currency = ?,
		respond_by = ?, updated_at = ? WHERE id = ?`
	qOpportunityCompetenciesDelete = `DELETE FROM opportunity_competencies WHERE opportunity_id = ?`
	qOpportunityRegionsDelete      = `DELETE FROM opportunity_regions WHERE opportunity_id = ?`
)

func correctWriteQueries() []string {
	return []string{qOpportunityUpdate, qOpportunityCompetenciesDelete, qOpportunityRegionsDelete}
}

// CorrectOpportunity stores the submitter's corrections to o: its
// competencies, regions, industry, budget and respond-by date. Title,
// status and submitter do not change here.
func (db *DB) CorrectOpportunity(ctx context.Context, o *rcp2p.Opportunity) error {
	if err := normalizeOpportunity(o); err != nil {
		return fmt.Errorf("correct %s: %w", o.Ref(), err)
	}
	var amount, currency any
	if o.Budget != nil {
		amount, currency = o.Budget.Amount, o.Budget.Currency
	}
	err := db.inTx(ctx, func(t on) error {
		n, err := t.changed(qOpportunityUpdate, o.Industry, amount, currency, nullString(o.RespondBy),
			fmtTime(db.stamp()), o.ID)
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		for _, q := range []string{qOpportunityCompetenciesDelete, qOpportunityRegionsDelete} {
			if _, err := t.exec(q, o.ID); err != nil {
				return err
			}
		}
		if err := insertNames(t, qOpportunityCompetencyInsert, o.ID, o.Competencies); err != nil {
			return err
		}
		return insertNames(t, qOpportunityRegionInsert, o.ID, o.Regions)
	})
	if err != nil {
		return fmt.Errorf("correct %s: %w", o.Ref(), invalidConstraint(err))
	}
	return nil
}
