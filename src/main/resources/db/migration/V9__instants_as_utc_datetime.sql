-- Instants as DATETIME(6) holding UTC: TIMESTAMP stops at 2038-01-19 and converts through the session
-- time zone. MODIFY keeps each value as the application wrote it (UTC, hibernate.jdbc.time_zone).

ALTER TABLE event_publication
    MODIFY publication_date DATETIME(6) NOT NULL,
    MODIFY completion_date DATETIME(6) NULL;
ALTER TABLE identity_account
    MODIFY last_failure_at DATETIME(6) NULL,
    MODIFY locked_until DATETIME(6) NULL,
    MODIFY created_at DATETIME(6) NOT NULL;
ALTER TABLE learning_course
    MODIFY updated_at DATETIME(6) NOT NULL;
ALTER TABLE learning_asset
    MODIFY created_at DATETIME(6) NOT NULL;
ALTER TABLE learning_enrolment
    MODIFY enrolled_at DATETIME(6) NOT NULL,
    MODIFY last_visited_at DATETIME(6) NULL,
    MODIFY completed_at DATETIME(6) NULL;
ALTER TABLE learning_completion
    MODIFY completed_at DATETIME(6) NOT NULL;
ALTER TABLE certificate_certificate
    MODIFY issued_at DATETIME(6) NOT NULL,
    MODIFY revoked_at DATETIME(6) NULL;
ALTER TABLE learning_question
    MODIFY created_at DATETIME(6) NOT NULL;
ALTER TABLE learning_attempt
    MODIFY started_at DATETIME(6) NOT NULL,
    MODIFY deadline DATETIME(6) NULL,
    MODIFY submitted_at DATETIME(6) NULL;
ALTER TABLE learning_attempt_slot
    MODIFY saved_at DATETIME(6) NULL;
ALTER TABLE contest_contest
    MODIFY created_at DATETIME(6) NOT NULL;
ALTER TABLE contest_round
    MODIFY submission_opens DATETIME(6) NOT NULL,
    MODIFY submission_closes DATETIME(6) NOT NULL,
    MODIFY review_opens DATETIME(6) NULL,
    MODIFY review_closes DATETIME(6) NULL;
ALTER TABLE contest_submission
    MODIFY submitted_at DATETIME(6) NULL,
    MODIFY withdrawn_at DATETIME(6) NULL,
    MODIFY updated_at DATETIME(6) NOT NULL;
ALTER TABLE contest_submission_revision
    MODIFY created_at DATETIME(6) NOT NULL;
ALTER TABLE contest_attachment
    MODIFY uploaded_at DATETIME(6) NOT NULL,
    MODIFY removed_at DATETIME(6) NULL;
ALTER TABLE documents_extraction
    MODIFY requested_at DATETIME(6) NOT NULL,
    MODIFY finished_at DATETIME(6) NULL;

-- Spring Modulith 2: publications carry a status, their attempts and the last resubmission.
ALTER TABLE event_publication
    ADD COLUMN status                 VARCHAR(20)  NULL,
    ADD COLUMN completion_attempts    INT          NOT NULL DEFAULT 0,
    ADD COLUMN last_resubmission_date DATETIME(6)  NULL;
UPDATE event_publication SET status = IF(completion_date IS NULL, 'PUBLISHED', 'COMPLETED');
