package token

import (
	"errors"
	"strings"
	"testing"
	"time"
)

var now = time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC)

func signer(t testing.TB) *Signer {
	s, err := NewSigner("0123456789abcdef-test-secret")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestRoundTrip(t *testing.T) {
	s := signer(t)
	for _, tok := range []Token{
		{Kind: Digest, DigestID: 1},
		{Kind: Item, DigestID: 1 << 40, OpportunityID: 17},
		{Kind: Unsubscribe, DigestID: 99},
	} {
		text := s.Sign(tok, now)
		if text != strings.ToLower(text) || strings.ContainsAny(text, "=+/@") {
			t.Fatalf("token %q is not safe in a local part", text)
		}
		got, err := s.Verify(strings.ToUpper(text), now.Add(24*time.Hour))
		if err != nil {
			t.Fatalf("verify %v: %v", tok, err)
		}
		if got.Kind != tok.Kind || got.DigestID != tok.DigestID || got.OpportunityID != tok.OpportunityID {
			t.Fatalf("got %+v, want %+v", got, tok)
		}
	}
}

func TestRejects(t *testing.T) {
	s := signer(t)
	good := s.Sign(Token{Kind: Item, DigestID: 5, OpportunityID: 3}, now)
	other, _ := NewSigner("another-secret-of-16+")
	flipped := []byte(good)
	if flipped[3] == 'a' {
		flipped[3] = 'b'
	} else {
		flipped[3] = 'a'
	}
	cases := map[string]struct {
		text string
		at   time.Time
	}{
		"empty":        {"", now},
		"garbage":      {"not-a-token!", now},
		"altered":      {string(flipped), now},
		"truncated":    {good[:len(good)-2], now},
		"other secret": {other.Sign(Token{Kind: Item, DigestID: 5, OpportunityID: 3}, now), now},
		"expired":      {good, now.Add(TTL + 48*time.Hour)},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := s.Verify(c.text, c.at)
			if !errors.Is(err, ErrToken) {
				t.Fatalf("Verify(%q) = %v, want ErrToken", c.text, err)
			}
		})
	}
}

func TestAddress(t *testing.T) {
	svc := "opportunities@rcp2p.test"
	addr := Address(svc, "abc123")
	if addr != "opportunities+abc123@rcp2p.test" {
		t.Fatal(addr)
	}
	cases := map[string]struct {
		in  string
		tag string
		ok  bool
	}{
		"plus":         {"Opportunities+ABC123@RCP2P.test", "abc123", true},
		"bare":         {svc, "", false},
		"other domain": {"opportunities+abc@evil.test", "", false},
		"other local":  {"sales+abc@rcp2p.test", "", false},
		"empty tag":    {"opportunities+@rcp2p.test", "", false},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			tag, ok := FromAddress(c.in, svc)
			if tag != c.tag || ok != c.ok {
				t.Fatalf("FromAddress(%q) = %q, %v", c.in, tag, ok)
			}
		})
	}
}

func FuzzVerify(f *testing.F) {
	s := signer(f)
	f.Add(s.Sign(Token{Kind: Digest, DigestID: 7}, now))
	f.Add("")
	f.Add("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
	f.Fuzz(func(t *testing.T, text string) {
		tok, err := s.Verify(text, now)
		if err == nil && s.Sign(tok, now) != strings.ToLower(strings.TrimSpace(text)) {
			// A valid token must be the one the signer makes for its content.
			t.Fatalf("accepted %q that the signer would not issue", text)
		}
	})
}
