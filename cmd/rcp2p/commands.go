package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"rcp2p"
	"rcp2p/digest"
	"rcp2p/directory"
	"rcp2p/store"
)

// Command builds the CLI. --config, --now and --json are persistent, so they
// are accepted before or after the command name.
func (m *Main) Command() *cobra.Command {
	root := &cobra.Command{
		Use:           "rcp2p",
		Short:         "RCP2P Inbox: partner-to-partner opportunities by email",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(m.Stdout)
	root.SetErr(m.Stderr)
	root.SetIn(m.Stdin)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&m.configFile, "config", "", "config file (YAML); every key also RCP2P_<SECTION>_<KEY>")
	pf.StringVar(&m.nowFlag, "now", "", "run as if the clock read this RFC 3339 time")
	pf.BoolVar(&m.jsonOut, "json", false, "print one JSON array instead of a table")
	root.AddCommand(m.migrateCmd(), m.backupCmd(), m.partnersCmd(), m.opportunitiesCmd(),
		m.messagesCmd(), m.interestsCmd(), m.digestsCmd(), m.ingestCmd(), m.digestCmd(),
		m.previewCmd(), m.devCmd(), m.serveCmd(), m.doctorCmd())
	return root
}

// isCobraUsage recognises cobra's own argument errors, which it returns as
// plain errors.
func isCobraUsage(err error) bool {
	s := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "accepts ", "requires at least", "requires at most", "invalid argument", "flag needs an argument", "required flag"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func args(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, a []string) error {
		if len(a) != n {
			return usagef("expects %s", what)
		}
		return nil
	}
}

func (m *Main) migrateCmd() *cobra.Command {
	return &cobra.Command{Use: "migrate", Short: "apply schema migrations", Args: args(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := m.load(); err != nil {
				return err
			}
			db, err := store.Open(cmd.Context(), m.Config.Store.Path) // Open migrates
			if err != nil {
				return err
			}
			defer db.Close()
			n, err := db.Migrate(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "applied %d migrations\n", db.Applied()+n)
			return nil
		}}
}

func (m *Main) backupCmd() *cobra.Command {
	return &cobra.Command{Use: "backup FILE", Short: "write an online backup of the store", Args: args(1, "one FILE"),
		RunE: func(cmd *cobra.Command, a []string) error {
			if err := m.open(cmd.Context()); err != nil {
				return err
			}
			if err := m.db.Backup(cmd.Context(), a[0]); err != nil {
				return err
			}
			fmt.Fprintf(m.Stdout, "backup written to %s\n", a[0])
			return nil
		}}
}

func (m *Main) partnersCmd() *cobra.Command {
	c := &cobra.Command{Use: "partners", Short: "the partner directory"}
	c.AddCommand(&cobra.Command{Use: "import FILE.csv", Short: "add or update partners from CSV", Args: args(1, "one CSV file"),
		RunE: func(cmd *cobra.Command, a []string) error { return m.importPartners(cmd, a[0]) }})
	c.AddCommand(&cobra.Command{Use: "list", Short: "list partners", Args: args(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := m.open(cmd.Context()); err != nil {
				return err
			}
			ps, err := m.db.Partners(cmd.Context())
			if err != nil {
				return err
			}
			return m.printPartners(ps)
		}})
	return c
}

func (m *Main) importPartners(cmd *cobra.Command, file string) error {
	if err := m.open(cmd.Context()); err != nil {
		return err
	}
	f, err := os.Open(file)
	if err != nil {
		return usagef("open %s: %v", file, err)
	}
	defer f.Close()
	rows, err := directory.Read(f, m.tax)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	var added, updated, rejected int
	for _, r := range rows {
		if r.Err == nil {
			var created bool
			created, r.Err = m.db.UpsertPartner(cmd.Context(), r.Partner)
			if r.Err == nil && created {
				added++
			} else if r.Err == nil {
				updated++
			}
		}
		if r.Err != nil {
			rejected++
			fmt.Fprintf(m.Stdout, "line %d: %s\n", r.Line, oneLine(r.Err))
		}
	}
	fmt.Fprintf(m.Stdout, "added %d, updated %d, rejected %d\n", added, updated, rejected)
	return nil
}

