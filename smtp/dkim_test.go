package smtp

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestDKIMSigning(t *testing.T) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(t.TempDir(), "dkim.pem")
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	signer, err := LoadDKIM("rcp2p.test", "s2026", keyFile)
	if err != nil {
		t.Fatal(err)
	}
	relay := startRelay(t)
	s := newSender(t, relay.Addr, func(o *Options) { o.DKIM = signer })
	if err := s.Send(context.Background(), testMail(1)); err != nil {
		t.Fatal(err)
	}
	got := waitFor(t, relay, 1)[0].Data
	for _, want := range []string{"DKIM-Signature:", "d=rcp2p.test", "s=s2026"} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("signed mail lacks %q", want)
		}
	}
	if _, err := LoadDKIM("rcp2p.test", "s", filepath.Join(t.TempDir(), "missing.pem")); err == nil {
		t.Error("missing key file accepted")
	}
}

// TestFlushDateIsTheRunClock: the Date header is the run's clock, so
// `--now` replays produce the mail they would have produced then.
func TestFlushDateIsTheRunClock(t *testing.T) {
	relay := startRelay(t)
	s := newSender(t, relay.Addr)
	at := time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC)
	if _, _, err := s.Flush(context.Background(), newOutbox(testMail(1)), func() time.Time { return at }); err != nil {
		t.Fatal(err)
	}
	got := waitFor(t, relay, 1)[0].Data
	if !bytes.Contains(got, []byte("Date: Mon, 30 Nov 2026 07:00:00")) {
		t.Fatalf("Date header is not the run clock:\n%s", got[:min(len(got), 600)])
	}
}
