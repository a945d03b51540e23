package ingest

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"rcp2p"
	"rcp2p/compose"
)

// replyContext is what a reply is a reply to.
type replyContext struct {
	via    string        // for the outcome: "digest token", "In-Reply-To …"
	digest *rcp2p.Digest // nil when the reply is not to a digest
	item   int64         // opportunity named by an item link, 0 otherwise
	ackRow int64         // the reply is to the acknowledgement of this message row
	unsub  bool          // sent to a digest's List-Unsubscribe address
}

var (
	hashNumber = regexp.MustCompile(`(?i)(?:#|\b(?:no\.?|nr\.?|number|item|nummer|numéro|número|numero|punkt)\s*#?|\bn\s?[°º]|\bnº)\s*(\d{1,3})\b`)
	// "Nos interesa el 2", "le 2 nous intéresse": an article before a bare
	// number that ends the phrase.
	articleNumber = regexp.MustCompile(`(?i)\b(?:el|la|los|las|le|les|il|lo|o|a|der|die|das)\s+(\d{1,2})\s*(?:[.,;!?)]|$|\s(?:y|e|et|und|and|nos|nous|uns|por|pour|please)\b)`)
	// "Suite #1", "Apt. #4": numbers of an address in a signature.
	addressWord = regexp.MustCompile(`(?i)\b(suite|ste|apt|apartment|unit|floor|fl|room|rm|building|bldg|box|office|dept)\.?\s*$`)
	andNumber   = regexp.MustCompile(`(?i)^\s*(?:#\s*)?(\d{1,3})\s*(?:(?:,|and|und|et|y|e|&|\+)\s*(?:#\s*)?(\d{1,3})\s*)*$`)
	bareNumber  = regexp.MustCompile(`\d{1,3}`)
	// "the second one", "die zweite", "le deuxième", "el segundo": an
	// ordinal only counts next to a word that makes it an item.
	ordinal = regexp.MustCompile(`(?i)\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|letzte[nrs]?|premi[eè]re?|deuxi[eè]me|second[e]?|troisi[eè]me|quatri[eè]me|derni[eè]re?|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|[uú]ltim[oa])\s+(?:one|item|opportunity|project|job|lead|listing|angebot|projekt|eintrag|punkt|opportunit[ée]|projet|oportunidad|proyecto|oportunidade|projeto)\b`)
)

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "premier": 1, "première": 1,
	"premiere": 1, "deuxième": 2, "deuxieme": 2, "seconde": 2, "troisième": 3, "troisieme": 3, "quatrième": 4,
	"quatrieme": 4, "primero": 1, "primera": 1, "primer": 1, "segundo": 2, "segunda": 2, "tercero": 3, "tercera": 3,
	"tercer": 3, "cuarto": 4, "cuarta": 4}

// ordinalNumber reads an ordinal word as an item number; last is -1.
func ordinalNumber(word string) int {
	w := strings.ToLower(word)
	switch {
	case strings.HasPrefix(w, "last") || strings.HasPrefix(w, "letzte") || strings.HasPrefix(w, "derni") ||
		strings.HasPrefix(w, "últim") || strings.HasPrefix(w, "ultim"):
		return -1
	case strings.HasPrefix(w, "erste"):
		return 1
	case strings.HasPrefix(w, "zweite"):
		return 2
	case strings.HasPrefix(w, "dritte"):
		return 3
	case strings.HasPrefix(w, "vierte"):
		return 4
	}
	return ordinals[w]
}

// selectItems reads which opportunities a reply names: "#2 and #4",
// "item 3", "OPP-17", a line of bare numbers ("2, 4"), or words of an
// item's title ("the Power BI one"). refs are the digest's items in order.
func selectItems(text string, refs []string, titles []string) (ids []int64, unknown []string) {
	add := func(id int64) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	byNumber := func(n int) {
		if n >= 1 && n <= len(refs) {
			id, _ := rcp2p.ParseRef(refs[n-1])
			add(id)
		} else {
			unknown = append(unknown, "#"+strconv.Itoa(n))
		}
	}
	for _, r := range refText.FindAllString(text, -1) {
		if id, ok := rcp2p.ParseRef(r); ok {
			add(id)
		}
	}
	for _, loc := range hashNumber.FindAllStringSubmatchIndex(text, -1) {
		if addressWord.MatchString(text[max(0, loc[0]-16):loc[0]]) {
			continue
		}
		n, _ := strconv.Atoi(text[loc[2]:loc[3]])
		byNumber(n)
	}
	if len(ids) == 0 && len(unknown) == 0 && len(refs) > 0 {
		for _, m := range articleNumber.FindAllStringSubmatch(firstLine(text), -1) {
			n, _ := strconv.Atoi(m[1])
			byNumber(n)
		}
	}
	if len(ids) == 0 && len(unknown) == 0 && len(refs) > 0 {
		for _, m := range ordinal.FindAllStringSubmatch(text, -1) {
			n := ordinalNumber(m[1])
			if n == -1 {
				n = len(refs)
			}
			byNumber(n)
		}
	}
	if len(ids) == 0 && len(unknown) == 0 && len(refs) > 0 {
		if line := firstLine(text); andNumber.MatchString(line) {
			for _, s := range bareNumber.FindAllString(line, -1) {
				n, _ := strconv.Atoi(s)
				byNumber(n)
			}
		}
	}
	if len(ids) == 0 && len(unknown) == 0 && len(titles) == len(refs) {
		if i := titleMatch(text, titles); i >= 0 {
			id, _ := rcp2p.ParseRef(refs[i])
			add(id)
		}
	}
	return ids, unknown
}

