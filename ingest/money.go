package ingest

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"rcp2p"
)

// Money is read by a small lexer (numbers, currencies, multipliers, range
// words) and one pass over its tokens. Decisions:
//   - No currency, no money: "50,000" alone is not a budget.
//   - A single separator followed by exactly three digits groups thousands
//     ("50.000 EUR", "50,000"); otherwise it is the decimal point ("1.5M",
//     "40,5k"). With both separators the last one is the decimal point
//     ("40.000,00", "1,234.56"). Apostrophes and spaces before three digits
//     group thousands ("90'000", "500 000").
//   - A range is its lower bound; "30-50k" reads the lower bound as 30k.
//   - "$" is USD, "¥" JPY, "kr" SEK, "pesos" MXN; a zero amount is no budget.

type mkind uint8

const (
	mNum mkind = iota + 1
	mCur
	mMult
	mRange
	mWord
	mPunct
)

type mtok struct {
	kind mkind
	val  float64 // mNum: amount; mMult: factor
	code string  // mCur: ISO 4217 code
	sign bool    // mCur: a bare "$", which an ISO code next to the amount overrides
}

// maxMoney bounds amounts so that nonsense does not become a budget.
const maxMoney = 1e15

// isoAnyCase are codes read in any case; isoUpper only in capitals, since
// their lower-case forms are words ("try", "cop", "pen").
const (
	isoAnyCase = " usd eur gbp cad aud nzd jpy inr brl sek nok dkk chf sgd mxn hkd zar pln cny "
	isoUpper   = " TRY COP PEN ARS CLP CZK HUF RON AED SAR ILS KRW TWD THB MYR IDR ISK RUB "
)

// isoCode returns the ISO 4217 code a word spells, if any.
func isoCode(w string) (string, bool) {
	if len(w) != 3 {
		return "", false
	}
	if strings.Contains(isoUpper, " "+w+" ") {
		return w, true
	}
	if l := strings.ToLower(w); strings.Contains(isoAnyCase, " "+l+" ") {
		return strings.ToUpper(l), true
	}
	return "", false
}

// moneyWord classifies a lower-case word.
func moneyWord(w string) mtok {
	switch w {
	case "k", "thousand", "thousands", "tsd", "tausend", "mil", "mille", "千":
		return mtok{kind: mMult, val: 1e3}
	case "m", "mm", "mn", "mio", "mill", "million", "millions", "millionen", "millones",
		"millon", "millón", "milhoes", "milhões", "milhao", "milhão":
		return mtok{kind: mMult, val: 1e6}
	case "b", "bn", "billion", "billions", "mrd", "milliarde", "milliarden", "milliard", "milliards":
		return mtok{kind: mMult, val: 1e9}
	case "lakh", "lakhs", "lac", "lacs":
		return mtok{kind: mMult, val: 1e5}
	case "crore", "crores", "cr":
		return mtok{kind: mMult, val: 1e7}
	case "万", "만":
		return mtok{kind: mMult, val: 1e4}
	case "億", "亿", "억":
		return mtok{kind: mMult, val: 1e8}
	case "천":
		return mtok{kind: mMult, val: 1e3}
	case "to", "and", "bis", "a", "à", "y", "e", "et", "und", "até", "ate", "hasta", "or", "oder", "ou", "o":
		return mtok{kind: mRange}
	}
	if c := currencyWord(w); c != "" {
		return mtok{kind: mCur, code: c}
	}
	if t, ok := moreMoneyWord(w, w); ok {
		return t
	}
	return mtok{kind: mWord}
}

func currencyWord(w string) string {
	switch w {
	case "$", "dollar", "dollars", "dólar", "dólares", "dolares", "dollari", "us$":
		return "USD"
	case "€", "euro", "euros", "eur":
		return "EUR"
	case "£", "pound", "pounds", "sterling":
		return "GBP"
	case "¥", "￥", "yen", "円":
		return "JPY"
	case "元", "rmb", "yuan":
		return "CNY"
	case "₹", "rs", "rupee", "rupees":
		return "INR"
	case "r$", "reais":
		return "BRL"
	case "c$", "ca$", "cad$":
		return "CAD"
	case "a$", "au$", "aud$":
		return "AUD"
	case "nz$":
		return "NZD"
	case "s$", "sg$":
		return "SGD"
	case "hk$":
		return "HKD"
	case "mx$", "peso", "pesos":
		return "MXN"
	case "kr", "kronor", "krona":
		return "SEK"
	case "sfr", "franc", "francs", "franken":
		return "CHF"
	case "₩", "원":
		return "KRW"
	case "zł", "zloty", "zlotych", "złotych":
		return "PLN"
	case "₪", "שקל", "שקלים":
		return "ILS"
	case "دولار", "دولارات":
		return "USD"
	case "درهم":
		return "AED"
	case "ريال":
		return "SAR"
	}
	return ""
}

