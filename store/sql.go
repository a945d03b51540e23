package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"rcp2p"
)

// writeQueries and readQueries list every statement each pool runs; Open
// prepares them all.
func writeQueries() []string {
	return concat(partnerWriteQueries(), messageWriteQueries(), opportunityWriteQueries(),
		outboxWriteQueries(), interestWriteQueries(), scheduleWriteQueries(), correctWriteQueries())
}

func readQueries() []string {
	return concat(partnerReadQueries(), messageReadQueries(), opportunityReadQueries(),
		outboxReadQueries(), interestReadQueries(), scheduleReadQueries())
}

func concat(lists ...[]string) []string {
	var all []string
	for _, l := range lists {
		all = append(all, l...)
	}
	return all
}

// stmts holds the statements prepared on one pool. The map is only written
// by prepare, so it needs no lock.
type stmts struct {
	db   *sql.DB
	m    map[string]*sql.Stmt
	miss *atomic.Int64
}

func prepare(ctx context.Context, db *sql.DB, queries []string, miss *atomic.Int64) (*stmts, error) {
	s := &stmts{db: db, m: make(map[string]*sql.Stmt, len(queries)), miss: miss}
	for _, q := range queries {
		if s.m[q] != nil {
			continue
		}
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			return nil, errors.Join(fmt.Errorf("%s: %w", strings.Join(strings.Fields(q), " "), err), s.close())
		}
		s.m[q] = st
	}
	return s, nil
}

func (s *stmts) close() error {
	var errs []error
	for _, st := range s.m {
		errs = append(errs, st.Close())
	}
	return errors.Join(errs...)
}

// on runs statements on a pool, or inside one transaction of that pool.
type on struct {
	ctx context.Context
	s   *stmts
	tx  *sql.Tx
	// bound holds the statements already bound to tx: each is bound once,
	// not once per call, so a long transaction does not pile them up.
	bound map[string]*sql.Stmt
}

// stmt returns the prepared statement for q, bound to the transaction if
// there is one, or nil when q was not prepared (then it runs unprepared:
// slower, but never wrong).
func (o on) stmt(q string) *sql.Stmt {
	st := o.s.m[q]
	if st == nil {
		o.s.miss.Add(1)
		return nil
	}
	if o.tx == nil {
		return st
	}
	if b := o.bound[q]; b != nil {
		return b
	}
	b := o.tx.StmtContext(o.ctx, st)
	o.bound[q] = b
	return b
}

func (o on) exec(q string, args ...any) (sql.Result, error) {
	if st := o.stmt(q); st != nil {
		return st.ExecContext(o.ctx, args...)
	}
	if o.tx != nil {
		return o.tx.ExecContext(o.ctx, q, args...)
	}
	return o.s.db.ExecContext(o.ctx, q, args...)
}

func (o on) query(q string, args ...any) (*sql.Rows, error) {
	if st := o.stmt(q); st != nil {
		return st.QueryContext(o.ctx, args...)
	}
	if o.tx != nil {
		return o.tx.QueryContext(o.ctx, q, args...)
	}
	return o.s.db.QueryContext(o.ctx, q, args...)
}

func (o on) row(q string, args ...any) *sql.Row {
	if st := o.stmt(q); st != nil {
		return st.QueryRowContext(o.ctx, args...)
	}
	if o.tx != nil {
		return o.tx.QueryRowContext(o.ctx, q, args...)
	}
	return o.s.db.QueryRowContext(o.ctx, q, args...)
}

// changed runs q and returns how many rows it changed.
func (o on) changed(q string, args ...any) (int64, error) {
	res, err := o.exec(q, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// reader runs single statements on the reader pool.
func (db *DB) reader(ctx context.Context) on { return on{ctx: ctx, s: db.rs} }

// writer runs single statements, each its own transaction, on the writer.
func (db *DB) writer(ctx context.Context) on { return on{ctx: ctx, s: db.ws} }

// inTx runs fn in one IMMEDIATE transaction on the writer and commits it,
// or rolls it back when fn fails.
func (db *DB) inTx(ctx context.Context, fn func(o on) error) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(on{ctx: ctx, s: db.ws, tx: tx, bound: map[string]*sql.Stmt{}}); err != nil {
		if rerr := tx.Rollback(); rerr != nil && !errors.Is(rerr, sql.ErrTxDone) {
			err = errors.Join(err, fmt.Errorf("rollback: %w", rerr))
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// notFound turns sql.ErrNoRows into rcp2p.ErrNotFound.
func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	return err
}

func sqliteCode(err error) int {
	var e *sqlite.Error
	if errors.As(err, &e) {
		return e.Code()
	}
	return 0
}

func isUnique(err error) bool {
	c := sqliteCode(err)
	return c == sqlite3.SQLITE_CONSTRAINT_UNIQUE || c == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
}

// invalidConstraint marks a foreign key or CHECK failure as bad input.
func invalidConstraint(err error) error {
	switch sqliteCode(err) {
	case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY, sqlite3.SQLITE_CONSTRAINT_CHECK,
		sqlite3.SQLITE_CONSTRAINT_NOTNULL:
		return fmt.Errorf("%w: %w", rcp2p.ErrInvalid, err)
	}
	return err
}

// timeLayout is RFC 3339 in UTC with fixed milliseconds: text order is
// time order, which the range queries rely on.
const timeLayout = "2006-01-02T15:04:05.000Z"

func fmtTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// nullTime is NULL for the zero time.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return fmtTime(t)
}

// nullString is NULL for "".
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func validDate(s string) bool {
	_, err := time.Parse(rcp2p.DateLayout, s)
	return err == nil
}

func parseTime(v any) (time.Time, error) {
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		return time.Time{}, fmt.Errorf("time column holds %T", v)
	}
	return time.Parse(time.RFC3339Nano, s)
}

// timeCol scans stored time text; NULL gives the zero time.
type timeCol struct{ t *time.Time }

func (c timeCol) Scan(v any) error {
	if v == nil {
		*c.t = time.Time{}
		return nil
	}
	t, err := parseTime(v)
	*c.t = t
	return err
}

// timePtrCol scans stored time text into a pointer; NULL gives nil.
type timePtrCol struct{ p **time.Time }

func (c timePtrCol) Scan(v any) error {
	*c.p = nil
	if v == nil {
		return nil
	}
	t, err := parseTime(v)
	if err != nil {
		return err
	}
	*c.p = &t
	return nil
}

// jsonCol scans a JSON text column (or json_group_array result) into v.
type jsonCol struct{ v any }

func (c jsonCol) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		return nil
	case string:
		return json.Unmarshal([]byte(v), c.v)
	case []byte:
		return json.Unmarshal(v, c.v)
	}
	return fmt.Errorf("json column holds %T", v)
}

// stringCol scans TEXT that may be NULL; NULL gives "".
type stringCol struct{ s *string }

func (c stringCol) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		*c.s = ""
	case string:
		*c.s = v
	case []byte:
		*c.s = string(v)
	default:
		return fmt.Errorf("text column holds %T", v)
	}
	return nil
}

func toJSON(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}
