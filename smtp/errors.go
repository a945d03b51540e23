package smtp

import (
	"errors"
	"fmt"

	"github.com/wneessen/go-mail"

	"rcp2p"
)

// errClosed is returned by Send after Close.
var errClosed = errors.New("smtp sender closed")

// invalidMailError marks mail that can never be sent as stored: retrying
// cannot help, so IsPermanent reports it. It wraps rcp2p.ErrInvalid.
type invalidMailError struct{ err error }

func (e *invalidMailError) Error() string { return e.err.Error() }
func (e *invalidMailError) Unwrap() error { return e.err }

func invalid(format string, args ...any) error {
	return &invalidMailError{fmt.Errorf(format+": %w", append(args, rcp2p.ErrInvalid)...)}
}

// relayError marks a failure on the sender's side of the conversation:
// the relay could not be reached, refused the connection or login, or
// refused the sender at MAIL FROM. No mail is at fault, so Flush stops the
// run instead of spending the mail's attempts.
type relayError struct{ err error }

func (e *relayError) Error() string { return e.err.Error() }
func (e *relayError) Unwrap() error { return e.err }

// senderRefused reports a reply to MAIL FROM other than the 421 that
// staleConnection handles: the relay does not accept our sender (530
// authentication required, 550 sender not allowed, 451 rate limited).
func senderRefused(err error) bool {
	var se *mail.SendError
	return errors.As(err, &se) && se.Reason == mail.ErrSMTPMailFrom && se.ErrorCode() != 0
}

// IsPermanent reports whether err means the mail will never be delivered as
// it is: the relay answered 5xx to its recipients or its content, or the
// stored mail is malformed. A 4xx reply, a network error, a timeout, a
// failed dial or login, or a refused sender (MAIL FROM: the relay's
// quarrel is with us, not with this mail) is not permanent.
func IsPermanent(err error) bool {
	var im *invalidMailError
	if errors.As(err, &im) {
		return true
	}
	var re *relayError
	if errors.As(err, &re) {
		return false
	}
	code := replyCode(err)
	return code >= 500 && code <= 599
}

// replyCode is the SMTP reply code behind err, 0 when the server did not
// answer (network error, timeout, local problem).
func replyCode(err error) int {
	var se *mail.SendError
	if errors.As(err, &se) {
		return se.ErrorCode()
	}
	return 0
}

// staleConnection reports an error raised before the transaction started:
// the connection check or MAIL FROM failed without a reply (the server had
// hung up on an idle connection) or with 421 (closing). Nothing of the
// message was sent, so retrying at once on a fresh connection is safe.
func staleConnection(err error) bool {
	var se *mail.SendError
	if !errors.As(err, &se) {
		return false
	}
	if se.Reason != mail.ErrConnCheck && se.Reason != mail.ErrSMTPMailFrom {
		return false
	}
	code := se.ErrorCode()
	return code == 0 || code == 421
}