// currencyAdjective maps the word before "dollars", "francs"… to its code.
func currencyAdjective(w string) string {
	switch w {
	case "us", "american":
		return "USD"
	case "canadian":
		return "CAD"
	case "australian":
		return "AUD"
	case "singapore":
		return "SGD"
	case "swiss":
		return "CHF"
	case "swedish":
		return "SEK"
	case "indian":
		return "INR"
	case "brazilian":
		return "BRL"
	case "mexican":
		return "MXN"
	case "japanese":
		return "JPY"
	case "british":
		return "GBP"
	}
	return ""
}

// lexMoney turns s into money tokens.
func lexMoney(s string) []mtok {
	var toks []mtok
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || strings.ContainsRune("+*≈~.", r):
			i += n
		case isDigitRune(r):
			var t mtok
			t, i = lexMoneyNumber(s, i)
			toks = append(toks, t)
		case r == '-' || r == '–' || r == '—' || r == '〜':
			toks = append(toks, mtok{kind: mRange})
			i += n
		case r == '$':
			i = lexDollar(s, i+n, &toks)
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Sc, r):
			toks = append(toks, moneyWord(string(r)))
			i += n
		case unicode.Is(unicode.Hangul, r):
			i = lexHangul(s, i, &toks)
		case unicode.IsLetter(r):
			i = lexMoneyWord(s, i, &toks)
		default:
			toks = append(toks, mtok{kind: mPunct})
			i += n
		}
	}
	return toks
}

func isDigitRune(r rune) bool { return '0' <= r && r <= '9' }

// narrowASCII turns full-width ASCII ("ＵＳＤ ５０，０００") into ASCII.
func narrowASCII(s string) string {
	wide := func(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E }
	if !strings.ContainsFunc(s, wide) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if wide(r) {
			return r - 0xFEE0
		}
		return r
	}, s)
}

// lexMoneyWord reads a run of letters (and a "$" glued to it: "US$", "R$").
func lexMoneyWord(s string, i int, toks *[]mtok) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || unicode.Is(unicode.Han, r) {
			break
		}
		j += n
	}
	raw := s[i:j]
	if zarAmount(s, i, j) {
		*toks = append(*toks, mtok{kind: mCur, code: "ZAR"})
		return j
	}
	if t, k, ok := lexNumberWords(s, i, j); ok {
		*toks = append(*toks, t)
		return k
	}
	if j < len(s) && s[j] == '$' {
		raw += "$"
		j++
	}
	if code, ok := isoCode(raw); ok {
		*toks = append(*toks, mtok{kind: mCur, code: code})
		return j
	}
	w := strings.ToLower(raw)
	t := moneyWord(w)
	if more, ok := moreMoneyWord(raw, w); ok && t.kind == mWord {
		t = more
	}
	if t.kind == mCur && len(*toks) > 0 && (*toks)[len(*toks)-1].kind == mWord {
		if c := currencyAdjective(strings.ToLower(wordBefore(s, i))); c != "" {
			(*toks)[len(*toks)-1] = mtok{kind: mCur, code: c}
			return j
		}
	}
	if t.kind == mWord && len(raw) == 4 && strings.ContainsRune("kKtTmM", rune(raw[0])) {
		if code, ok := isoCode(raw[1:]); ok { // "TEUR", "kUSD", "MEUR"
			f := 1e3
			if raw[0]|0x20 == 'm' {
				f = 1e6
			}
			*toks = append(*toks, mtok{kind: mMult, val: f}, mtok{kind: mCur, code: code})
			return j
		}
	}
	*toks = append(*toks, t)
	return j
}

// wordBefore returns the letters just before position i, skipping spaces.
func wordBefore(s string, i int) string {
	end := strings.LastIndexFunc(s[:i], func(r rune) bool { return !unicode.IsSpace(r) }) + 1
	start := strings.LastIndexFunc(s[:end], func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	return s[start:end]
}

// lexMoneyNumber reads digits with thousands and decimal separators from s[i:].
func lexMoneyNumber(s string, i int) (mtok, int) {
	var b strings.Builder
	group := 0 // digits in the current group
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isDigitRune(r) {
			b.WriteRune(r)
			group++
			i += n
			continue
		}
		next := i + n
		if next < len(s) && isDigitRune(rune(s[next])) {
			switch {
			case r == '.' || r == ',':
				b.WriteRune(r)
				group = 0
				i = next
				continue
			case r == '\'' || r == '’' || (unicode.IsSpace(r) && r != '\n' && group <= 3 && threeDigits(s[next:])):
				b.WriteByte('\'')
				group = 0
				i = next
				continue
			}
		}
		break
	}
	for _, tail := range []string{",-", ".-", ",–", ".–"} { // "5.000,- €"
		if strings.HasPrefix(s[i:], tail) {
			i += len(tail)
			break
		}
	}
	v, ok := parseAmount(b.String())
	if !ok {
		return mtok{kind: mWord}, i
	}
	return mtok{kind: mNum, val: v}, i
}

