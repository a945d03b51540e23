// Package smtp delivers rendered mail (rcp2p.OutMail) through an SMTP
// relay with go-mail, over a small pool of connections that stay open
// between messages, and drains the outbox with Flush.
//
// A connection is dialled when a send first needs it and reused for every
// following message (RSET between messages). Any error that is not an SMTP
// reply drops that connection; the next send dials again. A connection that
// went stale while idle is noticed at MAIL FROM, before any message byte is
// sent, so that one send is retried at once on a fresh connection. A
// connection lost after DATA was written is never retried at once: the relay
// may have taken the message, so the outbox retries it later (at least once
// delivery; a duplicate is possible, a loss is not).
//
// IsPermanent separates 5xx replies (and mail that can never be sent as
// stored, e.g. a malformed address) from 4xx replies and network errors.
// Flush records the former as failed at once and retries the latter with a
// capped backoff.
//
// Credentials are only handed to go-mail; nothing here logs them, and
// go-mail's own protocol log stays off.
//
// DKIM: not signed here. The relay is expected to sign (Postfix with
// OpenDKIM, or the provider). Signing in process later is an option of
// go-mail's Client (WithAlwaysDKIMSign with a dkim.Signer built from
// mail.dkim.selector and private_key_file); because Send builds every
// message afresh from the stored OutMail, adding it changes no stored data.
package smtp
