package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestServeHTTPOnly runs `serve --no-ingest --no-scheduler` on a free port,
// checks health and metrics, and stops it with its context.
func TestServeHTTPOnly(t *testing.T) {
	h := newHarness(t)
	h.env = append(h.env, "RCP2P_HTTP_ADDR=127.0.0.1:0")
	var out, errb bytes.Buffer
	m := NewMain(strings.NewReader(""), &out, &errb, h.env)
	defer m.Close()
	if err := m.open(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- m.serve(ctx, serveOptions{noIngest: true, noScheduler: true, ready: func(a string) { addr <- a }})
	}()
	var base string
	select {
	case a := <-addr:
		base = "http://" + a
	case err := <-done:
		t.Fatalf("serve stopped: %v\n%s", err, errb.String())
	case <-time.After(20 * time.Second):
		t.Fatal("serve never listened")
	}
	for path, want := range map[string]string{"/healthz": "ok", "/metrics": "rcp2p_mail_sent_total"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("%s: %d %s", path, resp.StatusCode, b)
		}
	}
	resp, err := http.Post(base+"/unsubscribe/forged", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("forged unsubscribe: %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("shutdown: %v", err)
		}
	case <-time.After(25 * time.Second):
		t.Fatal("serve did not shut down")
	}
}

func TestDoctor(t *testing.T) {
	h := newHarness(t)
	out, _, code := h.run("doctor")
	if code != 0 || !strings.Contains(out, "ok   imap") || !strings.Contains(out, "ok   smtp") || !strings.Contains(out, "reserved test domain") {
		t.Fatalf("doctor exit %d:\n%s", code, out)
	}
	h.env = append(h.env, "RCP2P_IMAP_PASSWORD=wrong")
	out, _, code = h.run("doctor")
	if code != 1 || !strings.Contains(out, "FAIL imap") || !strings.Contains(out, "fix:") {
		t.Fatalf("doctor with a wrong password exit %d:\n%s", code, out)
	}
}
