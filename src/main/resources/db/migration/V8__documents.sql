-- Text extracted from uploaded files (or why there is none), so the index can be rebuilt without parsing again.
CREATE TABLE documents_extraction (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    reference     VARCHAR(100)  NOT NULL,
    file_path     VARCHAR(1000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    document_type VARCHAR(10)   NULL,
    reason_key    VARCHAR(100)  NULL,
    reason_args   VARCHAR(500)  NULL,
    text          LONGTEXT      NULL,
    truncated     BOOLEAN       NOT NULL DEFAULT FALSE,
    attempts      INT           NOT NULL DEFAULT 0,
    requested_at  TIMESTAMP(6)  NOT NULL,
    finished_at   TIMESTAMP(6)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT documents_extraction_reference_uk UNIQUE (reference),
    INDEX documents_extraction_status_idx (status)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
