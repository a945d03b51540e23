package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"rcp2p"
)

// MessageFilter selects messages for Messages. Zero fields do not filter;
// Limit 0 means no limit.
type MessageFilter struct {
	Kind   rcp2p.Kind
	Since  time.Time // received at or after
	Failed bool      // only those FailedMessages would return
	Limit  int
}

const messageColumns = `id, mailbox, uidvalidity, uid, message_id, from_addr, subject, date,
	received_at, size, truncated, kind, outcome, error, ref, processed_at`

// failedWhere is what makes a message worth reprocessing.
const failedWhere = `(error <> '' OR kind IN ('not_understood', 'unknown_sender'))`

const (
	qMailboxState    = `SELECT uidvalidity, last_uid FROM mailbox_state WHERE mailbox = ?`
	qMailboxStateSet = `INSERT INTO mailbox_state (mailbox, uidvalidity, last_uid, updated_at)
		VALUES (?, ?, ?, ?) ON CONFLICT (mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity,
		last_uid = excluded.last_uid, updated_at = excluded.updated_at`

	qMessageByUID       = `SELECT id FROM messages WHERE mailbox = ? AND uidvalidity = ? AND uid = ?`
	qMessageByMessageID = `SELECT id FROM messages WHERE message_id = ? ORDER BY id LIMIT 1`
	qMessageInsert      = `INSERT INTO messages (mailbox, uidvalidity, uid, message_id, from_addr,
		subject, date, received_at, size, truncated, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qMessageOutcome = `UPDATE messages SET kind = ?, outcome = ?, error = ?, ref = ?, processed_at = ?
		WHERE id = ?`

	qMessage  = `SELECT ` + messageColumns + `, raw FROM messages WHERE id = ?`
	qMessages = `SELECT ` + messageColumns + ` FROM messages
		WHERE (?1 = '' OR kind = ?1) AND (?2 IS NULL OR received_at >= ?2)
		AND (?3 = 0 OR ` + failedWhere + `)
		ORDER BY received_at DESC, id DESC LIMIT ?4`
	qMessagesUnprocessed = `SELECT id FROM messages WHERE processed_at IS NULL ORDER BY id`
	qMessagesFailed      = `SELECT id FROM messages WHERE ` + failedWhere + ` ORDER BY id`
)

func messageReadQueries() []string {
	return []string{qMailboxState, qMessage, qMessages, qMessagesUnprocessed, qMessagesFailed}
}

func messageWriteQueries() []string {
	return []string{qMailboxStateSet, qMessageByUID, qMessageByMessageID, qMessageInsert, qMessageOutcome}
}

// MailboxState returns what SetMailboxState last recorded for the mailbox,
// or zeros (and no error) for a mailbox never seen.
func (db *DB) MailboxState(ctx context.Context, mailbox string) (uidValidity, lastUID uint32, err error) {
	err = db.reader(ctx).row(qMailboxState, mailbox).Scan(&uidValidity, &lastUID)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("get mailbox %q state: %w", mailbox, err)
	}
	return uidValidity, lastUID, nil
}

// SetMailboxState records the mailbox's UIDVALIDITY and the last UID read.
func (db *DB) SetMailboxState(ctx context.Context, mailbox string, uidValidity, lastUID uint32) error {
	_, err := db.writer(ctx).exec(qMailboxStateSet, mailbox, int64(uidValidity), int64(lastUID),
		fmtTime(db.stamp()))
	if err != nil {
		return fmt.Errorf("set mailbox %q state: %w", mailbox, err)
	}
	return nil
}

// InsertMessage stores a fetched message before anything acts on it and
// sets m.ID. It is idempotent: when (mailbox, uidvalidity, uid) is already
// stored, or a non-empty Message-ID is (the same mail seen again after a
// UIDVALIDITY change), it inserts nothing and returns the existing id with
// dup true. ReceivedAt defaults to now.
func (db *DB) InsertMessage(ctx context.Context, m *rcp2p.Message) (id int64, dup bool, err error) {
	if m == nil {
		return 0, false, fmt.Errorf("insert message: nil message: %w", rcp2p.ErrInvalid)
	}
	if m.ReceivedAt.IsZero() {
		m.ReceivedAt = db.stamp()
	}
	err = db.inTx(ctx, func(o on) error {
		id, dup, err = findMessage(o, m)
		if err != nil || dup {
			return err
		}
		id, err = insertMessage(o, m)
		return err
	})
	if err != nil {
		return 0, false, fmt.Errorf("insert message uid %d (%s): %w", m.UID, m.MessageID, err)
	}
	m.ID = id
	return id, dup, nil
}

func findMessage(o on, m *rcp2p.Message) (id int64, found bool, err error) {
	err = o.row(qMessageByUID, m.Mailbox, int64(m.UIDValidity), int64(m.UID)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) && m.MessageID != "" {
		err = o.row(qMessageByMessageID, m.MessageID).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

func insertMessage(o on, m *rcp2p.Message) (int64, error) {
	var date any
	if !m.Date.IsZero() {
		date = m.Date.Format(time.RFC3339Nano) // its own offset, not UTC
	}
	raw := m.Raw
	if raw == nil {
		raw = []byte{}
	}
	res, err := o.exec(qMessageInsert, m.Mailbox, int64(m.UIDValidity), int64(m.UID), m.MessageID,
		m.From, m.Subject, date, fmtTime(m.ReceivedAt), m.Size, m.Truncated, raw)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// Message returns a stored message with its raw bytes.
func (db *DB) Message(ctx context.Context, id int64) (*rcp2p.Message, error) {
	m, err := scanMessage(db.reader(ctx).row(qMessage, id), true)
	if err != nil {
		return nil, fmt.Errorf("get message %d: %w", id, notFound(err))
	}
	return m, nil
}

// Messages returns the messages the filter selects, newest first, without
// their raw bytes.
func (db *DB) Messages(ctx context.Context, f MessageFilter) ([]*rcp2p.Message, error) {
	limit := int64(f.Limit)
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := db.reader(ctx).query(qMessages, string(f.Kind), nullTime(f.Since), f.Failed, limit)
	if err != nil {
		return nil, fmt.Errorf("list messages: %w", err)
	}
	defer rows.Close()
	var list []*rcp2p.Message
	for rows.Next() {
		m, err := scanMessage(rows, false)
		if err != nil {
			return nil, fmt.Errorf("list messages: %w", err)
		}
		list = append(list, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list messages: %w", err)
	}
	return list, nil
}

// UnprocessedMessages returns, oldest first, the ids of messages stored but
// never given an outcome: work a crash interrupted.
func (db *DB) UnprocessedMessages(ctx context.Context) ([]int64, error) {
	ids, err := db.ids(ctx, qMessagesUnprocessed)
	if err != nil {
		return nil, fmt.Errorf("list unprocessed messages: %w", err)
	}
	return ids, nil
}

// FailedMessages returns, oldest first, the ids of messages that failed or
// were not understood or came from an unknown sender: candidates for
// "messages reprocess --failed".
func (db *DB) FailedMessages(ctx context.Context) ([]int64, error) {
	ids, err := db.ids(ctx, qMessagesFailed)
	if err != nil {
		return nil, fmt.Errorf("list failed messages: %w", err)
	}
	return ids, nil
}

func (db *DB) ids(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := db.reader(ctx).query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// RecordOutcome records what was decided about a message and marks it
// processed now. Reprocessing overwrites the previous outcome.
func (db *DB) RecordOutcome(ctx context.Context, id int64, kind rcp2p.Kind, outcome, errText, ref string) error {
	n, err := db.writer(ctx).changed(qMessageOutcome, string(kind), outcome, errText, ref,
		fmtTime(db.stamp()), id)
	if err == nil && n == 0 {
		err = ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("record outcome of message %d: %w", id, err)
	}
	return nil
}

func scanMessage(s scanner, withRaw bool) (*rcp2p.Message, error) {
	m := &rcp2p.Message{}
	dest := []any{&m.ID, &m.Mailbox, &m.UIDValidity, &m.UID, &m.MessageID, &m.From, &m.Subject,
		timeCol{&m.Date}, timeCol{&m.ReceivedAt}, &m.Size, &m.Truncated, &m.Kind, &m.Outcome,
		&m.Error, &m.Ref, timePtrCol{&m.ProcessedAt}}
	if withRaw {
		dest = append(dest, &m.Raw)
	}
	if err := s.Scan(dest...); err != nil {
		return nil, err
	}
	return m, nil
}
