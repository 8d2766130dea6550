-- A child's account (under 16, Law on Children 2016; Law No. 91/2025/QH15 Art. 24) records the parent or
-- guardian who consented at registration. One row per account, removed with it.
CREATE TABLE identity_guardian_consent (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    account_id       BIGINT       NOT NULL,
    guardian_name    VARCHAR(120) NOT NULL,
    guardian_contact VARCHAR(254) NOT NULL,
    consented_at     DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT identity_guardian_consent_account_uk UNIQUE (account_id),
    CONSTRAINT identity_guardian_consent_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
