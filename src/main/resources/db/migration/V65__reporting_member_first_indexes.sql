-- The dashboard's two largest counts (enrolments and quiz attempts by the learner's unit) read a year's rows in
-- time order and looked up each row's member: 380 000 and 300 000 random reads of identity_account. With these
-- indexes (learning's and quiz's tables, indexed for reporting) MariaDB reads the members once, in order, and
-- each member's rows of the period from one range (EXPLAIN at 100 000 learners: see ReportingBenchmark).
CREATE INDEX IF NOT EXISTS learning_enrolment_account_enrolled_idx ON learning_enrolment (account_id, enrolled_at, course_id);
CREATE INDEX IF NOT EXISTS quiz_attempt_account_submitted_idx ON quiz_attempt (account_id, submitted_at, quiz_id, score);
