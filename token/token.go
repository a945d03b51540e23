// Package token signs and checks the reply tokens that the service puts in
// plus-addresses (opportunities+<token>@domain) and unsubscribe links.
//
// A token is base32 (lower case, no padding, so that it survives mail
// systems that lower-case local parts) of: a version byte, a kind byte, the
// digest id, the opportunity id and the expiry day as uvarints, followed by
// an HMAC-SHA256 of all that cut to 80 bits.
package token

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"time"
)

const (
	version = 1
	macLen  = 10 // 80 bits, as gitea does
	// TTL is how long a token stays valid after it was issued.
	TTL = 180 * 24 * time.Hour
)

// Kind says what a token names.
type Kind byte

// Token kinds.
const (
	Digest      Kind = 1 // a whole digest: its Reply-To
	Item        Kind = 2 // one item of a digest: its "I'm interested" link
	Unsubscribe Kind = 3 // the partner the digest went to
)

func (k Kind) String() string {
	switch k {
	case Digest:
		return "digest"
	case Item:
		return "item"
	case Unsubscribe:
		return "unsubscribe"
	}
	return fmt.Sprintf("kind(%d)", byte(k))
}

// Token is what a signed token carries.
type Token struct {
	Kind          Kind
	DigestID      int64
	OpportunityID int64 // Item tokens only
	Expires       time.Time
}

// Error is returned for a token that cannot be trusted; Reason is safe to
// show to the person who sent it.
type Error struct{ Reason string }

func (e *Error) Error() string { return "invalid token: " + e.Reason }

// ErrToken matches every *Error with errors.Is.
var ErrToken = &Error{}

// Is reports whether target is an *Error.
func (e *Error) Is(target error) bool {
	_, ok := target.(*Error)
	return ok
}

var enc = base32.StdEncoding.WithPadding(base32.NoPadding)

// Signer issues and verifies tokens with one secret.
type Signer struct{ secret []byte }

// NewSigner returns a Signer; the secret must be at least 16 bytes.
func NewSigner(secret string) (*Signer, error) {
	if len(secret) < 16 {
		return nil, errors.New("token secret must be at least 16 characters")
	}
	return &Signer{secret: []byte(secret)}, nil
}

// Sign returns the token text for t. A zero Expires means issued now with TTL.
func (s *Signer) Sign(t Token, now time.Time) string {
	if t.Expires.IsZero() {
		t.Expires = now.Add(TTL)
	}
	buf := []byte{version, byte(t.Kind)}
	buf = binary.AppendUvarint(buf, uint64(t.DigestID))
	buf = binary.AppendUvarint(buf, uint64(t.OpportunityID))
	buf = binary.AppendUvarint(buf, uint64((t.Expires.Unix()+86399)/86400))
	buf = append(buf, s.mac(buf)...)
	return strings.ToLower(enc.EncodeToString(buf))
}

// Verify checks text and returns what it carries. now decides expiry.
func (s *Signer) Verify(text string, now time.Time) (Token, error) {
	raw, err := enc.DecodeString(strings.ToUpper(strings.TrimSpace(text)))
	if err != nil || len(raw) < 2+3+macLen {
		return Token{}, &Error{Reason: "malformed"}
	}
	body, sum := raw[:len(raw)-macLen], raw[len(raw)-macLen:]
	if !hmac.Equal(sum, s.mac(body)) {
		return Token{}, &Error{Reason: "signature does not match"}
	}
	if body[0] != version {
		return Token{}, &Error{Reason: "unknown version"}
	}
	t := Token{Kind: Kind(body[1])}
	rest := body[2:]
	var vals [3]uint64
	for i := range vals {
		v, n := binary.Uvarint(rest)
		if n <= 0 {
			return Token{}, &Error{Reason: "malformed"}
		}
		vals[i], rest = v, rest[n:]
	}
	if len(rest) != 0 || t.Kind < Digest || t.Kind > Unsubscribe {
		return Token{}, &Error{Reason: "malformed"}
	}
	t.DigestID, t.OpportunityID = int64(vals[0]), int64(vals[1])
	t.Expires = time.Unix(int64(vals[2])*86400, 0).UTC()
	if now.After(t.Expires) {
		return t, &Error{Reason: "expired"}
	}
	return t, nil
}

func (s *Signer) mac(b []byte) []byte {
	h := hmac.New(sha256.New, s.secret)
	h.Write(b)
	return h.Sum(nil)[:macLen]
}

// FromAddress extracts the token from a plus-address such as
// opportunities+abc@rcp2p.test, given the service address. ok is false when
// the address is not the service's or carries no tag.
func FromAddress(addr, service string) (tag string, ok bool) {
	local, domain, found := strings.Cut(strings.ToLower(strings.TrimSpace(addr)), "@")
	slocal, sdomain, _ := strings.Cut(strings.ToLower(service), "@")
	if !found || domain != sdomain {
		return "", false
	}
	base, tag, plus := strings.Cut(local, "+")
	if !plus || base != slocal || tag == "" {
		return "", false
	}
	return tag, true
}

// Address builds the plus-address carrying tag.
func Address(service, tag string) string {
	local, domain, _ := strings.Cut(service, "@")
	return local + "+" + tag + "@" + domain
}
