-- How many ideas one contestant may have in one round of a contest; "Viết ý tưởng" reopens their idea
-- instead of starting another once they have that many.
ALTER TABLE contest_contest
    ADD COLUMN ideas_per_round INT NOT NULL DEFAULT 1;
