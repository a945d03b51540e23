package main

import (
	"bytes"
	"context"
	"net/http"
	"net/smtp"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"rcp2p/store"
)

func smtpSend(addr, from, to, raw string) error {
	return smtp.SendMail(addr, nil, from, []string{to}, []byte(raw))
}

func TestImportReport(t *testing.T) {
	h := newHarness(t)
	csv := e2ePartners +
		"short,Short Co,a@short.example\n" +
		"badcomp,Bad,b@bad.example,Underwater Basket Weaving,,,0,weekly,UTC\n" +
		"badtz,Bad TZ,c@tz.example,Security,,,0,weekly,Mars/Olympus\n" +
		"contoso,Contoso again,d@contoso2.example,Security,,,0,weekly,UTC\n" +
		"thief,Thief,ana@contoso.example,Security,,,0,weekly,UTC\n"
	out := h.mustRun("partners", "import", h.write("p.csv", csv))
	for _, want := range []string{
		"line 6: has 3 fields, want 9",
		"line 7: unknown competency \"Underwater Basket Weaving\"",
		"line 8: timezone \"Mars/Olympus\"",
		"line 9: duplicate id",
		"line 10: ", // ana@contoso.example belongs to contoso
		"added 4, updated 0, rejected 5",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("import report lacks %q:\n%s", want, out)
		}
	}
	// Importing again updates instead of adding.
	if out := h.mustRun("partners", "import", h.write("p2.csv", e2ePartners)); !strings.Contains(out, "added 0, updated 4, rejected 0") {
		t.Errorf("re-import: %s", out)
	}
	if _, errs, code := h.run("partners", "import", filepath.Join(h.dir, "missing.csv")); code != 2 || errs == "" {
		t.Errorf("missing file: exit %d %q", code, errs)
	}
}

func TestMigrateAndBackup(t *testing.T) {
	h := newHarness(t)
	if out := h.mustRun("migrate"); !strings.Contains(out, "applied 2 migrations") {
		t.Fatalf("first migrate: %s", out)
	}
	if out := h.mustRun("migrate"); !strings.Contains(out, "applied 0 migrations") {
		t.Fatalf("second migrate: %s", out)
	}
	h.mustRun("partners", "import", h.write("p.csv", e2ePartners))
	backup := filepath.Join(h.dir, "backup.db")
	h.mustRun("backup", backup)
	if _, _, code := h.run("backup", backup); code != 1 {
		t.Fatalf("backup over an existing file: exit %d", code)
	}
	h.env = append(h.env, "RCP2P_STORE_PATH="+backup)
	if out := h.mustRun("partners", "list"); !strings.Contains(out, "Contoso Analytics") {
		t.Fatalf("backup lacks partners:\n%s", out)
	}
}

func TestPreviewRecordsNothing(t *testing.T) {
	h := newHarness(t)
	h.mustRun("partners", "import", h.write("p.csv", e2ePartners))
	h.imap.Append("INBOX", []byte(submission("sec@fabrikam.example", "Power BI in Seattle", "pv1@fabrikam.example",
		"Competencies: Data Analytics\nRegion: Seattle\nBudget: USD 60,000\n")))
	h.mustRun("ingest", "--once")
	text := h.mustRun("preview", "--partner", "contoso")
	if !strings.Contains(text, "1. Power BI in Seattle (OPP-1)") {
		t.Fatalf("preview text:\n%s", text)
	}
	if html := h.mustRun("preview", "--partner", "contoso", "--format", "html"); !strings.Contains(html, "<table") {
		t.Fatal("preview html has no table")
	}
	if out := h.mustRun("digest", "run", "--dry-run", "--force"); !strings.Contains(out, "would send contoso") {
		t.Fatalf("dry run: %s", out)
	}
	if out := h.mustRun("digests", "list"); strings.Count(out, "\n") != 1 {
		t.Fatalf("preview or dry run recorded digests:\n%s", out)
	}
	if _, _, code := h.run("preview", "--partner", "nobody"); code != 1 {
		t.Fatalf("unknown partner exit %d", code)
	}
}

