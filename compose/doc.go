// Package compose turns typed views into fully rendered mail
// (*rcp2p.OutMail: subject, headers, plain text and HTML) so that rendering
// happens once, before any SMTP session, and the outbox stores the exact
// mail that will be sent.
//
// Everything a partner wrote (titles, summaries, company names, paragraphs
// quoting them) is cleaned and length-limited here, in Go, before it reaches
// a template: control and bidi-override characters are dropped, whitespace is
// collapsed to one line, and long text is cut with "…". html/template then
// escapes it. Templates are never the only line of defence.
//
// Header decisions (see Digest and Notice):
//   - Every mail: Auto-Submitted (RFC 3834) and
//     "X-Auto-Response-Suppress: OOF, AutoReply" so that Exchange does not
//     answer with out-of-office notes. Not "All": that would also suppress
//     non-delivery reports, and bounces are how a dead address stops getting
//     digests.
//   - Digests also carry List-Id, List-Unsubscribe (mailto and URL),
//     List-Unsubscribe-Post (RFC 8058), Reply-To with the digest token, and
//     "Precedence: bulk". Precedence is not standardised (RFC 2076 calls it
//     discouraged) and Gmail no longer asks for it, but RFC 3834 responders,
//     vacation programs and list managers still honour it, and it costs
//     nothing next to Auto-Submitted. Notices are one-to-one answers to a
//     person and do not carry it.
package compose
