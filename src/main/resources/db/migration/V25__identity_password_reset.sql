-- Single-use secrets that let a person set a new password without the old one: a link sent by e-mail
-- or a code an organiser hands over in person. Only the SHA-256 of the secret is kept.
CREATE TABLE identity_password_reset (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    account_id      BIGINT      NOT NULL,
    method          VARCHAR(20) NOT NULL,
    secret_hash     CHAR(64)    NOT NULL,
    issued_by       BIGINT      NULL,
    created_at      DATETIME(6) NOT NULL,
    expires_at      DATETIME(6) NOT NULL,
    used_at         DATETIME(6) NULL,
    failed_attempts INT         NOT NULL DEFAULT 0,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT identity_password_reset_secret_uk UNIQUE (secret_hash),
    CONSTRAINT identity_password_reset_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE,
    CONSTRAINT identity_password_reset_issuer_fk FOREIGN KEY (issued_by) REFERENCES identity_account (id) ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX identity_password_reset_account_idx ON identity_password_reset (account_id, created_at);
