package smtp

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	netmail "net/mail"
	"strconv"
	"sync"
	"time"

	"github.com/wneessen/go-mail"

	"rcp2p"
)

// Options configures a Sender.
type Options struct {
	Addr               string // relay host:port
	Username, Password string // AUTH when Username is not ""; Password is never logged
	TLS                string // "none" (default), "starttls" or "tls"
	Connections        int    // pool size, default 4
	RatePerSecond      float64
	FromAddress        string
	FromName           string
	HelloName          string        // EHLO name; default the host name
	Timeout            time.Duration // deadline to connect, and for each message's transaction; default 30s
	Logger             *slog.Logger
	InsecureSkipVerify bool // tests only: accept any certificate
	// DKIM signs every mail when set (see LoadDKIM); nil leaves signing to
	// the relay.
	DKIM *mail.DKIMSigner
}

// Sender delivers mail over a pool of reused SMTP connections. It is safe
// for concurrent use; at most Options.Connections sends run at once.
type Sender struct {
	opts  Options
	host  string
	port  int
	tls   *tls.Config
	log   *slog.Logger
	limit *limiter

	slots     chan *slot    // idle connections; a send holds one
	done      chan struct{} // closed by Close
	closeOnce sync.Once
}

// slot is one pooled connection. Only the goroutine holding the slot
// touches it.
type slot struct {
	client *mail.Client
	conn   net.Conn // the current session's socket, nil when not connected
	live   bool
}

// New checks opts and prepares the pool. It does not connect: the first
// Send dials.
func New(opts Options) (*Sender, error) {
	s := &Sender{opts: opts}
	if err := s.configure(); err != nil {
		return nil, fmt.Errorf("smtp options: %w", err)
	}
	s.slots = make(chan *slot, s.opts.Connections)
	s.done = make(chan struct{})
	for range s.opts.Connections {
		sl := &slot{}
		c, err := mail.NewClient(s.host, s.clientOptions(sl)...)
		if err != nil {
			return nil, fmt.Errorf("smtp client: %w", err)
		}
		sl.client = c
		s.slots <- sl
	}
	return s, nil
}

func (s *Sender) configure() error {
	o := &s.opts
	host, port, err := net.SplitHostPort(o.Addr)
	if err != nil || host == "" {
		return fmt.Errorf("addr %q is not host:port: %w", o.Addr, rcp2p.ErrInvalid)
	}
	if s.port, err = strconv.Atoi(port); err != nil || s.port < 1 || s.port > 65535 {
		return fmt.Errorf("addr %q: bad port: %w", o.Addr, rcp2p.ErrInvalid)
	}
	s.host = host
	if a, err := netmail.ParseAddress(o.FromAddress); err != nil || a.Address != o.FromAddress {
		return fmt.Errorf("from address %q: %w", o.FromAddress, rcp2p.ErrInvalid)
	}
	switch o.TLS {
	case "":
		o.TLS = "none"
	case "none", "starttls", "tls":
	default:
		return fmt.Errorf("tls %q is not none, starttls or tls: %w", o.TLS, rcp2p.ErrInvalid)
	}
	if o.Connections < 0 || o.RatePerSecond < 0 || o.Timeout < 0 {
		return fmt.Errorf("connections, rate_per_second and timeout must not be negative: %w", rcp2p.ErrInvalid)
	}
	if o.Connections == 0 {
		o.Connections = 4
	}
	if o.Timeout == 0 {
		o.Timeout = 30 * time.Second
	}
	s.log = o.Logger
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.limit = newLimiter(o.RatePerSecond)
	s.tls = &tls.Config{
		ServerName:         host,
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: o.InsecureSkipVerify, //nolint:gosec // tests against self-signed loopback servers only
	}
	return nil
}

func (s *Sender) clientOptions(sl *slot) []mail.Option {
	opts := []mail.Option{
		mail.WithPort(s.port),
		mail.WithTimeout(s.opts.Timeout),
		mail.WithDialContextFunc(s.dialer(sl)),
		mail.WithTLSConfig(s.tls),
		// Pooled connections are checked by use, not by an extra NOOP
		// round trip per message; a dead one fails MAIL FROM and is
		// redialled (see staleConnection).
		mail.WithoutNoop(),
	}
	if s.opts.TLS == "starttls" {
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
	} else {
		// "tls" is handled by the dialer: go-mail must not STARTTLS on top.
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	}
	if s.opts.HelloName != "" {
		opts = append(opts, mail.WithHELO(s.opts.HelloName))
	}
	if s.opts.DKIM != nil {
		opts = append(opts, mail.WithAlwaysDKIMSign(s.opts.DKIM))
	}
	if s.opts.Username != "" {
		// PLAIN or LOGIN refuse to send the password in clear except to
		// localhost; SCRAM/CRAM are tried when the relay offers neither.
		opts = append(opts, mail.WithOpportunisticSMTPAuth(mail.SMTPAuthPlain, mail.SMTPAuthLogin),
			mail.WithUsername(s.opts.Username), mail.WithPassword(s.opts.Password))
	}
	return opts
}

