package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"rcp2p"
)

// ErrNotFound aliases rcp2p.ErrNotFound so callers may test either.
var ErrNotFound = rcp2p.ErrNotFound

// ErrAlreadySent is returned (wrapped) by CreateDigest when one of the
// opportunities is already in a digest for that partner.
var ErrAlreadySent = errors.New("opportunity already sent to partner")

// pageSize is how many partners EachPartner reads per query.
const pageSize = 500

// DSN parameters. busy_timeout comes first so the others already wait for
// locks. foreign_keys is off by default in SQLite and is per connection, so
// both pools set it on every connection they open.
const (
	writerParams = "_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)" +
		"&_pragma=synchronous(NORMAL)&_txlock=immediate"
	readerParams = "_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)&_pragma=query_only(1)"
	backupParams = "_pragma=busy_timeout(5000)"
)

// DB is the RCP2P Inbox database. It is safe for concurrent use; call SetNow
// before sharing it.
type DB struct {
	path string
	w    *sql.DB // one connection: SQLite has one writer
	r    *sql.DB // query_only readers
	ws   *stmts
	rs   *stmts
	now  func() time.Time
	// applied is how many migrations Open applied.
	applied int
	// unprepared counts statements run without a prepared handle; tests
	// assert it stays zero.
	unprepared atomic.Int64
}

// Open opens (creating if needed) the database at path, migrates it to the
// latest schema and prepares every statement.
func Open(ctx context.Context, path string) (*DB, error) {
	if strings.TrimSpace(path) == "" || path == ":memory:" {
		return nil, fmt.Errorf("open store %q: a file path is required: %w", path, rcp2p.ErrInvalid)
	}
	db := &DB{path: path, now: time.Now}
	if err := db.open(ctx); err != nil {
		return nil, errors.Join(fmt.Errorf("open store %q: %w", path, err), db.Close())
	}
	return db, nil
}

func (db *DB) open(ctx context.Context) error {
	w, err := sql.Open("sqlite", dsn(db.path, writerParams))
	if err != nil {
		return err
	}
	db.w = w
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	if db.applied, err = db.Migrate(ctx); err != nil {
		return err
	}
	r, err := sql.Open("sqlite", dsn(db.path, readerParams))
	if err != nil {
		return err
	}
	db.r = r
	n := max(4, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	if db.ws, err = prepare(ctx, w, writeQueries(), &db.unprepared); err != nil {
		return fmt.Errorf("prepare writer: %w", err)
	}
	if db.rs, err = prepare(ctx, r, readQueries(), &db.unprepared); err != nil {
		return fmt.Errorf("prepare reader: %w", err)
	}
	return nil
}

// Close closes the statements and both pools, reporting every error.
func (db *DB) Close() error {
	var errs []error
	for _, s := range []*stmts{db.rs, db.ws} {
		if s != nil {
			errs = append(errs, s.close())
		}
	}
	for _, p := range []*sql.DB{db.r, db.w} {
		if p != nil {
			errs = append(errs, p.Close())
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// Applied is how many migrations Open applied to the file, so that
// "rcp2p migrate" can report them although Open already ran Migrate.
func (db *DB) Applied() int { return db.applied }

// Path is the database file the DB was opened on.
func (db *DB) Path() string { return db.path }

// SetNow replaces the clock used for created_at, updated_at and
// processed_at (tests and --now). Call it before the DB is shared.
func (db *DB) SetNow(now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	db.now = now
}

// stamp is the current time as stored: UTC, millisecond precision, so that a
// value set on a struct equals the value read back.
func (db *DB) stamp() time.Time { return db.now().UTC().Truncate(time.Millisecond) }

// Backup writes a consistent copy of the database to dest with VACUUM INTO,
// while readers and the writer carry on. It refuses to overwrite anything.
func (db *DB) Backup(ctx context.Context, dest string) error {
	if dest == "" {
		return fmt.Errorf("backup: destination is empty: %w", rcp2p.ErrInvalid)
	}
	if _, err := os.Lstat(dest); err == nil {
		return fmt.Errorf("backup to %q: refusing to overwrite an existing file: %w", dest, fs.ErrExist)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("backup to %q: %w", dest, err)
	}
	if strings.HasPrefix(dest, "file:") {
		dest = "./" + dest // a plain name, not a URI
	}
	// The reader pool is query_only, which refuses VACUUM INTO, and the
	// writer would block writes for the whole copy: use a connection of
	// its own, which in WAL mode reads a snapshot without blocking anyone.
	c, err := sql.Open("sqlite", dsn(db.path, backupParams))
	if err != nil {
		return fmt.Errorf("backup to %q: %w", dest, err)
	}
	_, err = c.ExecContext(ctx, "VACUUM INTO ?", dest)
	if cerr := c.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("backup to %q: %w", dest, err)
	}
	return nil
}

// dsn builds a file: URI for the driver. The path is percent-escaped so
// that spaces, '?', '#' and '%' in it stay part of the name; the driver
// splits the query off at the first '?'.
func dsn(path, params string) string {
	var b strings.Builder
	b.WriteString("file:")
	if strings.HasPrefix(path, "/") {
		b.WriteString("//") // empty authority, so "//x" is never read as a host
	}
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(path); i++ {
		c := path[i]
		if unreserved(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	b.WriteByte('?')
	b.WriteString(params)
	return b.String()
}

func unreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~' || c == '/'
}
