package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"rcp2p"
	"rcp2p/devmail"
)

func startIMAP(t testing.TB) (*devmail.IMAP, IMAPOptions) {
	t.Helper()
	srv, err := devmail.StartIMAP("127.0.0.1:0", "opportunities", "secret")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv, IMAPOptions{Addr: srv.Addr, Username: "opportunities", Password: "secret", TLS: "none"}
}

func (e *env) poll(t testing.TB, o IMAPOptions) Stats {
	t.Helper()
	ctx := context.Background()
	c, err := Dial(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	st, err := e.in.Poll(ctx, c)
	if err != nil {
		t.Fatalf("poll: %v", err)
	}
	return st
}

func corpusFiles(t testing.TB) [][]byte {
	t.Helper()
	files, _ := filepath.Glob("testdata/mail/*.eml")
	sort.Strings(files)
	var out [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

func countRows(t testing.TB, e *env) (messages, opps int) {
	t.Helper()
	ctx := context.Background()
	ms, err := e.db.Messages(ctx, messageFilterAll())
	if err != nil {
		t.Fatal(err)
	}
	os, err := e.db.Opportunities(ctx, oppFilterAll())
	if err != nil {
		t.Fatal(err)
	}
	return len(ms), len(os)
}

// TestPollIdempotent ingests the whole corpus over real IMAP, then again,
// then again with a fresh Ingester (a restart): nothing is stored twice.
func TestPollIdempotent(t *testing.T) {
	srv, o := startIMAP(t)
	raws := corpusFiles(t)
	for _, raw := range raws {
		if err := srv.Append("INBOX", raw); err != nil {
			t.Fatal(err)
		}
	}
	e := newEnv(t)
	st := e.poll(t, o)
	if st.Fetched != len(raws) || st.Failed != 0 {
		t.Fatalf("first poll %+v, want %d fetched, 0 failed", st, len(raws))
	}
	msgs, opps := countRows(t, e)
	if msgs != len(raws) || opps == 0 {
		t.Fatalf("%d messages, %d opportunities after first poll", msgs, opps)
	}
	if st := e.poll(t, o); st.Fetched != 0 || st.Processed != 0 {
		t.Fatalf("second poll %+v, want nothing", st)
	}
	restarted := newEnvOn(t, e.db)
	if st := restarted.poll(t, o); st.Fetched != 0 {
		t.Fatalf("poll after restart %+v, want nothing", st)
	}
	if m2, o2 := countRows(t, e); m2 != msgs || o2 != opps {
		t.Fatalf("rows grew: %d/%d -> %d/%d", msgs, opps, m2, o2)
	}
	// Unrelated new mail is picked up after the bookmark.
	if err := srv.Append("INBOX", raws[0]); err != nil {
		t.Fatal(err)
	}
	if st := e.poll(t, o); st.Duplicate != 1 || st.Fetched != 0 {
		t.Fatalf("re-delivered copy: %+v, want 1 duplicate", st)
	}
}

// TestUIDValidityChange: the server renumbers the mailbox; the rescan
// finds the same Message-IDs and creates nothing twice.
func TestUIDValidityChange(t *testing.T) {
	srv, o := startIMAP(t)
	raws := corpusFiles(t)[:10]
	for _, raw := range raws {
		if err := srv.Append("INBOX", raw); err != nil {
			t.Fatal(err)
		}
	}
	e := newEnv(t)
	e.poll(t, o)
	msgs, opps := countRows(t, e)
	if err := srv.RecreateMailbox("INBOX"); err != nil {
		t.Fatal(err)
	}
	for _, raw := range raws {
		if err := srv.Append("INBOX", raw); err != nil {
			t.Fatal(err)
		}
	}
	st := e.poll(t, o)
	if st.Fetched != 0 || st.Duplicate != len(raws) {
		t.Fatalf("after UIDVALIDITY change %+v, want %d duplicates", st, len(raws))
	}
	if m2, o2 := countRows(t, e); m2 != msgs || o2 != opps {
		t.Fatalf("rows changed: %d/%d -> %d/%d", msgs, opps, m2, o2)
	}
}

func TestUnknownSenderKept(t *testing.T) {
	srv, o := startIMAP(t)
	raw := []byte("From: Stranger <someone@elsewhere.example>\r\nTo: " + serviceAddr +
		"\r\nSubject: Need Power BI help in Berlin\r\nMessage-ID: <stranger-1@elsewhere.example>\r\n" +
		"Date: Tue, 24 Nov 2026 10:00:00 +0100\r\n\r\nCompetencies: Data Analytics\r\nRegion: Germany\r\n")
	if err := srv.Append("INBOX", raw); err != nil {
		t.Fatal(err)
	}
	e := newEnv(t)
	e.poll(t, o)
	ms, err := e.db.Messages(context.Background(), messageFilterAll())
	if err != nil || len(ms) != 1 {
		t.Fatalf("messages %v %v", ms, err)
	}
	full, err := e.db.Message(context.Background(), ms[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if full.Kind != rcp2p.KindUnknownSender || string(full.Raw) != string(raw) {
		t.Fatalf("kind %s, raw kept %v", full.Kind, string(full.Raw) == string(raw))
	}
	if _, opps := countRows(t, e); opps != 0 {
		t.Fatalf("unknown sender created %d opportunities", opps)
	}
}

// TestCrashBetweenSteps fails deliberately after each step; the next poll
// finishes every message exactly once.
func TestCrashBetweenSteps(t *testing.T) {
	for _, step := range []string{"stored", "opportunity", "answer", "record"} {
		t.Run(step, func(t *testing.T) {
			srv, o := startIMAP(t)
			raws := corpusFiles(t)[:6]
			for _, raw := range raws {
				if err := srv.Append("INBOX", raw); err != nil {
					t.Fatal(err)
				}
			}
			e := newEnv(t)
			e.in.failStep = step
			c, err := Dial(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			_, err = e.in.Poll(context.Background(), c)
			c.Close()
			if !errors.Is(err, errInjected) {
				t.Fatalf("poll with failure at %s = %v", step, err)
			}
			e.in.failStep = ""
			e.poll(t, o)
			ms, err := e.db.Messages(context.Background(), messageFilterAll())
			if err != nil {
				t.Fatal(err)
			}
			if len(ms) != len(raws) {
				t.Fatalf("%d messages stored, want %d", len(ms), len(raws))
			}
			for _, m := range ms {
				if m.Kind == rcp2p.KindPending || m.ProcessedAt == nil {
					t.Errorf("message %d left unprocessed", m.ID)
				}
			}
			again := newEnv(t)
			again.poll(t, o)
			_, want := countRows(t, again)
			if _, got := countRows(t, e); got != want {
				t.Fatalf("%d opportunities after crash at %s, %d without", got, step, want)
			}
		})
	}
}