func (m *Main) opportunitiesCmd() *cobra.Command {
	var status, submitter string
	c := &cobra.Command{Use: "opportunities", Short: "opportunities"}
	list := &cobra.Command{Use: "list", Short: "list opportunities, newest first", Args: args(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := m.open(cmd.Context()); err != nil {
				return err
			}
			os, err := m.db.Opportunities(cmd.Context(), store.OpportunityFilter{Status: rcp2p.OppStatus(status), Submitter: submitter})
			if err != nil {
				return err
			}
			return m.printOpportunities(os)
		}}
	list.Flags().StringVar(&status, "status", "", "only this status (open, closed, withdrawn, expired)")
	list.Flags().StringVar(&submitter, "submitter", "", "only this submitting partner id")
	c.AddCommand(list)
	return c
}

func (m *Main) messagesCmd() *cobra.Command {
	var kind, since string
	var failed bool
	c := &cobra.Command{Use: "messages", Short: "stored incoming mail and what was decided"}
	list := &cobra.Command{Use: "list", Short: "list messages, newest first", Args: args(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			f := store.MessageFilter{Kind: rcp2p.Kind(kind)}
			if since != "" {
				t, err := parseSince(since)
				if err != nil {
					return err
				}
				f.Since = t
			}
			if err := m.open(cmd.Context()); err != nil {
				return err
			}
			ms, err := m.db.Messages(cmd.Context(), f)
			if err != nil {
				return err
			}
			return m.printMessages(ms)
		}}
	list.Flags().StringVar(&kind, "kind", "", "only this kind (submission, bounce, …)")
	list.Flags().StringVar(&since, "since", "", "only messages received since this date (YYYY-MM-DD) or RFC 3339 time")
	show := &cobra.Command{Use: "show ID", Short: "print a stored message and what was decided", Args: args(1, "one message ID"),
		RunE: func(cmd *cobra.Command, a []string) error {
			id, err := strconv.ParseInt(a[0], 10, 64)
			if err != nil {
				return usagef("message ID %q is not a number", a[0])
			}
			if err := m.open(cmd.Context()); err != nil {
				return err
			}
			msg, err := m.db.Message(cmd.Context(), id)
			if err != nil {
				return err
			}
			return m.showMessage(msg)
		}}
	reprocess := &cobra.Command{Use: "reprocess ID|--failed", Short: "run stored messages through the current code again",
		RunE: func(cmd *cobra.Command, a []string) error { return m.reprocess(cmd, a, failed) }}
	reprocess.Flags().BoolVar(&failed, "failed", false, "every message that failed or was not understood")
	c.AddCommand(list, show, reprocess)
	return c
}

func parseSince(s string) (time.Time, error) {
	if t, err := time.Parse(rcp2p.DateLayout, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, usagef("--since %q is not YYYY-MM-DD or RFC 3339", s)
}

func (m *Main) reprocess(cmd *cobra.Command, a []string, failed bool) error {
	if failed == (len(a) == 1) || len(a) > 1 {
		return usagef("reprocess expects one message ID or --failed")
	}
	if err := m.open(cmd.Context()); err != nil {
		return err
	}
	var ids []int64
	if failed {
		var err error
		if ids, err = m.db.FailedMessages(cmd.Context()); err != nil {
			return err
		}
	} else {
		id, err := strconv.ParseInt(a[0], 10, 64)
		if err != nil {
			return usagef("message ID %q is not a number", a[0])
		}
		ids = []int64{id}
	}
	in := m.ingester()
	var errs []error
	for _, id := range ids {
		if err := in.Process(cmd.Context(), id); err != nil {
			errs = append(errs, err)
			continue
		}
		msg, err := m.db.Message(cmd.Context(), id)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "%d: %s: %s\n", id, msg.Kind, msg.Outcome)
	}
	if err := m.deliverQueued(cmd); err != nil {
		errs = append(errs, err)
	}
	if len(ids) == 1 && len(errs) > 0 && errors.Is(errs[0], rcp2p.ErrNotFound) {
		return errs[0]
	}
	return errors.Join(errs...)
}

// deliverQueued sends what processing queued (answers), before exiting.
func (m *Main) deliverQueued(cmd *cobra.Command) error {
	d, err := m.deliverer()
	if err != nil {
		return err
	}
	sent, failed, err := d.Deliver(cmd.Context())
	if sent+failed > 0 {
		fmt.Fprintf(m.Stdout, "mail: %d sent, %d failed\n", sent, failed)
	}
	return err
}

