package ingest

import (
	"strings"
	"time"

	"rcp2p/taxonomy"
)

// moreMonthNames adds month names, nominative and genitive ("10. prosince",
// "7 декабря", "9 Δεκεμβρίου"), in Turkish, Czech, Slovak, Greek, Russian,
// Ukrainian, Indonesian/Malay, Romanian, Hungarian and Thai, January first.
// They are written as people write them and folded once, so that accents,
// tonos and Thai vowel marks fold the same way as the text.
var moreMonthNames = [12]string{
	"ocak leden ledna januar januára ιανουάριος ιανουαρίου ιαν январь января янв січень січня ianuarie január januári januarie มกราคม ม.ค.",
	"şubat únor února február februára φεβρουάριος φεβρουαρίου φεβ февраль февраля фев лютий лютого februari februarie február mac กุมภาพันธ์",
	"mart březen března marec marca μάρτιος μαρτίου μαρ март марта березень березня maret martie március มีนาคม",
	"nisan duben dubna apríl apríla απρίλιος απριλίου απρ апрель апреля квітень квітня aprilie április เมษายน",
	"mayıs květen května máj mája μάιος μαΐου μαιου май мая травень травня mei mai május พฤษภาคม",
	"haziran červen června jún júna ιούνιος ιουνίου июнь июня червень червня juni iunie június มิถุนายน",
	"temmuz červenec července júl júla ιούλιος ιουλίου июль июля липень липня juli iulie július กรกฎาคม",
	"ağustos srpen srpna august augusta αύγουστος αυγούστου αυγ август августа серпень серпня agustus ogos augusztus สิงหาคม",
	"eylül září september septembra σεπτέμβριος σεπτεμβρίου σεπ сентябрь сентября вересень вересня septembrie szeptember กันยายน",
	"ekim říjen října október októbra οκτώβριος οκτωβρίου οκτ октябрь октября жовтень жовтня oktober octombrie október ตุลาคม",
	"kasım listopad listopadu november novembra νοέμβριος νοεμβρίου νοε ноябрь ноября листопад листопада noiembrie november พฤศจิกายน",
	"aralık prosinec prosince december decembra δεκέμβριος δεκεμβρίου δεκ декабрь декабря дек грудень грудня desember disember decembrie december ธันวาคม",
}

// extraMonthNames adds Welsh, Catalan, Estonian, Latvian, Lithuanian,
// Swahili, Filipino, Persian (the Gregorian months as Iranians write them)
// and Irish, January first.
var extraMonthNames = [12]string{
	"ionawr gener jaanuar janvāris janvara sausis sausio januari enero ژانویه eanáir",
	"chwefror febrer veebruar februāris februara vasaris vasario februari pebrero فوریه feabhra",
	"mawrth març märts marts marta kovas kovo machi marso مارس márta",
	"ebrill abril aprill aprīlis aprīļa balandis balandžio aprili abril آوریل aibreán",
	"maig maijs maija gegužė gegužės mei mayo مه bealtaine",
	"mehefin juny juuni jūnijs jūnija birželis birželio juni hunyo ژوئن meitheamh",
	"gorffennaf juliol juuli jūlijs jūlija liepa liepos julai hulyo ژوئیه iúil",
	"awst agost augusts augusta rugpjūtis rugpjūčio agosti agosto اوت lúnasa",
	"medi setembre septembris septembra rugsėjis rugsėjo septemba setyembre سپتامبر",
	"hydref octubre oktoober oktobris oktobra spalis spalio oktoba oktubre اکتبر",
	"tachwedd novembre novembris novembra lapkritis lapkričio novemba nobyembre نوامبر samhain",
	"rhagfyr desembre detsember decembris decembra decembrī gruodis gruodžio desemba disyembre دسامبر nollaig",
}

// moreMonths maps each folded name of moreMonthNames to its month.
var moreMonths = func() map[string]int {
	m := map[string]int{}
	for i := range moreMonthNames {
		for _, n := range strings.Fields(moreMonthNames[i] + " " + extraMonthNames[i]) {
			m[strings.TrimRight(taxonomy.Fold(n), ".")] = i + 1
		}
	}
	return m
}()

// moreMonthNumber maps a folded month name of moreMonthNames to 1..12.
func moreMonthNumber(w string) int { return moreMonths[w] }

// buddhistEra turns a Thai Buddhist-era year (2569 BE is 2026 CE) into the
// common era. No date in a submission lies centuries ahead, so any year
// from 2400 to 2700 is read as Buddhist.
func buddhistEra(y int) int {
	if y >= 2400 && y <= 2700 {
		return y - 543
	}
	return y
}

// yearMonthDay reads the Hungarian year-first order with a month name:
// "2026. december 10." and "2026 december 10".
func (p *dparse) yearMonthDay(i int) (time.Time, bool) {
	if len(p.word(i)) != 4 || p.num(i) < 0 {
		return time.Time{}, false
	}
	j := p.skip(i+1, " . , ")
	m := monthNumber(p.word(j))
	if m == 0 {
		return time.Time{}, false
	}
	j = p.skip(j+1, " . ")
	if p.num(j) < 0 || len(p.word(j)) > 2 {
		return time.Time{}, false
	}
	return p.date(p.num(i), m, p.num(j))
}

// beforeHoliday reads "before Christmas", "vor Weihnachten", "avant Noël":
// the day before the next Christmas.
func (p *dparse) beforeHoliday(i int) (time.Time, bool) {
	if !inWordList(" christmas xmas weihnachten noel navidad natal natale kerst kerstmis jul joulu ", p.word(i)) {
		return time.Time{}, false
	}
	d, ok := p.date(-1, 12, 25)
	return d.AddDate(0, 0, -1), ok
}
