-- The contestant's unit when the idea was started, for organisers' filters.
ALTER TABLE contest_submission
    ADD COLUMN unit_id BIGINT NULL AFTER owner_account_id,
    ADD INDEX contest_submission_filter_idx (contest_id, round_id, status);

-- Files attached to a submission; the bytes live in the file storage under their SHA-256.
-- A removed attachment keeps its row (earlier revisions name it) and its bytes.
CREATE TABLE contest_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    submission_id BIGINT       NOT NULL,
    file_name     VARCHAR(120) NOT NULL,
    document_type VARCHAR(10)  NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    uploaded_by   BIGINT       NOT NULL,
    uploaded_at   TIMESTAMP(6) NOT NULL,
    removed_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT contest_attachment_submission_fk FOREIGN KEY (submission_id) REFERENCES contest_submission (id) ON DELETE CASCADE,
    INDEX contest_attachment_submission_idx (submission_id, removed_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
