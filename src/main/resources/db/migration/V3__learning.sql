CREATE TABLE learning_course (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    slug              VARCHAR(120)  NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    summary           VARCHAR(1000) NOT NULL,
    topics            VARCHAR(500)  NOT NULL DEFAULT '',
    level             VARCHAR(20)   NOT NULL,
    estimated_minutes INT           NOT NULL DEFAULT 0,
    published         BOOLEAN       NOT NULL DEFAULT FALSE,
    display_order     INT           NOT NULL DEFAULT 0,
    search_text       TEXT          NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT learning_course_slug_uk UNIQUE (slug)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learning_section (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    course_id BIGINT       NOT NULL,
    title     VARCHAR(200) NOT NULL,
    position  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT learning_section_course_fk FOREIGN KEY (course_id) REFERENCES learning_course (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learning_lesson (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    course_id  BIGINT       NOT NULL,
    section_id BIGINT       NOT NULL,
    slug       VARCHAR(120) NOT NULL,
    title      VARCHAR(200) NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    minutes    INT          NOT NULL DEFAULT 0,
    video_url  VARCHAR(500) NULL,
    position   INT          NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT learning_lesson_slug_uk UNIQUE (course_id, slug),
    CONSTRAINT learning_lesson_course_fk FOREIGN KEY (course_id) REFERENCES learning_course (id) ON DELETE CASCADE,
    CONSTRAINT learning_lesson_section_fk FOREIGN KEY (section_id) REFERENCES learning_section (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Images and handouts of a course, kept in the database so every node serves them.
CREATE TABLE learning_asset (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    course_id    BIGINT       NOT NULL,
    lesson_id    BIGINT       NULL,
    kind         VARCHAR(20)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    data         LONGBLOB     NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT learning_asset_course_fk FOREIGN KEY (course_id) REFERENCES learning_course (id) ON DELETE CASCADE,
    CONSTRAINT learning_asset_lesson_fk FOREIGN KEY (lesson_id) REFERENCES learning_lesson (id) ON DELETE SET NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learning_enrolment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    course_id       BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    enrolled_at     TIMESTAMP(6) NOT NULL,
    last_lesson_id  BIGINT       NULL,
    last_visited_at TIMESTAMP(6) NULL,
    completed_at    TIMESTAMP(6) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT learning_enrolment_uk UNIQUE (course_id, account_id),
    CONSTRAINT learning_enrolment_course_fk FOREIGN KEY (course_id) REFERENCES learning_course (id) ON DELETE CASCADE,
    INDEX learning_enrolment_account_idx (account_id, last_visited_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A lesson marked done; kept when lessons are edited or reordered, so progress is never lost.
CREATE TABLE learning_completion (
    enrolment_id BIGINT       NOT NULL,
    lesson_id    BIGINT       NOT NULL,
    completed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_id),
    CONSTRAINT learning_completion_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES learning_enrolment (id) ON DELETE CASCADE,
    CONSTRAINT learning_completion_lesson_fk FOREIGN KEY (lesson_id) REFERENCES learning_lesson (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
