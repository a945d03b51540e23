package store

import (
	"context"
	"fmt"

	"rcp2p"
)

// DigestFilter selects digests for Digests; zero fields do not filter.
type DigestFilter struct {
	PartnerID string
}

// digestFrom selects a digest with what its outbox row knows (attempts,
// last error, Message-ID) and its opportunity ids in item order.
const digestFrom = `SELECT d.id, d.partner_id, d.to_addr, d.state, d.outbox_id, d.created_at,
	d.sent_at, m.attempts, m.error, m.message_id,
	(SELECT json_group_array(opportunity_id ORDER BY position) FROM digest_items
		WHERE digest_id = d.id)
	FROM digests d JOIN outbox m ON m.id = d.outbox_id`

const (
	qDigest          = digestFrom + ` WHERE d.id = ?`
	qDigestByMessage = digestFrom + ` WHERE m.message_id = ?`
	qDigests         = digestFrom + ` WHERE (?1 = '' OR d.partner_id = ?1) ORDER BY d.id DESC`
	qSentToPartner   = `SELECT opportunity_id FROM digest_items WHERE partner_id = ?`

	qDigestInsert = `INSERT INTO digests (id, partner_id, to_addr, state, outbox_id, created_at)
		VALUES (?, ?, ?, 'pending', ?, ?)`
	qDigestItemInsert = `INSERT INTO digest_items (digest_id, partner_id, opportunity_id, position)
		VALUES (?, ?, ?, ?)`
	qDigestSent   = `UPDATE digests SET state = 'sent', sent_at = ? WHERE outbox_id = ?`
	qDigestFailed = `UPDATE digests SET state = 'failed' WHERE outbox_id = ?`
)

func digestReadQueries() []string {
	return []string{qDigest, qDigestByMessage, qDigests, qSentToPartner}
}

func digestWriteQueries() []string {
	return []string{qDigestInsert, qDigestItemInsert, qDigestSent, qDigestFailed}
}

// SentOpportunities returns the ids of the opportunities already in any
// digest for the partner, whatever that digest's state.
func (db *DB) SentOpportunities(ctx context.Context, partnerID string) (map[int64]bool, error) {
	ids, err := db.ids(ctx, qSentToPartner, partnerID)
	if err != nil {
		return nil, fmt.Errorf("list opportunities sent to partner %q: %w", partnerID, err)
	}
	sent := make(map[int64]bool, len(ids))
	for _, id := range ids {
		sent[id] = true
	}
	return sent, nil
}

// CreateDigest writes, in one transaction, the digest d, the mail that
// render returns for the digest's id (pending in the outbox), and one item
// per opportunity in oppIDs order. The id is known before rendering so that
// the mail can carry tokens naming its own digest. It sets d.ID,
// d.OutboxID, d.State, d.Refs, d.MessageID and d.CreatedAt. When the
// partner already received one of the opportunities nothing is written and
// the error wraps ErrAlreadySent: SQL enforces that with UNIQUE
// (partner_id, opportunity_id).
func (db *DB) CreateDigest(ctx context.Context, d *rcp2p.Digest, oppIDs []int64, render func(digestID int64) (*rcp2p.OutMail, error)) error {
	var m *rcp2p.OutMail
	err := db.inTx(ctx, func(t on) error {
		var id int64
		if err := t.row(qNextDigestID).Scan(&id); err != nil {
			return err
		}
		var err error
		if m, err = render(id); err != nil {
			return fmt.Errorf("render: %w", err)
		}
		if m == nil {
			return errNoRender
		}
		if m.Kind == "" {
			m.Kind = rcp2p.MailDigest
		}
		if err := checkDigest(d, oppIDs, m); err != nil {
			return err
		}
		if d.To == "" {
			d.To = m.To[0]
		}
		now := db.stamp()
		if err := insertMail(t, m, now); err != nil {
			return err
		}
		if _, err := t.exec(qDigestInsert, id, d.PartnerID, d.To, m.ID, fmtTime(now)); err != nil {
			return err
		}
		if err := insertDigestItems(t, id, d.PartnerID, oppIDs); err != nil {
			return err
		}
		d.ID, d.OutboxID, d.CreatedAt = id, m.ID, now
		return nil
	})
	if err != nil {
		if m != nil {
			m.ID = 0
		}
		return fmt.Errorf("create digest for partner %q: %w", d.PartnerID, invalidConstraint(err))
	}
	d.State, d.Attempts, d.Error, d.MessageID, d.SentAt = rcp2p.DigestPending, 0, "", m.MessageID, nil
	d.Refs = refs(oppIDs)
	return nil
}

