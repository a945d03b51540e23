package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"rcp2p/taxonomy"
)

// Subject prefixes, folded. "VS:" is a reply in Finnish and a forward in
// Danish and Norwegian; it counts as a reply.
const (
	subjectReplyWords   = " re aw sv vs r antw res ref rif odp ynt atb 返信 回复 答复 "
	subjectForwardWords = " fw fwd wg tr rv enc vb vl doorst 転送 转发 "
	subjectTagWords     = " external ext extern externe externo externa spam suspected possible suspicious " +
		"caution warning email e mail sender phish phishing message from outside the organization organisation "
)

// CleanSubject strips any chain of reply and forward prefixes ("Re:",
// "FW:", "AW:", "WG:", "TR:", "SV:", "RV:", "Enc:", "転送:", "Re[2]:") and
// warning tags ("[External]", "(EXT)", "*EXTERNAL*", "[SPAM?]",
// "EXTERNAL:") from the front of a subject, and collapses whitespace.
// Other bracketed words ("[Urgent]") are kept: they may carry meaning.
func CleanSubject(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for {
		t, _ := stripSubjectPrefix(s)
		t = stripNoticeSubject(t)
		if t == s {
			return s
		}
		s = t
	}
}

// noticeSubjects are the subjects of the service's own notices that a
// partner answers with a corrected submission ("Re: We could not read your
// opportunity: Power BI rollout"); see notUnderstoodView. Folded.
var noticeSubjects = []string{"we could not read your opportunity"}

func stripNoticeSubject(s string) string {
	for _, p := range noticeSubjects {
		if len(s) > len(p) && s[len(p)] == ':' && taxonomy.Fold(s[:len(p)]) == p {
			if rest := strings.TrimLeft(s[len(p)+1:], " "); rest != "" {
				return rest
			}
		}
	}
	return s
}

// seeBelowPhrases point from a top-posted note to the mail below it, which
// is then the content even without a forward prefix in the subject. Folded.
const seeBelowPhrases = "|see below|see the email below|see email below|see the mail below|" +
	"see the message below|see the request below|see the details below|see the note below|" +
	"siehe unten|siehe mail unten|siehe e-mail unten|siehe nachricht unten|siehe unten stehende|" +
	"siehe anfrage unten|voir ci-dessous|voir plus bas|voir le mail ci-dessous|voir le message ci-dessous|" +
	"ver abajo|ver mas abajo|ver correo abajo|ver abaixo|veja abaixo|vedi sotto|vedi di seguito|" +
	"vedi mail sotto|zie hieronder|zie onder|zie onderstaande|zie mail hieronder|se nedan|se nedenfor|" +
	"se nedenunder|se mailen nedenfor|katso alta|katso alla|patrz ponizej|zobacz ponizej|"

// pointsBelow reports whether the new text above the first history block
// says that what follows is the content ("Please see below - could you
// share this?").
func pointsBelow(body string) bool {
	top := taxonomy.Fold(strings.Join(strings.Fields(NewText(body)), " "))
	return containsAnyPhrase(top, seeBelowPhrases)
}

// IsForward reports whether the outermost prefix of a subject, after any
// warning tags, is a forward ("Fwd:", "FW:", "WG:", "TR:", "RV:", "Enc:").
func IsForward(subject string) bool {
	s := strings.Join(strings.Fields(subject), " ")
	for {
		t, kind := stripSubjectPrefix(s)
		switch {
		case kind == 'f':
			return true
		case kind == 'r' || t == s:
			return false
		}
		s = t
	}
}

// stripSubjectPrefix removes one prefix or tag; kind is 'r' for a reply
// prefix, 'f' for a forward prefix, 't' for a tag, 0 for nothing.
func stripSubjectPrefix(s string) (string, byte) {
	s = strings.TrimSpace(s)
	if rest, ok := stripSubjectTag(s); ok {
		return rest, 't'
	}
	end := strings.IndexAny(s, ":：")
	if end <= 0 || end > 16 {
		return s, 0
	}
	word := strings.TrimSpace(s[:end])
	if i := strings.IndexAny(word, "[("); i > 0 && isReplyCounter(word[i:]) { // "Re[2]", "RE (3)"
		word = strings.TrimSpace(word[:i])
	}
	rest := strings.TrimLeft(s[end:], ":：")
	switch w := taxonomy.Fold(word); {
	case inWordList(subjectReplyWords, w):
		return rest, 'r'
	case inWordList(subjectForwardWords, w):
		return rest, 'f'
	case inWordList(subjectTagWords, w):
		return rest, 't'
	}
	return s, 0
}

