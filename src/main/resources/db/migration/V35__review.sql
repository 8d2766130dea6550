-- The review panel of a contest round: its settings, judges, rubric, the assignments of ideas to judges with the
-- scores given, and an audit trail of every change to scores.
CREATE TABLE review_panel (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    round_id            BIGINT      NOT NULL,
    contest_id          BIGINT      NOT NULL,
    blind               BOOLEAN     NOT NULL DEFAULT TRUE,
    judges_per_idea     INT         NOT NULL DEFAULT 3,
    same_unit_conflicts BOOLEAN     NOT NULL DEFAULT TRUE,
    advanced_count      INT         NULL,
    advanced_at         DATETIME(6) NULL,
    published_at        DATETIME(6) NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT review_panel_round_uq UNIQUE (round_id),
    INDEX review_panel_contest_idx (contest_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_panel_judge (
    panel_id   BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (panel_id, account_id),
    CONSTRAINT review_panel_judge_panel_fk FOREIGN KEY (panel_id) REFERENCES review_panel (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_criterion (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    panel_id    BIGINT       NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(120) NOT NULL,
    description TEXT         NOT NULL,
    weight      DOUBLE       NOT NULL,
    min_score   DOUBLE       NOT NULL,
    max_score   DOUBLE       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT review_criterion_panel_fk FOREIGN KEY (panel_id) REFERENCES review_panel (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One judge's work on one idea: assigned, a draft of scores, submitted, or returned for a declared conflict.
CREATE TABLE review_assignment (
    id                     BIGINT      NOT NULL AUTO_INCREMENT,
    panel_id               BIGINT      NOT NULL,
    submission_id          BIGINT      NOT NULL,
    judge_account_id       BIGINT      NOT NULL,
    state                  VARCHAR(12) NOT NULL,
    comment_for_organisers TEXT        NOT NULL,
    feedback               TEXT        NOT NULL,
    assigned_at            DATETIME(6) NOT NULL,
    submitted_at           DATETIME(6) NULL,
    version                BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT review_assignment_uq UNIQUE (panel_id, submission_id, judge_account_id),
    CONSTRAINT review_assignment_panel_fk FOREIGN KEY (panel_id) REFERENCES review_panel (id) ON DELETE CASCADE,
    INDEX review_assignment_judge_idx (judge_account_id, submission_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_score (
    assignment_id BIGINT NOT NULL,
    criterion_id  BIGINT NOT NULL,
    score         DOUBLE NOT NULL,
    PRIMARY KEY (assignment_id, criterion_id),
    CONSTRAINT review_score_assignment_fk FOREIGN KEY (assignment_id) REFERENCES review_assignment (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_audit (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    assignment_id BIGINT       NOT NULL,
    account_id    BIGINT       NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    what          VARCHAR(160) NOT NULL,
    old_value     TEXT         NULL,
    new_value     TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT review_audit_assignment_fk FOREIGN KEY (assignment_id) REFERENCES review_assignment (id) ON DELETE CASCADE,
    INDEX review_audit_assignment_idx (assignment_id, changed_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
