-- A contestant invites someone into the team by e-mail or phone; the contact is kept as typed (normalised),
-- never matched against accounts until its owner answers from their own page.
CREATE TABLE contest_invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    submission_id   BIGINT       NOT NULL,
    contact         VARCHAR(254) NOT NULL,
    invited_by      BIGINT       NOT NULL,
    inviter_name    VARCHAR(120) NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    account_id      BIGINT       NULL,
    created_at      DATETIME(6)  NOT NULL,
    answered_at     DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT contest_invitation_uk UNIQUE (submission_id, contact),
    CONSTRAINT contest_invitation_submission_fk FOREIGN KEY (submission_id) REFERENCES contest_submission (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX contest_invitation_contact_idx ON contest_invitation (contact, status);
CREATE INDEX contest_invitation_inviter_idx ON contest_invitation (invited_by, created_at);