func isReplyCounter(s string) bool {
	if len(s) < 3 || (s[len(s)-1] != ']' && s[len(s)-1] != ')') {
		return false
	}
	for _, r := range s[1 : len(s)-1] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// stripSubjectTag removes a leading warning tag: [External], (EXT), *EXTERNAL*,
// **SPAM**, [SPAM?], [CAUTION: External Email].
func stripSubjectTag(s string) (string, bool) {
	if s == "" {
		return s, false
	}
	var closer string
	switch s[0] {
	case '[':
		closer = "]"
	case '(':
		closer = ")"
	case '*':
		closer = strings.Repeat("*", len(s)-len(strings.TrimLeft(s, "*")))
	default:
		return s, false
	}
	open := len(closer)
	if s[0] != '*' {
		open = 1
	}
	end := strings.Index(s[open:], closer)
	if end < 0 || end > 40 {
		return s, false
	}
	inner := s[open : open+end]
	words := strings.FieldsFunc(taxonomy.Fold(inner), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 {
		return s, false
	}
	for _, w := range words {
		if !inWordList(subjectTagWords, w) {
			return s, false
		}
	}
	return strings.TrimLeft(s[open+end+len(closer):], " :"), true
}

// NewText returns the part of a plain-text body that its sender newly
// wrote: quoted history, signatures and legal disclaimers are cut. A
// forwarded message inside the body ("---------- Forwarded message
// ---------", "Begin forwarded message:", "Weitergeleitete Nachricht") is
// kept, without its header block, and cut in turn. See NewTextForwarded.
func NewText(body string) string { return NewTextForwarded(body, false) }

// NewTextForwarded is NewText for a message whose subject says it is a
// forward (IsForward): then also the first Outlook-style history ("-----
// Original Message-----" or a "From: … Sent: … Subject:" block) is the
// forwarded submission rather than history. Text the forwarder wrote above
// it is kept too. Quoted lines ("> …") are dropped, but text written
// between them is kept (inline answers). The result is never longer than
// body.
func NewTextForwarded(body string, forwarded bool) string {
	lines := strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n")
	return joinNewText(cutHistory(lines, forwarded, 0))
}

// cutHistory walks the lines, dropping quotes and cutting at history.
func cutHistory(lines []string, forwarded bool, depth int) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		kind := historyMarker(lines, i)
		if kind == 'o' && forwarded {
			kind = 'f'
		}
		switch {
		case kind == 'f' && depth < 8:
			start := i + 1
			if isQuotedFrom(l) {
				start = i // an Outlook block has no marker line of its own
			}
			rest := skipQuotedHeaders(unquoteLevel(lines[start:]))
			return append(cleanSegment(out), cutHistory(rest, false, depth+1)...)
		case kind == 'o' || kind == 'f':
			return cleanSegment(out)
		case kind == 'a':
			if n := attributionLines(lines, i); nextIsQuote(lines, i+n) {
				i += n - 1 // inline answers follow: keep reading
				continue
			}
			return cleanSegment(out)
		case strings.HasPrefix(strings.TrimSpace(l), ">"):
			continue
		}
		out = append(out, l)
	}
	return cleanSegment(out)
}

// historyMarker classifies line i: 'f' a forward marker, 'o' an Outlook
// history start ("-----Original Message-----", a From/Sent/Subject block),
// 'a' a reply attribution ("On … wrote:"), 0 anything else.
func historyMarker(lines []string, i int) byte {
	l := strings.TrimSpace(lines[i])
	if l == "" || len(l) > 400 {
		return 0
	}
	if attributionLines(lines, i) > 0 {
		return 'a'
	}
	if strings.HasPrefix(l, ">") {
		return 0
	}
	if strings.ContainsRune("-=_*", rune(l[0])) || strings.HasSuffix(l, ":") || strings.HasSuffix(l, "：") {
		core := taxonomy.Fold(strings.Trim(l, "-=_*:：> \t"))
		switch {
		case inPhraseList(forwardMarkerPhrases, core):
			return 'f'
		case inPhraseList(originalMarkerPhrases, core) && l[0] == '-':
			return 'o'
		}
	}
	if isQuotedFrom(l) && quotedHeaderBlockAt(lines, i) {
		return 'o'
	}
	return 0
}

