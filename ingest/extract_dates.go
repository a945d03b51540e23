package ingest

import (
	"strings"
	"time"
	"unicode"
)

// monthNames lists folded month names and abbreviations in English,
// German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Danish,
// Norwegian, Polish (nominative and genitive: "3 grudnia") and Finnish
// (also the partitive: "15. joulukuuta"), January first. Abbreviations that
// are English words ("set", "out", "ago") are left out.
const monthNames = "| january jan januar janner janvier janv enero ene janeiro gennaio januari " +
	"styczen stycznia tammikuu tammikuuta " +
	"| february feb februar fevrier fevr fev febrero fevereiro febbraio februari luty lutego " +
	"helmikuu helmikuuta " +
	"| march mar marz maerz mrz mars marzo marco maart marts marzec marca maaliskuu maaliskuuta " +
	"| april apr avril avr abril abr aprile kwiecien kwietnia huhtikuu huhtikuuta " +
	"| may mai mayo maio maggio mei maj maja toukokuu toukokuuta " +
	"| june jun juni juin junio junho giugno czerwiec czerwca kesakuu kesakuuta " +
	"| july jul juli juillet juil julio julho luglio lipiec lipca heinakuu heinakuuta " +
	"| august aug aout agosto augustus augusti sierpien sierpnia elokuu elokuuta " +
	"| september sep sept septembre septiembre setiembre setembro settembre wrzesien wrzesnia " +
	"syyskuu syyskuuta " +
	"| october oct oktober okt octobre octubre outubro ottobre pazdziernik pazdziernika lokakuu " +
	"lokakuuta " +
	"| november nov novembre noviembre novembro listopad listopada marraskuu marraskuuta " +
	"| december dec dezember dez decembre diciembre dic dezembro dicembre desember grudzien " +
	"grudnia joulukuu joulukuuta |"

// weekdayNames are folded weekday names, Sunday first, in the languages of
// monthNames ("-feira" days are read apart). Abbreviations are left out:
// "mon" is French for "my", "fri" Nordic for "free".
var weekdayNames = [7]string{
	" sunday sonntag dimanche domingo domenica zondag sondag sunnuntai sunnuntaina niedziela niedziele ",
	" monday montag lundi lunes segunda lunedi maandag mandag maanantai maanantaina poniedzialek ",
	" tuesday dienstag mardi martes terca martedi dinsdag tirsdag tisdag tiistai tiistaina wtorek ",
	" wednesday mittwoch mercredi miercoles quarta mercoledi woensdag onsdag keskiviikko " +
		"keskiviikkona sroda srode ",
	" thursday donnerstag jeudi jueves quinta giovedi donderdag torsdag torstai torstaina czwartek ",
	" friday freitag vendredi viernes sexta venerdi vrijdag fredag perjantai perjantaina piatek ",
	" saturday samstag sonnabend samedi sabado sabato zaterdag lordag lauantai lauantaina sobota ",
}

// asciiDigits writes the decimal digits of other scripts (Arabic-Indic
// "١٠/١٢/٢٠٢٦", Persian, Devanagari, Bengali, full-width) as ASCII, and the
// Arabic thousands and decimal separators as "," and ".".
func asciiDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x660 && (unicode.IsDigit(r) || r == 0x66b || r == 0x66c) }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r < 0x660:
			return r
		case r == 0x66b:
			return '.'
		case r == 0x66c:
			return ','
		}
		for _, zero := range []rune{0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xff10} {
			if r >= zero && r <= zero+9 {
				return '0' + r - zero
			}
		}
		return r
	}, s)
}

// quarterEnd is the last day of quarter q of year y, or with y < 0 of the
// next such quarter that has not ended before today ("end of Q1" read in
// November is next March).
func (p *dparse) quarterEnd(q, y int) time.Time {
	if y < 0 {
		y = p.today.Year()
		if civilDate(y, time.Month(3*q+1), 0).Before(p.today) {
			y++
		}
	}
	return civilDate(y, time.Month(3*q+1), 0)
}
