package main

import (
	"context"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"rcp2p/ingest"
	"rcp2p/store"
)

// doctorCmd checks each piece the service needs and says what to fix. It
// exits 1 when any check fails.
func (m *Main) doctorCmd() *cobra.Command {
	return &cobra.Command{Use: "doctor", Short: "check config, store, IMAP, SMTP and DNS; say what to fix", Args: args(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := m.load(); err != nil {
				fmt.Fprintf(m.Stdout, "FAIL config: %s\n", oneLine(err))
				return err
			}
			fmt.Fprintln(m.Stdout, "ok   config")
			ctx, cancel := context.WithTimeout(cmd.Context(), 30*time.Second)
			defer cancel()
			failed := 0
			check := func(name string, err error, fix string) {
				if err != nil {
					failed++
					fmt.Fprintf(m.Stdout, "FAIL %s: %s\n     fix: %s\n", name, oneLine(err), fix)
					return
				}
				fmt.Fprintf(m.Stdout, "ok   %s\n", name)
			}
			check("store "+m.Config.Store.Path, m.checkStore(ctx), "check store.path is writable; run `rcp2p migrate`")
			check("imap "+m.Config.IMAP.Addr, m.checkIMAP(ctx), "check imap.addr, imap.tls, imap.username and RCP2P_IMAP_PASSWORD, and that imap.mailbox exists")
			check("smtp "+m.Config.SMTP.Addr, m.checkSMTP(ctx), "check smtp.addr, smtp.tls and the relay's credentials")
			for _, hint := range dnsHints(ctx, m.Config.Mail.Domain, m.Config.Mail.DKIM.Selector) {
				fmt.Fprintf(m.Stdout, "hint dns: %s\n", hint)
			}
			if failed > 0 {
				return fmt.Errorf("%d checks failed", failed)
			}
			return nil
		}}
}

func (m *Main) checkStore(ctx context.Context) error {
	db, err := store.Open(ctx, m.Config.Store.Path)
	if err != nil {
		return err
	}
	defer db.Close()
	return db.Ping(ctx)
}

func (m *Main) checkIMAP(ctx context.Context) error {
	c, err := ingest.Dial(ctx, m.imapOptions())
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.Select(m.Config.IMAP.Mailbox, nil).Wait(); err != nil {
		return fmt.Errorf("select %s: %w", m.Config.IMAP.Mailbox, err)
	}
	return c.Logout().Wait()
}

func (m *Main) checkSMTP(ctx context.Context) error {
	s, err := m.smtpSender()
	if err != nil {
		return err
	}
	return s.Check(ctx)
}

// reservedTLDs are never looked up: they have no public DNS (RFC 2606).
var reservedTLDs = []string{".test", ".example", ".invalid", ".localhost", ".local"}

// dnsHints says what the mail domain's DNS lacks for mail to arrive and be
// trusted. It only hints: the relay may sign and publish for the domain.
func dnsHints(ctx context.Context, domain, selector string) []string {
	d := "." + strings.ToLower(domain)
	for _, t := range reservedTLDs {
		if strings.HasSuffix(d, t) {
			return []string{domain + " is a reserved test domain: no DNS checks (use your real domain in production)"}
		}
	}
	var hints []string
	r := net.DefaultResolver
	if mx, err := r.LookupMX(ctx, domain); err != nil || len(mx) == 0 {
		hints = append(hints, "no MX record for "+domain+": replies from partners cannot reach the mailbox")
	}
	txt, _ := r.LookupTXT(ctx, domain)
	if !hasPrefix(txt, "v=spf1") {
		hints = append(hints, "no SPF record (TXT v=spf1 …) for "+domain+": digests may be marked as spam")
	}
	dmarc, _ := r.LookupTXT(ctx, "_dmarc."+domain)
	if !hasPrefix(dmarc, "v=DMARC1") {
		hints = append(hints, "no DMARC record at _dmarc."+domain)
	}
	if selector != "" {
		if k, _ := r.LookupTXT(ctx, selector+"._domainkey."+domain); !hasPrefix(k, "v=DKIM1") {
			hints = append(hints, "no DKIM key at "+selector+"._domainkey."+domain)
		}
	}
	return hints
}

func hasPrefix(records []string, prefix string) bool {
	for _, r := range records {
		if strings.HasPrefix(strings.TrimSpace(r), prefix) {
			return true
		}
	}
	return false
}
