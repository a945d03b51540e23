package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
	"github.com/spf13/cobra"

	"rcp2p/digest"
	"rcp2p/ingest"
	"rcp2p/web"
)

// digestSpec is how often cron looks for partners whose digest is due in
// their own timezone; the job itself decides who is due.
const digestSpec = "*/5 * * * *"

type serveOptions struct {
	noIngest, noScheduler bool
	ready                 func(httpAddr string) // tests and dev: called once listening
}

func (m *Main) serveCmd() *cobra.Command {
	var o serveOptions
	c := &cobra.Command{Use: "serve", Short: "ingest loop, digest scheduler and HTTP until signalled", Args: args(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := m.open(cmd.Context()); err != nil {
				return err
			}
			return m.serve(cmd.Context(), o)
		}}
	c.Flags().BoolVar(&o.noIngest, "no-ingest", false, "do not watch the mailbox")
	c.Flags().BoolVar(&o.noScheduler, "no-scheduler", false, "do not send digests on schedule")
	return c
}

// serve runs until ctx ends, then shuts down in reverse order: HTTP, cron,
// the ingest loop and the outbox loop; the store is closed by Close.
func (m *Main) serve(ctx context.Context, o serveOptions) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	metrics := &web.Metrics{}
	ln, err := net.Listen("tcp", m.Config.HTTP.Addr)
	if err != nil {
		return fmt.Errorf("listen http %s: %w", m.Config.HTTP.Addr, err)
	}
	srv := &http.Server{Handler: web.Handler(m.db, m.tokens, metrics, m.Now, m.Log), ReadHeaderTimeout: 10 * time.Second}
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			m.Log.Error("http_failed", "err", err)
			cancel()
		}
	})
	m.Log.Info("http_listening", "addr", ln.Addr().String())
	d, err := m.deliverer()
	if err != nil {
		return err
	}
	kick := make(chan struct{}, 1) // new mail queued: flush now
	wg.Go(func() { m.outboxLoop(ctx, d, kick, metrics) })
	if !o.noIngest {
		in := m.ingester()
		wg.Go(func() {
			in.Watch(ctx, m.imapOptions(), ingest.WatchOptions{PollInterval: m.Config.IMAP.PollInterval}, func(st ingest.Stats) {
				metrics.Ingested.Add(int64(st.Processed))
				metrics.IngestFailed.Add(int64(st.Failed))
				if st.Processed > 0 {
					select {
					case kick <- struct{}{}:
					default:
					}
				}
			})
		})
	}
	var sched *cron.Cron
	if !o.noScheduler {
		sched = m.scheduler(ctx, d)
		sched.Start()
	}
	if o.ready != nil {
		o.ready(ln.Addr().String())
	}
	<-ctx.Done()
	m.Log.Info("shutting_down")
	shut, cancelShut := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancelShut()
	err = srv.Shutdown(shut)
	if sched != nil {
		select {
		case <-sched.Stop().Done():
		case <-shut.Done():
		}
	}
	wg.Wait()
	return err
}

func (m *Main) scheduler(ctx context.Context, d digest.Deliverer) *cron.Cron {
	logger := cron.PrintfLogger(slogPrintf{m})
	c := cron.New(cron.WithLocation(time.UTC), cron.WithChain(cron.SkipIfStillRunning(logger)))
	r := m.runner(d)
	_, _ = c.AddFunc(digestSpec, func() {
		if _, err := r.Run(ctx, m.Now(), digest.RunOptions{}); err != nil && ctx.Err() == nil {
			m.Log.Error("digest_run_failed", "err", err)
		}
	})
	return c
}

type slogPrintf struct{ m *Main }

func (s slogPrintf) Printf(format string, args ...any) {
	s.m.Log.Info("cron", "msg", fmt.Sprintf(format, args...))
}

// outboxLoop delivers queued mail when kicked and retries on a timer.
func (m *Main) outboxLoop(ctx context.Context, d deliverer, kick <-chan struct{}, metrics *web.Metrics) {
	t := time.NewTicker(30 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-kick:
		case <-t.C:
		}
		sent, failed, err := d.Deliver(ctx)
		metrics.DigestsSent.Add(int64(sent))
		metrics.MailFailed.Add(int64(failed))
		if err != nil && ctx.Err() == nil {
			m.Log.Error("outbox_flush_failed", "err", err)
		}
	}
}

// ingestOnce connects, processes the mailbox once and logs out.
func (m *Main) ingestOnce(cmd *cobra.Command) (ingest.Stats, error) {
	c, err := ingest.Dial(cmd.Context(), m.imapOptions())
	if err != nil {
		return ingest.Stats{}, err
	}
	defer c.Close()
	st, err := m.ingester().Poll(cmd.Context(), c)
	if err != nil {
		return st, err
	}
	if err := c.Logout().Wait(); err != nil {
		m.Log.Debug("imap_logout_failed", "err", err)
	}
	return st, nil
}
