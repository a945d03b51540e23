package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"net/mail"
	"strings"
	"time"

	"rcp2p"
)

// truncationMark ends the stored headers of a message that was too large.
const truncationMark = "\r\n\r\n[rcp2p: body not stored, message above ingest.max_message_bytes]\r\n"

// newMessage builds the row stored before any processing. It reads only
// the headers, cheaply and leniently; everything else waits for Process.
func newMessage(raw []byte, truncated bool, now time.Time) *rcp2p.Message {
	if truncated {
		raw = append(bytes.TrimRight(bytes.Clone(headerOnly(raw)), "\r\n"), truncationMark...)
	}
	m := &rcp2p.Message{Raw: raw, Truncated: truncated, ReceivedAt: now.UTC()}
	// A copy: appending to a subslice of raw would overwrite its body.
	hdr := append(bytes.TrimRight(bytes.Clone(headerOnly(raw)), "\r\n"), "\r\n\r\n"...)
	msg, err := mail.ReadMessage(bytes.NewReader(hdr))
	if err == nil {
		h := msg.Header
		m.MessageID = firstID(h.Get("Message-Id"))
		m.Subject = decodeWords(h.Get("Subject"))
		if a, err := mail.ParseAddress(h.Get("From")); err == nil {
			m.From = strings.ToLower(a.Address)
		} else {
			m.From = looseAddress(h.Get("From"))
		}
		if d, err := mail.ParseDate(h.Get("Date")); err == nil {
			m.Date = d
		}
	}
	if m.MessageID == "" {
		// A stable id from the content lets a UIDVALIDITY rescan find it again.
		sum := sha256.Sum256(raw)
		m.MessageID = "sha256-" + hex.EncodeToString(sum[:12]) + "@rcp2p.invalid"
	}
	return m
}

var wordDecoder = mimeWordDecoder()

func decodeWords(s string) string {
	if d, err := wordDecoder.DecodeHeader(s); err == nil {
		s = d
	}
	return strings.TrimSpace(strings.Join(strings.Fields(s), " "))
}