// declines are inline answers that say no ("Not for us", "Pass").
var declines = regexp.MustCompile(`(?i)\b(no|not|nope|pass|skip|nein|nicht|kein|non|pas|nee|niet|nej|inte|ingen)\b`)

var quotedItem = regexp.MustCompile(`^\s*>[>\s]*\d{1,3}\.\s.*\((OPP-\d+)\)\s*$`)

// inlineAnswers finds text written directly under a quoted digest item
// ("> 2. Power BI … (OPP-5)" then "Yes, we'd like this one"): DESIGN.md
// counts that as new text about that item.
func inlineAnswers(body string) []int64 {
	var ids []int64
	last := int64(0)
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "":
		case quotedItem.MatchString(line):
			last, _ = rcp2p.ParseRef(quotedItem.FindStringSubmatch(line)[1])
		case strings.HasPrefix(t, ">"):
			// the rest of the quoted item, or another quote
		default:
			if last != 0 && !declines.MatchString(t) && !slices.Contains(ids, last) {
				ids = append(ids, last)
			}
			last = 0
		}
	}
	return ids
}

// titleMatch finds the one item whose title shares the most distinctive
// words with the reply ("the Power BI one"); -1 when none or a tie.
func titleMatch(text string, titles []string) int {
	words := wordSet(text)
	best, bestScore, tie := -1, 0, false
	for i, t := range titles {
		score := 0
		for w := range wordSet(t) {
			if words[w] {
				score++
			}
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = i, score, false
		case score == bestScore && score > 0:
			tie = true
		}
	}
	if tie || bestScore == 0 {
		return -1
	}
	return best
}

var titleStop = map[string]bool{"the": true, "and": true, "for": true, "with": true, "one": true, "from": true,
	"this": true, "that": true, "you": true, "our": true, "are": true, "interested": true, "partner": true,
	"project": true, "need": true, "needed": true, "opportunity": true, "der": true, "die": true, "und": true, "les": true}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		if len(w) >= 2 && !titleStop[w] {
			out[w] = true
		}
	}
	return out
}

// interest records a partner's interest in the opportunities a reply
// names and queues one introduction per new interest.
func (in *Ingester) interest(ctx context.Context, m *rcp2p.Message, p *Parsed, partner *rcp2p.Partner, rc replyContext, newText string) (decision, error) {
	var refs, titles []string
	if rc.digest != nil {
		refs = rc.digest.Refs
		for _, r := range refs {
			id, _ := rcp2p.ParseRef(r)
			title := ""
			if o, err := in.store.Opportunity(ctx, id); err == nil {
				title = o.Title
			}
			titles = append(titles, title)
		}
	}
	ids, unknown := selectItems(newText, refs, titles)
	if len(ids) == 0 && len(unknown) == 0 {
		ids = inlineAnswers(p.Text) // "Yes" written under a quoted item
	}
	if len(ids) == 0 && rc.item != 0 && len(unknown) == 0 {
		ids = []int64{rc.item} // the item's own link, with no other choice in words
	}
	if len(ids) == 0 {
		d := decision{kind: rcp2p.KindReply, counted: true,
			outcome: "reply from " + partner.ID + " (" + rc.via + ") names no opportunity; asked which"}
		d.answer = in.notice(m, p, rcp2p.MailReply, whichView(p.Subject, unknown))
		return d, nil
	}
	var done, repeat, closed []string
	for _, id := range ids {
		res, err := in.interestIn(ctx, m, p, partner, id)
		if err != nil {
			return decision{}, err
		}
		switch res {
		case interestNew:
			done = append(done, rcp2p.FormatRef(id))
		case interestRepeat:
			repeat = append(repeat, rcp2p.FormatRef(id))
		default:
			closed = append(closed, rcp2p.FormatRef(id))
		}
	}
	d := decision{kind: rcp2p.KindReply, ref: strings.Join(append(append(slices.Clone(done), repeat...), closed...), ",")}
	d.outcome = fmt.Sprintf("interest from %s (%s):", partner.ID, rc.via)
	if len(done) > 0 {
		d.outcome += " introduced for " + strings.Join(done, ", ") + ";"
	}
	if len(repeat) > 0 {
		d.outcome += " already introduced for " + strings.Join(repeat, ", ") + ";"
	}
	if len(closed) > 0 || len(unknown) > 0 {
		d.outcome += " not available: " + strings.Join(append(closed, unknown...), ", ") + ";"
		d.counted = true
		d.answer = in.notice(m, p, rcp2p.MailReply, notOpenView(closed, unknown))
	}
	d.outcome = strings.TrimSuffix(d.outcome, ";")
	return d, nil
}

