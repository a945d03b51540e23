package ingest

import (
	"regexp"
	"strconv"
	"strings"

	"rcp2p"
)

// moreMoneyWord classifies the lower-case words of currencies and
// multipliers beyond money.go's: Turkish, Czech, Greek, Russian,
// Ukrainian, Vietnamese, Thai, Indonesian/Malay, Romanian, Hungarian,
// Nigerian and South African habits, "R$ 1,2 mi". raw is the word as
// written, for the abbreviations read only in their own case ("TL", "Ft",
// "R850"). English number words ("fifty thousand euros") are numbers.
func moreMoneyWord(raw, w string) (mtok, bool) {
	switch raw {
	case "TL":
		return mtok{kind: mCur, code: "TRY"}, true
	case "Ft":
		return mtok{kind: mCur, code: "HUF"}, true
	case "Rp":
		return mtok{kind: mCur, code: "IDR"}, true
	case "RM":
		return mtok{kind: mCur, code: "MYR"}, true
	case "PHP", "Php":
		return mtok{kind: mCur, code: "PHP"}, true
	case "KES", "KSh", "Ksh", "KShs", "Kshs":
		return mtok{kind: mCur, code: "KES"}, true
	}
	switch w {
	case "₺", "lira", "lirası":
		return mtok{kind: mCur, code: "TRY"}, true
	case "kč", "korun", "czk":
		return mtok{kind: mCur, code: "CZK"}, true
	case "₽", "руб", "рублей", "рубля", "рубль":
		return mtok{kind: mCur, code: "RUB"}, true
	case "₴", "грн", "гривень", "гривні", "uah":
		return mtok{kind: mCur, code: "UAH"}, true
	case "евро", "євро", "ευρώ", "eura", "eur.":
		return mtok{kind: mCur, code: "EUR"}, true
	case "₫", "đồng", "vnd", "vnđ":
		return mtok{kind: mCur, code: "VND"}, true
	case "฿", "บาท", "baht", "thb":
		return mtok{kind: mCur, code: "THB"}, true
	case "rupiah", "idr":
		return mtok{kind: mCur, code: "IDR"}, true
	case "ringgit", "myr":
		return mtok{kind: mCur, code: "MYR"}, true
	case "forint", "huf":
		return mtok{kind: mCur, code: "HUF"}, true
	case "lei":
		return mtok{kind: mCur, code: "RON"}, true
	case "₦", "naira", "ngn":
		return mtok{kind: mCur, code: "NGN"}, true
	case "rand", "zar":
		return mtok{kind: mCur, code: "ZAR"}, true
	case "eurot", "eurosid", "eiro", "eurų", "eurai", "ewro", "یورو":
		return mtok{kind: mCur, code: "EUR"}, true
	case "دلار":
		return mtok{kind: mCur, code: "USD"}, true
	case "₱", "piso":
		return mtok{kind: mCur, code: "PHP"}, true
	case "shilingi":
		return mtok{kind: mCur, code: "KES"}, true
	case "max", "maximum", "máx", "maks", "maksimum", "höchstens":
		return mtok{kind: mRange}, true
	case "mi", "milhões", "mio.", "millió", "milyon", "milion", "milionů", "milioane", "milioni", "juta", "triệu",
		"млн", "миллион", "миллиона", "миллионов", "мільйон", "мільйона", "мільйонів", "εκατ", "εκατομμύρια":
		return mtok{kind: mMult, val: 1e6}, true
	case "tỷ", "tỉ", "miliar", "milliárd", "milyar", "млрд":
		return mtok{kind: mMult, val: 1e9}, true
	case "bin", "tisíc", "tis", "тыс", "тысяч", "тис", "тисяч", "ribu", "ezer", "mii", "nghìn", "ngàn", "χιλ", "χιλιάδες":
		return mtok{kind: mMult, val: 1e3}, true
	case "ล้าน":
		return mtok{kind: mMult, val: 1e6}, true
	}
	if w == "hundred" {
		return mtok{kind: mMult, val: 100}, true
	}
	if v, ok := englishNumbers[w]; ok {
		return mtok{kind: mNum, val: float64(v)}, true
	}
	if v, ok := numberWordsTens[w]; ok {
		return mtok{kind: mNum, val: float64(v)}, true
	}
	return mtok{}, false
}

// zarAmount reads the South African "R850 000", "R4,5 million": a capital R
// glued to a digit is the rand (the real is "R$").
// A single digit ("R2" of Windows Server 2012 R2) is no amount.
func zarAmount(s string, i, j int) bool {
	if j != i+1 || s[i] != 'R' || j >= len(s) || !isDigitRune(rune(s[j])) {
		return false
	}
	return j+1 < len(s) && (isDigitRune(rune(s[j+1])) || s[j+1] == '.' || s[j+1] == ',')
}

// englishNumbers are the English number words below twenty; other
// languages' ("due", "sept", "dos") are words too often to be money.
var englishNumbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}

// numberWordsTens are the English tens; "seventy-five" joins a ten and a unit.
var numberWordsTens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90}

// lexNumberWords reads "seventy-five" (s[i:j] is "seventy") as one number.
func lexNumberWords(s string, i, j int) (mtok, int, bool) {
	t, ok := numberWordsTens[strings.ToLower(s[i:j])]
	if !ok || j >= len(s) || s[j] != '-' {
		return mtok{}, j, false
	}
	k := j + 1
	for k < len(s) && (s[k]|0x20) >= 'a' && (s[k]|0x20) <= 'z' {
		k++
	}
	u := englishNumbers[strings.ToLower(s[j+1:k])]
	if u < 1 || u > 9 {
		return mtok{}, j, false
	}
	return mtok{kind: mNum, val: float64(t + u)}, k, true
}

// ratePattern finds a rate and a duration on one line: "€900/day, ~60
// days", "EUR 1,100 per day for 40 days", "120 $/hour, 300 hours".
var ratePattern = regexp.MustCompile(`(?i)(?:/|\bper\b|\ba\b|\bpro\b|\bpar\b|\bpor\b)\s*(day|hour|hr|tag|stunde|jour|heure|dia|día|hora|pd|md)\b`)

var durationPattern = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)\s*(?:\+\s*)?(person[- ]|man[- ])?(days|day|hours|hrs|tage|personentage|pt|jours|jours-homme|dias|días|horas|md|pd)\b`)

// rateTimesDuration turns a day or hour rate into the engagement's value
// when the same line gives how long: "€900/day, ~60 days" is €54,000. A
// rate alone is returned as it is.
func rateTimesDuration(line string, m *rcp2p.Money) *rcp2p.Money {
	if m == nil {
		return nil
	}
	loc := ratePattern.FindStringSubmatchIndex(line)
	if loc == nil {
		return m
	}
	unit := strings.ToLower(line[loc[2]:loc[3]])
	hourly := strings.HasPrefix(unit, "h") || unit == "stunde"
	rest := line[:loc[0]] + " " + line[loc[1]:]
	for _, d := range durationPattern.FindAllStringSubmatch(rest, -1) {
		du := strings.ToLower(d[3])
		if strings.HasPrefix(du, "h") != hourly {
			continue
		}
		n, err := strconv.ParseFloat(strings.ReplaceAll(d[1], ",", "."), 64)
		if err == nil && n >= 1 && n <= 2000 {
			return &rcp2p.Money{Amount: m.Amount * n, Currency: m.Currency}
		}
	}
	return m
}
