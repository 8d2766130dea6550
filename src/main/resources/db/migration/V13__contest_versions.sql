-- Rounds and categories carry a version, so that of two organisers editing the same one the second is told
-- that it changed meanwhile instead of silently overwriting the first (contests and submissions have one).
ALTER TABLE contest_round
    ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE contest_category
    ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
