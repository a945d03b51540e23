package devmail

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// IMAP is a running in-memory IMAP server with one user.
type IMAP struct {
	Addr     string // host:port it listens on
	Username string
	Password string

	user      *imapmemserver.User
	server    *imapserver.Server
	ln        net.Listener
	served    chan struct{} // closed when Serve returned
	closeOnce sync.Once
	closeErr  error
}

// StartIMAP serves an in-memory mailbox for one user on addr (e.g.
// "127.0.0.1:0"), without TLS, with INBOX created. Capabilities are
// IMAP4rev1 plus what imapserver adds by itself (IDLE among them).
func StartIMAP(addr, username, password string) (*IMAP, error) {
	if username == "" {
		return nil, errors.New("start imap: empty username")
	}
	ln, err := listenLoopback(addr)
	if err != nil {
		return nil, fmt.Errorf("start imap: %w", err)
	}
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(username, password)
	if err := user.Create("INBOX", nil); err != nil {
		_ = ln.Close()
		return nil, fmt.Errorf("start imap: create INBOX: %w", err)
	}
	mem.AddUser(user)
	s := &IMAP{
		Addr:     ln.Addr().String(),
		Username: username,
		Password: password,
		user:     user,
		ln:       ln,
		served:   make(chan struct{}),
	}
	s.server = imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return idleSession{mem.NewSession()}, nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}},
		Logger:       discardLog(),
		InsecureAuth: true, // loopback only, no TLS
	})
	go func() {
		defer close(s.served)
		// Serve returns nil once closed; an earlier accept failure only
		// means the tests using it will see connection errors.
		_ = s.server.Serve(ln)
	}()
	return s, nil
}

// Append delivers raw into mailbox, creating the mailbox if needed, with
// the given flags, as a local delivery agent would.
func (s *IMAP) Append(mailbox string, raw []byte, flags ...imap.Flag) error {
	mailbox = canonicalMailbox(mailbox)
	if err := s.ensureMailbox(mailbox); err != nil {
		return fmt.Errorf("append to %s: %w", mailbox, err)
	}
	// The server keeps the slice; copy so that callers may reuse theirs.
	r := bytes.NewReader(bytes.Clone(raw))
	if _, err := s.user.Append(mailbox, r, &imap.AppendOptions{Flags: flags, Time: time.Now()}); err != nil {
		return fmt.Errorf("append to %s: %w", mailbox, err)
	}
	return nil
}

// RecreateMailbox deletes name and creates it again, empty and with a new
// UIDVALIDITY: what a server does when a mailbox is rebuilt. Clients that
// had it selected keep their old view until they select it again.
func (s *IMAP) RecreateMailbox(name string) error {
	name = canonicalMailbox(name)
	if err := s.user.Delete(name); err != nil && !isIMAPCode(err, imap.ResponseCodeNonExistent) {
		return fmt.Errorf("recreate %s: delete: %w", name, err)
	}
	if err := s.user.Create(name, nil); err != nil {
		return fmt.Errorf("recreate %s: create: %w", name, err)
	}
	return nil
}

// Close stops listening, closes every connection and waits for the accept
// loop to end. The per-connection handlers belong to imapserver, which
// does not wait for them; with their sockets closed they return at once.
func (s *IMAP) Close() error {
	s.closeOnce.Do(func() {
		// Closing the listener first also covers a Serve that has not
		// started yet: it would otherwise never see the server closed.
		_ = s.ln.Close()
		if err := s.server.Close(); err != nil && !errors.Is(err, net.ErrClosed) {
			s.closeErr = fmt.Errorf("close imap: %w", err)
		}
		<-s.served
	})
	return s.closeErr
}

func (s *IMAP) ensureMailbox(name string) error {
	err := s.user.Create(name, nil)
	if err != nil && !isIMAPCode(err, imap.ResponseCodeAlreadyExists) {
		return err
	}
	return nil
}

func isIMAPCode(err error, code imap.ResponseCode) bool {
	var ie *imap.Error
	return errors.As(err, &ie) && ie.Code == code
}

// canonicalMailbox spells INBOX the one way IMAP treats it: case-insensitive.
func canonicalMailbox(name string) string {
	if strings.EqualFold(name, "INBOX") {
		return "INBOX"
	}
	return name
}

// idleSession makes IDLE report what is already pending. imapmemserver
// only reports updates queued while it idles, so a message appended
// between the client's last command and its IDLE would wait for the next
// command; real servers send it at once. A window of a few instructions
// between this Poll and the tracker's registration remains.
type idleSession struct{ imapserver.Session }

func (s idleSession) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	if err := s.Session.Poll(w, true); err != nil {
		return err
	}
	return s.Session.Idle(w, stop)
}
