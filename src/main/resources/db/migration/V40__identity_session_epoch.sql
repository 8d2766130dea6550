-- Sessions end on every application node: a session is valid while the epoch it was signed in under (kept in
-- the session) equals the account's. Disabling the account, taking a role away and a new password raise it.
ALTER TABLE identity_account
    ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;
