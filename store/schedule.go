package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"rcp2p"
)

const (
	qDigestChecked    = `SELECT digest_checked_at FROM partners WHERE id = ?`
	qSetDigestChecked = `UPDATE partners SET digest_checked_at = ? WHERE id = ?`
	qPartnerCadence   = `UPDATE partners SET cadence = ?, updated_at = ? WHERE id = ?`
	qMailSentByID     = `SELECT count(*) FROM outbox WHERE message_id = ?`
	qNextDigestID     = `SELECT COALESCE(MAX(id), 0) + 1 FROM digests`
)

func scheduleReadQueries() []string { return []string{qDigestChecked, qMailSentByID} }

func scheduleWriteQueries() []string {
	return []string{qSetDigestChecked, qPartnerCadence, qNextDigestID}
}

// DigestChecked returns when the partner's digest was last considered;
// zero when never.
func (db *DB) DigestChecked(ctx context.Context, partnerID string) (time.Time, error) {
	var s sql.NullString
	if err := db.reader(ctx).row(qDigestChecked, partnerID).Scan(&s); err != nil {
		return time.Time{}, fmt.Errorf("digest checked for %q: %w", partnerID, notFound(err))
	}
	if !s.Valid {
		return time.Time{}, nil
	}
	t, err := time.Parse(timeLayout, s.String)
	if err != nil {
		return time.Time{}, fmt.Errorf("digest checked for %q: %w", partnerID, err)
	}
	return t, nil
}

// SetDigestChecked records that the partner's digest was considered at.
func (db *DB) SetDigestChecked(ctx context.Context, partnerID string, at time.Time) error {
	n, err := db.writer(ctx).changed(qSetDigestChecked, fmtTime(at), partnerID)
	if err == nil && n == 0 {
		err = ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("set digest checked for %q: %w", partnerID, err)
	}
	return nil
}

// SetPartnerCadence changes how often the partner gets a digest.
func (db *DB) SetPartnerCadence(ctx context.Context, id string, c rcp2p.Cadence) error {
	if c != rcp2p.Weekly && c != rcp2p.Daily && c != rcp2p.Off {
		return fmt.Errorf("set partner %q cadence %q: %w", id, c, rcp2p.ErrInvalid)
	}
	n, err := db.writer(ctx).changed(qPartnerCadence, string(c), fmtTime(db.stamp()), id)
	if err == nil && n == 0 {
		err = ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("set partner %q cadence: %w", id, err)
	}
	return nil
}

// MailSent reports whether the service queued or sent a mail with this
// Message-ID (a reply's In-Reply-To names one).
func (db *DB) MailSent(ctx context.Context, messageID string) (bool, error) {
	var n int
	if err := db.reader(ctx).row(qMailSentByID, messageID).Scan(&n); err != nil {
		return false, fmt.Errorf("look up sent mail %q: %w", messageID, err)
	}
	return n > 0, nil
}

// Ping checks that the store answers.
func (db *DB) Ping(ctx context.Context) error {
	var n int
	if err := db.reader(ctx).row(qMailSentByID, "").Scan(&n); err != nil {
		return fmt.Errorf("ping store: %w", err)
	}
	return nil
}

// DigestPartner returns the partner a digest went to.
func (db *DB) DigestPartner(ctx context.Context, digestID int64) (string, error) {
	d, err := db.Digest(ctx, digestID)
	if err != nil {
		return "", err
	}
	return d.PartnerID, nil
}

var errNoRender = fmt.Errorf("digest render returned no mail: %w", rcp2p.ErrInvalid)
