package ingest

import (
	"testing"

	"rcp2p"
)

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in       string
		amount   float64
		currency string // "" means not money
	}{
		{"$50,000", 50000, "USD"},
		{"USD 50k", 50000, "USD"},
		{"usd 50K", 50000, "USD"},
		{"USD50k", 50000, "USD"},
		{"50.000 EUR", 50000, "EUR"},
		{"€ 40.000,00", 40000, "EUR"},
		{"40 000 €", 40000, "EUR"},
		{"40\u00a0000 €", 40000, "EUR"},
		{"40\u202f000 €", 40000, "EUR"},
		{"£25k", 25000, "GBP"},
		{"GBP 25,000", 25000, "GBP"},
		{"CAD 120,000", 120000, "CAD"},
		{"C$120k", 120000, "CAD"},
		{"A$ 80,000", 80000, "AUD"},
		{"AU$ 80,000", 80000, "AUD"},
		{"¥3,000,000", 3000000, "JPY"},
		{"JPY 3m", 3000000, "JPY"},
		{"300万円", 3000000, "JPY"},
		{"R$ 200.000,00", 200000, "BRL"},
		{"₹40 lakh", 4000000, "INR"},
		{"INR 4,00,000", 400000, "INR"},
		{"Rs. 2 crore", 20000000, "INR"},
		{"SEK 500 000", 500000, "SEK"},
		{"500 000 kr", 500000, "SEK"},
		{"CHF 90'000", 90000, "CHF"},
		{"CHF 90’000.–", 90000, "CHF"},
		{"1.2M USD", 1200000, "USD"},
		{"$1.5 million", 1500000, "USD"},
		{"$2MM", 2000000, "USD"},
		{"EUR 1,5 Mio.", 1500000, "EUR"},
		{"1.5bn USD", 1.5e9, "USD"},
		{"50 TEUR", 50000, "EUR"},
		{"50 k€", 50000, "EUR"},
		{"5.000,- €", 5000, "EUR"},
		{"50,000 US dollars", 50000, "USD"},
		{"80,000 Australian dollars", 80000, "AUD"},
		{"40.000 euros", 40000, "EUR"},
		{"$1,234.56", 1234.56, "USD"},
		{"EUR 1.234,56", 1234.56, "EUR"},
		{"EUR 0.500", 0.5, "EUR"},
		{"EUR 1.5", 1.5, "EUR"},
		{"30-50k USD", 30000, "USD"},
		{"30 – 50k USD", 30000, "USD"},
		{"between 30k and 50k EUR", 30000, "EUR"},
		{"€30k–€50k", 30000, "EUR"},
		{"$500 - $5k", 500, "USD"},
		{"entre 30 e 50 mil reais", 30000, "BRL"},
		{"de 30 a 50 mil euros", 30000, "EUR"},
		{"approx. USD 50k (negotiable)", 50000, "USD"},
		{"up to $75k", 75000, "USD"},
		{"50,000 (USD)", 50000, "USD"},
		{"around 40k, paid in EUR", 40000, "EUR"},
		{"ＵＳＤ ５０，０００", 50000, "USD"},
		{"TBD", 0, ""},
		{"n/a", 0, ""},
		{"unknown", 0, ""},
		{"to be confirmed", 0, ""},
		{"50000", 0, ""},
		{"50k", 0, ""},
		{"$0", 0, ""},
		{"$", 0, ""},
		{"", 0, ""},
		{"try 50", 0, ""},
		{"PHP 50k", 0, ""},
		{"USD 1" + "000000000000000000000", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			m, ok := ParseMoney(tc.in)
			if tc.currency == "" {
				if ok {
					t.Fatalf("ParseMoney = %+v, want no money", *m)
				}
				return
			}
			if !ok || m.Currency != tc.currency || m.Amount != tc.amount {
				t.Fatalf("ParseMoney = %+v, %v; want %v %s", m, ok, tc.amount, tc.currency)
			}
		})
	}
}

func TestFindMoney(t *testing.T) {
	tests := []struct {
		name, text string
		want       *rcp2p.Money
	}{
		{"sentence", "budget around €40k, maybe more", &rcp2p.Money{Amount: 40000, Currency: "EUR"}},
		{"skips bare numbers", "2,000 seats in 2026 for about USD 120k", &rcp2p.Money{Amount: 120000, Currency: "USD"}},
		{"currency after", "we expect 85.000 EUR in total", &rcp2p.Money{Amount: 85000, Currency: "EUR"}},
		{"range in prose", "between 30k and 50k EUR depending on scope", &rcp2p.Money{Amount: 30000, Currency: "EUR"}},
		{"first of two", "£25k now and £10k later", &rcp2p.Money{Amount: 25000, Currency: "GBP"}},
		{"currency far away is not used", "2,000 seats; invoices in EUR", nil},
		{"no money", "call me on +44 20 7946 0321", nil},
		{"percent", "a 15% discount", nil},
		{"empty", "", nil},
		{"ISO code after beats the dollar sign", "Presupuesto: $1,200,000 MXN", &rcp2p.Money{Amount: 1200000, Currency: "MXN"}},
		{"dollar sign with country letters", "Budget : 75 000 $ CA", &rcp2p.Money{Amount: 75000, Currency: "CAD"}},
		{"country letters before", "about $US 500k", &rcp2p.Money{Amount: 500000, Currency: "USD"}},
		{"a word in capitals is no country", "$200k CAPEX", &rcp2p.Money{Amount: 200000, Currency: "USD"}},
		{"Korean hundred million won", "예산: 1억 원", &rcp2p.Money{Amount: 1e8, Currency: "KRW"}},
		{"Korean glued", "예산은 5천만원입니다", &rcp2p.Money{Amount: 5e7, Currency: "KRW"}},
		{"Korean particle after won", "예산: 3억 원입니다", &rcp2p.Money{Amount: 3e8, Currency: "KRW"}},
		{"Korean glued with space", "예산은 5천만 원", &rcp2p.Money{Amount: 5e7, Currency: "KRW"}},
		{"Korean staff is no won", "직원 50명", nil},
		{"Chinese simplified hundred million", "预算 1.2亿元", &rcp2p.Money{Amount: 1.2e8, Currency: "CNY"}},
		{"shekel after a right-to-left mark", "תקציב: \u200f150,000 ₪", &rcp2p.Money{Amount: 150000, Currency: "ILS"}},
		{"Arabic-Indic digits", "الميزانية: ٥٠٬٠٠٠ دولار أمريكي", &rcp2p.Money{Amount: 50000, Currency: "USD"}},
		{"Devanagari digits", "₹२५ lakh", &rcp2p.Money{Amount: 2500000, Currency: "INR"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, ok := FindMoney(tc.text)
			if (tc.want == nil) != !ok || (ok && *m != *tc.want) {
				t.Fatalf("FindMoney = %+v, %v; want %+v", m, ok, tc.want)
			}
		})
	}
}
