package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/emersion/go-message/mail"

	"rcp2p/devmail"
)

// harness runs the real CLI (run) against loopback IMAP and SMTP servers
// and a SQLite file in a temp dir.
type harness struct {
	t    *testing.T
	dir  string
	imap *devmail.IMAP
	smtp *devmail.SMTP
	env  []string
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	dir := t.TempDir()
	im, err := devmail.StartIMAP("127.0.0.1:0", "opportunities", "pw")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { im.Close() })
	sm, err := devmail.StartSMTP("127.0.0.1:0", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sm.Close() })
	return &harness{t: t, dir: dir, imap: im, smtp: sm, env: []string{
		"RCP2P_STORE_PATH=" + filepath.Join(dir, "rcp2p.db"),
		"RCP2P_IMAP_ADDR=" + im.Addr, "RCP2P_IMAP_USERNAME=opportunities", "RCP2P_IMAP_PASSWORD=pw",
		"RCP2P_SMTP_ADDR=" + sm.Addr, "RCP2P_MAIL_SECRET=e2e-test-secret-0123456789",
		"RCP2P_LOG_LEVEL=warn",
	}}
}

// run executes one command line; it returns stdout, stderr and the code.
func (h *harness) run(args ...string) (string, string, int) {
	h.t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb, h.env)
	return out.String(), errb.String(), code
}

