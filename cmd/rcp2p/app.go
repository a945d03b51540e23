package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"rcp2p/compose"
	"rcp2p/digest"
	"rcp2p/ingest"
	"rcp2p/smtp"
	"rcp2p/store"
	"rcp2p/taxonomy"
	"rcp2p/token"
)

// Compile-time checks that the store satisfies what its consumers declare.
var (
	_ ingest.Store = (*store.DB)(nil)
	_ digest.Store = (*store.DB)(nil)
	_ smtp.Outbox  = (*store.DB)(nil)
)

// Main holds the process's wiring. Command builds the CLI; each command
// opens what it needs through the helpers below; Close undoes it.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Env            []string

	// flags
	configFile string
	nowFlag    string
	jsonOut    bool

	Config Config
	Log    *slog.Logger

	db      *store.DB
	sender  *smtp.Sender
	tax     *taxonomy.Taxonomy
	compose *compose.Composer
	tokens  *token.Signer
	closers []func() error
}

// NewMain returns a Main writing to the given streams.
func NewMain(stdin io.Reader, stdout, stderr io.Writer, env []string) *Main {
	return &Main{Stdin: stdin, Stdout: stdout, Stderr: stderr, Env: env, Config: DefaultConfig()}
}

// usageError marks errors that exit with code 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return &usageError{fmt.Errorf(format, args...)} }

func oneLine(err error) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(err.Error(), "\n", "; ")), " ")
}

// Now is the clock every time-dependent step reads: --now when given.
func (m *Main) Now() time.Time {
	if m.nowFlag != "" {
		if t, err := time.Parse(time.RFC3339, m.nowFlag); err == nil {
			return t
		}
	}
	return time.Now()
}

// load reads and validates the config and builds the logger.
func (m *Main) load() error {
	if m.nowFlag != "" {
		if _, err := time.Parse(time.RFC3339, m.nowFlag); err != nil {
			return usagef("--now %q is not an RFC 3339 time such as 2026-11-30T07:00:00Z", m.nowFlag)
		}
	}
	c, err := LoadConfig(m.configFile, m.Env)
	if err != nil {
		return &usageError{err}
	}
	if err := c.Validate(); err != nil {
		return &usageError{fmt.Errorf("config: %w", err)}
	}
	m.Config = c
	m.Log = newLogger(m.Stderr, c.Log)
	if m.nowFlag != "" {
		m.Log = m.Log.With("now", m.nowFlag)
	}
	return nil
}

func newLogger(w io.Writer, c LogConfig) *slog.Logger {
	level, _ := parseLevel(c.Level)
	opts := &slog.HandlerOptions{Level: level}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// open loads config and opens the store and the mail pieces.
func (m *Main) open(ctx context.Context) error {
	if err := m.load(); err != nil {
		return err
	}
	db, err := store.Open(ctx, m.Config.Store.Path)
	if err != nil {
		return err
	}
	db.SetNow(m.Now)
	m.db = db
	m.closers = append(m.closers, db.Close)
	if m.tax, err = m.Config.BuildTaxonomy(); err != nil {
		return &usageError{err}
	}
	if m.tokens, err = token.NewSigner(m.Config.Mail.Secret.Reveal()); err != nil {
		return &usageError{err}
	}
	m.compose, err = compose.New(compose.Options{Domain: m.Config.Mail.Domain, Address: m.Config.Mail.Address,
		FromName: m.Config.Mail.FromName, BaseURL: m.Config.HTTP.BaseURL, Now: m.Now})
	return err
}

// smtpSender is opened only by commands that send.
func (m *Main) smtpSender() (*smtp.Sender, error) {
	if m.sender != nil {
		return m.sender, nil
	}
	c := m.Config.SMTP
	o := smtp.Options{Addr: c.Addr, Username: c.Username, Password: c.Password.Reveal(),
		TLS: c.TLS, Connections: c.Connections, RatePerSecond: c.RatePerSecond,
		FromAddress: m.Config.Mail.Address, FromName: m.Config.Mail.FromName,
		HelloName: m.Config.Mail.Domain, Logger: m.Log}
	if k := m.Config.Mail.DKIM; k.Selector != "" {
		signer, err := smtp.LoadDKIM(m.Config.Mail.Domain, k.Selector, k.PrivateKeyFile)
		if err != nil {
			return nil, &usageError{err}
		}
		o.DKIM = signer
	}
	s, err := smtp.New(o)
	if err != nil {
		return nil, err
	}
	m.sender = s
	m.closers = append(m.closers, s.Close)
	return s, nil
}

// deliverer flushes the outbox through SMTP.
type deliverer struct {
	sender *smtp.Sender
	db     *store.DB
	now    func() time.Time
}

func (d deliverer) Deliver(ctx context.Context) (int, int, error) {
	return d.sender.Flush(ctx, d.db, d.now)
}

func (m *Main) deliverer() (deliverer, error) {
	s, err := m.smtpSender()
	if err != nil {
		return deliverer{}, err
	}
	return deliverer{sender: s, db: m.db, now: m.Now}, nil
}

func (m *Main) ingester() *ingest.Ingester {
	c := m.Config
	return ingest.New(m.db, m.tax, m.compose, m.tokens, ingest.Options{
		Mailbox: c.IMAP.Mailbox, ServiceAddress: c.Mail.Address, TrustedAuthservID: c.Ingest.TrustedAuthservID,
		MaxMessageBytes: int64(c.Ingest.MaxMessageBytes), MaxRepliesPerDay: c.Ingest.MaxRepliesPerAddressPerDay,
		Now: m.Now, Logger: m.Log,
	})
}

func (m *Main) imapOptions() ingest.IMAPOptions {
	c := m.Config.IMAP
	return ingest.IMAPOptions{Addr: c.Addr, Username: c.Username, Password: c.Password.Reveal(), TLS: c.TLS}
}

func (m *Main) runner(d digest.Deliverer) *digest.Runner {
	c := m.Config
	t, _ := time.Parse("15:04", c.Digest.Time)
	return digest.New(m.db, m.tax, m.compose, m.tokens, d, digest.Options{
		Schedule: digest.Schedule{Weekday: weekdays[strings.ToLower(c.Digest.Weekday)], Hour: t.Hour(), Minute: t.Minute()},
		MaxItems: c.Digest.MaxItems, Currency: c.Digest.Currency, FX: c.FX,
		ServiceAddress: c.Mail.Address, BaseURL: c.HTTP.BaseURL, Logger: m.Log,
	})
}

// Close undoes open in reverse order and joins the errors.
func (m *Main) Close() error {
	var errs []error
	for i := len(m.closers) - 1; i >= 0; i-- {
		errs = append(errs, m.closers[i]())
	}
	m.closers = nil
	return errors.Join(errs...)
}
