package devmail

import (
	"context"
	"errors"
	"net/smtp"
	"net/textproto"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func startSMTP(t *testing.T, dir string) *SMTP {
	t.Helper()
	s, err := StartSMTP("127.0.0.1:0", dir)
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

func send(addr string, auth smtp.Auth, subject string) error {
	msg := "From: opportunities@rcp2p.test\r\nTo: ops@contoso.test\r\nSubject: " + subject + "\r\n\r\nHello\r\n"
	return smtp.SendMail(addr, auth, "opportunities@rcp2p.test", []string{"ops@contoso.test", "bo@contoso.test"}, []byte(msg))
}

func TestSMTPReceives(t *testing.T) {
	dir := t.TempDir()
	s := startSMTP(t, dir)
	if err := send(s.Addr, smtp.PlainAuth("", "relay", "pw", "127.0.0.1"), "=?UTF-8?Q?3_new_opportunities_=E2=80=94_week?="); err != nil {
		t.Fatal(err)
	}
	if err := send(s.Addr, nil, ""); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	got, err := s.WaitFor(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if got[0].From != "opportunities@rcp2p.test" || len(got[0].To) != 2 || got[0].To[1] != "bo@contoso.test" {
		t.Errorf("envelope = %q %q", got[0].From, got[0].To)
	}
	if got[0].Username != "relay" || got[1].Username != "" {
		t.Errorf("usernames = %q, %q", got[0].Username, got[1].Username)
	}
	if got[0].At.IsZero() || len(got[0].Data) == 0 {
		t.Errorf("received = %+v", got[0])
	}
	if s.Sessions() != 2 {
		t.Errorf("sessions = %d, want 2", s.Sessions())
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"0001-3-new-opportunities-week.eml", "0002-no-subject.eml"}
	if len(files) != 2 || filepath.Base(files[0]) != want[0] || filepath.Base(files[1]) != want[1] {
		t.Errorf("files = %v, want %v", files, want)
	}
	if b, err := os.ReadFile(files[0]); err != nil || string(b) != string(got[0].Data) {
		t.Errorf("eml content differs: %v", err)
	}
}

func TestSMTPFailNext(t *testing.T) {
	s := startSMTP(t, "")
	s.FailNext(2, 451, "4.3.0", "try later")
	for i := range 2 {
		err := send(s.Addr, nil, "x")
		var te *textproto.Error
		if !errors.As(err, &te) || te.Code != 451 || te.Msg != "4.3.0 try later" {
			t.Fatalf("send %d: err = %v, want 451 4.3.0", i, err)
		}
	}
	s.FailNext(1, 550, "", "no such user")
	var te *textproto.Error
	if err := send(s.Addr, nil, "x"); !errors.As(err, &te) || te.Code != 550 {
		t.Fatalf("err = %v, want 550", err)
	}
	if err := send(s.Addr, nil, "x"); err != nil {
		t.Fatal(err)
	}
	if n := len(s.Received()); n != 1 {
		t.Errorf("received %d, want 1", n)
	}
}

func TestSMTPDropNext(t *testing.T) {
	s := startSMTP(t, "")
	s.DropNext(1)
	err := send(s.Addr, nil, "x")
	var te *textproto.Error
	if err == nil || errors.As(err, &te) {
		t.Fatalf("err = %v, want a connection error", err)
	}
	if err := send(s.Addr, nil, "x"); err != nil {
		t.Fatal(err)
	}
	if n, sess := len(s.Received()), s.Sessions(); n != 1 || sess != 2 {
		t.Errorf("received %d in %d sessions, want 1 in 2", n, sess)
	}
}

func TestSMTPWaitForTimesOut(t *testing.T) {
	s := startSMTP(t, "")
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := s.WaitFor(ctx, 1); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want deadline exceeded", err)
	}
}

func TestFileSafe(t *testing.T) {
	for in, want := range map[string]string{
		"3 new opportunities for Contoso — week of 30 November 2026": "3-new-opportunities-for-contoso-week-of-30-november-2026",
		"../../etc/passwd":  "etc-passwd",
		"":                  "no-subject",
		"病院 グループ":           "病院-グループ",
		"Re: [OPP-17] Hi!!": "re-opp-17-hi",
	} {
		if got := fileSafe(in); got != want {
			t.Errorf("fileSafe(%q) = %q, want %q", in, got, want)
		}
	}
}
