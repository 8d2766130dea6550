-- The question bank of a course; each question is kept as its own Moodle GIFT text.
CREATE TABLE learning_question (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    course_id  BIGINT       NOT NULL,
    category   VARCHAR(300) NOT NULL DEFAULT '',
    name       VARCHAR(255) NOT NULL,
    type       VARCHAR(20)  NOT NULL,
    gift       MEDIUMTEXT   NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT learning_question_course_fk FOREIGN KEY (course_id) REFERENCES learning_course (id) ON DELETE CASCADE,
    INDEX learning_question_category_idx (course_id, category)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learning_quiz (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    course_id          BIGINT       NOT NULL,
    title              VARCHAR(200) NOT NULL,
    required_to_pass   BOOLEAN      NOT NULL DEFAULT TRUE,
    pass_percent       INT          NOT NULL DEFAULT 70,
    attempts_allowed   INT          NOT NULL DEFAULT 0,
    grading            VARCHAR(10)  NOT NULL DEFAULT 'HIGHEST',
    time_limit_minutes INT          NULL,
    shuffle_options    BOOLEAN      NOT NULL DEFAULT TRUE,
    draw_count         INT          NULL,
    draw_category      VARCHAR(300) NULL,
    review             VARCHAR(20)  NOT NULL DEFAULT 'IMMEDIATELY',
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT learning_quiz_course_fk FOREIGN KEY (course_id) REFERENCES learning_course (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learning_quiz_question (
    quiz_id     BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    PRIMARY KEY (quiz_id, question_id),
    CONSTRAINT learning_quiz_question_quiz_fk FOREIGN KEY (quiz_id) REFERENCES learning_quiz (id) ON DELETE CASCADE,
    CONSTRAINT learning_quiz_question_question_fk FOREIGN KEY (question_id) REFERENCES learning_question (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learning_attempt (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    quiz_id      BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    number       INT          NOT NULL,
    started_at   TIMESTAMP(6) NOT NULL,
    deadline     TIMESTAMP(6) NULL,
    submitted_at TIMESTAMP(6) NULL,
    score        DOUBLE       NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT learning_attempt_number_uk UNIQUE (quiz_id, account_id, number),
    CONSTRAINT learning_attempt_quiz_fk FOREIGN KEY (quiz_id) REFERENCES learning_quiz (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One question of an attempt: which question, the order its options are shown in, the saved answer.
CREATE TABLE learning_attempt_slot (
    attempt_id   BIGINT       NOT NULL,
    slot         INT          NOT NULL,
    question_id  BIGINT       NOT NULL,
    option_order VARCHAR(500) NOT NULL DEFAULT '',
    response     TEXT         NULL,
    saved_at     TIMESTAMP(6) NULL,
    PRIMARY KEY (attempt_id, slot),
    CONSTRAINT learning_attempt_slot_attempt_fk FOREIGN KEY (attempt_id) REFERENCES learning_attempt (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
