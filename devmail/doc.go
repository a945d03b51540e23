// Package devmail runs loopback IMAP and SMTP servers in process: the
// shared mailbox and the relay that tests and `rcp2p dev` talk to.
//
// IMAP is go-imap's in-memory server (imapmemserver) with one user and an
// INBOX; Append delivers mail into it as the MTA would. SMTP is a go-smtp
// server that keeps every message it accepts (and, for `rcp2p dev`, writes
// each one as an .eml file), counts connections, and can be told to answer
// the next DATA commands with an error or a dropped connection.
//
// Both listen only on loopback addresses and use no TLS: authentication in
// clear is allowed because nothing leaves the machine. Neither logs; the
// libraries' own error logs are discarded.
package devmail
