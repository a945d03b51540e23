package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/emersion/go-message/mail"

	"rcp2p/devmail"
)

// digestOf returns the Reply-To, Message-ID and item mailto addresses of
// the digest sent to addr.
func digestOf(t *testing.T, rs []devmail.Received, addr string) (replyTo, msgID string) {
	t.Helper()
	for _, r := range rs {
		if r.To[0] != addr {
			continue
		}
		mr, err := mail.CreateReader(bytes.NewReader(r.Data))
		if err != nil {
			t.Fatal(err)
		}
		if mr.Header.Get("List-Id") == "" {
			continue
		}
		return mr.Header.Get("Reply-To"), strings.Trim(mr.Header.Get("Message-Id"), "<>")
	}
	t.Fatalf("no digest to %s", addr)
	return "", ""
}

func reply(from, to, subject, msgID, inReplyTo, body string) []byte {
	h := "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: <" + msgID + ">\r\n" +
		"Date: Wed, 25 Nov 2026 09:00:00 +0000\r\n"
	if inReplyTo != "" {
		h += "In-Reply-To: <" + inReplyTo + ">\r\nReferences: <" + inReplyTo + ">\r\n"
	}
	return []byte(h + "\r\n" + strings.ReplaceAll(body, "\n", "\r\n"))
}

// TestInterestAndIntroduction: a partner replies to its digest naming an
// item; the submitter gets one introduction copying the replier; a repeat
// gets none; a forged token gets a polite error; a closed item gets "no
// longer open".
func TestInterestAndIntroduction(t *testing.T) {
	h := newHarness(t)
	h.mustRun("partners", "import", h.write("p.csv", e2ePartners))
	h.imap.Append("INBOX", []byte(submission("sec@fabrikam.example", "Power BI dashboards for a Seattle hospital", "i1@fabrikam.example",
		"Competencies: Data Analytics\nRegion: Seattle\nBudget: USD 60,000\n")))
	h.imap.Append("INBOX", []byte(submission("sec@fabrikam.example", "Tableau reporting in Portland", "i2@fabrikam.example",
		"Competencies: Data Analytics\nRegion: Oregon\nBudget: USD 70,000\n")))
	h.mustRun("ingest", "--once")
	h.mustRun("digest", "run", "--force")
	replyTo, digestID := digestOf(t, h.smtp.Received(), "ana@contoso.example")
	addr, _ := mail.ParseAddress(replyTo)
	before := len(h.smtp.Received())

	// Inline answer above the quoted digest: "#2" only counts, not the quote's "#1".
	h.imap.Append("INBOX", reply("Bob@Contoso.example", addr.Address, "Re: digest", "r1@contoso.example", digestID,
		"We'd like #2, please.\n\nOn Mon, RCP2P Inbox wrote:\n> 1. Tableau reporting in Portland (OPP-2)\n> 2. Power BI dashboards (OPP-1)\n"))
	h.mustRun("ingest", "--once")
	sent := h.smtp.Received()[before:]
	if len(sent) != 1 || !strings.Contains(string(sent[0].Data), "Introduction: Contoso Analytics is interested") ||
		!strings.Contains(strings.ToLower(strings.Join(sent[0].To, ",")), "bob@contoso.example") {
		t.Fatalf("introduction: %d mails %+v", len(sent), sent)
	}
	var interests []map[string]any
	json.Unmarshal([]byte(h.mustRun("interests", "list", "--json")), &interests)
	if len(interests) != 1 || interests[0]["partner"] != "contoso" || interests[0]["introduced_at"] == nil {
		t.Fatalf("interests %+v", interests)
	}

	// The same choice again, by reference and via In-Reply-To: no second introduction.
	before = len(h.smtp.Received())
	h.imap.Append("INBOX", reply("ana@contoso.example", "opportunities@rcp2p.test", "Re: digest", "r2@contoso.example", digestID,
		"Interested in "+interests[0]["opportunity"].(string)+"\n"))
	h.mustRun("ingest", "--once")
	if n := len(h.smtp.Received()) - before; n != 0 {
		t.Fatalf("repeat interest sent %d mails", n)
	}

	// A forged token: one polite error, nothing recorded.
	before = len(h.smtp.Received())
	h.imap.Append("INBOX", reply("ana@contoso.example", "opportunities+aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@rcp2p.test", "Re: digest", "r3@contoso.example", digestID, "#1\n"))
	h.mustRun("ingest", "--once")
	got := h.smtp.Received()[before:]
	if len(got) != 1 || !strings.Contains(string(got[0].Data), "could not match") {
		t.Fatalf("forged token answer: %+v", got)
	}

	// The submitter closes OPP-2; interest in it is "no longer open".
	h.imap.Append("INBOX", reply("sec@fabrikam.example", "opportunities@rcp2p.test", "close OPP-2", "r4@fabrikam.example", "", "close OPP-2\n"))
	h.mustRun("ingest", "--once")
	before = len(h.smtp.Received())
	h.imap.Append("INBOX", reply("ana@contoso.example", addr.Address, "Re: digest", "r5@contoso.example", "", "OPP-2 please\n"))
	h.mustRun("ingest", "--once")
	got = h.smtp.Received()[before:]
	if len(got) != 1 || !strings.Contains(string(got[0].Data), "no longer open") {
		t.Fatalf("closed interest answer: %+v", got)
	}
	json.Unmarshal([]byte(h.mustRun("interests", "list", "--json")), &interests)
	if len(interests) != 1 {
		t.Fatalf("interests after all: %+v", interests)
	}
}
