package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"rcp2p"
)

// testNow is the clock of every test DB.
var testNow = time.Date(2026, 1, 5, 7, 0, 0, 0, time.UTC)

// openTest opens a fresh database file in t.TempDir with a fixed clock.
func openTest(t testing.TB) *DB {
	t.Helper()
	return openPath(t, filepath.Join(t.TempDir(), "rcp2p.db"))
}

func openPath(t testing.TB, path string) *DB {
	t.Helper()
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	db.SetNow(func() time.Time { return testNow })
	t.Cleanup(func() {
		if n := db.unprepared.Load(); n != 0 {
			t.Errorf("%d statements ran unprepared: add them to the query lists", n)
		}
		if err := db.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return db
}

func TestMigrate(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "rcp2p.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	list, err := migrationList(sub)
	if err != nil {
		t.Fatal(err)
	}
	if db.Applied() != len(list) || len(list) == 0 {
		t.Errorf("Open applied %d migrations, want %d", db.Applied(), len(list))
	}
	if n, err := db.Migrate(ctx); err != nil || n != 0 {
		t.Errorf("second Migrate = %d, %v; want 0, nil", n, err)
	}
	var versions int
	if err := db.w.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&versions); err != nil {
		t.Fatal(err)
	}
	if versions != len(list) {
		t.Errorf("schema_migrations has %d rows, want %d", versions, len(list))
	}

	// A second DB on the same file, as the CLI next to serve: it migrates
	// nothing, and each sees the other's writes.
	second := openPath(t, path)
	if second.Applied() != 0 {
		t.Errorf("second Open applied %d migrations, want 0", second.Applied())
	}
	if _, err := second.UpsertPartner(ctx, testPartner("p1", "a@p1.test")); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Partner(ctx, "p1"); err != nil {
		t.Errorf("first DB does not see the second's write: %v", err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	again := openPath(t, path)
	if p, err := again.Partner(ctx, "p1"); err != nil || again.Applied() != 0 {
		t.Errorf("reopen: %v, %v; applied %d", p, err, again.Applied())
	}
}

// TestMigrationIsAtomic checks that a migration failing halfway leaves
// neither its tables nor its version row, and that earlier ones stay.
func TestMigrationIsAtomic(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	fsys := fstest.MapFS{
		"0100_good.sql": {Data: []byte("CREATE TABLE good (a INTEGER) STRICT;")},
		"0101_bad.sql":  {Data: []byte("CREATE TABLE half (a INTEGER) STRICT; CREATE TABLE oops (;")},
	}
	n, err := db.migrateFS(ctx, fsys)
	if err == nil || n != 1 || !strings.Contains(err.Error(), "0101_bad.sql") {
		t.Fatalf("migrateFS = %d, %v; want 1 and an error naming 0101_bad.sql", n, err)
	}
	exists := func(table string) bool {
		var c int
		err := db.w.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = ?`, table).Scan(&c)
		if err != nil {
			t.Fatal(err)
		}
		return c == 1
	}
	var versions int
	if err := db.w.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version >= 100`).Scan(&versions); err != nil {
		t.Fatal(err)
	}
	if !exists("good") || exists("half") || versions != 1 {
		t.Errorf("good %v, half %v, versions %d; want true, false, 1", exists("good"), exists("half"), versions)
	}
}

func TestPragmas(t *testing.T) {
	db := openTest(t)
	ctx := t.Context()
	check := func(name, pragma, want string, q func(string) (string, error)) {
		t.Run(name, func(t *testing.T) {
			got, err := q("PRAGMA " + pragma)
			if err != nil || got != want {
				t.Errorf("%s = %q, %v; want %q", pragma, got, err, want)
			}
		})
	}
	w := func(q string) (s string, err error) { return s, db.w.QueryRowContext(ctx, q).Scan(&s) }
	r := func(q string) (s string, err error) { return s, db.r.QueryRowContext(ctx, q).Scan(&s) }
	check("writer journal_mode", "journal_mode", "wal", w)
	check("writer foreign_keys", "foreign_keys", "1", w)
	check("writer busy_timeout", "busy_timeout", "5000", w)
	check("writer synchronous", "synchronous", "1", w)
	check("reader foreign_keys", "foreign_keys", "1", r)
	check("reader query_only", "query_only", "1", r)
	check("reader busy_timeout", "busy_timeout", "5000", r)
	if _, err := db.r.ExecContext(ctx, `DELETE FROM partners`); err == nil {
		t.Error("reader pool accepted a write")
	}
}

func TestOpenPathNeedsEscaping(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "with space")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "odd ?name#1%20.db")
	db := openPath(t, path)
	if _, err := db.UpsertPartner(t.Context(), testPartner("p1", "a@p1.test")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not created at the literal path: %v", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "odd ?name#1%20.db") {
			t.Errorf("unexpected file %q: the path was not escaped", e.Name())
		}
	}
}

func TestOpenRejectsMemory(t *testing.T) {
	for _, path := range []string{"", ":memory:"} {
		if _, err := Open(t.Context(), path); !errors.Is(err, rcp2p.ErrInvalid) {
			t.Errorf("Open(%q) = %v, want ErrInvalid", path, err)
		}
	}
}

func TestDSN(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"rcp2p.db", "file:rcp2p.db?x"},
		{"/var/lib/rcp2p/db.sqlite", "file:///var/lib/rcp2p/db.sqlite?x"},
		{"/tmp/a b?c#d%e.db", "file:///tmp/a%20b%3Fc%23d%25e.db?x"},
		{"data/é.db", "file:data/%C3%A9.db?x"},
	} {
		t.Run(c.path, func(t *testing.T) {
			if got := dsn(c.path, "x"); got != c.want {
				t.Errorf("dsn(%q) = %q, want %q", c.path, got, c.want)
			}
		})
	}
}

