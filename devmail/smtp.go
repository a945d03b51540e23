package devmail

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// SMTP is a running loopback SMTP server that keeps what it receives.
type SMTP struct {
	Addr string // host:port it listens on

	dir    string
	server *smtp.Server
	ln     *trackingListener
	served chan struct{} // closed when Serve returned

	mu       sync.Mutex
	received []Received
	arrived  chan struct{} // closed and replaced on every arrival
	failN    int
	failErr  *smtp.SMTPError
	dropN    int
	seq      int

	closeOnce sync.Once
	closeErr  error

	onReceive func(Received) error // see OnReceive
}

// OnReceive makes the server hand every accepted message to fn as well
// (rcp2p dev delivers mail for the service's address into its IMAP
// mailbox). An error from fn refuses the message with a 451. Set it before
// any mail arrives.
func (s *SMTP) OnReceive(fn func(Received) error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onReceive = fn
}

// Received is one accepted message.
type Received struct {
	From     string   // envelope sender
	To       []string // envelope recipients
	Data     []byte   // the message as sent, CRLF line ends
	At       time.Time
	Username string // AUTH PLAIN username, "" without AUTH
}

// StartSMTP serves SMTP on addr (e.g. "127.0.0.1:0"). Any AUTH PLAIN
// succeeds, and so does no AUTH. When dir is not "", every accepted message
// is also written to dir/NNNN-<subject>.eml.
func StartSMTP(addr string, dir string) (*SMTP, error) {
	ln, err := listenLoopback(addr)
	if err != nil {
		return nil, fmt.Errorf("start smtp: %w", err)
	}
	s := &SMTP{
		Addr:    ln.Addr().String(),
		dir:     dir,
		ln:      newTrackingListener(ln),
		served:  make(chan struct{}),
		arrived: make(chan struct{}),
	}
	s.server = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &session{srv: s, conn: c}, nil
	}))
	s.server.Domain = "localhost"
	s.server.AllowInsecureAuth = true // loopback only, no TLS
	s.server.MaxMessageBytes = 32 << 20
	s.server.MaxRecipients = 100
	s.server.ReadTimeout = time.Minute
	s.server.WriteTimeout = time.Minute
	s.server.ErrorLog = discardLog()
	go func() {
		defer close(s.served)
		_ = s.server.Serve(s.ln) // returns nil once closed
	}()
	return s, nil
}

// Received returns a copy of every message accepted so far, in order.
func (s *SMTP) Received() []Received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Received(nil), s.received...)
}

// WaitFor waits until at least n messages have arrived and returns them.
func (s *SMTP) WaitFor(ctx context.Context, n int) ([]Received, error) {
	for {
		s.mu.Lock()
		if len(s.received) >= n {
			out := append([]Received(nil), s.received...)
			s.mu.Unlock()
			return out, nil
		}
		arrived, have := s.arrived, len(s.received)
		s.mu.Unlock()
		select {
		case <-arrived:
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for %d messages, have %d: %w", n, have, ctx.Err())
		}
	}
}

// Sessions reports how many SMTP connections were opened.
func (s *SMTP) Sessions() int { return int(s.ln.accepted.Load()) }

// FailNext makes the next n DATA commands answer code (e.g. 451 or 550)
// with the enhanced status code ("4.3.0"; "" for a generic one) and msg.
// The message is read and then refused.
func (s *SMTP) FailNext(n int, code int, enhanced string, msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failN = n
	s.failErr = &smtp.SMTPError{Code: code, EnhancedCode: parseEnhanced(enhanced), Message: msg}
}

// DropNext makes the next n DATA commands close the connection abruptly
// after reading the message, without any reply.
func (s *SMTP) DropNext(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropN = n
}

// Close stops listening, cuts every connection and waits until the
// server's goroutines (accept loop and connection handlers) have returned.
func (s *SMTP) Close() error {
	s.closeOnce.Do(func() {
		// Stop accepting and let the accept loop return (no handler can
		// start after that), cut the connections, then Shutdown, which
		// waits for every handler: with their sockets gone they return.
		_ = s.ln.Close()
		<-s.served
		s.ln.closeConns()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := s.server.Shutdown(ctx); err != nil && !errors.Is(err, net.ErrClosed) {
			s.closeErr = fmt.Errorf("close smtp: %w", err)
		}
	})
	return s.closeErr
}

// outcome decides what the next DATA gets: accept, an error, or a drop.
func (s *SMTP) outcome() (drop bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.dropN > 0:
		s.dropN--
		return true, nil
	case s.failN > 0:
		s.failN--
		return false, s.failErr
	}
	return false, nil
}

func (s *SMTP) store(r Received) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	if s.dir != "" {
		if err := writeEML(s.dir, s.seq, r.Data); err != nil {
			return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "cannot store message"}
		}
	}
	if s.onReceive != nil {
		if err := s.onReceive(r); err != nil {
			return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "cannot deliver message"}
		}
	}
	s.received = append(s.received, r)
	close(s.arrived)
	s.arrived = make(chan struct{})
	return nil
}

func parseEnhanced(s string) smtp.EnhancedCode {
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return smtp.EnhancedCodeNotSet
	}
	var ec smtp.EnhancedCode
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return smtp.EnhancedCodeNotSet
		}
		ec[i] = n
	}
	return ec
}

// session is one SMTP connection's state.
type session struct {
	srv      *SMTP
	conn     *smtp.Conn
	username string
	from     string
	to       []string
}

var _ smtp.AuthSession = (*session)(nil)

func (ss *session) AuthMechanisms() []string { return []string{sasl.Plain} }

func (ss *session) Auth(mech string) (sasl.Server, error) {
	if mech != sasl.Plain {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(_, username, _ string) error {
		ss.username = username
		return nil
	}), nil
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.to = append(ss.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	drop, err := ss.srv.outcome()
	if drop {
		// Closing the socket under go-smtp makes its reply write fail and
		// its read loop end: the client sees the connection vanish.
		_ = ss.conn.Conn().Close()
		return errors.New("connection dropped on purpose")
	}
	if err != nil {
		return err
	}
	return ss.srv.store(Received{From: ss.from, To: append([]string(nil), ss.to...), Data: data, At: time.Now(), Username: ss.username})
}

func (ss *session) Reset() {
	ss.from = ""
	ss.to = nil
}

func (ss *session) Logout() error { return nil }
