-- Published results, frozen when the organisers publish a round: the contest and round as named then, the winning
-- ideas with their prize, and the accounts on each winning team (who decide for themselves whether their name is
-- shown on the public results).
CREATE TABLE review_publication (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    panel_id      BIGINT       NOT NULL,
    contest_id    BIGINT       NOT NULL,
    round_id      BIGINT       NOT NULL,
    contest_title VARCHAR(300) NOT NULL,
    round_name    VARCHAR(300) NOT NULL,
    published_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT review_publication_panel_uq UNIQUE (panel_id),
    CONSTRAINT review_publication_panel_fk FOREIGN KEY (panel_id) REFERENCES review_panel (id) ON DELETE CASCADE,
    INDEX review_publication_contest_idx (contest_id, published_at),
    INDEX review_publication_at_idx (published_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_award (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    publication_id BIGINT       NOT NULL,
    submission_id  BIGINT       NOT NULL,
    code           VARCHAR(64)  NOT NULL,
    title          VARCHAR(500) NOT NULL,
    category_name  VARCHAR(300) NOT NULL,
    place          INT          NOT NULL,
    prize          VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT review_award_uq UNIQUE (publication_id, submission_id),
    CONSTRAINT review_award_publication_fk FOREIGN KEY (publication_id) REFERENCES review_publication (id) ON DELETE CASCADE,
    INDEX review_award_submission_idx (submission_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_award_member (
    award_id   BIGINT       NOT NULL,
    position   INT          NOT NULL,
    account_id BIGINT       NOT NULL,
    full_name  VARCHAR(200) NOT NULL,
    PRIMARY KEY (award_id, position),
    CONSTRAINT review_award_member_award_fk FOREIGN KEY (award_id) REFERENCES review_award (id) ON DELETE CASCADE,
    INDEX review_award_member_account_idx (account_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each team member's own choice whether their name is shown with the idea on public results; no row: not shown.
CREATE TABLE review_name_consent (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    submission_id BIGINT      NOT NULL,
    account_id    BIGINT      NOT NULL,
    shown         BOOLEAN     NOT NULL,
    decided_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT review_name_consent_uq UNIQUE (submission_id, account_id),
    INDEX review_name_consent_account_idx (account_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
