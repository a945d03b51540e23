package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dollarCountries are the country letters written next to "$" to say
// which dollar it is: "75 000 $ CA", "$US 500", "CA$".
var dollarCountries = map[string]string{
	"US": "USD", "CA": "CAD", "CAN": "CAD", "CDN": "CAD", "AU": "AUD", "AUS": "AUD", "NZ": "NZD",
	"SG": "SGD", "HK": "HKD", "MX": "MXN", "MXN": "MXN",
}

// lexDollar reads a "$" (s[i:] follows it) with the country letters that may
// follow it: "$ CA" is CAD. A bare "$" is USD, marked as a sign so that an
// ISO code on the amount's other side can override it.
func lexDollar(s string, i int, toks *[]mtok) int {
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	k := j
	for k < len(s) && s[k] >= 'A' && s[k] <= 'Z' {
		k++
	}
	if r, _ := utf8.DecodeRuneInString(s[k:]); k > j && (k == len(s) || !unicode.IsLetter(r)) {
		if code, ok := dollarCountries[s[j:k]]; ok {
			*toks = append(*toks, mtok{kind: mCur, code: code})
			return k
		}
	}
	*toks = append(*toks, mtok{kind: mCur, code: "USD", sign: true})
	return i
}

// lexHangul reads a run of Hangul syllables. Korean writes the multiplier
// and the currency as syllables glued to the number and to what follows
// ("1억원", "5천만 원입니다"): the money syllables that open a run are read
// one by one when the run is only money, follows a digit, or goes on with a
// particle. Any other run is a word ("직원", staff, ends in the syllable for
// won but is no currency).
func lexHangul(s string, i int, toks *[]mtok) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.Is(unicode.Hangul, r) {
			break
		}
		j += n
	}
	run := s[i:j]
	rest := strings.TrimLeft(run, "억만천원")
	money := run[:len(run)-len(rest)]
	afterDigit := i > 0 && isDigitRune(rune(s[i-1]))
	if money == "" || (rest != "" && !afterDigit && !inWordList(koreanParticles, rest)) {
		*toks = append(*toks, mtok{kind: mWord})
		return j
	}
	for _, r := range money {
		*toks = append(*toks, moneyWord(string(r)))
	}
	if rest != "" {
		*toks = append(*toks, mtok{kind: mWord})
	}
	return j
}

// koreanParticles may follow an amount: "원입니다" (is … won), "원 정도".
const koreanParticles = " 은 는 이 가 을 를 으로 로 입니다 이며 정도 이내 이하 이상 까지 내외 선 "
