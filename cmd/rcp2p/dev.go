package main

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"rcp2p/devmail"
	"rcp2p/digest"
	"rcp2p/directory"
	"rcp2p/store"
)

// devdata holds the sample partners and submissions `rcp2p dev` loads.
//
//go:embed devdata/partners.csv devdata/mail/*.eml
var devdata embed.FS

const devSecret = "dev-only-secret-not-for-production"

func (m *Main) devCmd() *cobra.Command {
	var dir string
	c := &cobra.Command{Use: "dev", Short: "run the whole service on embedded defaults with in-process IMAP and SMTP servers", Args: args(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error { return m.dev(cmd.Context(), dir, nil) }}
	c.Flags().StringVar(&dir, "dir", "rcp2p-dev", "folder for the SQLite file and the sent mail")
	return c
}

// dev starts loopback IMAP and SMTP servers, points the config at them,
// loads the sample data, runs ingest and a forced digest, then serves until
// ctx ends. ready, when set, is called once everything is up (tests).
func (m *Main) dev(ctx context.Context, dir string, ready func(*devEnv)) error {
	outDir := filepath.Join(dir, "sent")
	// Dev data is disposable: each run starts fresh, so the sample mail is
	// ingested and the digests are sent again.
	for _, pattern := range []string{"rcp2p.db*", "sent/*.eml"} {
		old, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, f := range old {
			if err := os.Remove(f); err != nil {
				return fmt.Errorf("clear previous dev data: %w", err)
			}
		}
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", outDir, err)
	}
	imapSrv, err := devmail.StartIMAP("127.0.0.1:0", "opportunities", "dev")
	if err != nil {
		return err
	}
	defer imapSrv.Close()
	smtpSrv, err := devmail.StartSMTP("127.0.0.1:0", outDir)
	if err != nil {
		return err
	}
	defer smtpSrv.Close()
	// Mail a person sends through the dev SMTP server to the service's
	// address (plus-addresses too: replies to digests) lands in its mailbox.
	smtpSrv.OnReceive(func(r devmail.Received) error {
		for _, to := range r.To {
			if local, domain, _ := strings.Cut(strings.ToLower(to), "@"); domain == "rcp2p.test" &&
				(local == "opportunities" || strings.HasPrefix(local, "opportunities+")) {
				return imapSrv.Append("INBOX", r.Data)
			}
		}
		return nil
	})
	httpAddr, err := freeLoopbackAddr()
	if err != nil {
		return err
	}
	m.Env = append(append([]string{}, m.Env...),
		"RCP2P_HTTP_ADDR="+httpAddr, "RCP2P_HTTP_BASE_URL=http://"+httpAddr,
		"RCP2P_STORE_PATH="+filepath.Join(dir, "rcp2p.db"),
		"RCP2P_IMAP_ADDR="+imapSrv.Addr, "RCP2P_IMAP_USERNAME=opportunities", "RCP2P_IMAP_PASSWORD=dev",
		"RCP2P_IMAP_POLL_INTERVAL=2s",
		"RCP2P_SMTP_ADDR="+smtpSrv.Addr)
	if !hasEnv(m.Env, "RCP2P_MAIL_SECRET") {
		m.Env = append(m.Env, "RCP2P_MAIL_SECRET="+devSecret)
	}
	if err := m.open(ctx); err != nil {
		return err
	}
	report, err := m.loadDevData(ctx, imapSrv)
	if err != nil {
		return err
	}
	env := &devEnv{IMAP: imapSrv, SMTP: smtpSrv, Dir: dir, SentDir: outDir}
	return m.serve(ctx, serveOptions{ready: func(httpAddr string) {
		env.HTTPAddr = httpAddr
		m.printDevBanner(env, report)
		if ready != nil {
			ready(env)
		}
	}})
}

// freeLoopbackAddr picks a free port for the dev HTTP server, so that the
// unsubscribe links in dev digests (built from http.base_url before the
// server listens) point at it.
func freeLoopbackAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("find a free port: %w", err)
	}
	addr := ln.Addr().String()
	return addr, ln.Close()
}

type devEnv struct {
	IMAP     *devmail.IMAP
	SMTP     *devmail.SMTP
	Dir      string
	SentDir  string
	HTTPAddr string
}

type devReport struct {
	imported, submitted, digests, items, sent int
	kinds                                     map[string]int
	perPartner                                []string
}

