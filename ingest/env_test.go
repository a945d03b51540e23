package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"rcp2p"
	"rcp2p/compose"
	"rcp2p/directory"
	"rcp2p/store"
	"rcp2p/taxonomy"
	"rcp2p/token"
)

const (
	serviceAddr = "opportunities@rcp2p.test"
	trustedID   = "mx.rcp2p.test"
	testSecret  = "ingest-test-secret-0123456789"
)

// testNow is the clock of every ingest test: the corpus is dated Nov 2026.
var testNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

type env struct {
	db  *store.DB
	in  *Ingester
	tax *taxonomy.Taxonomy
	sig *token.Signer
}

// newEnv opens a real SQLite file with the corpus partners imported.
func newEnv(t testing.TB) *env {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "rcp2p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.SetNow(func() time.Time { return testNow })
	tax := taxonomy.Default()
	importPartners(t, db, tax, "testdata/partners.csv")
	c, err := compose.New(compose.Options{Domain: "rcp2p.test", Address: serviceAddr, FromName: "RCP2P Inbox",
		BaseURL: "http://127.0.0.1:8080", Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	sig, err := token.NewSigner(testSecret)
	if err != nil {
		t.Fatal(err)
	}
	in := New(db, tax, c, sig, Options{ServiceAddress: serviceAddr, TrustedAuthservID: trustedID,
		MaxMessageBytes: 1 << 20, MaxRepliesPerDay: 3, Now: func() time.Time { return testNow }})
	return &env{db: db, in: in, tax: tax, sig: sig}
}

func importPartners(t testing.TB, db *store.DB, tax *taxonomy.Taxonomy, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := directory.Read(f, tax)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.Err != nil {
			t.Fatalf("%s line %d: %v", path, r.Line, r.Err)
		}
		if _, err := db.UpsertPartner(context.Background(), r.Partner); err != nil {
			t.Fatalf("%s line %d: %v", path, r.Line, err)
		}
	}
}

// deliver stores raw as if fetched with the given UID and processes it.
func (e *env) deliver(t testing.TB, uid uint32, raw []byte) *rcp2p.Message {
	t.Helper()
	ctx := context.Background()
	m := newMessage(raw, false, testNow)
	m.Mailbox, m.UIDValidity, m.UID, m.Size = "INBOX", 1, uid, int64(len(raw))
	id, _, err := e.db.InsertMessage(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.in.Process(ctx, id); err != nil {
		t.Fatalf("process: %v", err)
	}
	got, err := e.db.Message(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// newEnvOn is a second Ingester on the same store: a restarted process.
func newEnvOn(t testing.TB, db *store.DB) *env {
	t.Helper()
	e := newEnv(t)
	e.in.store = db
	e.db = db
	return e
}

func messageFilterAll() store.MessageFilter { return store.MessageFilter{} }

func oppFilterAll() store.OpportunityFilter { return store.OpportunityFilter{} }
