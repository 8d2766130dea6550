-- Two organisers may edit the same section or bank question: each row carries a version, and a save made
-- from an older reading is refused instead of silently overwriting the other person's change.
ALTER TABLE learning_section ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE quiz_question ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
