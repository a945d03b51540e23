-- 0001: the whole first schema.
--
-- Conventions: times are RFC 3339 UTC text with milliseconds
-- ("2026-01-05T07:00:00.000Z"), fixed width so text order is time order;
-- civil dates are YYYY-MM-DD text; an absent optional time or date is NULL.
-- Tables are STRICT so a wrong type is an error, not a silent coercion.
-- Lists that queries filter on (emails, competencies, regions, industries)
-- get their own tables with a position column that keeps the given order.

CREATE TABLE partners (
    id           TEXT PRIMARY KEY,
    company      TEXT NOT NULL,
    min_budget   REAL NOT NULL DEFAULT 0 CHECK (min_budget >= 0),
    cadence      TEXT NOT NULL CHECK (cadence IN ('weekly', 'daily', 'off')),
    timezone     TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'active'
                 CHECK (status IN ('active', 'paused', 'unsubscribed', 'bouncing')),
    paused_until TEXT CHECK (paused_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

-- Position 0 receives digests. An address belongs to at most one partner,
-- compared case-insensitively (SQLite's lower() folds ASCII only).
CREATE TABLE partner_emails (
    partner_id TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    email      TEXT NOT NULL CHECK (email <> ''),
    PRIMARY KEY (partner_id, position)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX partner_emails_email ON partner_emails (lower(email));

CREATE TABLE partner_competencies (
    partner_id TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('gold', 'silver')),
    PRIMARY KEY (partner_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX partner_competencies_name ON partner_competencies (name);

CREATE TABLE partner_regions (
    partner_id TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (partner_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX partner_regions_name ON partner_regions (name);

CREATE TABLE partner_industries (
    partner_id TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (partner_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX partner_industries_name ON partner_industries (name);

-- Where the IMAP reader got to in each mailbox.
CREATE TABLE mailbox_state (
    mailbox     TEXT PRIMARY KEY,
    uidvalidity INTEGER NOT NULL,
    last_uid    INTEGER NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- Every fetched message, stored raw before anything acts on it.
-- date keeps the Date header's own offset (relative dates count from it).
CREATE TABLE messages (
    id           INTEGER PRIMARY KEY,
    mailbox      TEXT NOT NULL,
    uidvalidity  INTEGER NOT NULL,
    uid          INTEGER NOT NULL,
    message_id   TEXT NOT NULL DEFAULT '',
    from_addr    TEXT NOT NULL DEFAULT '',
    subject      TEXT NOT NULL DEFAULT '',
    date         TEXT,
    received_at  TEXT NOT NULL,
    size         INTEGER NOT NULL DEFAULT 0,
    truncated    INTEGER NOT NULL DEFAULT 0 CHECK (truncated IN (0, 1)),
    raw          BLOB NOT NULL,
    kind         TEXT NOT NULL DEFAULT '',
    outcome      TEXT NOT NULL DEFAULT '',
    error        TEXT NOT NULL DEFAULT '',
    ref          TEXT NOT NULL DEFAULT '',
    processed_at TEXT,
    UNIQUE (mailbox, uidvalidity, uid)
) STRICT;
CREATE INDEX messages_message_id ON messages (message_id);
CREATE INDEX messages_received ON messages (received_at);
CREATE INDEX messages_unprocessed ON messages (id) WHERE processed_at IS NULL;

-- AUTOINCREMENT so that a ref OPP-n is never reused, even after a delete.
CREATE TABLE opportunities (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    industry        TEXT NOT NULL DEFAULT '',
    budget_amount   REAL,
    budget_currency TEXT,
    respond_by      TEXT CHECK (respond_by GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status          TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'closed', 'withdrawn', 'expired')),
    submitter       TEXT NOT NULL REFERENCES partners (id),
    submitter_email TEXT NOT NULL DEFAULT '',
    message_id      TEXT NOT NULL DEFAULT '',
    message_row     INTEGER UNIQUE REFERENCES messages (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK ((budget_amount IS NULL) = (budget_currency IS NULL))
) STRICT;
CREATE INDEX opportunities_status ON opportunities (status, respond_by);
CREATE INDEX opportunities_submitter ON opportunities (submitter);

CREATE TABLE opportunity_competencies (
    opportunity_id INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX opportunity_competencies_name ON opportunity_competencies (name);

CREATE TABLE opportunity_regions (
    opportunity_id INTEGER NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX opportunity_regions_name ON opportunity_regions (name);

-- Every mail the service sends is written here first. to_key is the lower-
-- cased first recipient, for the per-address reply rate limit.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    to_json         TEXT NOT NULL,
    cc_json         TEXT NOT NULL DEFAULT '[]',
    to_key          TEXT NOT NULL,
    subject         TEXT NOT NULL,
    headers_json    TEXT NOT NULL DEFAULT '{}',
    text            TEXT NOT NULL,
    html            TEXT NOT NULL,
    message_id      TEXT NOT NULL UNIQUE CHECK (message_id <> ''),
    state           TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    error           TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    sent_at         TEXT
) STRICT;
-- Due mail is read in id order among pending rows only.
CREATE INDEX outbox_pending ON outbox (id, next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbox_to ON outbox (to_key, created_at);

CREATE TABLE digests (
    id         INTEGER PRIMARY KEY,
    partner_id TEXT NOT NULL REFERENCES partners (id),
    to_addr    TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    outbox_id  INTEGER NOT NULL UNIQUE REFERENCES outbox (id),
    created_at TEXT NOT NULL,
    sent_at    TEXT,
    UNIQUE (id, partner_id)
) STRICT;
CREATE INDEX digests_partner ON digests (partner_id, id);

-- partner_id is repeated here, and tied to the digest's by the composite
-- foreign key, so that SQL itself enforces "a partner never gets the same
-- opportunity twice" with UNIQUE (partner_id, opportunity_id).
CREATE TABLE digest_items (
    digest_id      INTEGER NOT NULL,
    partner_id     TEXT NOT NULL,
    opportunity_id INTEGER NOT NULL REFERENCES opportunities (id),
    position       INTEGER NOT NULL,
    PRIMARY KEY (digest_id, position),
    UNIQUE (partner_id, opportunity_id),
    FOREIGN KEY (digest_id, partner_id) REFERENCES digests (id, partner_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX digest_items_opportunity ON digest_items (opportunity_id);

CREATE TABLE interests (
    id             INTEGER PRIMARY KEY,
    opportunity_id INTEGER NOT NULL REFERENCES opportunities (id),
    partner_id     TEXT NOT NULL REFERENCES partners (id),
    email          TEXT NOT NULL,
    message_row    INTEGER REFERENCES messages (id),
    created_at     TEXT NOT NULL,
    introduced_at  TEXT,
    UNIQUE (opportunity_id, partner_id)
) STRICT;
CREATE INDEX interests_partner ON interests (partner_id);