func (h *harness) mustRun(args ...string) string {
	h.t.Helper()
	out, errs, code := h.run(args...)
	if code != 0 {
		h.t.Fatalf("rcp2p %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

func (h *harness) write(name, content string) string {
	h.t.Helper()
	p := filepath.Join(h.dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		h.t.Fatal(err)
	}
	return p
}

const e2ePartners = `id,company,emails,competencies,regions,industries,min_budget,cadence,timezone
contoso,Contoso Analytics,ana@contoso.example;Bob@Contoso.example,Data Analytics:gold;Data Platform,US-West,Healthcare,20000,weekly,America/Los_Angeles
fabrikam,Fabrikam Security,sec@fabrikam.example,Security:gold;Cloud Platform,Europe,,0,daily,Europe/Berlin
northwind,Northwind ERP,erp@northwind.example,Enterprise Resource Planning:gold;Data Analytics,Remote,,100000,weekly,Asia/Tokyo
litware,Litware Devices,it@litware.example,Windows and Devices,US-East,,0,off,America/New_York
`

func submission(from, subject, msgID, body string) string {
	return "From: " + from + "\r\nTo: opportunities@rcp2p.test\r\nSubject: " + subject +
		"\r\nMessage-ID: <" + msgID + ">\r\nDate: Tue, 24 Nov 2026 09:00:00 -0800\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/plain; charset=utf-8\r\n\r\n" + strings.ReplaceAll(body, "\n", "\r\n")
}

// TestWholeLoop: submissions into the IMAP server, ingest, a forced digest
// run, and the digests that reach the SMTP server carry the right refs.
func TestWholeLoop(t *testing.T) {
	h := newHarness(t)
	csv := h.write("partners.csv", e2ePartners)
	if out := h.mustRun("partners", "import", csv); !strings.Contains(out, "added 4, updated 0, rejected 0") {
		t.Fatalf("import: %s", out)
	}
	mails := []string{
		submission("Sec Team <sec@fabrikam.example>", "Fwd: [External] Power BI dashboards for a Seattle hospital", "s1@fabrikam.example",
			"Competencies: Data Analytics\nRegion: Seattle\nIndustry: Healthcare\nBudget: USD 60,000\nRespond by: 2027-01-15\n"),
		submission("ana@contoso.example", "Pen test for a bank in Munich", "s2@contoso.example",
			"We need a penetration test and Sentinel setup.\nRegion: Germany\nBudget: EUR 30,000\nDeadline: 2027-02-01\n"),
		submission("ERP <erp@northwind.example>", "Business Central rollout", "s3@northwind.example",
			"Skills needed: Business Central\nLocation: Remote\nBudget: $150k\n"),
		submission("stranger@unknown.example", "Need Power BI", "s4@unknown.example", "Competencies: Data Analytics\n"),
	}
	for _, m := range mails {
		if err := h.imap.Append("INBOX", []byte(m)); err != nil {
			t.Fatal(err)
		}
	}
	now := "--now=2026-11-25T12:00:00Z"
	h.mustRun("ingest", "--once", now)
	var opps []struct {
		Ref, Submitter string
		Competencies   []string
		Regions        []string
	}
	if err := json.Unmarshal([]byte(h.mustRun("opportunities", "list", "--json")), &opps); err != nil {
		t.Fatal(err)
	}
	if len(opps) != 3 {
		t.Fatalf("%d opportunities, want 3: %+v", len(opps), opps)
	}
	acks := len(h.smtp.Received()) // acknowledgements and the unknown-sender reply
	if acks != 4 {
		t.Fatalf("%d mails after ingest, want 3 acks + 1 reply", acks)
	}
	h.mustRun("digest", "run", "--force", now)
	got := digestsByRecipient(t, h.smtp.Received()[acks:])
	want := map[string][]string{
		"ana@contoso.example":   {"OPP-1"}, // Data Analytics, Seattle ⊂ US-West, 60k ≥ 20k
		"sec@fabrikam.example":  {"OPP-2"}, // Security, Germany ⊂ Europe
		"erp@northwind.example": {},        // OPP-1 is 60k < 100k; OPP-3 is its own
	}
	for to, refs := range want {
		if strings.Join(got[to], ",") != strings.Join(refs, ",") {
			t.Errorf("%s got %v, want %v", to, got[to], refs)
		}
	}
	if _, ok := got["it@litware.example"]; ok {
		t.Error("cadence off partner got a digest")
	}
	// A second forced run sends nothing twice.
	before := len(h.smtp.Received())
	h.mustRun("digest", "run", "--force", now)
	if n := len(h.smtp.Received()); n != before {
		t.Fatalf("second run sent %d more mails", n-before)
	}
	var digests []struct {
		Partner string   `json:"partner"`
		State   string   `json:"state"`
		Refs    []string `json:"refs"`
	}
	if err := json.Unmarshal([]byte(h.mustRun("digests", "list", "--json")), &digests); err != nil {
		t.Fatal(err)
	}
	if len(digests) != 2 {
		t.Fatalf("digests list: %+v", digests)
	}
	for _, d := range digests {
		if d.State != "sent" {
			t.Errorf("digest for %s is %s", d.Partner, d.State)
		}
	}
}

var itemLine = regexp.MustCompile(`(?m)^\d+\. .+ \((OPP-\d+)\)\s*$`)

// digestsByRecipient parses received digests back and lists their refs.
func digestsByRecipient(t *testing.T, rs []devmail.Received) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, r := range rs {
		mr, err := mail.CreateReader(bytes.NewReader(r.Data))
		if err != nil {
			t.Fatal(err)
		}
		if mr.Header.Get("List-Unsubscribe") == "" || mr.Header.Get("Auto-Submitted") != "auto-generated" {
			t.Errorf("digest to %v lacks List-Unsubscribe or Auto-Submitted", r.To)
		}
		var text string
		for {
			p, err := mr.NextPart()
			if err != nil {
				break
			}
			if h, ok := p.Header.(*mail.InlineHeader); ok {
				ct, _, _ := h.ContentType()
				if ct == "text/plain" {
					b := new(bytes.Buffer)
					_, _ = b.ReadFrom(p.Body)
					text = b.String()
				}
			}
		}
		var refs []string
		for _, m := range itemLine.FindAllStringSubmatch(strings.ReplaceAll(text, "\r\n", "\n"), -1) {
			refs = append(refs, m[1])
		}
		sort.Strings(refs)
		for _, to := range r.To {
			out[strings.ToLower(to)] = refs
		}
	}
	return out
}

func TestExitCodes(t *testing.T) {
	h := newHarness(t)
	cases := []struct {
		args []string
		code int
	}{
		{[]string{"partners", "list"}, 0},
		{[]string{"no-such-command"}, 2},
		{[]string{"partners", "list", "--bogus"}, 2},
		{[]string{"preview"}, 2},
		{[]string{"messages", "show", "abc"}, 2},
		{[]string{"messages", "show", "999"}, 1},
		{[]string{"--now", "yesterday", "partners", "list"}, 2},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			_, errs, code := h.run(c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, c.code, errs)
			}
			if code != 0 && strings.Count(strings.TrimSpace(errs), "\n") > 0 {
				t.Errorf("error is not one line: %q", errs)
			}
		})
	}
}

