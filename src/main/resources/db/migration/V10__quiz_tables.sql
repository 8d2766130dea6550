-- The quiz module owns its tables under its own prefix (it was part of learning).
RENAME TABLE learning_question TO quiz_question,
             learning_quiz TO quiz_quiz,
             learning_quiz_question TO quiz_quiz_question,
             learning_attempt TO quiz_attempt,
             learning_attempt_slot TO quiz_attempt_slot;

-- The sweep of expired attempts reads open attempts past their deadline.
CREATE INDEX quiz_attempt_open_deadline_idx ON quiz_attempt (submitted_at, deadline);
