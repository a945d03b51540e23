// Package web serves the small HTTP side of the service: health, metrics
// and RFC 8058 one-click unsubscribe. Everything else is email.
package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"rcp2p"
	"rcp2p/token"
)

// Store is what the HTTP side needs.
type Store interface {
	DigestPartner(ctx context.Context, digestID int64) (string, error)
	SetPartnerStatus(ctx context.Context, id string, status rcp2p.PartnerStatus, pausedUntil string) error
	Ping(ctx context.Context) error
}

// Metrics are counters the rest of the process increments.
type Metrics struct {
	Ingested     atomic.Int64
	IngestFailed atomic.Int64
	DigestsSent  atomic.Int64
	MailFailed   atomic.Int64
	Unsubscribed atomic.Int64
}

// Handler returns the HTTP routes.
func Handler(st Store, tokens *token.Signer, m *Metrics, now func() time.Time, log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if err := st.Ping(r.Context()); err != nil {
			http.Error(w, "store: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		for _, c := range []struct {
			name string
			v    *atomic.Int64
		}{{"rcp2p_messages_ingested_total", &m.Ingested}, {"rcp2p_messages_failed_total", &m.IngestFailed},
			{"rcp2p_mail_sent_total", &m.DigestsSent}, {"rcp2p_mail_failed_total", &m.MailFailed},
			{"rcp2p_unsubscribes_total", &m.Unsubscribed}} {
			fmt.Fprintf(w, "# TYPE %s counter\n%s %d\n", c.name, c.name, c.v.Load())
		}
	})
	u := &unsubscriber{st: st, tokens: tokens, m: m, now: now, log: log}
	mux.HandleFunc("GET /unsubscribe/{token}", u.page)
	mux.HandleFunc("POST /unsubscribe/{token}", u.post)
	return mux
}

type unsubscriber struct {
	st     Store
	tokens *token.Signer
	m      *Metrics
	now    func() time.Time
	log    *slog.Logger
}

var pageTmpl = template.Must(template.New("p").Parse(`<!doctype html><html><head><meta charset="utf-8"><title>RCP2P Inbox</title></head>
<body style="font-family:Arial,sans-serif;max-width:560px;margin:40px auto;color:#222">
<h1 style="font-size:20px">RCP2P Inbox</h1><p>{{.Text}}</p>
{{if .Form}}<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit" style="padding:10px 18px;background:#0b5cad;color:#fff;border:0;border-radius:4px">Unsubscribe from digests</button></form>{{end}}
</body></html>`))

func (u *unsubscriber) partner(r *http.Request) (string, error) {
	t, err := u.tokens.Verify(r.PathValue("token"), u.now())
	if err != nil {
		return "", err
	}
	if t.Kind != token.Unsubscribe && t.Kind != token.Digest {
		return "", &token.Error{Reason: "not an unsubscribe link"}
	}
	return u.st.DigestPartner(r.Context(), t.DigestID)
}

// page never unsubscribes by itself: link scanners follow GETs.
func (u *unsubscriber) page(w http.ResponseWriter, r *http.Request) {
	if _, err := u.partner(r); err != nil {
		u.fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = pageTmpl.Execute(w, map[string]any{"Text": "Press the button to stop receiving opportunity digests. You can reply \"resume\" to any of our mails to start again.", "Form": true})
}

func (u *unsubscriber) post(w http.ResponseWriter, r *http.Request) {
	id, err := u.partner(r)
	if err != nil {
		u.fail(w, err)
		return
	}
	if err := u.st.SetPartnerStatus(r.Context(), id, rcp2p.Unsubscribed, ""); err != nil {
		u.log.Error("unsubscribe_failed", "partner_id", id, "err", err)
		http.Error(w, "could not unsubscribe, please try again", http.StatusInternalServerError)
		return
	}
	u.m.Unsubscribed.Add(1)
	u.log.Info("unsubscribed", "partner_id", id, "via", "one-click")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = pageTmpl.Execute(w, map[string]any{"Text": "You are unsubscribed: no more digests will be sent. Reply \"resume\" to any of our mails to start again."})
}

func (u *unsubscriber) fail(w http.ResponseWriter, err error) {
	code := http.StatusInternalServerError
	msg := "something went wrong"
	if errors.Is(err, token.ErrToken) || errors.Is(err, rcp2p.ErrNotFound) {
		code, msg = http.StatusNotFound, "This unsubscribe link is not valid (it may be altered or too old). Reply \"unsubscribe\" to any digest instead."
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	_ = pageTmpl.Execute(w, map[string]any{"Text": strings.TrimSpace(msg)})
}
