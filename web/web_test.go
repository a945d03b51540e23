package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"rcp2p"
	"rcp2p/token"
)

type fakeStore struct {
	partners map[int64]string
	status   map[string]rcp2p.PartnerStatus
}

func (f *fakeStore) DigestPartner(_ context.Context, id int64) (string, error) {
	if p, ok := f.partners[id]; ok {
		return p, nil
	}
	return "", rcp2p.ErrNotFound
}

func (f *fakeStore) SetPartnerStatus(_ context.Context, id string, s rcp2p.PartnerStatus, _ string) error {
	f.status[id] = s
	return nil
}

func (f *fakeStore) Ping(context.Context) error { return nil }

func TestUnsubscribe(t *testing.T) {
	now := time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC)
	sig, _ := token.NewSigner("web-test-secret-0123456789")
	st := &fakeStore{partners: map[int64]string{7: "acme"}, status: map[string]rcp2p.PartnerStatus{}}
	m := &Metrics{}
	srv := httptest.NewServer(Handler(st, sig, m, func() time.Time { return now }, slog.New(slog.DiscardHandler)))
	defer srv.Close()
	good := srv.URL + "/unsubscribe/" + sig.Sign(token.Token{Kind: token.Unsubscribe, DigestID: 7}, now)

	resp, err := http.Get(good)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || len(st.status) != 0 {
		t.Fatalf("GET: %d, status changed %v", resp.StatusCode, st.status)
	}
	resp, err = http.Post(good, "application/x-www-form-urlencoded", strings.NewReader("List-Unsubscribe=One-Click"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || st.status["acme"] != rcp2p.Unsubscribed || m.Unsubscribed.Load() != 1 {
		t.Fatalf("POST: %d, status %v", resp.StatusCode, st.status)
	}
	for name, url := range map[string]string{
		"forged":     srv.URL + "/unsubscribe/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
		"wrong kind": srv.URL + "/unsubscribe/" + sig.Sign(token.Token{Kind: token.Item, DigestID: 7, OpportunityID: 1}, now),
		"no digest":  srv.URL + "/unsubscribe/" + sig.Sign(token.Token{Kind: token.Unsubscribe, DigestID: 99}, now),
	} {
		resp, err := http.Post(url, "application/x-www-form-urlencoded", strings.NewReader("List-Unsubscribe=One-Click"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 404 {
			t.Errorf("%s: %d, want 404", name, resp.StatusCode)
		}
	}
	resp, _ = http.Get(srv.URL + "/metrics")
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), "rcp2p_unsubscribes_total 1") {
		t.Errorf("metrics: %s", b)
	}
	resp, _ = http.Get(srv.URL + "/healthz")
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("healthz %d", resp.StatusCode)
	}
}