const (
	forwardMarkerPhrases = "|forwarded message|begin forwarded message|forwarded message follows|" +
		"weitergeleitete nachricht|anfang der weitergeleiteten nachricht|message transfere|" +
		"debut du message reexpedie|message reexpedie|mensaje reenviado|" +
		"inicio del mensaje reenviado|mensagem encaminhada|inicio da mensagem reencaminhada|" +
		"mensagem reencaminhada|messaggio inoltrato|doorgestuurd bericht|" +
		"vidarebefordrat meddelande|videresendt meddelelse|videresendt melding|"
	originalMarkerPhrases = "|original message|ursprungliche nachricht|message d'origine|mensaje original|" +
		"mensagem original|messaggio originale|oorspronkelijk bericht|ursprungligt meddelande|" +
		"alkuperainen viesti|opprinnelig melding|oprindelig meddelelse|元のメッセージ|"
	// header names of quoted and forwarded header blocks, folded
	quotedHeaderNames = " from sent date to cc bcc subject reply to von gesendet datum an kopie betreff " +
		"de envoye a objet para enviado fecha asunto assunto data da inviato oggetto van " +
		"verzonden aan onderwerp fran skickat till amne 差出人 送信日時 宛先 件名 "
)

func inPhraseList(list, w string) bool { return w != "" && strings.Contains(list, "|"+w+"|") }

// quotedHeaderName returns the folded name of a "Name: value" header line.
func quotedHeaderName(l string) string {
	l = strings.TrimLeft(strings.TrimSpace(l), "*>_ ")
	end := strings.IndexAny(l[:min(len(l), 24)], ":：")
	if end <= 0 || end > 20 {
		return ""
	}
	name := taxonomy.Fold(strings.Trim(l[:end], "* _"))
	name = strings.ReplaceAll(name, "-", " ")
	if !inWordList(quotedHeaderNames, name) {
		return ""
	}
	return name
}

func isQuotedFrom(l string) bool {
	n := quotedHeaderName(l)
	return n == "from" || n == "von" || n == "de" || n == "da" || n == "van" || n == "fran" || n == "差出人"
}

// quotedHeaderBlockAt reports a From line followed, within six lines, by a date
// line and a subject or recipient line: the head of Outlook-style history.
func quotedHeaderBlockAt(lines []string, i int) bool {
	var date, subj bool
	for j := i + 1; j < len(lines) && j <= i+6; j++ {
		switch quotedHeaderName(lines[j]) {
		case "sent", "date", "gesendet", "datum", "envoye", "enviado", "fecha", "data", "inviato", "verzonden", "skickat", "送信日時":
			date = true
		case "subject", "betreff", "objet", "asunto", "assunto", "oggetto", "onderwerp", "amne", "件名",
			"to", "an", "a", "para", "aan", "till", "宛先":
			subj = true
		}
	}
	return date && subj
}

// skipQuotedHeaders drops the blank lines and "Name: value" header lines
// (with their wrapped continuations) that open a forwarded message.
func skipQuotedHeaders(lines []string) []string {
	i, seen := 0, false
	for i < len(lines) {
		l := strings.TrimSpace(lines[i])
		switch {
		case l == "" && seen:
			return lines[i:]
		case l == "":
		case quotedHeaderName(l) != "":
			seen = true
		case seen && (strings.HasPrefix(lines[i], " ") || strings.HasPrefix(lines[i], "\t") || strings.Contains(l, "@")):
		default:
			return lines[i:]
		}
		i++
	}
	return nil
}

// unquoteLevel strips one level of "> " when most non-empty lines carry it.
func unquoteLevel(lines []string) []string {
	quoted, full := 0, 0
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			full++
			if strings.HasPrefix(t, ">") {
				quoted++
			}
		}
	}
	if quoted*2 <= full {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		if strings.HasPrefix(t, ">") {
			t = strings.TrimPrefix(t[1:], " ")
		}
		out[i] = t
	}
	return out
}

