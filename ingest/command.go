package ingest

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"rcp2p"
	"rcp2p/compose"
)

// command is one email command a partner contact may send.
type command struct {
	verb string // unsubscribe, pause, resume, daily, weekly, status, withdraw, close
	arg  string // pause: the date text; withdraw/close: the ref
}

var (
	politeness = regexp.MustCompile(`(?i)^\s*(please|pls|kindly|bitte|merci de|veuillez|por favor|per favore|alsjeblieft|graag|could you|can you|i would like to|i'd like to|we would like to|we'd like to|ich möchte|wir möchten|je voudrais|nous voudrions|quisiera|queremos|switch (?:me |us |it )?to|change (?:me |us |it )?to|set (?:me |us |it )?to|move (?:me |us )?to|make it)\s+`)
	refText    = regexp.MustCompile(`(?i)\bOPP[\s#-]*\d{1,12}\b`)
	untilWords = regexp.MustCompile(`(?i)^(until|till|til|to|bis( zum| zur)?|jusqu'?(au|à|a)|hasta( el)?|fino al?|até|tot( en met)?|till|inntil|do)\s+`)
)

// verbs maps each way of writing a command, in several languages, to the
// command. Several words are tried longest first.
var verbs = map[string]string{
	"unsubscribe": "unsubscribe", "stop": "unsubscribe", "opt out": "unsubscribe", "opt-out": "unsubscribe",
	"abmelden": "unsubscribe", "abbestellen": "unsubscribe", "désabonner": "unsubscribe", "se désabonner": "unsubscribe",
	"désinscrire": "unsubscribe", "me désinscrire": "unsubscribe", "darse de baja": "unsubscribe", "dar de baja": "unsubscribe",
	"baja": "unsubscribe", "cancelar suscripción": "unsubscribe", "descadastrar": "unsubscribe", "cancelar inscrição": "unsubscribe",
	"afmelden": "unsubscribe", "uitschrijven": "unsubscribe", "avregistrera": "unsubscribe", "avsluta prenumeration": "unsubscribe",
	"disiscrivi": "unsubscribe", "disiscrivimi": "unsubscribe", "cancella iscrizione": "unsubscribe", "wypisz": "unsubscribe",
	"配信停止": "unsubscribe", "退订": "unsubscribe", "me désabonner": "unsubscribe", "nous désabonner": "unsubscribe",
	"désabonnez-moi": "unsubscribe", "mich abmelden": "unsubscribe", "uns abmelden": "unsubscribe", "me dar de baja": "unsubscribe",
	"darme de baja": "unsubscribe", "remove me": "unsubscribe", "remove us": "unsubscribe", "take me off": "unsubscribe",
	"cancel my subscription": "unsubscribe", "me descadastrar": "unsubscribe",
	"pause": "pause", "pausieren": "pause", "mettre en pause": "pause", "pausar": "pause", "pausa": "pause",
	"pauzeren": "pause", "pauzeer": "pause",
	"resume": "resume", "restart": "resume", "fortsetzen": "resume", "wieder aufnehmen": "resume", "reprendre": "resume",
	"reanudar": "resume", "retomar": "resume", "riprendi": "resume", "riprendere": "resume", "hervatten": "resume",
	"daily": "daily", "täglich": "daily", "quotidien": "daily", "diario": "daily", "diária": "daily", "dagelijks": "daily",
	"weekly": "weekly", "wöchentlich": "weekly", "hebdomadaire": "weekly", "semanal": "weekly", "wekelijks": "weekly",
	"status": "status", "statut": "status", "estado": "status", "stato": "status",
	"withdraw": "withdraw", "zurückziehen": "withdraw", "retirer": "withdraw", "retirar": "withdraw", "ritirare": "withdraw",
	"intrekken": "withdraw",
	"close":     "close", "schließen": "close", "schliessen": "close", "fermer": "close", "clôturer": "close", "cerrar": "close",
	"chiudere": "close", "fechar": "close", "sluiten": "close",
}

var cmdLine = buildCmdLine()

func buildCmdLine() *regexp.Regexp {
	words := make([]string, 0, len(verbs))
	for w := range verbs {
		words = append(words, regexp.QuoteMeta(w))
	}
	// Longest first, so "se désabonner" wins over a shorter prefix.
	slices.SortFunc(words, func(a, b string) int { return len(b) - len(a) })
	return regexp.MustCompile(`(?i)^(` + strings.Join(words, "|") + `)(?:$|[\s:,]+)(.*)$`)
}

// fillerWords may follow a bare command ("unsubscribe me please").
var fillerWords = map[string]bool{"": true, "please": true, "pls": true, "thanks": true, "thank": true, "you": true,
	"me": true, "us": true, "now": true, "all": true, "digest": true, "digests": true, "emails": true, "mails": true,
	"e-mails": true, "from": true, "this": true, "the": true, "list": true, "sending": true, "bitte": true, "merci": true,
	"danke": true, "gracias": true, "grazie": true, "obrigado": true, "dank": true, "je": true, "moi": true, "mich": true,
	"uns": true, "nous": true, "por": true, "favor": true, "s'il": true, "vous": true, "plaît": true, "digest.": true,
	"these": true, "those": true, "your": true, "receiving": true, "getting": true, "any": true, "more": true,
	"further": true, "newsletter": true, "newsletters": true, "mailing": true, "mailings": true, "list.": true,
	"de": true, "la": true, "liste": true, "lista": true, "los": true, "las": true, "der": true, "die": true,
	"bis": true, "auf": true, "on": true, "off": true, "of": true, "to": true, "for": true, "it": true}

