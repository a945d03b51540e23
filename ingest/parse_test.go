package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"rcp2p"
)

func TestNewMessageKeepsRaw(t *testing.T) {
	for _, raw := range [][]byte{
		[]byte("From: a@b.example\nSubject: x\n\nresume\n"),
		[]byte("From: a@b.example\r\nSubject: x\r\n\r\nresume\r\n"),
	} {
		orig := bytes.Clone(raw)
		m := newMessage(raw, false, testNow)
		if !bytes.Equal(raw, orig) || !bytes.Equal(m.Raw, orig) {
			t.Fatalf("newMessage changed the raw bytes: %q", raw)
		}
		newMessage(raw, true, testNow)
		if !bytes.Equal(raw, orig) {
			t.Fatalf("truncating changed the raw bytes: %q", raw)
		}
	}
}

func TestNewMessageHeaders(t *testing.T) {
	raw := []byte("From: =?UTF-8?Q?J=C3=BCrgen?= <Juergen@Example.COM>\r\nSubject: =?ISO-8859-1?Q?Gr=FC=DFe?=\r\n" +
		"Date: Tue, 24 Nov 2026 08:05:31 +0100\r\n\r\nSECRETBODY")
	m := newMessage(raw, false, testNow)
	if m.From != "juergen@example.com" || m.Subject != "Grüße" || m.Date.IsZero() {
		t.Fatalf("%+v", m)
	}
	if !strings.HasSuffix(m.MessageID, "@rcp2p.invalid") || newMessage(raw, false, testNow).MessageID != m.MessageID {
		t.Fatalf("synthesised Message-ID %q is not stable", m.MessageID)
	}
	big := newMessage(raw, true, testNow)
	if !big.Truncated || bytes.Contains(big.Raw, []byte("SECRETBODY")) || !bytes.Contains(big.Raw, []byte("max_message_bytes")) {
		t.Fatalf("truncated raw %q", big.Raw)
	}
}

func corpusSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/mail/*.eml")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(""))
	f.Add([]byte("From: <>\n\n"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain; charset=x-nope\n\nhi\n"))
}

// FuzzParse: any bytes parse without panic, and whatever From comes out is
// a lower-case address.
func FuzzParse(f *testing.F) {
	corpusSeeds(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		p := Parse(raw)
		if p.From != strings.ToLower(p.From) {
			t.Fatalf("From %q not lower case", p.From)
		}
		if p.From != "" && !strings.Contains(p.From, "@") {
			t.Fatalf("From %q is not an address", p.From)
		}
		m := newMessage(raw, false, testNow)
		if m.MessageID == "" || !bytes.Equal(m.Raw, raw) {
			t.Fatal("stored message lost its id or bytes")
		}
	})
}

var kinds = map[rcp2p.Kind]bool{
	rcp2p.KindSubmission: true, rcp2p.KindReply: true, rcp2p.KindCommand: true, rcp2p.KindAutoReply: true,
	rcp2p.KindBounce: true, rcp2p.KindBulk: true, rcp2p.KindUnknownSender: true, rcp2p.KindDMARCFail: true,
	rcp2p.KindNotUnderstood: true, rcp2p.KindTooLarge: true,
}

// FuzzClassify runs the whole decision on arbitrary mail from a registered
// partner's address: every input gets one of the kinds, and nothing panics.
func FuzzClassify(f *testing.F) {
	corpusSeeds(f)
	e := newEnv(f)
	var uid uint32
	f.Fuzz(func(t *testing.T, raw []byte) {
		uid++
		m := newMessage(raw, len(raw) > 1<<20, testNow)
		m.ID, m.Mailbox, m.UIDValidity, m.UID = int64(uid), "INBOX", 1, uid
		d, err := e.in.decide(t.Context(), m, Parse(m.Raw))
		if err != nil {
			return // a store error on an odd input is recorded, not a panic
		}
		if !kinds[d.kind] {
			t.Fatalf("kind %q for %q", d.kind, raw)
		}
	})
}

func TestHTMLTableRows(t *testing.T) {
	raw := []byte("From: a@b.example\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		"<html><body><p>Hallo,</p><table><tr><td><b>Budget</b></td><td>&euro; 40.000</td></tr>" +
		"<tr><td>Regio</td><td>Amsterdam</td></tr></table></body></html>")
	p := Parse(raw)
	lines := strings.Split(p.Text, "\n")
	found := 0
	for _, l := range lines {
		if strings.Contains(l, "Budget") && strings.Contains(l, "€ 40.000") && !strings.Contains(l, "Regio") {
			found++
		}
		if strings.Contains(l, "Regio") && strings.Contains(l, "Amsterdam") {
			found++
		}
	}
	if found != 2 {
		t.Fatalf("table rows did not become lines:\n%s", p.Text)
	}
}

func TestSummary(t *testing.T) {
	in := "Hi everyone,\nA Seattle retailer wants Power BI dashboards.\nCompetencies: Data Analytics\n- Region: US-West\n**Budget:** $60,000\nRespond by: 2027-01-29\nWe cover the rest."
	want := "A Seattle retailer wants Power BI dashboards.\nWe cover the rest."
	if got := summary(in); got != want {
		t.Fatalf("summary = %q, want %q", got, want)
	}
	if got := summary("Hello, we need help with Azure."); got != "Hello, we need help with Azure." {
		t.Fatalf("a sentence starting with hello was cut: %q", got)
	}
}

// TestManyPartsBounded: a message of 20,000 tiny parts is read up to
// maxParts (enmime slows down faster than linearly in parts) and says so.
func TestManyPartsBounded(t *testing.T) {
	raw := []byte("From: a@b.example\r\nSubject: parts\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n" +
		strings.Repeat("--x\r\nContent-Type: text/plain\r\n\r\nPower BI\r\n", 20000) + "--x--\r\n")
	p := Parse(raw)
	if !strings.Contains(strings.Join(p.Defects, ";"), "MIME parts") || !strings.Contains(p.Text, "Power BI") {
		t.Fatalf("defects %v, text %d bytes", p.Defects, len(p.Text))
	}
	if _, cut := limitParts([]byte("From: a@b.example\n\n-- \nsignature\n")); cut {
		t.Fatal("a signature line counted as too many parts")
	}
}

func TestHeadOf(t *testing.T) {
	s := strings.Repeat("é", maxUnderstood) // 2 bytes a rune
	h := headOf(s)
	if len(h) > maxUnderstood || !utf8.ValidString(h) {
		t.Fatalf("headOf cut %d bytes, valid %v", len(h), utf8.ValidString(h))
	}
	if headOf("short") != "short" {
		t.Fatal("short text changed")
	}
}