// threeDigits reports whether s starts with exactly three digits.
func threeDigits(s string) bool {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n == 3
}

// parseAmount reads a number written with any of the separator habits.
func parseAmount(raw string) (float64, bool) {
	raw = strings.ReplaceAll(raw, "'", "")
	dot, comma := strings.LastIndexByte(raw, '.'), strings.LastIndexByte(raw, ',')
	switch {
	case dot >= 0 && comma >= 0:
		dec, thou := max(dot, comma), ","
		if dec == comma {
			thou = "."
		}
		raw = strings.ReplaceAll(raw, thou, "")
		raw = strings.Replace(raw, ",", ".", 1)
	case dot >= 0 || comma >= 0:
		sep := max(dot, comma)
		c := string(raw[sep])
		if strings.Count(raw, c) > 1 || (len(raw)-sep-1 == 3 && raw[:sep] != "0") {
			raw = strings.ReplaceAll(raw, c, "")
		} else {
			raw = strings.Replace(raw, c, ".", 1)
		}
	}
	if len(raw) > 20 {
		return 0, false
	}
	v, err := strconv.ParseFloat(raw, 64)
	return v, err == nil && !math.IsInf(v, 0) && !math.IsNaN(v)
}

// moneyAt reads the amount expression starting at the number toks[i]:
// number, multiplier, and an optional range whose lower bound it keeps. It
// returns the amount and the index after the expression.
func moneyAt(toks []mtok, i int) (float64, int) {
	v, j := toks[i].val, i+1
	hasMult := j < len(toks) && toks[j].kind == mMult
	for ; j < len(toks) && toks[j].kind == mMult; j++ { // "5천만 원", "5千万": 5 × 1000 × 10000
		v *= toks[j].val
	}
	k := j
	if k < len(toks) && toks[k].kind == mRange {
		k++
		if k < len(toks) && toks[k].kind == mCur {
			k++
		}
		if k < len(toks) && toks[k].kind == mNum {
			up, m := toks[k].val, 1.0
			k++
			if k < len(toks) && toks[k].kind == mMult {
				m = toks[k].val
				k++
			}
			up *= m
			if !hasMult && v*m <= up {
				v *= m
			}
			if up >= v {
				j = k
			}
		}
	}
	return v, j
}

// scanMoney returns the first amount with a currency right before or after
// it; lenient also accepts a currency anywhere in s. An ISO code after the
// amount wins over a "$" before it: "$1,200,000 MXN" is pesos.
func scanMoney(s string, lenient bool) (*rcp2p.Money, bool) {
	toks := lexMoney(asciiDigits(narrowASCII(s)))
	first := -1
	for i, t := range toks {
		if t.kind != mNum {
			continue
		}
		if first < 0 {
			first = i
		}
		v, j := moneyAt(toks, i)
		switch {
		case i > 0 && toks[i-1].kind == mCur && toks[i-1].sign && j < len(toks) && toks[j].kind == mCur:
			return validMoney(v, toks[j].code)
		case i > 0 && toks[i-1].kind == mCur:
			return validMoney(v, toks[i-1].code)
		case j < len(toks) && toks[j].kind == mCur:
			return validMoney(v, toks[j].code)
		}
	}
	if !lenient || first < 0 {
		return nil, false
	}
	for _, t := range toks {
		if t.kind == mCur {
			v, _ := moneyAt(toks, first)
			return validMoney(v, t.code)
		}
	}
	return nil, false
}

func validMoney(v float64, code string) (*rcp2p.Money, bool) {
	if code == "PHP" && v < 1e5 { // "PHP 8.3", "PHP 50k" (a developer's rate) are the language, not pesos
		return nil, false
	}
	if !(v > 0) || v > maxMoney || math.IsInf(v, 0) {
		return nil, false
	}
	return &rcp2p.Money{Amount: v, Currency: code}, true
}

// ParseMoney reads a budget value: "$50,000", "USD 50k", "50.000 EUR",
// "€ 40.000,00", "£25k", "R$ 200.000,00", "₹40 lakh", "INR 4,00,000",
// "CHF 90'000", "1.2M USD", "between 30k and 50k EUR" (a range gives its
// lower bound). The currency may stand anywhere in the value ("50,000
// (USD)"); without one, or without a number ("TBD"), it reports false.
func ParseMoney(s string) (*rcp2p.Money, bool) { return scanMoney(s, true) }

// FindMoney returns the first amount in free text written with its currency
// ("budget around €40k"); bare numbers are skipped.
func FindMoney(text string) (*rcp2p.Money, bool) { return scanMoney(text, false) }
