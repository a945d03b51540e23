package devmail

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

const sampleMail = "From: Ann <ann@fabrikam.test>\r\nTo: opportunities@rcp2p.test\r\nSubject: Need Power BI help\r\nMessage-ID: <m1@fabrikam.test>\r\nDate: Mon, 30 Nov 2026 09:00:00 +0000\r\n\r\nCompetencies: Data Analytics\r\n"

func startIMAP(t *testing.T) *IMAP {
	t.Helper()
	s, err := StartIMAP("127.0.0.1:0", "ops", "secret")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s
}

func login(t *testing.T, s *IMAP) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(s.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	if err := c.Login(s.Username, s.Password).Wait(); err != nil {
		t.Fatalf("login: %v", err)
	}
	return c
}

func TestIMAPAppendThenFetch(t *testing.T) {
	s := startIMAP(t)
	raw := []byte(sampleMail)
	if err := s.Append("inbox", raw, imap.FlagFlagged); err != nil {
		t.Fatal(err)
	}
	raw[0] = 'X' // the server must have kept its own copy
	c := login(t, s)
	sel, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if sel.NumMessages != 1 || sel.UIDValidity == 0 {
		t.Fatalf("select = %+v", sel)
	}
	section := &imap.FetchItemBodySection{}
	msgs, err := c.Fetch(imap.UIDSetNum(1), &imap.FetchOptions{UID: true, Flags: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 1 {
		t.Fatalf("fetched %d messages", len(msgs))
	}
	if got := msgs[0].FindBodySection(section); !bytes.Equal(got, []byte(sampleMail)) {
		t.Errorf("body = %q", got)
	}
	if !slices.Contains(msgs[0].Flags, imap.FlagFlagged) {
		t.Errorf("flags = %v", msgs[0].Flags)
	}
	if !c.Caps().Has(imap.CapIMAP4rev1) || !c.Caps().Has(imap.CapIdle) {
		t.Errorf("caps = %v, want IMAP4rev1 and IDLE", c.Caps())
	}
}

func TestIMAPAppendCreatesMailbox(t *testing.T) {
	s := startIMAP(t)
	if err := s.Append("Archive/2026", []byte(sampleMail)); err != nil {
		t.Fatal(err)
	}
	if err := s.Append("Archive/2026", []byte(sampleMail)); err != nil {
		t.Fatal(err)
	}
	c := login(t, s)
	st, err := c.Status("Archive/2026", &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if st.NumMessages == nil || *st.NumMessages != 2 {
		t.Errorf("status = %+v", st)
	}
}

func TestIMAPRecreateMailboxChangesUIDValidity(t *testing.T) {
	s := startIMAP(t)
	if err := s.Append("INBOX", []byte(sampleMail)); err != nil {
		t.Fatal(err)
	}
	c := login(t, s)
	before, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Unselect().Wait(); err != nil {
		t.Fatal(err)
	}
	if err := s.RecreateMailbox("INBOX"); err != nil {
		t.Fatal(err)
	}
	after, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if after.UIDValidity == before.UIDValidity || after.NumMessages != 0 {
		t.Errorf("before %+v, after %+v: want a new UIDVALIDITY and an empty mailbox", before, after)
	}
	if err := s.RecreateMailbox("Missing"); err != nil {
		t.Errorf("recreating a missing mailbox: %v", err)
	}
}

func TestIMAPRejectsWrongPassword(t *testing.T) {
	s := startIMAP(t)
	c, err := imapclient.DialInsecure(s.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(s.Username, "wrong").Wait(); err == nil {
		t.Error("login with a wrong password succeeded")
	}
}

func TestLoopbackOnly(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "192.0.2.1:25", "example.com:25"} {
		if s, err := StartIMAP(addr, "u", "p"); err == nil {
			_ = s.Close()
			t.Errorf("StartIMAP(%q) succeeded", addr)
		}
		if s, err := StartSMTP(addr, ""); err == nil {
			_ = s.Close()
			t.Errorf("StartSMTP(%q) succeeded", addr)
		}
	}
}

func TestCloseTwice(t *testing.T) {
	i, err := StartIMAP("", "u", "p")
	if err != nil {
		t.Fatal(err)
	}
	s, err := StartSMTP("", "")
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := i.Close(); err != nil {
			t.Error(err)
		}
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	}
}

func TestIMAPAppendWakesIdle(t *testing.T) {
	s := startIMAP(t)
	exists := make(chan uint32, 4)
	c, err := imapclient.DialInsecure(s.Addr, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					exists <- *d.NumMessages
				}
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(s.Username, s.Password).Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	idle, err := c.Idle()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Append("INBOX", []byte(sampleMail)); err != nil {
		t.Fatal(err)
	}
	select {
	case n := <-exists:
		if n != 1 {
			t.Errorf("EXISTS %d, want 1", n)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("IDLE client not told about the new message")
	}
	if err := idle.Close(); err != nil {
		t.Fatal(err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatal(err)
	}
}
