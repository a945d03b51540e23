-- When each partner's digest was last considered, so that a partner with
-- no new matches is not recomputed on every scheduler tick.
ALTER TABLE partners ADD COLUMN digest_checked_at TEXT;