type interestResult int

const (
	interestNew interestResult = iota
	interestRepeat
	interestUnavailable // closed, withdrawn, expired, missing, or the partner's own
)

func (in *Ingester) interestIn(ctx context.Context, m *rcp2p.Message, p *Parsed, partner *rcp2p.Partner, id int64) (interestResult, error) {
	o, err := in.store.Opportunity(ctx, id)
	if errors.Is(err, rcp2p.ErrNotFound) {
		return interestUnavailable, nil
	}
	if err != nil {
		return 0, err
	}
	today := in.opts.Now().Format(rcp2p.DateLayout)
	if o.Status != rcp2p.Open || (o.RespondBy != "" && o.RespondBy < today) || o.Submitter == partner.ID {
		return interestUnavailable, nil
	}
	i := &rcp2p.Interest{OpportunityID: id, PartnerID: partner.ID, Email: p.From, MessageRow: m.ID}
	created, err := in.store.AddInterest(ctx, i)
	if err != nil {
		return 0, fmt.Errorf("record interest in %s: %w", o.Ref(), err)
	}
	if !created && i.IntroducedAt != nil {
		return interestRepeat, nil
	}
	if err := in.introduce(ctx, o, partner, p.From, i); err != nil {
		return 0, err
	}
	return interestNew, nil
}

// introduce queues one mail to the submitter, copying the contact who
// replied, with both companies' details; replies go to both.
func (in *Ingester) introduce(ctx context.Context, o *rcp2p.Opportunity, interested *rcp2p.Partner, contact string, i *rcp2p.Interest) error {
	submitter, err := in.store.Partner(ctx, o.Submitter)
	if err != nil {
		return fmt.Errorf("load submitter %s: %w", o.Submitter, err)
	}
	to := o.SubmitterEmail
	if to == "" {
		to = submitter.DigestAddress()
	}
	levels := make([]string, 0, len(interested.Competencies))
	for _, c := range interested.Competencies {
		levels = append(levels, c.Name+" ("+string(c.Level)+")")
	}
	mail, err := in.compose.Notice(compose.NoticeOptions{
		Kind: rcp2p.MailIntroduction, To: []string{to}, Cc: []string{contact}, ReplyTo: to + "," + contact,
	}, compose.NoticeView{
		Subject:  fmt.Sprintf("Introduction: %s is interested in %s (%s)", interested.Company, o.Title, o.Ref()),
		Greeting: "Hello " + submitter.Company + " and " + interested.Company + ",",
		Paragraphs: []string{
			interested.Company + " replied to our digest and would like to work with " + submitter.Company + " on " + o.Ref() + ", \"" + o.Title + "\".",
			"You are both on this mail: reply to all to talk directly. RCP2P Inbox is not copied on your conversation.",
		},
		Facts: []compose.Fact{
			{Label: "Opportunity", Value: o.Ref() + ": " + o.Title},
			{Label: "Posted by", Value: submitter.Company + " <" + to + ">"},
			{Label: "Interested partner", Value: interested.Company + " <" + contact + ">"},
			{Label: "Their competencies", Value: strings.Join(levels, ", ")},
			{Label: "Their regions", Value: orAny(strings.Join(interested.Regions, ", "))},
		},
		Closing: "RCP2P Inbox",
	})
	if err != nil {
		return fmt.Errorf("compose introduction: %w", err)
	}
	mail.MessageID = fmt.Sprintf("intro-%d-%s@%s", o.ID, strings.ToLower(interested.ID), domainOf(in.opts.ServiceAddress))
	if err := in.store.EnqueueMail(ctx, mail); err != nil {
		return fmt.Errorf("queue introduction: %w", err)
	}
	return in.store.MarkIntroduced(ctx, i.ID, in.opts.Now())
}

func whichView(subject string, unknown []string) compose.NoticeView {
	first := "We could not tell which opportunity your reply is about."
	if len(unknown) > 0 {
		first = "Your reply names " + strings.Join(unknown, ", ") + ", which is not in that digest."
	}
	return compose.NoticeView{
		Subject:  "Which opportunity? " + subject,
		Greeting: "Hello,",
		Paragraphs: []string{first,
			"Reply to the digest with the numbers of the items you want, for example \"#2 and #4\", or with their references, for example \"OPP-17\". We then introduce you to the partner who posted each one."},
		Closing: "RCP2P Inbox",
	}
}

func notOpenView(closed, unknown []string) compose.NoticeView {
	var paras []string
	if len(closed) > 0 {
		paras = append(paras, strings.Join(closed, ", ")+" is no longer open (closed, withdrawn, past its respond-by date, or your own), so we made no introduction for it.")
	}
	if len(unknown) > 0 {
		paras = append(paras, strings.Join(unknown, ", ")+" is not an item of that digest.")
	}
	return compose.NoticeView{Subject: "No longer open", Greeting: "Hello,", Paragraphs: paras, Closing: "RCP2P Inbox"}
}