func TestConfigErrorExit2(t *testing.T) {
	h := newHarness(t)
	h.env = append(h.env, "RCP2P_MAIL_SECRET=short")
	_, errs, code := h.run("partners", "list")
	if code != 2 || !strings.Contains(errs, "mail.secret") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

func TestGlobalFlagsAfterCommand(t *testing.T) {
	h := newHarness(t)
	h.mustRun("partners", "import", h.write("p.csv", e2ePartners))
	for _, args := range [][]string{{"--json", "partners", "list"}, {"partners", "list", "--json"}} {
		var ps []map[string]any
		if err := json.Unmarshal([]byte(h.mustRun(args...)), &ps); err != nil || len(ps) != 4 {
			t.Fatalf("%v: %v %d", args, err, len(ps))
		}
	}
}

// TestMessagesCommands: list with filters, show, and reprocess after the
// operator registered the sender — idempotent on a second reprocess.
func TestMessagesCommands(t *testing.T) {
	h := newHarness(t)
	h.mustRun("partners", "import", h.write("p.csv", e2ePartners))
	h.imap.Append("INBOX", []byte(submission("newbie@newco.example", "Sentinel for a bank", "n1@newco.example",
		"Competencies: Security\nRegion: UK\n")))
	h.imap.Append("INBOX", []byte("From: MAILER-DAEMON@mx.example\r\nTo: opportunities@rcp2p.test\r\nSubject: Undelivered Mail Returned to Sender\r\n"+
		"Message-ID: <b@mx.example>\r\nDate: Tue, 24 Nov 2026 09:00:00 +0000\r\n\r\nThe mail to x@y.example failed: 550 5.1.1 unknown user\r\n"))
	h.mustRun("ingest", "--once")
	var msgs []struct {
		ID      int64   `json:"id"`
		Kind    string  `json:"kind"`
		Outcome string  `json:"outcome"`
		Ref     *string `json:"ref"`
		From    string  `json:"from"`
	}
	if err := json.Unmarshal([]byte(h.mustRun("messages", "list", "--json", "--kind", "unknown_sender")), &msgs); err != nil || len(msgs) != 1 {
		t.Fatalf("unknown_sender list: %v %+v", err, msgs)
	}
	id := msgs[0].ID
	if out := h.mustRun("messages", "list", "--since", "2999-01-01"); strings.Count(out, "\n") != 1 {
		t.Fatalf("--since in the future listed messages:\n%s", out)
	}
	if out := h.mustRun("messages", "show", fmt.Sprint(id)); !strings.Contains(out, "unknown_sender") || !strings.Contains(out, "Sentinel for a bank") {
		t.Fatalf("show:\n%s", out)
	}
	// The operator adds the sender to fabrikam's contacts and reprocesses.
	h.mustRun("partners", "import", h.write("p2.csv", strings.Replace(e2ePartners, "sec@fabrikam.example", "sec@fabrikam.example;newbie@newco.example", 1)))
	if out := h.mustRun("messages", "reprocess", fmt.Sprint(id)); !strings.Contains(out, "submission") {
		t.Fatalf("reprocess: %s", out)
	}
	h.mustRun("messages", "reprocess", "--failed")
	h.mustRun("messages", "reprocess", fmt.Sprint(id))
	var opps []map[string]any
	json.Unmarshal([]byte(h.mustRun("opportunities", "list", "--json")), &opps)
	if len(opps) != 1 || opps[0]["submitter"] != "fabrikam" {
		t.Fatalf("after reprocessing: %+v", opps)
	}
	if _, _, code := h.run("messages", "reprocess"); code != 2 {
		t.Fatalf("reprocess without ID exit %d", code)
	}
}
