// Package digest decides which open opportunities fit which partner (the
// matching rule of DESIGN.md), when each partner's digest is due in its own
// timezone, and renders digests into the outbox. It never talks SMTP
// itself: a Deliverer flushes the outbox after the rows are written.
package digest
