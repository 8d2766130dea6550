-- Log-in and registration counters, shared by every application node. One row per subject:
-- 'account:<id>', 'login-address:<ip>', 'register-address:<ip>', 'register-contact:<sha-256 of the contact>'.
CREATE TABLE identity_throttle (
    subject      VARCHAR(100) NOT NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    failures     INT          NOT NULL DEFAULT 0,
    window_start DATETIME(6)  NOT NULL,
    wait_until   DATETIME(6)  NULL,
    PRIMARY KEY (subject)
) DEFAULT CHARSET = ascii COLLATE = ascii_bin;

CREATE INDEX identity_throttle_window_idx ON identity_throttle (window_start);

-- The counters on the account row were updated with optimistic locking: parallel guesses lost counts.
ALTER TABLE identity_account DROP COLUMN failed_logins, DROP COLUMN last_failure_at, DROP COLUMN locked_until;
