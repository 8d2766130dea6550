-- Award certificates for the winners of a published contest round, beside course certificates: an award has no
-- course; it names the contest (in course_title, so every existing list reads it), the round, the prize and the
-- idea. One award certificate per person per idea: the listener may run twice, the second insert is refused.
ALTER TABLE certificate_certificate
    MODIFY COLUMN course_id BIGINT NULL,
    ADD COLUMN kind                VARCHAR(12)  NOT NULL DEFAULT 'COURSE',
    ADD COLUMN award_submission_id BIGINT       NULL,
    ADD COLUMN award_round_name    VARCHAR(300) NULL,
    ADD COLUMN award_prize         VARCHAR(200) NULL,
    ADD COLUMN award_idea_title    VARCHAR(500) NULL,
    ADD CONSTRAINT certificate_award_uk UNIQUE (account_id, award_submission_id);