// TestDev runs `rcp2p dev` as a new user would, and finds digests among the
// mail it wrote to its folder.
func TestDev(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	m := NewMain(strings.NewReader(""), &out, &errb, []string{"RCP2P_LOG_LEVEL=warn"})
	defer m.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var env *devEnv
	err := m.dev(ctx, dir, func(e *devEnv) { env = e; cancel() })
	if err != nil && ctx.Err() == nil {
		t.Fatalf("dev: %v\n%s", err, errb.String())
	}
	if env == nil {
		t.Fatalf("dev never became ready:\n%s\n%s", out.String(), errb.String())
	}
	files, _ := filepath.Glob(filepath.Join(env.SentDir, "*.eml"))
	digests := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if bytes.Contains(b, []byte("List-Unsubscribe:")) {
			digests++
		}
	}
	if digests < 3 || !strings.Contains(out.String(), "digests sent") {
		t.Fatalf("%d digests among %d mails; output:\n%s", digests, len(files), out.String())
	}
}

// TestDevOneClickUnsubscribe: the HTTPS/HTTP link in a dev digest's
// List-Unsubscribe header works against the running dev server.
func TestDevOneClickUnsubscribe(t *testing.T) {
	m, env, ctx, stop := startDev(t)
	defer stop()
	var link, to string
	for _, r := range env.SMTP.Received() {
		mr, err := mail.CreateReader(bytes.NewReader(r.Data))
		if err != nil {
			continue
		}
		for _, part := range strings.Split(mr.Header.Get("List-Unsubscribe"), ",") {
			if u := strings.Trim(strings.TrimSpace(part), "<>"); strings.HasPrefix(u, "http") {
				link, to = u, r.To[0]
			}
		}
		if link != "" {
			break
		}
	}
	if link == "" {
		t.Fatal("no digest with an HTTP unsubscribe link")
	}
	resp, err := http.Post(link, "application/x-www-form-urlencoded", strings.NewReader("List-Unsubscribe=One-Click"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	p, err := m.db.PartnerByEmail(ctx, to)
	if resp.StatusCode != 200 || err != nil || p.Status != "unsubscribed" {
		t.Fatalf("POST %s: %d; partner %v %v", link, resp.StatusCode, p, err)
	}
}

// TestDevLoop: in dev mode a submission sent through the dev SMTP server
// to the service's address is ingested by the running loop.
func TestDevLoop(t *testing.T) {
	m, env, ctx, stop := startDev(t)
	defer stop()
	raw := "From: anna@contoso.example\r\nTo: opportunities@rcp2p.test\r\nSubject: Sentinel for a Paris bank\r\n" +
		"Message-ID: <devloop@contoso.example>\r\nDate: Wed, 25 Nov 2026 10:00:00 +0100\r\n\r\nCompetencies: Security\r\nRegion: France\r\n"
	if err := smtpSend(env.SMTP.Addr, "anna@contoso.example", "opportunities@rcp2p.test", raw); err != nil {
		t.Fatal(err)
	}
	for {
		ms, err := m.db.Messages(ctx, store.MessageFilter{})
		if err == nil && len(ms) > 0 && ms[0].Subject == "Sentinel for a Paris bank" && ms[0].Kind == "submission" {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("the dev loop never ingested the new submission")
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// startDev runs `rcp2p dev` until the test ends; it returns once the dev
// servers are up and the sample data is in.
func startDev(t *testing.T) (*Main, *devEnv, context.Context, func()) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain(strings.NewReader(""), &out, &errb, []string{"RCP2P_LOG_LEVEL=warn"})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	done := make(chan error, 1)
	ready := make(chan *devEnv, 1)
	go func() { done <- m.dev(ctx, t.TempDir(), func(e *devEnv) { ready <- e }) }()
	stop := func() {
		cancel()
		<-done
		m.Close()
	}
	select {
	case env := <-ready:
		return m, env, ctx, stop
	case err := <-done:
		cancel()
		m.Close()
		t.Fatalf("dev: %v\n%s", err, errb.String())
	}
	return nil, nil, nil, nil
}
