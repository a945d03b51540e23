package smtp

import (
	"context"
	"testing"
)

func TestTLSModes(t *testing.T) {
	for _, mode := range []string{"tls", "starttls"} {
		t.Run(mode, func(t *testing.T) {
			relay := startTLSRelay(t, mode == "tls")
			s := newSender(t, relay.addr, func(o *Options) {
				o.TLS, o.InsecureSkipVerify = mode, true
			})
			for i := range 3 {
				if err := s.Send(context.Background(), testMail(int64(i+1))); err != nil {
					t.Fatal(err)
				}
			}
			if relay.received.Load() != 3 || !relay.tls.Load() {
				t.Errorf("received %d, over TLS %v", relay.received.Load(), relay.tls.Load())
			}

			strict := newSender(t, relay.addr, func(o *Options) { o.TLS = mode })
			err := strict.Send(context.Background(), testMail(9))
			if err == nil || IsPermanent(err) {
				t.Errorf("unverified certificate: err = %v, permanent = %v", err, IsPermanent(err))
			}
		})
	}
}

func TestStartTLSRequired(t *testing.T) {
	relay := startRelay(t) // plain, no STARTTLS offered
	s := newSender(t, relay.Addr, func(o *Options) { o.TLS = "starttls" })
	if err := s.Send(context.Background(), testMail(1)); err == nil {
		t.Fatal("starttls mode sent in clear to a relay without STARTTLS")
	}
	if len(relay.Received()) != 0 {
		t.Error("mail went out in clear")
	}
}