// parseCommand reads the first meaningful line of the new text, or the
// subject when the body says nothing.
func parseCommand(subject, newText string) (command, bool) {
	line := firstLine(newText)
	if line == "" {
		line = stripReplyPrefix(subject)
	}
	for range 3 { // "please switch me to daily"
		line = politeness.ReplaceAllString(line, "")
	}
	line = strings.TrimRight(strings.TrimSpace(line), ".!?")
	m := cmdLine.FindStringSubmatch(line)
	if m == nil {
		return command{}, false
	}
	c := command{verb: verbs[strings.ToLower(m[1])], arg: strings.TrimSpace(m[2])}
	if c.verb == "" {
		c.verb = verbs[m[1]]
	}
	switch c.verb {
	case "pause":
		c.arg = strings.TrimSpace(untilWords.ReplaceAllString(strings.ToLower(c.arg), ""))
		if c.arg == "" {
			return command{}, false
		}
	case "withdraw", "close":
		ref := refText.FindString(c.arg)
		if ref == "" {
			return command{}, false
		}
		c.arg = ref
	default:
		for _, w := range strings.Fields(strings.ToLower(c.arg)) {
			if !fillerWords[strings.Trim(w, ",.!?")] {
				return command{}, false // a sentence that starts with the word, not a command
			}
		}
		c.arg = ""
	}
	return c, c.verb != ""
}

// fragmentSep splits a line into the parts a person joins in one go:
// "#2 — and please switch me to daily".
var fragmentSep = regexp.MustCompile(`(?i)\s*(?:—|–|;|,|\s-\s|\band\b|\bund\b|\bet\b|\by\b|\balso\b|\bplus\b)\s*`)

// findCommand looks for a command inside the first lines of a reply, after
// other words: a reply may name items and give a command in one sentence.
func findCommand(newText string) (command, string, bool) {
	seen := 0
	for _, line := range strings.Split(newText, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, ">") {
			continue
		}
		if seen++; seen > 5 {
			break
		}
		for _, frag := range fragmentSep.Split(t, -1) {
			if c, ok := parseCommand("", frag); ok {
				return c, frag, true
			}
		}
	}
	return command{}, "", false
}

func firstLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, ">") {
			continue
		}
		low := strings.ToLower(strings.TrimRight(l, ",!"))
		if low == "hi" || low == "hello" || low == "hallo" || low == "bonjour" || low == "hola" || low == "dear rcp2p" || low == "hi team" {
			continue
		}
		return l
	}
	return ""
}

func (in *Ingester) runCommand(ctx context.Context, m *rcp2p.Message, p *Parsed, partner *rcp2p.Partner, c command) (decision, error) {
	var (
		text  string
		facts []compose.Fact
		err   error
	)
	switch c.verb {
	case "unsubscribe":
		err = in.store.SetPartnerStatus(ctx, partner.ID, rcp2p.Unsubscribed, "")
		text = "You will receive no more digests. Reply \"resume\" at any time to receive them again."
	case "resume":
		err = in.store.SetPartnerStatus(ctx, partner.ID, rcp2p.Active, "")
		text = "Digests are on again for " + partner.Company + "."
	case "pause":
		text, err = in.pause(ctx, m, partner, c.arg)
	case "daily", "weekly":
		text, err = in.cadence(ctx, partner, rcp2p.Cadence(c.verb))
	case "status":
		text, facts, err = in.status(ctx, partner)
	case "withdraw", "close":
		text, err = in.closeOpportunity(ctx, partner, c)
	}
	var userErr *commandError
	if errors.As(err, &userErr) {
		d := decision{kind: rcp2p.KindCommand, counted: true, outcome: c.verb + " refused: " + userErr.msg}
		d.answer = in.notice(m, p, rcp2p.MailReply, confirmView(c.verb, userErr.msg, nil))
		return d, nil
	}
	if err != nil {
		return decision{}, fmt.Errorf("command %s: %w", c.verb, err)
	}
	d := decision{kind: rcp2p.KindCommand, outcome: c.verb + " for " + partner.ID + " done", ref: refIf(c)}
	d.answer = in.notice(m, p, rcp2p.MailConfirmation, confirmView(c.verb, text, facts))
	return d, nil
}

// commandError is a command a person got wrong; they are told why.
type commandError struct{ msg string }

func (e *commandError) Error() string { return e.msg }

