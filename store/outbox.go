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

const mailFrom = `SELECT id, kind, to_json, cc_json, subject, headers_json, text, html, message_id,
	state, attempts, error, next_attempt_at, created_at, sent_at FROM outbox`

const (
	qMail          = mailFrom + ` WHERE id = ?`
	qMailByMessage = mailFrom + ` WHERE message_id = ?`
	qMailDue       = mailFrom + ` WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?`
	qMailInsert    = `INSERT INTO outbox (kind, to_json, cc_json, to_key, subject, headers_json, text,
		html, message_id, state, next_attempt_at, created_at)
		VALUES (?, ?, ?, lower(?), ?, ?, ?, ?, ?, 'pending', ?, ?)`
	qMailState = `SELECT state FROM outbox WHERE id = ?`
	qMailSent  = `UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1, error = ''
		WHERE id = ? AND state <> 'sent'`
	qMailAttempt = `UPDATE outbox SET attempts = attempts + 1, error = ?, next_attempt_at = ?,
		state = ? WHERE id = ?`
	qMailCountTo = `SELECT count(*) FROM outbox WHERE to_key = lower(?1) AND created_at >= ?2
		AND (?3 = '[]' OR kind IN (SELECT value FROM json_each(?3)))`
)

func outboxReadQueries() []string {
	return append([]string{qMail, qMailDue, qMailCountTo}, digestReadQueries()...)
}

func outboxWriteQueries() []string {
	return append([]string{qMailByMessage, qMailInsert, qMailState, qMailSent, qMailAttempt},
		digestWriteQueries()...)
}

