-- Reports count in the database (GROUP BY) over a period; these indexes let each count read a range of one
-- index instead of the whole table (EXPLAIN at 100 000 learners: see ReportingBenchmark).

-- identity publishes who belongs to which unit as a read-only view: the one thing of identity's that other
-- modules' aggregate queries may join (never identity_account itself).
CREATE OR REPLACE VIEW identity_member AS
SELECT id AS account_id, unit_id
FROM identity_account;

CREATE INDEX IF NOT EXISTS identity_account_unit_members_idx ON identity_account (unit_id, enabled, created_at);

CREATE INDEX IF NOT EXISTS learning_enrolment_enrolled_idx ON learning_enrolment (enrolled_at, course_id, account_id);
CREATE INDEX IF NOT EXISTS learning_enrolment_completed_idx ON learning_enrolment (completed_at, course_id, account_id);
CREATE INDEX IF NOT EXISTS quiz_attempt_submitted_idx ON quiz_attempt (submitted_at, quiz_id, account_id, score);
CREATE INDEX IF NOT EXISTS certificate_issued_idx ON certificate_certificate (issued_at, course_id, account_id, revoked_at);
CREATE INDEX IF NOT EXISTS contest_submission_submitted_idx ON contest_submission (submitted_at, unit_id, category_id, status);
