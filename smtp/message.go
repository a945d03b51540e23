package smtp

import (
	netmail "net/mail"
	"strings"
	"time"

	"github.com/wneessen/go-mail"

	"rcp2p"
)

// message builds the go-mail message for m. Every header of m.Headers is
// written with its name exactly as given; values go through SetGenHeader,
// which leaves ASCII untouched and RFC 2047-encodes anything else.
func (s *Sender) message(m *rcp2p.OutMail, date time.Time) (*mail.Msg, error) {
	if err := checkOutMail(m); err != nil {
		return nil, err
	}
	msg := mail.NewMsg(mail.WithNoDefaultUserAgent())
	msg.FromMailAddress(&netmail.Address{Name: s.opts.FromName, Address: s.opts.FromAddress})
	if err := msg.EnvelopeFrom(s.opts.FromAddress); err != nil {
		return nil, invalid("envelope from")
	}
	if err := msg.To(m.To...); err != nil {
		return nil, invalid("to: %v", err)
	}
	if len(m.Cc) > 0 {
		if err := msg.Cc(m.Cc...); err != nil {
			return nil, invalid("cc: %v", err)
		}
	}
	msg.Subject(m.Subject)
	msg.SetMessageIDWithValue(m.MessageID)
	msg.SetDateWithValue(date)
	for name, value := range m.Headers {
		if err := setHeader(msg, name, value); err != nil {
			return nil, err
		}
	}
	switch {
	case m.Text != "" && m.HTML != "":
		msg.SetBodyString(mail.TypeTextPlain, m.Text)
		msg.AddAlternativeString(mail.TypeTextHTML, m.HTML)
	case m.Text != "":
		msg.SetBodyString(mail.TypeTextPlain, m.Text)
	default:
		msg.SetBodyString(mail.TypeTextHTML, m.HTML)
	}
	return msg, nil
}

func checkOutMail(m *rcp2p.OutMail) error {
	switch {
	case m == nil:
		return invalid("nil mail")
	case len(m.To) == 0:
		return invalid("mail %d has no recipient", m.ID)
	case !validMessageID(m.MessageID):
		return invalid("mail %d message id %q", m.ID, m.MessageID)
	case hasControl(m.Subject):
		return invalid("mail %d subject has control characters", m.ID)
	case m.Text == "" && m.HTML == "":
		return invalid("mail %d has no body", m.ID)
	}
	return nil
}

// setHeader adds one extra header. Headers that Send sets itself from
// OutMail fields, or that define the MIME structure, are refused rather
// than silently doubled.
func setHeader(msg *mail.Msg, name, value string) error {
	if !validFieldName(name) {
		return invalid("header name %q", name)
	}
	if hasControl(value) {
		return invalid("header %s has control characters", name)
	}
	switch strings.ToLower(name) {
	case "from", "sender", "to", "cc", "bcc", "subject", "message-id", "date", "return-path",
		"mime-version", "content-type", "content-transfer-encoding":
		return invalid("header %s is set from the mail's own fields", name)
	case "reply-to":
		list, err := netmail.ParseAddressList(value)
		if err != nil {
			return invalid("reply-to: %v", err)
		}
		if bare := bareAddresses(list); bare != "" {
			// As given: go-mail would write a lone address as "<a@b>".
			msg.SetGenHeader(mail.Header(name), bare)
		} else {
			msg.ReplyToMailAddress(list...)
		}
	case "list-unsubscribe":
		if !isASCII(value) {
			return invalid("list-unsubscribe is not ASCII")
		}
		// Folded between entries, never right after the colon as go-mail's
		// generic folding would: some one-click parsers read the line as is.
		msg.SetGenHeaderPreformatted(mail.Header(name), foldList(name, value))
	default:
		msg.SetGenHeader(mail.Header(name), value)
	}
	return nil
}

// validFieldName follows RFC 5322 §3.6.8: printable ASCII except colon.
func validFieldName(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f || s[i] == ':' {
			return false
		}
	}
	return s != ""
}

func validMessageID(s string) bool {
	if len(s) > 250 || !strings.Contains(s, "@") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f || s[i] == '<' || s[i] == '>' {
			return false
		}
	}
	return true
}

func hasControl(s string) bool {
	for _, r := range s {
		if r < ' ' && r != '\t' || r == 0x7f {
			return true
		}
	}
	return false
}

// bareAddresses joins list as plain ASCII addresses, "" when any entry has
// a display name or a non-ASCII address.
func bareAddresses(list []*netmail.Address) string {
	parts := make([]string, 0, len(list))
	for _, a := range list {
		if a.Name != "" || !isASCII(a.Address) {
			return ""
		}
		parts = append(parts, a.Address)
	}
	return strings.Join(parts, ", ")
}

// foldList puts each entry of a comma-separated header on its own line
// when the header would pass 78 characters.
func foldList(name, value string) string {
	if len(name)+2+len(value) <= 78 {
		return value
	}
	entries := strings.Split(value, ",")
	for i := range entries {
		entries[i] = strings.TrimSpace(entries[i])
	}
	return strings.Join(entries, ",\r\n ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
