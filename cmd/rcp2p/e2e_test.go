package main

import (
	"bytes"
	"io"
	"net/smtp"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/mail"
)

// TestPostfixDovecot runs the loop through a real Postfix and Dovecot that
// scripts/e2e-mail.sh starts; without them it is skipped.
func TestPostfixDovecot(t *testing.T) {
	imapAddr, smtpAddr := os.Getenv("RCP2P_E2E_IMAP"), os.Getenv("RCP2P_E2E_SMTP")
	if imapAddr == "" || smtpAddr == "" {
		t.Skip("set by scripts/e2e-mail.sh, which starts Postfix and Dovecot")
	}
	dir := t.TempDir()
	h := &harness{t: t, dir: dir, env: []string{
		"RCP2P_STORE_PATH=" + filepath.Join(dir, "rcp2p.db"),
		"RCP2P_IMAP_ADDR=" + imapAddr, "RCP2P_IMAP_USERNAME=opportunities@rcp2p.test", "RCP2P_IMAP_PASSWORD=pw",
		"RCP2P_SMTP_ADDR=" + smtpAddr, "RCP2P_MAIL_SECRET=e2e-test-secret-0123456789",
		"RCP2P_INGEST_TRUSTED_AUTHSERV_ID=mx.rcp2p.test", "RCP2P_LOG_LEVEL=warn",
	}}
	h.mustRun("partners", "import", h.write("partners.csv", e2ePartners))
	send := func(from, raw string) {
		t.Helper()
		if err := smtp.SendMail(smtpAddr, nil, from, []string{"opportunities@rcp2p.test"}, []byte(raw)); err != nil {
			t.Fatalf("send to postfix: %v", err)
		}
	}
	send("sec@fabrikam.example", submission("Sec Team <sec@fabrikam.example>", "Fwd: Power BI dashboards for a Seattle hospital", "pd1@fabrikam.example",
		"Competencies: Data Analytics\nRegion: Seattle\nBudget: USD 60,000\nRespond by: 2027-01-15\n"))
	send("ana@contoso.example", submission("ana@contoso.example", "Pen test for a bank in Munich", "pd2@contoso.example",
		"We need a penetration test and Sentinel setup.\nRegion: Germany\nBudget: EUR 30,000\n"))
	send("someone@newco.example", submission("someone@newco.example", "Need help", "pd3@newco.example", "Competencies: Security\n"))
	waitMessages(t, imapAddr, "opportunities@rcp2p.test", "INBOX", 3)

	h.mustRun("ingest", "--once")
	h.mustRun("digest", "run", "--force")
	checks := []struct {
		user, want string
	}{
		{"ana@contoso.example", "(OPP-1)"},                              // digest with the Seattle job
		{"sec@fabrikam.example", "(OPP-2)"},                             // digest with the Munich job
		{"sec@fabrikam.example", "Received:"},                           // acknowledgement of its own submission
		{"someone@newco.example", "contacts of any registered partner"}, // the polite explanation
	}
	for _, c := range checks {
		if !mailboxHas(t, imapAddr, c.user, c.want) {
			t.Errorf("%s never received mail containing %q", c.user, c.want)
		}
	}
	// Run ingest again: the service's own mail is not in its inbox, and
	// nothing is processed twice.
	if out := h.mustRun("ingest", "--once"); !strings.Contains(out, "0 new") {
		t.Errorf("second ingest: %s", out)
	}
}

func dialE2E(t *testing.T, addr, user string) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login(user, "pw").Wait(); err != nil {
		t.Fatal(err)
	}
	return c
}

func waitMessages(t *testing.T, addr, user, mailbox string, n uint32) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		c := dialE2E(t, addr, user)
		st, err := c.Status(mailbox, &imap.StatusOptions{NumMessages: true}).Wait()
		c.Close()
		if err == nil && st.NumMessages != nil && *st.NumMessages >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %d messages did not arrive (err %v)", user, n, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// mailboxHas waits until some message in user's INBOX contains want.
func mailboxHas(t *testing.T, addr, user, want string) bool {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		c := dialE2E(t, addr, user)
		found := false
		if sel, err := c.Select("INBOX", nil).Wait(); err == nil && sel.NumMessages > 0 {
			section := &imap.FetchItemBodySection{Peek: true}
			msgs, _ := c.Fetch(imap.SeqSetNum(seqAll(sel.NumMessages)...), &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{section}}).Collect()
			for _, m := range msgs {
				if strings.Contains(strings.Join(strings.Fields(plainText(m.FindBodySection(section))), " "), want) {
					found = true
				}
			}
		}
		c.Close()
		if found {
			return true
		}
		time.Sleep(300 * time.Millisecond)
	}
	return false
}

// plainText decodes the text/plain parts of a mail (quoted-printable and
// all), so that assertions do not depend on transfer encoding.
func plainText(raw []byte) string {
	mr, err := mail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		return string(raw)
	}
	var b strings.Builder
	b.WriteString(mr.Header.Get("Subject") + "\n")
	for {
		p, err := mr.NextPart()
		if err != nil {
			return b.String()
		}
		if h, ok := p.Header.(*mail.InlineHeader); ok {
			if ct, _, _ := h.ContentType(); ct == "text/plain" {
				body, _ := io.ReadAll(p.Body)
				b.Write(body)
			}
		}
	}
}

func seqAll(n uint32) []uint32 {
	out := make([]uint32, n)
	for i := range out {
		out[i] = uint32(i + 1)
	}
	return out
}