// EnqueueMail writes a rendered mail to the outbox as pending and sets
// m.ID, m.State and m.CreatedAt; NextAttemptAt defaults to now. It is
// idempotent on m.MessageID: when that Message-ID is already queued, m is
// overwritten with the stored mail and nil is returned. To holds bare
// addresses; the first one is the key of CountMailTo.
func (db *DB) EnqueueMail(ctx context.Context, m *rcp2p.OutMail) error {
	if err := checkMail(m); err != nil {
		return fmt.Errorf("enqueue mail: %w", err)
	}
	err := db.inTx(ctx, func(t on) error {
		old, err := scanMail(t.row(qMailByMessage, m.MessageID))
		if err == nil {
			*m = *old
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		return insertMail(t, m, db.stamp())
	})
	if err != nil {
		return fmt.Errorf("enqueue %s mail %s: %w", m.Kind, m.MessageID, err)
	}
	return nil
}

func checkMail(m *rcp2p.OutMail) error {
	switch {
	case m == nil:
		return fmt.Errorf("nil mail: %w", rcp2p.ErrInvalid)
	case m.Kind == "":
		return fmt.Errorf("mail has no kind: %w", rcp2p.ErrInvalid)
	case len(m.To) == 0 || strings.TrimSpace(m.To[0]) == "":
		return fmt.Errorf("mail has no recipient: %w", rcp2p.ErrInvalid)
	case m.MessageID == "":
		return fmt.Errorf("mail has no message_id: %w", rcp2p.ErrInvalid)
	}
	return nil
}

func insertMail(t on, m *rcp2p.OutMail, now time.Time) error {
	if m.NextAttemptAt.IsZero() {
		m.NextAttemptAt = now
	}
	to, err := toJSON(m.To)
	if err != nil {
		return err
	}
	m.Cc = nonNil(m.Cc)
	cc, err := toJSON(m.Cc)
	if err != nil {
		return err
	}
	if m.Headers == nil {
		m.Headers = map[string]string{}
	}
	hdr, err := toJSON(m.Headers)
	if err != nil {
		return err
	}
	res, err := t.exec(qMailInsert, m.Kind, to, cc, strings.TrimSpace(m.To[0]), m.Subject, hdr,
		m.Text, m.HTML, m.MessageID, fmtTime(m.NextAttemptAt), fmtTime(now))
	if isUnique(err) {
		return fmt.Errorf("message_id %q is already in the outbox: %w", m.MessageID, rcp2p.ErrInvalid)
	}
	if err != nil {
		return err
	}
	if m.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	m.State, m.Attempts, m.Error, m.CreatedAt, m.SentAt = rcp2p.OutboxPending, 0, "", now, nil
	m.NextAttemptAt = m.NextAttemptAt.UTC().Truncate(time.Millisecond)
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Mail returns the outbox row with the given id.
func (db *DB) Mail(ctx context.Context, id int64) (*rcp2p.OutMail, error) {
	m, err := scanMail(db.reader(ctx).row(qMail, id))
	if err != nil {
		return nil, fmt.Errorf("get mail %d: %w", id, notFound(err))
	}
	return m, nil
}

// DueMail returns up to limit (0: all) pending mails whose next attempt is
// at or before now, oldest first.
func (db *DB) DueMail(ctx context.Context, now time.Time, limit int) ([]*rcp2p.OutMail, error) {
	n := int64(limit)
	if n <= 0 {
		n = -1
	}
	rows, err := db.reader(ctx).query(qMailDue, fmtTime(now), n)
	if err != nil {
		return nil, fmt.Errorf("list due mail: %w", err)
	}
	defer rows.Close()
	var list []*rcp2p.OutMail
	for rows.Next() {
		m, err := scanMail(rows)
		if err != nil {
			return nil, fmt.Errorf("list due mail: %w", err)
		}
		list = append(list, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list due mail: %w", err)
	}
	return list, nil
}

// MarkMailSent records a successful delivery at the given time (counting it
// as an attempt and clearing the last error) and marks the mail's digest,
// if any, sent. Marking a sent mail again changes nothing.
func (db *DB) MarkMailSent(ctx context.Context, id int64, at time.Time) error {
	err := db.inTx(ctx, func(t on) error {
		n, err := t.changed(qMailSent, fmtTime(at), id)
		if err != nil {
			return err
		}
		if n == 0 {
			var state string
			return notFound(t.row(qMailState, id).Scan(&state)) // exists: already sent
		}
		_, err = t.exec(qDigestSent, fmtTime(at), id)
		return err
	})
	if err != nil {
		return fmt.Errorf("mark mail %d sent: %w", id, err)
	}
	return nil
}

// MarkMailAttempt records a failed delivery: attempts+1 and the error. A
// transient failure is retried at next; a permanent one makes the mail, and
// its digest if any, failed. Only a pending mail can take an attempt.
func (db *DB) MarkMailAttempt(ctx context.Context, id int64, errText string, next time.Time, permanent bool) error {
	err := db.inTx(ctx, func(t on) error {
		var state string
		if err := t.row(qMailState, id).Scan(&state); err != nil {
			return notFound(err)
		}
		if state != rcp2p.OutboxPending {
			return fmt.Errorf("mail is %s, not pending: %w", state, rcp2p.ErrInvalid)
		}
		if next.IsZero() {
			next = db.stamp()
		}
		newState := rcp2p.OutboxPending
		if permanent {
			newState = rcp2p.OutboxFailed
		}
		if _, err := t.exec(qMailAttempt, errText, fmtTime(next), newState, id); err != nil {
			return err
		}
		if !permanent {
			return nil
		}
		_, err := t.exec(qDigestFailed, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("mark mail %d attempt: %w", id, err)
	}
	return nil
}

// CountMailTo counts the outbox mails of the given kinds (all kinds when
// empty) queued since the given time whose first recipient is addr,
// compared case-insensitively, whatever their state: the reply rate limit.
func (db *DB) CountMailTo(ctx context.Context, addr string, since time.Time, kinds []string) (int, error) {
	k, err := toJSON(nonNil(kinds))
	if err != nil {
		return 0, fmt.Errorf("count mail to %q: %w", addr, err)
	}
	var n int
	err = db.reader(ctx).row(qMailCountTo, strings.TrimSpace(addr), fmtTime(since), k).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count mail to %q: %w", addr, err)
	}
	return n, nil
}

func scanMail(s scanner) (*rcp2p.OutMail, error) {
	m := &rcp2p.OutMail{}
	err := s.Scan(&m.ID, &m.Kind, jsonCol{&m.To}, jsonCol{&m.Cc}, &m.Subject, jsonCol{&m.Headers},
		&m.Text, &m.HTML, &m.MessageID, &m.State, &m.Attempts, &m.Error, timeCol{&m.NextAttemptAt},
		timeCol{&m.CreatedAt}, timePtrCol{&m.SentAt})
	if err != nil {
		return nil, err
	}
	return m, nil
}
