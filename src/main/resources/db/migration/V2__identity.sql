CREATE TABLE identity_unit (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    type          VARCHAR(20)  NOT NULL,
    parent_id     BIGINT       NULL,
    display_order INT          NOT NULL DEFAULT 0,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT identity_unit_code_uk UNIQUE (code),
    CONSTRAINT identity_unit_parent_fk FOREIGN KEY (parent_id) REFERENCES identity_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE identity_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    full_name       VARCHAR(120) NOT NULL,
    email           VARCHAR(254) NULL,
    phone           VARCHAR(15)  NULL,
    password_hash   VARCHAR(255) NOT NULL,
    birth_year      SMALLINT     NOT NULL,
    unit_id         BIGINT       NOT NULL,
    language        VARCHAR(5)   NOT NULL DEFAULT 'vi',
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    last_failure_at TIMESTAMP(6) NULL,
    locked_until    TIMESTAMP(6) NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT identity_account_email_uk UNIQUE (email),
    CONSTRAINT identity_account_phone_uk UNIQUE (phone),
    CONSTRAINT identity_account_unit_fk FOREIGN KEY (unit_id) REFERENCES identity_unit (id),
    CONSTRAINT identity_account_contact_ck CHECK (email IS NOT NULL OR phone IS NOT NULL)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX identity_account_full_name_idx ON identity_account (full_name);

CREATE TABLE identity_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT identity_account_role_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