// attributionLines reports how many lines (1 or 2, Gmail wraps long ones)
// form a reply attribution at i: "On … wrote:", "Am … schrieb …:", "Le … a
// écrit :", "El … escribió:", "Em … escreveu:", "Anna <a@b.c>:"; 0 if none.
func attributionLines(lines []string, i int) int {
	l := strings.TrimSpace(lines[i])
	if l == "" || len(l) > 400 || strings.HasPrefix(l, ">") {
		return 0
	}
	if isAttribution(l) {
		return 1
	}
	if i+1 < len(lines) && len(l) < 200 && strings.HasSuffix(strings.TrimSpace(lines[i+1]), ":") &&
		attributionStart(l) && isAttribution(l+" "+strings.TrimSpace(lines[i+1])) {
		return 2
	}
	return 0
}

func attributionStart(l string) bool {
	w, _, _ := strings.Cut(l, " ")
	return inWordList(" On Am Le El Em Il Op Den På Pa ", w) || (w != "" && w[0] >= '0' && w[0] <= '9')
}

func isAttribution(l string) bool {
	if !strings.HasSuffix(l, ":") && !strings.HasSuffix(l, "：") {
		return false
	}
	f := taxonomy.Fold(strings.TrimRight(l, ":： "))
	for _, verb := range []string{" wrote", " schrieb", " a ecrit", " escribio", " escreveu", " ha scritto",
		" schreef", " skrev", " kirjoitti", " napisal"} {
		if strings.HasSuffix(f, verb) || (verb == " schrieb" && strings.Contains(f, verb+" ")) {
			return true
		}
	}
	return strings.Contains(l, "@") && strings.HasSuffix(f, ">") && attributionStart(l)
}

func nextIsQuote(lines []string, i int) bool {
	for ; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t != "" {
			return strings.HasPrefix(t, ">")
		}
	}
	return false
}

// joinNewText trims trailing spaces, keeps at most one blank line in a row
// and drops blank or rule-only lines at either end.
func joinNewText(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if isRuleLine(l) {
			l = ""
		}
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}

// isRuleLine reports a line made only of separator characters ("_____", "***").
func isRuleLine(l string) bool {
	if utf8.RuneCountInString(l) < 3 {
		return false
	}
	return strings.Trim(l, "-_=*~—– \t") == ""
}

// cleanSegment cuts a signature and drops disclaimer paragraphs from lines
// a person wrote.
func cleanSegment(lines []string) []string {
	for i, l := range lines {
		if isSignatureStart(lines, i, l) {
			lines = lines[:i]
			break
		}
	}
	return dropDisclaimers(lines)
}

const (
	// sign-offs that mobile and desktop clients add, folded prefixes
	clientSignoffs = "|sent from my|sent from mail for|sent from outlook|sent from yahoo|get outlook for|" +
		"von meinem|gesendet von|outlook fur ios|outlook fur android|envoye de mon|envoye depuis|" +
		"telecharger outlook|enviado desde mi|enviado do meu|enviado de meu|obtener outlook|baixe o outlook|" +
		"inviato da|verzonden vanaf|skickat fran min|"
	closingPhrases = "|best regards|kind regards|regards|best|thanks|thank you|many thanks|thanks in advance|" +
		"cheers|sincerely|yours sincerely|best wishes|warm regards|warmest regards|all the best|br|rgds|" +
		"mit freundlichen grussen|mit freundlichem gruss|freundliche grusse|viele grusse|beste grusse|" +
		"liebe grusse|herzliche grusse|gruss|grusse|mfg|lg|vg|cordialement|bien cordialement|bien a vous|" +
		"salutations|meilleures salutations|merci|merci d'avance|saludos|un saludo|saludos cordiales|" +
		"atentamente|gracias|muchas gracias|atenciosamente|abracos|obrigado|obrigada|cumprimentos|" +
		"cordiali saluti|distinti saluti|grazie|met vriendelijke groet|groeten|med vanliga halsningar|" +
		"halsningar|vanliga halsningar|mvh|hilsen|med venlig hilsen|med vennlig hilsen|vennlig hilsen|" +
		"venlig hilsen|ystavallisin terveisin|terveisin|pozdrawiam|z powazaniem|serdecznie pozdrawiam|" +
		"saluti|buona giornata|grazie e buona giornata|groet|met hartelijke groet|hartelijke groet|" +
		"谢谢|此致|감사합니다|고맙습니다|תודה|בברכה|شكرا|مع التحية|धन्यवाद|" +
		"よろしくお願いします|よろしくお願いいたします|"
)

