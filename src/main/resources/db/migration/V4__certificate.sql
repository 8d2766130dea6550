CREATE TABLE certificate_certificate (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(32)  NOT NULL,
    account_id    BIGINT       NOT NULL,
    course_id     BIGINT       NOT NULL,
    holder_name   VARCHAR(120) NOT NULL,
    course_title  VARCHAR(200) NOT NULL,
    issued_at     TIMESTAMP(6) NOT NULL,
    revoked_at    TIMESTAMP(6) NULL,
    revoke_reason VARCHAR(500) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT certificate_code_uk UNIQUE (code),
    -- one certificate per completion: the listener may run twice, the second insert is refused
    CONSTRAINT certificate_completion_uk UNIQUE (account_id, course_id),
    INDEX certificate_course_idx (course_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
