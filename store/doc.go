// Package store owns the SQLite database of RCP2P Inbox and is the only
// package that knows SQL, so that a later move to PostgreSQL stays inside it.
//
// A DB keeps two pools on one file: a writer limited to a single connection
// whose transactions begin IMMEDIATE (the CLI and serve are separate
// processes on one file, and SQLite has one writer anyway), and a
// query_only reader pool for everything that only reads. Pragmas travel in
// the DSN because database/sql opens connections whenever it likes.
//
// Every statement is a constant; they are prepared once at Open, so a query
// that no longer matches the schema fails at startup rather than mid-run.
//
// Conventions: times are stored as RFC 3339 UTC text with milliseconds,
// fixed width so that text order is time order; civil dates as YYYY-MM-DD;
// an absent optional time or date is NULL. A missing row is reported as a
// wrapped rcp2p.ErrNotFound, a rejected value as a wrapped rcp2p.ErrInvalid.
package store
