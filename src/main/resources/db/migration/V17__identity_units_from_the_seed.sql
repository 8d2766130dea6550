-- Units the seed file brought are marked, so that a unit dropped from the seed can be told from one an
-- administrator added by hand. Every unit of the two seeds so far (Lai Châu's, then Cao Bằng's) came from it.
ALTER TABLE identity_unit
    ADD COLUMN seeded BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE identity_unit
SET seeded = TRUE
WHERE code IN ('LCU', 'CBG') OR code LIKE 'LCU-%' OR code LIKE 'CBG-%';

-- An account moved to the province union because its unit is no longer in the seed: the unit it was in, and when.
ALTER TABLE identity_account
    ADD COLUMN former_unit_name VARCHAR(200) NULL,
    ADD COLUMN unit_vanished_at DATETIME(6)  NULL;
