package ingest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"rcp2p"
)

func TestParseCommand(t *testing.T) {
	cases := []struct {
		subject, body string
		verb, arg     string
		ok            bool
	}{
		{"", "unsubscribe", "unsubscribe", "", true},
		{"STOP", "", "unsubscribe", "", true},
		{"Re: digest", "Please pause until 15 January 2027.\n\nThanks", "pause", "15 january 2027", true},
		{"", "Hi,\n\nresume\n", "resume", "", true},
		{"", "Kindly withdraw OPP-12, we found someone", "withdraw", "OPP-12", true},
		{"close opp 7", "", "close", "opp 7", true},
		{"", "weekly", "weekly", "", true},
		{"", "Status?", "status", "", true},
		{"", "pause", "", "", false},
		{"", "withdraw the offer please", "", "", false},
		{"", "Stop by our booth at the conference next week and say hello", "", "", false},
		{"Digest wieder aktivieren", "resume\n\nDanke!", "resume", "", true},
		{"", "Bitte abmelden, danke", "unsubscribe", "", true},
		{"Se désabonner", "", "unsubscribe", "", true},
		{"", "Pausieren bis 15. Januar 2027", "pause", "15. januar 2027", true},
		{"", "pausar hasta el 10 de enero de 2027", "pause", "10 de enero de 2027", true},
		{"", "reprendre", "resume", "", true},
		{"", "wöchentlich bitte", "weekly", "", true},
		{"", "retirer OPP-4", "withdraw", "OPP-4", true},
		{"", "Pause jusqu'au 3 février 2027", "pause", "3 février 2027", true},
		{"", "Stato", "status", "", true},
		{"", "Status report for the Q3 project is attached", "", "", false},
		{"", "Close collaboration with your team would be great", "", "", false},
	}
	for _, c := range cases {
		t.Run(c.subject+"|"+c.body, func(t *testing.T) {
			got, ok := parseCommand(c.subject, c.body)
			if ok != c.ok || (ok && (got.verb != c.verb || !strings.EqualFold(got.arg, c.arg))) {
				t.Fatalf("parseCommand = %+v %v, want %s %q %v", got, ok, c.verb, c.arg, c.ok)
			}
		})
	}
}

// TestCommands runs each command through the pipeline and checks its
// effect and its one confirmation.
func TestCommands(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	uid := uint32(0)
	send := func(from, subject, body string) *rcp2p.Message {
		uid++
		return e.deliver(t, uid, mailFrom(from, subject, fmt.Sprintf("cmd%d@x.example", uid), "", body))
	}
	partner := func(id string) *rcp2p.Partner {
		p, err := e.db.Partner(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	anna := "anna.schmidt@contoso.example"
	if m := send(anna, "unsubscribe", ""); m.Kind != rcp2p.KindCommand || partner("contoso").Status != rcp2p.Unsubscribed {
		t.Fatalf("unsubscribe: %s %s", m.Kind, m.Outcome)
	}
	send("jonas.weber@contoso.example", "Re: x", "resume") // any contact may command for the partner
	if partner("contoso").Status != rcp2p.Active {
		t.Fatal("resume did not reactivate")
	}
	send(anna, "", "Please pause until 15 January 2027")
	if p := partner("contoso"); p.Status != rcp2p.Paused || p.PausedUntil != "2027-01-15" {
		t.Fatalf("pause: %s %s", p.Status, p.PausedUntil)
	}
	if m := send(anna, "", "pause until yesterday"); !strings.Contains(m.Outcome, "refused") {
		t.Fatalf("pause into the past: %s", m.Outcome)
	}
	send(anna, "", "daily")
	if partner("contoso").Cadence != rcp2p.Daily {
		t.Fatal("daily")
	}
	// Withdraw: only the submitter's contacts may.
	sub := send(anna, "Power BI job", "Competencies: Data Analytics\n")
	if sub.Ref == "" {
		t.Fatalf("submission: %s", sub.Outcome)
	}
	if m := send("mike.chen@fabrikam.example", "", "withdraw "+sub.Ref); !strings.Contains(m.Outcome, "refused") {
		t.Fatalf("other partner withdrew: %s", m.Outcome)
	}
	m := send(anna, "", "status")
	if m.Kind != rcp2p.KindCommand {
		t.Fatalf("status: %s", m.Outcome)
	}
	due, _ := e.db.DueMail(ctx, testNow.Add(time.Hour), 100)
	last := due[len(due)-1]
	if !strings.Contains(last.Text, sub.Ref) || !strings.Contains(last.Text, "daily") {
		t.Fatalf("status mail lacks the open opportunity or cadence:\n%s", last.Text)
	}
	send("jonas.weber@contoso.example", "", "withdraw "+sub.Ref)
	id, _ := rcp2p.ParseRef(sub.Ref)
	if o, _ := e.db.Opportunity(ctx, id); o.Status != rcp2p.Withdrawn {
		t.Fatalf("withdraw: %s", o.Status)
	}
}

// TestCorrectionByReplyToAck: the submitter replies to its acknowledgement
// with corrected fields; the opportunity changes and a new acknowledgement
// says so. Another partner's reply to it changes nothing.
func TestCorrectionByReplyToAck(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	sub := e.deliver(t, 1, mailFrom("anna.schmidt@contoso.example", "Power BI job", "c1@contoso.example", "",
		"Competencies: Data Analytics\nRegion: Germany\nBudget: EUR 40,000\n"))
	ack := fmt.Sprintf("ack-%d@rcp2p.test", sub.ID)
	fix := mailFrom("jonas.weber@contoso.example", "Re: Received: Power BI job ("+sub.Ref+")", "c2@contoso.example",
		"In-Reply-To: <"+ack+">\r\n", "Budget: EUR 80,000\nAlso Security please.\n\n> We understood: ...\n")
	m := e.deliver(t, 2, fix)
	if m.Kind != rcp2p.KindReply || !strings.Contains(m.Outcome, "budget") {
		t.Fatalf("correction: %s %s", m.Kind, m.Outcome)
	}
	id, _ := rcp2p.ParseRef(sub.Ref)
	o, _ := e.db.Opportunity(ctx, id)
	if o.Budget == nil || o.Budget.Amount != 80000 || !slicesContain(o.Competencies, "Security") || !slicesContain(o.Competencies, "Data Analytics") {
		t.Fatalf("after correction: %+v %v", o.Budget, o.Competencies)
	}
	other := mailFrom("mike.chen@fabrikam.example", "Re: Received", "c3@fabrikam.example", "In-Reply-To: <"+ack+">\r\n", "Budget: EUR 1\n")
	e.deliver(t, 3, other)
	if o, _ := e.db.Opportunity(ctx, id); o.Budget.Amount != 80000 {
		t.Fatal("another partner corrected the opportunity")
	}
}

func slicesContain(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestFindCommand(t *testing.T) {
	cases := []struct {
		text, verb, frag string
	}{
		{"#2 — and please switch me to daily", "daily", "please switch me to daily"},
		{"Thanks! We like #3; also unsubscribe my colleague", "", ""},
		{"Hi,\n\n#1 and weekly please", "weekly", "weekly please"},
		{"Please unsubscribe me from these digests.", "unsubscribe", "Please unsubscribe me from these digests."},
		{"Merci de me désabonner.", "unsubscribe", "Merci de me désabonner."},
		{"We stop by your booth, and the status report is attached", "", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got, frag, ok := findCommand(c.text)
			if got.verb != c.verb || (ok && frag != c.frag) {
				t.Fatalf("findCommand = %+v %q %v, want %s %q", got, frag, ok, c.verb, c.frag)
			}
		})
	}
}
