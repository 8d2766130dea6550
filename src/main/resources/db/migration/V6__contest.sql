CREATE TABLE contest_contest (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    title             VARCHAR(300) NOT NULL,
    rules             MEDIUMTEXT   NOT NULL,
    min_age           INT          NULL,
    max_age           INT          NULL,
    max_team_size     INT          NOT NULL DEFAULT 5,
    max_attachments   INT          NOT NULL DEFAULT 5,
    max_attachment_mb INT          NOT NULL DEFAULT 20,
    max_total_mb      INT          NOT NULL DEFAULT 50,
    published         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMP(6) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The units whose members may take part; none listed means every unit.
CREATE TABLE contest_eligible_unit (
    contest_id BIGINT NOT NULL,
    unit_id    BIGINT NOT NULL,
    PRIMARY KEY (contest_id, unit_id),
    CONSTRAINT contest_eligible_unit_contest_fk FOREIGN KEY (contest_id) REFERENCES contest_contest (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contest_category (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    contest_id BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    position   INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT contest_category_contest_fk FOREIGN KEY (contest_id) REFERENCES contest_contest (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contest_round (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    contest_id        BIGINT       NOT NULL,
    name              VARCHAR(200) NOT NULL,
    submission_opens  TIMESTAMP(6) NOT NULL,
    submission_closes TIMESTAMP(6) NOT NULL,
    review_opens      TIMESTAMP(6) NULL,
    review_closes     TIMESTAMP(6) NULL,
    position          INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT contest_round_contest_fk FOREIGN KEY (contest_id) REFERENCES contest_contest (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contest_submission (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    contest_id       BIGINT        NOT NULL,
    round_id         BIGINT        NOT NULL,
    category_id      BIGINT        NULL,
    owner_account_id BIGINT        NOT NULL,
    code             VARCHAR(32)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    title            VARCHAR(300)  NOT NULL DEFAULT '',
    summary          VARCHAR(2000) NOT NULL DEFAULT '',
    problem          MEDIUMTEXT    NOT NULL,
    solution         MEDIUMTEXT    NOT NULL,
    impact           MEDIUMTEXT    NOT NULL,
    feasibility      MEDIUMTEXT    NOT NULL,
    submitted_at     TIMESTAMP(6)  NULL,
    withdrawn_at     TIMESTAMP(6)  NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    revision         INT           NOT NULL DEFAULT 0,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT contest_submission_code_uk UNIQUE (code),
    CONSTRAINT contest_submission_contest_fk FOREIGN KEY (contest_id) REFERENCES contest_contest (id),
    CONSTRAINT contest_submission_round_fk FOREIGN KEY (round_id) REFERENCES contest_round (id),
    INDEX contest_submission_owner_idx (owner_account_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every submitted revision, kept as it was sent.
CREATE TABLE contest_submission_revision (
    submission_id BIGINT       NOT NULL,
    revision      INT          NOT NULL,
    snapshot      MEDIUMTEXT   NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (submission_id, revision),
    CONSTRAINT contest_submission_revision_fk FOREIGN KEY (submission_id) REFERENCES contest_submission (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contest_team_member (
    submission_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    account_id    BIGINT       NULL,
    full_name     VARCHAR(120) NOT NULL,
    PRIMARY KEY (submission_id, position),
    CONSTRAINT contest_team_member_submission_fk FOREIGN KEY (submission_id) REFERENCES contest_submission (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