func (m *Main) interestsCmd() *cobra.Command {
	c := &cobra.Command{Use: "interests", Short: "partners' interest in opportunities"}
	c.AddCommand(&cobra.Command{Use: "list", Short: "list interests", Args: args(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := m.open(cmd.Context()); err != nil {
				return err
			}
			is, err := m.db.Interests(cmd.Context())
			if err != nil {
				return err
			}
			return m.printInterests(is)
		}})
	return c
}

func (m *Main) digestsCmd() *cobra.Command {
	var partner string
	c := &cobra.Command{Use: "digests", Short: "digests queued and sent"}
	list := &cobra.Command{Use: "list", Short: "list digests, newest first", Args: args(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := m.open(cmd.Context()); err != nil {
				return err
			}
			ds, err := m.db.Digests(cmd.Context(), store.DigestFilter{PartnerID: partner})
			if err != nil {
				return err
			}
			return m.printDigests(ds)
		}}
	list.Flags().StringVar(&partner, "partner", "", "only this partner id")
	c.AddCommand(list)
	return c
}

func (m *Main) ingestCmd() *cobra.Command {
	var once bool
	c := &cobra.Command{Use: "ingest --once", Short: "process what is in the mailbox now, then exit", Args: args(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !once {
				return usagef("ingest needs --once (the continuous loop is `rcp2p serve`)")
			}
			if err := m.open(cmd.Context()); err != nil {
				return err
			}
			st, err := m.ingestOnce(cmd)
			fmt.Fprintf(m.Stdout, "ingest: %d new, %d already stored, %d processed, %d failed\n", st.Fetched, st.Duplicate, st.Processed, st.Failed)
			if err != nil {
				return err
			}
			return m.deliverQueued(cmd)
		}}
	c.Flags().BoolVar(&once, "once", false, "process the mailbox once and exit")
	return c
}

func (m *Main) digestCmd() *cobra.Command {
	var ro digest.RunOptions
	c := &cobra.Command{Use: "digest", Short: "digests"}
	runCmd := &cobra.Command{Use: "run", Short: "queue and send the digests due now", Args: args(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := m.open(cmd.Context()); err != nil {
				return err
			}
			var d digest.Deliverer
			if !ro.DryRun {
				dl, err := m.deliverer()
				if err != nil {
					return err
				}
				d = dl
			}
			res, err := m.runner(d).Run(cmd.Context(), m.Now(), ro)
			if err != nil {
				return err
			}
			for _, p := range res.Planned {
				fmt.Fprintf(m.Stdout, "would send %s to %s: %s\n", p.PartnerID, p.To, strings.Join(p.Refs, ", "))
			}
			fmt.Fprintf(m.Stdout, "digest: %d partners checked, %d digests queued with %d items, %d sent, %d failed\n",
				res.Checked, res.Queued, res.Items, res.Sent, res.Failed)
			return nil
		}}
	runCmd.Flags().BoolVar(&ro.Force, "force", false, "ignore the schedule (never a partner's own choice)")
	runCmd.Flags().StringVar(&ro.PartnerID, "partner", "", "only this partner id")
	runCmd.Flags().BoolVar(&ro.DryRun, "dry-run", false, "record and send nothing; print what would be sent")
	c.AddCommand(runCmd)
	return c
}

func (m *Main) previewCmd() *cobra.Command {
	var partner, format string
	c := &cobra.Command{Use: "preview --partner ID", Short: "print the digest a partner would get now; sends and records nothing", Args: args(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if partner == "" {
				return usagef("preview needs --partner ID")
			}
			if format != "html" && format != "text" {
				return usagef("--format must be html or text")
			}
			if err := m.open(cmd.Context()); err != nil {
				return err
			}
			p, err := m.db.Partner(cmd.Context(), partner)
			if err != nil {
				return err
			}
			mail, _, err := m.runner(nil).Preview(cmd.Context(), p, m.Now())
			if err != nil {
				return err
			}
			if mail == nil {
				fmt.Fprintf(m.Stdout, "no new matches for %s: no digest would be sent now\n", partner)
				return nil
			}
			if format == "html" {
				fmt.Fprint(m.Stdout, mail.HTML)
			} else {
				fmt.Fprintf(m.Stdout, "Subject: %s\n\n%s", mail.Subject, mail.Text)
			}
			return nil
		}}
	c.Flags().StringVar(&partner, "partner", "", "partner id")
	c.Flags().StringVar(&format, "format", "text", "html or text")
	return c
}
