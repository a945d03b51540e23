package smtp

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"log"
	"math/big"
	"net"
	"sync/atomic"
	"testing"
	"time"

	gosmtp "github.com/emersion/go-smtp"
)

// stubRelay is a bare go-smtp server for what devmail does not offer: TLS
// with a self-signed certificate (both modes) and refusing the sender.
type stubRelay struct {
	addr     string
	mailErr  error         // returned to every MAIL FROM when set
	hold     chan struct{} // when set, DATA waits for it to close
	received atomic.Int32
	tls      atomic.Bool // the last message arrived over TLS
}

func startTLSRelay(t *testing.T, implicit bool) *stubRelay {
	return startStubRelay(t, &stubRelay{}, true, implicit)
}

func startStubRelay(t *testing.T, r *stubRelay, withTLS, implicit bool) *stubRelay {
	t.Helper()
	srv := gosmtp.NewServer(gosmtp.BackendFunc(func(c *gosmtp.Conn) (gosmtp.Session, error) {
		return &stubSession{r: r, c: c}, nil
	}))
	srv.Domain = "localhost"
	srv.ErrorLog = log.New(io.Discard, "", 0)
	if withTLS {
		srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{selfSigned(t)}, MinVersion: tls.VersionTLS12}
	}
	var ln net.Listener
	var err error
	if implicit {
		ln, err = tls.Listen("tcp", "127.0.0.1:0", srv.TLSConfig)
	} else {
		ln, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		t.Fatal(err)
	}
	r.addr = ln.Addr().String()
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(ln)
	}()
	t.Cleanup(func() {
		_ = srv.Close()
		<-done
	})
	return r
}

type stubSession struct {
	r *stubRelay
	c *gosmtp.Conn
}

func (s *stubSession) Mail(string, *gosmtp.MailOptions) error { return s.r.mailErr }
func (s *stubSession) Rcpt(string, *gosmtp.RcptOptions) error { return nil }
func (s *stubSession) Reset()                                 {}
func (s *stubSession) Logout() error                          { return nil }
func (s *stubSession) Data(r io.Reader) error {
	if _, err := io.Copy(io.Discard, r); err != nil {
		return err
	}
	if s.r.hold != nil {
		<-s.r.hold
	}
	_, ok := s.c.TLSConnectionState()
	s.r.tls.Store(ok)
	s.r.received.Add(1)
	return nil
}

func selfSigned(t *testing.T) tls.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "127.0.0.1"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}