func TestBackup(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	seedDigest(t, db)
	dest := filepath.Join(t.TempDir(), "backup copy?.db")
	if err := db.Backup(ctx, dest); err != nil {
		t.Fatalf("Backup: %v", err)
	}
	if err := db.Backup(ctx, dest); !errors.Is(err, fs.ErrExist) {
		t.Errorf("second Backup to the same file = %v, want fs.ErrExist", err)
	}
	copyDB := openPath(t, dest)
	if copyDB.Applied() != 0 {
		t.Errorf("backup needed %d migrations", copyDB.Applied())
	}
	for _, c := range []struct {
		name string
		list func(*DB) (int, error)
	}{
		{"partners", func(d *DB) (int, error) { l, err := d.Partners(ctx); return len(l), err }},
		{"opportunities", func(d *DB) (int, error) {
			l, err := d.Opportunities(ctx, OpportunityFilter{})
			return len(l), err
		}},
		{"digests", func(d *DB) (int, error) { l, err := d.Digests(ctx, DigestFilter{}); return len(l), err }},
		{"messages", func(d *DB) (int, error) { l, err := d.Messages(ctx, MessageFilter{}); return len(l), err }},
	} {
		t.Run(c.name, func(t *testing.T) {
			want, err1 := c.list(db)
			got, err2 := c.list(copyDB)
			if err1 != nil || err2 != nil || got != want || want == 0 {
				t.Errorf("backup has %d (%v), original %d (%v)", got, err2, want, err1)
			}
		})
	}
}

// TestConcurrentReadersAndWriter runs under -race: readers keep reading
// while the single writer writes, and nobody sees SQLITE_BUSY.
func TestConcurrentReadersAndWriter(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	const writes = 200
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	stop := make(chan struct{})
	for r := range 4 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := db.Partners(ctx); err != nil {
					errs <- fmt.Errorf("reader %d: %w", r, err)
					return
				}
				if _, err := db.PartnerByEmail(ctx, "a@p1.test"); err != nil && !errors.Is(err, ErrNotFound) {
					errs <- fmt.Errorf("reader %d: %w", r, err)
					return
				}
			}
		})
	}
	for w := range 2 {
		wg.Go(func() {
			for i := range writes / 2 {
				id := fmt.Sprintf("p%d-%d", w, i)
				if _, err := db.UpsertPartner(ctx, testPartner(id, id+"@x.test")); err != nil {
					errs <- fmt.Errorf("writer %d: %w", w, err)
					return
				}
			}
		})
	}
	time.Sleep(10 * time.Millisecond)
	deadline := time.After(30 * time.Second)
	for {
		list, err := db.Partners(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) == writes {
			break
		}
		select {
		case err := <-errs:
			t.Fatal(err)
		case <-deadline:
			t.Fatalf("only %d of %d partners written", len(list), writes)
		case <-time.After(5 * time.Millisecond):
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestNotFound checks that every getter reports a missing row as a wrapped
// ErrNotFound, never nil, nil.
func TestNotFound(t *testing.T) {
	ctx := t.Context()
	db := openTest(t)
	for _, c := range []struct {
		name string
		call func() error
	}{
		{"Partner", func() error { _, err := db.Partner(ctx, "nobody"); return err }},
		{"PartnerByEmail", func() error { _, err := db.PartnerByEmail(ctx, "no@where.test"); return err }},
		{"SetPartnerStatus", func() error { return db.SetPartnerStatus(ctx, "nobody", rcp2p.Paused, "2026-02-01") }},
		{"Message", func() error { _, err := db.Message(ctx, 42); return err }},
		{"RecordOutcome", func() error { return db.RecordOutcome(ctx, 42, rcp2p.KindBulk, "", "", "") }},
		{"Opportunity", func() error { _, err := db.Opportunity(ctx, 42); return err }},
		{"OpportunityByMessage", func() error { _, err := db.OpportunityByMessage(ctx, 42); return err }},
		{"SetOpportunityStatus", func() error { return db.SetOpportunityStatus(ctx, 42, rcp2p.Closed) }},
		{"Mail", func() error { _, err := db.Mail(ctx, 42); return err }},
		{"MarkMailSent", func() error { return db.MarkMailSent(ctx, 42, testNow) }},
		{"MarkMailAttempt", func() error { return db.MarkMailAttempt(ctx, 42, "x", testNow, false) }},
		{"Digest", func() error { _, err := db.Digest(ctx, 42); return err }},
		{"DigestByMessageID", func() error { _, err := db.DigestByMessageID(ctx, "x@y"); return err }},
		{"MarkIntroduced", func() error { return db.MarkIntroduced(ctx, 42, testNow) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.call()
			if !errors.Is(err, ErrNotFound) || !errors.Is(err, rcp2p.ErrNotFound) {
				t.Fatalf("err = %v, want wrapped ErrNotFound", err)
			}
			if err == ErrNotFound { //nolint:errorlint // checking it is wrapped with context
				t.Errorf("err is bare ErrNotFound, want context")
			}
		})
	}
	if u, v, err := db.MailboxState(ctx, "INBOX"); u != 0 || v != 0 || err != nil {
		t.Errorf("MailboxState of unknown mailbox = %d, %d, %v; want zeros", u, v, err)
	}
}
