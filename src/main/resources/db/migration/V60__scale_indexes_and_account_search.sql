-- A province on one server: the organisers' lists are paged in the database, and the account search reads an
-- index instead of every account.

-- The submissions list: a contest's page, the most recently changed first.
CREATE INDEX contest_submission_list_idx ON contest_submission (contest_id, updated_at, id);

-- The certificates list: a course's page, by holder.
CREATE INDEX certificate_course_holder_idx ON certificate_certificate (course_id, holder_name, id);

-- The words an account is found by (its name's words without diacritics, its e-mail and phone), searched by
-- prefix: 'lua%' reads a range of the primary key. Written by the application (SearchWords).
CREATE TABLE identity_account_search (
    account_id BIGINT       NOT NULL,
    word       VARCHAR(254) NOT NULL,
    PRIMARY KEY (word, account_id),
    INDEX identity_account_search_account_idx (account_id),
    CONSTRAINT identity_account_search_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id)
        ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The accounts already there. The collation already ignores case and accents (except đ, replaced here), so a
-- word kept as 'nguyễn' is found by 'nguyen%' just as the application's folded 'nguyen' is.
INSERT IGNORE INTO identity_account_search (account_id, word)
WITH RECURSIVE words (account_id, word, rest) AS (
    SELECT id,
           SUBSTRING_INDEX(TRIM(full_name), ' ', 1),
           TRIM(SUBSTRING(TRIM(full_name), CHAR_LENGTH(SUBSTRING_INDEX(TRIM(full_name), ' ', 1)) + 2))
    FROM identity_account
    UNION ALL
    SELECT account_id,
           SUBSTRING_INDEX(rest, ' ', 1),
           TRIM(SUBSTRING(rest, CHAR_LENGTH(SUBSTRING_INDEX(rest, ' ', 1)) + 2))
    FROM words
    WHERE rest <> ''
)
SELECT account_id, LEFT(REPLACE(REPLACE(LOWER(word), 'đ', 'd'), 'Đ', 'd'), 254) FROM words WHERE word <> '';

INSERT IGNORE INTO identity_account_search (account_id, word)
SELECT id, LEFT(LOWER(email), 254) FROM identity_account WHERE email IS NOT NULL;

INSERT IGNORE INTO identity_account_search (account_id, word)
SELECT id, LEFT(LOWER(SUBSTRING_INDEX(email, '@', 1)), 254) FROM identity_account WHERE email IS NOT NULL;

INSERT IGNORE INTO identity_account_search (account_id, word)
SELECT id, phone FROM identity_account WHERE phone IS NOT NULL;
