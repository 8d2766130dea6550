-- What a course's content rests on: when it was last checked, its sources and a short glossary.
ALTER TABLE learning_course ADD COLUMN content_checked DATE NULL;

CREATE TABLE learning_course_source (
    course_id BIGINT        NOT NULL,
    position  INT           NOT NULL,
    title     VARCHAR(500)  NOT NULL,
    url       VARCHAR(1000) NULL,
    PRIMARY KEY (course_id, position),
    CONSTRAINT learning_course_source_course_fk FOREIGN KEY (course_id) REFERENCES learning_course (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learning_course_term (
    course_id BIGINT        NOT NULL,
    position  INT           NOT NULL,
    term      VARCHAR(200)  NOT NULL,
    meaning   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (course_id, position),
    CONSTRAINT learning_course_term_course_fk FOREIGN KEY (course_id) REFERENCES learning_course (id) ON DELETE CASCADE
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
