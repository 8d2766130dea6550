-- An e-mail contact counts as verified once its owner opened a link sent to it (or reset the password
-- through such a link). Only the SHA-256 of a link's secret is kept.
ALTER TABLE identity_account
    ADD COLUMN email_verified_at DATETIME(6) NULL;

CREATE TABLE identity_email_verification (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    email       VARCHAR(254) NOT NULL,
    secret_hash CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT identity_email_verification_secret_uk UNIQUE (secret_hash),
    CONSTRAINT identity_email_verification_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX identity_email_verification_account_idx ON identity_email_verification (account_id, created_at);