func checkDigest(d *rcp2p.Digest, oppIDs []int64, m *rcp2p.OutMail) error {
	if d == nil || d.PartnerID == "" {
		return fmt.Errorf("digest has no partner: %w", rcp2p.ErrInvalid)
	}
	if len(oppIDs) == 0 {
		return fmt.Errorf("digest for partner %q has no opportunity: %w", d.PartnerID, rcp2p.ErrInvalid)
	}
	seen := make(map[int64]bool, len(oppIDs))
	for _, id := range oppIDs {
		if seen[id] {
			return fmt.Errorf("digest lists %s twice: %w", rcp2p.FormatRef(id), rcp2p.ErrInvalid)
		}
		seen[id] = true
	}
	return checkMail(m)
}

func insertDigestItems(t on, digestID int64, partnerID string, oppIDs []int64) error {
	for i, opp := range oppIDs {
		_, err := t.exec(qDigestItemInsert, digestID, partnerID, opp, i+1)
		if isUnique(err) {
			return fmt.Errorf("%s: %w", rcp2p.FormatRef(opp), ErrAlreadySent)
		}
		if err != nil {
			return fmt.Errorf("item %s: %w", rcp2p.FormatRef(opp), err)
		}
	}
	return nil
}

// Digest returns the digest with the given id.
func (db *DB) Digest(ctx context.Context, id int64) (*rcp2p.Digest, error) {
	d, err := scanDigest(db.reader(ctx).row(qDigest, id))
	if err != nil {
		return nil, fmt.Errorf("get digest %d: %w", id, notFound(err))
	}
	return d, nil
}

// DigestByMessageID returns the digest sent with that Message-ID (no angle
// brackets), for replies that name it in In-Reply-To or References.
func (db *DB) DigestByMessageID(ctx context.Context, messageID string) (*rcp2p.Digest, error) {
	d, err := scanDigest(db.reader(ctx).row(qDigestByMessage, messageID))
	if err != nil {
		return nil, fmt.Errorf("get digest by message_id %q: %w", messageID, notFound(err))
	}
	return d, nil
}

// Digests returns the digests the filter selects, newest first.
func (db *DB) Digests(ctx context.Context, f DigestFilter) ([]*rcp2p.Digest, error) {
	rows, err := db.reader(ctx).query(qDigests, f.PartnerID)
	if err != nil {
		return nil, fmt.Errorf("list digests: %w", err)
	}
	defer rows.Close()
	var list []*rcp2p.Digest
	for rows.Next() {
		d, err := scanDigest(rows)
		if err != nil {
			return nil, fmt.Errorf("list digests: %w", err)
		}
		list = append(list, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list digests: %w", err)
	}
	return list, nil
}

func scanDigest(s scanner) (*rcp2p.Digest, error) {
	d := &rcp2p.Digest{}
	var ids []int64
	err := s.Scan(&d.ID, &d.PartnerID, &d.To, &d.State, &d.OutboxID, timeCol{&d.CreatedAt},
		timePtrCol{&d.SentAt}, &d.Attempts, &d.Error, &d.MessageID, jsonCol{&ids})
	if err != nil {
		return nil, err
	}
	d.Refs = refs(ids)
	return d, nil
}

func refs(ids []int64) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = rcp2p.FormatRef(id)
	}
	return out
}