// loadDevData imports the sample partners, delivers the sample mail into
// the IMAP server, ingests it and sends a forced digest run.
func (m *Main) loadDevData(ctx context.Context, imapSrv *devmail.IMAP) (devReport, error) {
	r := devReport{kinds: map[string]int{}}
	csv, err := devdata.ReadFile("devdata/partners.csv")
	if err != nil {
		return r, err
	}
	rows, err := directory.Read(bytes.NewReader(csv), m.tax)
	if err != nil {
		return r, err
	}
	for _, row := range rows {
		if row.Err != nil {
			return r, fmt.Errorf("sample partners line %d: %w", row.Line, row.Err)
		}
		if _, err := m.db.UpsertPartner(ctx, row.Partner); err != nil {
			return r, err
		}
		r.imported++
	}
	files, _ := fs.Glob(devdata, "devdata/mail/*.eml")
	sort.Strings(files)
	for _, f := range files {
		raw, _ := devdata.ReadFile(f)
		if err := imapSrv.Append("INBOX", raw); err != nil {
			return r, err
		}
		r.submitted++
	}
	cmd := &cobra.Command{}
	cmd.SetContext(ctx)
	if _, err := m.ingestOnce(cmd); err != nil {
		return r, err
	}
	ms, err := m.db.Messages(ctx, store.MessageFilter{})
	if err != nil {
		return r, err
	}
	for _, x := range ms {
		r.kinds[string(x.Kind)]++
	}
	d, err := m.deliverer()
	if err != nil {
		return r, err
	}
	if _, _, err := d.Deliver(ctx); err != nil {
		return r, err
	}
	res, err := m.runner(d).Run(ctx, m.Now(), digest.RunOptions{Force: true})
	if err != nil {
		return r, err
	}
	r.digests, r.items, r.sent = res.Queued, res.Items, res.Sent
	ds, err := m.db.Digests(ctx, store.DigestFilter{})
	if err != nil {
		return r, err
	}
	for i := len(ds) - 1; i >= 0; i-- {
		r.perPartner = append(r.perPartner, fmt.Sprintf("%-12s %s", ds[i].PartnerID, strings.Join(ds[i].Refs, ", ")))
	}
	return r, nil
}

func (m *Main) printDevBanner(e *devEnv, r devReport) {
	var kinds []string
	for k, n := range r.kinds {
		kinds = append(kinds, fmt.Sprintf("%d %s", n, k))
	}
	sort.Strings(kinds)
	cfg := "RCP2P_STORE_PATH=" + filepath.Join(e.Dir, "rcp2p.db") + " RCP2P_MAIL_SECRET=" + devSecret
	fmt.Fprintf(m.Stdout, `
RCP2P Inbox is running on embedded defaults (dev mode).

  partners imported   %d (sample directory)
  mail delivered      %d sample messages into the IMAP server
  ingested            %s
  digests sent        %d digests with %d items:
      %s

Look at what was sent:   ls %s        (every mail as an .eml file)
Preview a digest:        %s go run ./cmd/rcp2p preview --partner <id from the list above>
List what happened:      %s go run ./cmd/rcp2p messages list
                         %s go run ./cmd/rcp2p opportunities list
IMAP server:             %s  user opportunities, password dev (no TLS)
SMTP server:             %s  (accepts anything and saves it to the folder above;
                         mail to opportunities@rcp2p.test goes into the IMAP INBOX)
HTTP:                    http://%s/healthz
Send a new submission:   through the SMTP server above, from a sample partner address
                         (cmd/rcp2p/devdata/partners.csv) to opportunities@rcp2p.test,
                         e.g. swaks --server %s --from anna@contoso.example \
                           --to opportunities@rcp2p.test --header "Subject: Power BI in Berlin" \
                           --body "Competencies: Data Analytics"
                         It is ingested within seconds; reply to a digest the same way.

Press Ctrl-C to stop.
`, r.imported, r.submitted, strings.Join(kinds, ", "), r.digests, r.items, strings.Join(r.perPartner, "\n      "),
		e.SentDir, cfg, cfg, cfg, e.IMAP.Addr, e.SMTP.Addr, e.HTTPAddr, e.SMTP.Addr)
}

func hasEnv(env []string, key string) bool {
	for _, kv := range env {
		if strings.HasPrefix(kv, key+"=") {
			return true
		}
	}
	return false
}