// dialer connects for slot sl and remembers the socket, so that a
// cancelled context can interrupt a send and a failed handshake can be
// closed (go-mail leaves it open).
func (s *Sender) dialer(sl *slot) mail.DialContextFunc {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		var d net.Dialer
		c, err := d.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		if s.opts.TLS == "tls" {
			tc := tls.Client(c, s.tls.Clone())
			if err := tc.HandshakeContext(ctx); err != nil {
				_ = c.Close()
				return nil, fmt.Errorf("tls handshake: %w", err)
			}
			c = tc
		}
		sl.conn = c
		return c, nil
	}
}

// Send delivers m now over a pooled connection. The error, if any, says
// through IsPermanent whether trying again later can help.
func (s *Sender) Send(ctx context.Context, m *rcp2p.OutMail) error {
	return s.sendAt(ctx, m, time.Now())
}

// sendAt sends m with the given Date header (the run's clock: --now).
func (s *Sender) sendAt(ctx context.Context, m *rcp2p.OutMail, date time.Time) error {
	msg, err := s.message(m, date)
	if err != nil {
		return fmt.Errorf("build mail: %w", err)
	}
	if err := s.limit.wait(ctx); err != nil {
		return fmt.Errorf("send %s: %w", m.MessageID, err)
	}
	sl, err := s.acquire(ctx)
	if err != nil {
		return fmt.Errorf("send %s: %w", m.MessageID, err)
	}
	defer func() { s.slots <- sl }()
	if err := s.deliver(ctx, sl, msg); err != nil {
		return fmt.Errorf("send %s: %w", m.MessageID, err)
	}
	return nil
}

func (s *Sender) acquire(ctx context.Context) (*slot, error) {
	select {
	case <-s.done:
		return nil, errClosed
	case <-ctx.Done():
		return nil, ctx.Err()
	case sl := <-s.slots:
		select {
		case <-s.done:
			s.slots <- sl
			return nil, errClosed
		default:
			return sl, nil
		}
	}
}

// deliver sends msg on sl, dialling when needed; a connection found stale
// before the transaction began is replaced once.
func (s *Sender) deliver(ctx context.Context, sl *slot, msg *mail.Msg) error {
	for retry := true; ; retry = false {
		fresh := !sl.live
		if fresh {
			if err := s.dial(ctx, sl); err != nil {
				return err
			}
		}
		err := s.sendOn(ctx, sl, msg)
		if err == nil {
			return nil
		}
		if retry && !fresh && ctx.Err() == nil && staleConnection(err) {
			s.log.Debug("smtp_stale_connection", "addr", s.opts.Addr, "err", err)
			continue
		}
		if senderRefused(err) {
			return &relayError{err}
		}
		return err
	}
}

func (s *Sender) dial(ctx context.Context, sl *slot) error {
	if err := sl.client.DialWithContext(ctx); err != nil {
		s.hangUp(sl)
		s.log.Warn("smtp_dial_failed", "addr", s.opts.Addr, "err", err)
		return &relayError{fmt.Errorf("dial %s: %w", s.opts.Addr, err)}
	}
	sl.live = true
	s.log.Debug("smtp_connected", "addr", s.opts.Addr)
	return nil
}

// sendOn runs one transaction. A cancelled ctx pulls the socket's deadline
// in, so that the send stops now rather than at the timeout.
func (s *Sender) sendOn(ctx context.Context, sl *slot, msg *mail.Msg) error {
	nc := sl.conn
	stop := context.AfterFunc(ctx, func() { _ = nc.SetDeadline(time.Unix(1, 0)) })
	err := sl.client.Send(msg)
	interrupted := !stop()
	if err == nil {
		if interrupted {
			s.hangUp(sl) // the deadline is spoilt
		}
		return nil
	}
	switch code := replyCode(err); {
	case interrupted || code == 0 || code == 421:
		// No usable reply, or the relay is closing: drop the session.
		s.hangUp(sl)
	default:
		// The relay answered; RSET so the next transaction starts clean.
		if rerr := sl.client.Reset(); rerr != nil {
			s.hangUp(sl)
		}
	}
	if msg.IsDelivered() {
		// Only the RSET after the message failed: the relay has it.
		return nil
	}
	if interrupted {
		return errors.Join(ctx.Err(), err)
	}
	return err
}

// hangUp drops sl's connection without a QUIT: it is broken or in an
// unknown state.
func (s *Sender) hangUp(sl *slot) {
	if sl.conn != nil {
		_ = sl.conn.Close()
	}
	sl.conn, sl.live = nil, false
}

// Close waits for sends in progress, then says QUIT on every pooled
// connection and closes it. Send fails after Close. A QUIT the relay does
// not answer (it may have dropped an idle connection long ago) is not an
// error: the socket is closed either way.
func (s *Sender) Close() error {
	s.closeOnce.Do(func() {
		close(s.done)
		for range s.opts.Connections {
			sl := <-s.slots
			if sl.live {
				_ = sl.conn.SetDeadline(time.Now().Add(min(s.opts.Timeout, 5*time.Second)))
				if err := sl.client.Close(); err != nil {
					s.log.Debug("smtp_quit_failed", "addr", s.opts.Addr, "err", err)
				}
			}
			s.hangUp(sl)
		}
	})
	return nil
}
