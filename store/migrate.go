package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrations embed.FS

const (
	qMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	) STRICT`
	qMigrationApplied = `SELECT count(*) FROM schema_migrations WHERE version = ?`
	qMigrationInsert  = `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`
)

type migration struct {
	version int
	name    string
}

// Migrate applies, in order, every embedded migration not yet recorded in
// schema_migrations, each in one transaction together with its version row,
// and returns how many it applied. Running it again applies none.
func (db *DB) Migrate(ctx context.Context) (applied int, err error) {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return 0, fmt.Errorf("migrate: %w", err)
	}
	return db.migrateFS(ctx, sub)
}

// migrateFS applies the NNNN_name.sql files at the root of fsys.
func (db *DB) migrateFS(ctx context.Context, fsys fs.FS) (applied int, err error) {
	if _, err := db.w.ExecContext(ctx, qMigrationsTable); err != nil {
		return 0, fmt.Errorf("migrate: create schema_migrations: %w", err)
	}
	list, err := migrationList(fsys)
	if err != nil {
		return 0, fmt.Errorf("migrate: %w", err)
	}
	for _, m := range list {
		done, err := db.migrate(ctx, fsys, m)
		if err != nil {
			return applied, fmt.Errorf("migrate %s: %w", m.name, err)
		}
		if done {
			applied++
		}
	}
	return applied, nil
}

// migrate applies one migration unless it is recorded. The check runs
// inside the IMMEDIATE transaction, so two processes starting together
// cannot both apply it.
func (db *DB) migrate(ctx context.Context, fsys fs.FS, m migration) (bool, error) {
	body, err := fs.ReadFile(fsys, m.name)
	if err != nil {
		return false, err
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer func() { _ = tx.Rollback() }() // no-op after Commit
	var n int
	if err := tx.QueryRowContext(ctx, qMigrationApplied, m.version).Scan(&n); err != nil {
		return false, err
	}
	if n > 0 {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, qMigrationInsert, m.version, m.name, fmtTime(db.stamp())); err != nil {
		return false, err
	}
	return true, tx.Commit()
}

// migrationList reads NNNN_name.sql in version order.
func migrationList(fsys fs.FS) ([]migration, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var list []migration
	seen := map[int]string{}
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %q: name must be NNNN_name.sql", e.Name())
		}
		if other, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %q and %q share version %d", other, e.Name(), v)
		}
		seen[v] = e.Name()
		list = append(list, migration{version: v, name: e.Name()})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].version < list[j].version })
	return list, nil
}