func (in *Ingester) pause(ctx context.Context, m *rcp2p.Message, partner *rcp2p.Partner, arg string) (string, error) {
	loc, err := partner.Location()
	if err != nil {
		loc = time.UTC
	}
	ref := m.Date
	if ref.IsZero() {
		ref = in.opts.Now()
	}
	date, ok := ParseDate(arg, ref.In(loc))
	if !ok {
		return "", &commandError{"could not read the date in \"pause until " + arg + "\"; write it like \"pause until 2027-01-15\""}
	}
	today := in.opts.Now().In(loc).Format(rcp2p.DateLayout)
	if date <= today {
		return "", &commandError{"the date " + date + " is not in the future"}
	}
	if err := in.store.SetPartnerStatus(ctx, partner.ID, rcp2p.Paused, date); err != nil {
		return "", err
	}
	return "Digests are paused until " + date + " (" + partner.Timezone + "); they start again that day.", nil
}

func (in *Ingester) cadence(ctx context.Context, partner *rcp2p.Partner, c rcp2p.Cadence) (string, error) {
	if err := in.store.SetPartnerCadence(ctx, partner.ID, c); err != nil {
		return "", err
	}
	return "You will now receive a " + string(c) + " digest.", nil
}

func (in *Ingester) closeOpportunity(ctx context.Context, partner *rcp2p.Partner, c command) (string, error) {
	id, _ := rcp2p.ParseRef(c.arg)
	ref := rcp2p.FormatRef(id)
	o, err := in.store.Opportunity(ctx, id)
	if errors.Is(err, rcp2p.ErrNotFound) {
		return "", &commandError{ref + " does not exist"}
	}
	if err != nil {
		return "", err
	}
	if o.Submitter != partner.ID {
		return "", &commandError{ref + " was submitted by another partner; only its submitter can " + c.verb + " it"}
	}
	status := rcp2p.Closed
	if c.verb == "withdraw" {
		status = rcp2p.Withdrawn
	}
	if o.Status != rcp2p.Open {
		return ref + " was already " + string(o.Status) + ".", nil
	}
	if err := in.store.SetOpportunityStatus(ctx, id, status); err != nil {
		return "", err
	}
	return ref + " (" + o.Title + ") is now " + string(status) + " and will not appear in further digests.", nil
}

func refIf(c command) string {
	if c.verb == "withdraw" || c.verb == "close" {
		id, _ := rcp2p.ParseRef(c.arg)
		return rcp2p.FormatRef(id)
	}
	return ""
}

// status answers with the partner's settings and its own open
// opportunities.
func (in *Ingester) status(ctx context.Context, p *rcp2p.Partner) (string, []compose.Fact, error) {
	facts := statusFacts(p)
	opps, err := in.store.OpenOpportunitiesOf(ctx, p.ID)
	if err != nil {
		return "", nil, err
	}
	open := make([]string, 0, len(opps))
	for _, o := range opps {
		s := o.Ref() + " " + o.Title
		if o.RespondBy != "" {
			s += " (respond by " + o.RespondBy + ")"
		}
		open = append(open, s)
	}
	if len(open) == 0 {
		open = append(open, "none")
	}
	facts = append(facts, compose.Fact{Label: "Your open opportunities", Value: strings.Join(open, "; ")})
	return "Your settings with RCP2P Inbox, and the opportunities you posted that are still open:", facts, nil
}

func statusFacts(p *rcp2p.Partner) []compose.Fact {
	levels := make([]string, 0, len(p.Competencies))
	for _, c := range p.Competencies {
		levels = append(levels, c.Name+" ("+string(c.Level)+")")
	}
	facts := []compose.Fact{
		{Label: "Company", Value: p.Company},
		{Label: "Status", Value: string(p.Status)},
		{Label: "Digest", Value: string(p.Cadence) + " (" + p.Timezone + ")"},
		{Label: "Competencies", Value: strings.Join(levels, ", ")},
		{Label: "Regions", Value: orAny(strings.Join(p.Regions, ", "))},
		{Label: "Industries", Value: orAny(strings.Join(p.Industries, ", "))},
		{Label: "Minimum budget", Value: fmt.Sprintf("%.0f", p.MinBudget)},
		{Label: "Contacts", Value: strings.Join(p.Emails, ", ")},
	}
	if p.PausedUntil != "" {
		facts = append(facts, compose.Fact{Label: "Paused until", Value: p.PausedUntil})
	}
	return facts
}

func confirmView(verb, text string, facts []compose.Fact) compose.NoticeView {
	return compose.NoticeView{
		Subject:    "RCP2P Inbox: " + verb,
		Greeting:   "Hello,",
		Paragraphs: []string{text},
		Facts:      facts,
		Closing:    "RCP2P Inbox",
	}
}

func badTokenView(subject string) compose.NoticeView {
	return compose.NoticeView{
		Subject:  "We could not match your reply: " + subject,
		Greeting: "Hello,",
		Paragraphs: []string{
			"Your reply went to an address whose code we could not verify (it may have been changed, or be too old), so nothing was recorded.",
			"Please reply directly to the latest digest you received, or write \"OPP-\" and the number of the opportunity you want in a new mail to this address.",
		},
		Closing: "RCP2P Inbox",
	}
}
