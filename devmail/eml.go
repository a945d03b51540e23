package devmail

import (
	"bufio"
	"bytes"
	"fmt"
	"mime"
	"net/textproto"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// writeEML writes data as dir/NNNN-<subject>.eml, creating dir if needed.
func writeEML(dir string, seq int, data []byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write eml: %w", err)
	}
	name := fmt.Sprintf("%04d-%s.eml", seq, fileSafe(subjectOf(data)))
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		return fmt.Errorf("write eml: %w", err)
	}
	return nil
}

// subjectOf returns the decoded Subject of a raw message, "" when it has none.
func subjectOf(data []byte) string {
	h, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(data))).ReadMIMEHeader()
	if err != nil && len(h) == 0 {
		return ""
	}
	s := h.Get("Subject")
	if dec, err := new(mime.WordDecoder).DecodeHeader(s); err == nil {
		s = dec
	}
	return s
}

// fileSafe keeps letters and digits (any script), turns everything else
// into single dashes, and cuts to 60 runes.
func fileSafe(s string) string {
	var b strings.Builder
	dash := false
	n := 0
	for _, r := range strings.ToLower(s) {
		if n >= 60 {
			break
		}
		ok := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if !ok {
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			n++
			dash = false
		}
		b.WriteRune(r)
		n++
	}
	if b.Len() == 0 {
		return "no-subject"
	}
	return b.String()
}
