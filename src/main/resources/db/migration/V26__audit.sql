-- The audit log: who did what to whom, and when. Names are copied at the time, so that an entry still
-- reads after the account changed; no passwords, codes or tokens are ever written here.
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    actor_id     BIGINT       NULL,
    actor_name   VARCHAR(120) NULL,
    subject_ref  VARCHAR(60)  NOT NULL,
    subject_name VARCHAR(200) NULL,
    detail       VARCHAR(500) NOT NULL DEFAULT '',
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- A redelivered event writes nothing twice.
    CONSTRAINT audit_entry_event_uk UNIQUE (action, subject_ref, occurred_at)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_id, occurred_at);