// isSignatureStart reports whether a signature starts at line i: the "-- "
// delimiter, a client sign-off ("Sent from my iPhone"), or a closing
// ("Best regards,") followed by a short block that sets no field.
func isSignatureStart(lines []string, i int, l string) bool {
	t := strings.TrimSpace(l)
	if t == "--" || t == "—" {
		return true
	}
	if t == "" || len(t) > 80 {
		return false
	}
	f := taxonomy.Fold(t)
	for p := range strings.SplitSeq(strings.Trim(clientSignoffs, "|"), "|") {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	head, _, _ := strings.Cut(f, ",")
	if !inPhraseList(closingPhrases, strings.TrimRight(head, ".!;: ")) {
		return false
	}
	return isSignatureBlock(lines[i+1:])
}

// isSignatureBlock reports whether the lines after a closing look like a
// name and contact block: at most 12 short lines, none setting a field.
// Legal notices below it do not count; more than 80 lines in all is no
// signature (which also keeps many closings in one body cheap).
func isSignatureBlock(lines []string) bool {
	if len(lines) > 80 {
		return false
	}
	n := 0
	for start := 0; start < len(lines); start++ {
		end := start
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		if end == start || isDisclaimer(lines[start:end]) {
			start = end
			continue
		}
		for _, l := range lines[start:end] {
			l = strings.TrimSpace(l)
			if n++; n > 12 || utf8.RuneCountInString(l) > 120 {
				return false
			}
			if _, _, f := splitKeyValue(l); f != kvNone {
				return false // "Thanks!" then "Budget: 50k": not a signature
			}
		}
		start = end
	}
	return true
}

const disclaimerCues = "|intended recipient|intended solely|intended only for|if you are not the|" +
	"confidentiality notice|disclaimer|this e-mail and any|this email and any|this message and any|" +
	"may contain confidential|contains confidential|is confidential and|privileged and confidential|" +
	"received this e-mail in error|received this email in error|received this message in error|" +
	"nicht der richtige adressat|nicht der beabsichtigte|diese e-mail enthalt vertrauliche|" +
	"diese nachricht enthalt vertrauliche|vertrauliche und/oder|irrtumlich erhalten|" +
	"si vous n'etes pas le destinataire|ce message et toutes les pieces|ce message et ses pieces|" +
	"ce message peut contenir|ce message est confidentiel|si usted no es el destinatario|" +
	"este mensaje es confidencial|este mensaje puede contener|este mensaje y sus anexos|" +
	"se voce nao for o destinatario|esta mensagem e confidencial|esta mensagem pode conter|" +
	"please consider the environment|think before you print|bitte denken sie an die umwelt|" +
	"avant d'imprimer|antes de imprimir|"

// dropDisclaimers removes, among the last paragraphs (blank-line
// separated), those that read like a legal notice. Notices sit at the end
// of what a person wrote; looking only there keeps long bodies cheap.
func dropDisclaimers(lines []string) []string {
	var starts []int // paragraph starts, last first, at most six
	for i := len(lines) - 1; i >= 0 && len(starts) < 6; i-- {
		if strings.TrimSpace(lines[i]) != "" && (i == 0 || strings.TrimSpace(lines[i-1]) == "") {
			starts = append(starts, i)
		}
	}
	for _, start := range starts {
		end := start
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		if isDisclaimer(lines[start:end]) {
			lines = append(lines[:start:start], lines[end:]...)
		}
	}
	return lines
}

func isDisclaimer(par []string) bool {
	f := taxonomy.Fold(strings.Join(strings.Fields(strings.Join(par, " ")), " "))
	return containsAnyPhrase(f, disclaimerCues)
}
