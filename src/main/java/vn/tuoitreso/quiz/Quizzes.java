package vn.tuoitreso.quiz;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.CourseSummary;
import vn.tuoitreso.quiz.bank.Attempt;
import vn.tuoitreso.quiz.bank.AttemptRepository;
import vn.tuoitreso.quiz.bank.AttemptSlot;
import vn.tuoitreso.quiz.bank.AttemptSlotRepository;
import vn.tuoitreso.quiz.bank.Quiz;
import vn.tuoitreso.quiz.bank.QuizGrades;
import vn.tuoitreso.quiz.bank.QuizQuestion;
import vn.tuoitreso.quiz.bank.QuizQuestionRepository;
import vn.tuoitreso.quiz.bank.QuizRepository;
import vn.tuoitreso.quiz.bank.Sheets;
import vn.tuoitreso.quiz.bank.StoredQuestion;
import vn.tuoitreso.quiz.bank.StoredQuestionRepository;
import vn.tuoitreso.quiz.model.Choice;
import vn.tuoitreso.quiz.model.Matching;
import vn.tuoitreso.quiz.model.MultipleChoice;
import vn.tuoitreso.quiz.model.NumericRule;
import vn.tuoitreso.quiz.model.Numerical;
import vn.tuoitreso.quiz.model.Question;
import vn.tuoitreso.quiz.model.ShortAnswer;
import vn.tuoitreso.quiz.model.SingleChoice;
import vn.tuoitreso.quiz.model.TrueFalse;
import vn.tuoitreso.quiz.scoring.QuestionDraw;
import vn.tuoitreso.quiz.scoring.QuestionResult;
import vn.tuoitreso.quiz.scoring.Response;
import vn.tuoitreso.quiz.scoring.Scorer;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * A learner takes quizzes: an attempt starts (or resumes), each answer is saved as it is given so a
 * dropped connection loses nothing, and on submission the server scores it. A time limit is enforced
 * here: answers after it do not count and the attempt closes itself.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Quizzes {

    /** The longest typed answer kept (views limit their answer fields with it). */
    public static final int ANSWER_MAX_LENGTH = vn.tuoitreso.quiz.bank.Sheets.ANSWER_MAX_LENGTH;

    private final QuizRepository quizzes;
    private final QuizQuestionRepository quizQuestions;
    private final StoredQuestionRepository questions;
    private final AttemptRepository attempts;
    private final AttemptSlotRepository slots;
    private final Catalogue courses;
    private final QuizGrades grades;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Counter submissions;
    private final SecureRandom random = new SecureRandom();

    Quizzes(QuizRepository quizzes, QuizQuestionRepository quizQuestions, StoredQuestionRepository questions,
            AttemptRepository attempts, AttemptSlotRepository slots, Catalogue courses, QuizGrades grades,
            ApplicationEventPublisher events, CurrentUser currentUser, Clock clock, MeterRegistry meters) {
        this.submissions = Counter.builder("tuoitreso.quiz.submissions")
                .description("Quiz attempts closed and scored on this node (by the learner or when time ran out)")
                .register(meters);
        this.quizzes = quizzes;
        this.quizQuestions = quizQuestions;
        this.questions = questions;
        this.attempts = attempts;
        this.slots = slots;
        this.courses = courses;
        this.grades = grades;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public List<QuizSummary> ofCourse(long courseId) {
        visibleCourse(courseId);
        return quizzes.findByCourseIdOrderByIdAsc(courseId).stream().map(this::summary).toList();
    }

    @Transactional
    public QuizSummary quiz(long quizId) {
        return summary(quiz(quizId, true));
    }

    /** Resumes the open attempt, or starts a new one when attempts remain. */
    @Transactional
    public AttemptSheet start(long quizId) {
        Quiz quiz = quiz(quizId, true);
        long me = currentUser.requireAccountId();
        List<Attempt> mine = closeExpired(quiz, me);
        Optional<Attempt> open = mine.stream().filter(Attempt::open).findFirst();
        if (open.isPresent()) {
            return sheet(quiz, open.get());
        }
        QuizSettings settings = quiz.settings();
        if (settings.attemptsAllowed() > 0 && mine.size() >= settings.attemptsAllowed()) {
            throw InvalidInputException.of("", "quiz.noAttemptsLeft", settings.attemptsAllowed());
        }
        Instant now = clock.instant();
        Instant deadline = settings.timeLimitMinutes() == null ? null
                : now.plus(Duration.ofMinutes(settings.timeLimitMinutes()));
        Attempt attempt = attempts.save(new Attempt(quiz.id(), me, mine.size() + 1, now, deadline));
        List<StoredQuestion> chosen = chooseQuestions(quiz);
        for (int i = 0; i < chosen.size(); i++) {
            Question question = parse(chosen.get(i));
            slots.save(new AttemptSlot(attempt.id(), i, chosen.get(i).id(),
                    Sheets.order(question, settings.shuffleOptions(), random)));
        }
        return sheet(quiz, attempt);
    }

    /**
     * Saves one answer of an open attempt. After the time limit nothing is saved: the attempt is closed
     * with the answers saved in time, and the learner is told.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void save(long attemptId, int slot, @Nullable Answer answer) {
        Attempt attempt = ownAttempt(attemptId);
        if (!attempt.open()) {
            throw InvalidInputException.of("", "quiz.attemptClosed");
        }
        Instant now = clock.instant();
        if (attempt.timeIsUp(now)) {
            close(quiz(attempt.quizId(), false), attempt);
            throw InvalidInputException.of("", "quiz.timeUp");
        }
        AttemptSlot target = slots.findById(new AttemptSlot.Key(attemptId, slot))
                .orElseThrow(() -> InvalidInputException.of("", "quiz.notFound"));
        Question question = parse(questions.findById(target.questionId()).orElseThrow());
        try {
            target.answer(Sheets.store(question, target.optionOrder(), answer), now);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("", "quiz.badAnswer");
        }
    }

    /** Closes and scores the attempt; the course may complete when this passes a required quiz. */
    @Transactional
    public AttemptResult submit(long attemptId) {
        Attempt attempt = ownAttempt(attemptId);
        Quiz quiz = quiz(attempt.quizId(), false);
        if (attempt.open()) {
            close(quiz, attempt);
        }
        return result(quiz, attempt);
    }

    /** The learner's closed attempts of a quiz, first to last. */
    @Transactional
    public List<AttemptResult> history(long quizId) {
        Quiz quiz = quiz(quizId, true);
        return closeExpired(quiz, currentUser.requireAccountId()).stream().filter(a -> !a.open())
                .map(a -> result(quiz, a)).toList();
    }

    /** Closes every attempt whose time ran out while nobody looked at it; returns how many. */
    @jakarta.annotation.security.RolesAllowed("ADMIN")
    @Transactional
    public int closeExpiredAttempts() {
        List<Attempt> expired = attempts.findBySubmittedAtIsNullAndDeadlineBefore(clock.instant());
        for (Attempt attempt : expired) {
            close(quiz(attempt.quizId(), false), attempt);
        }
        return expired.size();
    }

    private void close(Quiz quiz, Attempt attempt) {
        double earned = 0;
        double possible = 0;
        for (AttemptSlot slot : slots.findByKeyAttemptIdOrderByKeySlotAsc(attempt.id())) {
            Question question = parse(questions.findById(slot.questionId()).orElseThrow());
            possible += question.defaultMark();
            earned += Scorer.score(question, countedResponse(attempt, question, slot)).mark();
        }
        attempt.close(clock.instant(), possible == 0 ? 0 : earned / possible);
        submissions.increment();
        if (grades.passed(quiz, attempt.accountId())) {
            events.publishEvent(new QuizPassed(quiz.id(), quiz.courseId(), attempt.accountId()));
        }
    }

    private AttemptResult result(Quiz quiz, Attempt attempt) {
        QuizSettings settings = quiz.settings();
        int used = attempts.findByQuizIdAndAccountIdOrderByNumberAsc(quiz.id(), attempt.accountId()).size();
        boolean review = settings.review() == ReviewPolicy.IMMEDIATELY
                || (settings.review() == ReviewPolicy.AFTER_LAST_ATTEMPT && settings.attemptsAllowed() > 0
                        && used >= settings.attemptsAllowed());
        List<QuestionOutcome> outcomes = new ArrayList<>();
        // Without review, not even right or wrong per question leaves the server: it would give the key away.
        for (AttemptSlot slot : review ? slots.findByKeyAttemptIdOrderByKeySlotAsc(attempt.id()) : List.<AttemptSlot>of()) {
            Question question = parse(questions.findById(slot.questionId()).orElseThrow());
            QuestionResult r = Scorer.score(question, countedResponse(attempt, question, slot));
            List<String> feedback = new ArrayList<>();
            if (review) {
                feedback.addAll(r.feedback());
                if (question.generalFeedback() != null) {
                    feedback.add(question.generalFeedback());
                }
            }
            outcomes.add(new QuestionOutcome(slot.slot(), Sheets.html(question), r.fraction(), r.correct(), feedback,
                    review ? rightAnswer(question) : null));
        }
        double grade = grades.grade(quiz, attempt.accountId()).orElse(0.0);
        double score = attempt.score() == null ? 0 : attempt.score();
        return new AttemptResult(attempt.id(), attempt.number(), score, grade, grades.passed(quiz, attempt.accountId()),
                settings.passPercent(), review, outcomes);
    }

    /** The saved response, if it was saved in time. */
    private static @Nullable Response countedResponse(Attempt attempt, Question question, AttemptSlot slot) {
        String stored = slot.response();
        if (stored == null || stored.length() < 2 || slot.savedAt() == null
                || (attempt.deadline() != null && slot.savedAt().isAfter(attempt.deadline()))) {
            return null;
        }
        String value = stored.substring(2);
        return switch (stored.charAt(0)) {
            case 'c' -> new Response.OneChoice(Integer.parseInt(value));
            case 'm' -> new Response.SeveralChoices(value.isEmpty() ? java.util.Set.of()
                    : Arrays.stream(value.split(",")).map(Integer::parseInt).collect(Collectors.toSet()));
            case 't' -> new Response.TrueOrFalse("1".equals(value));
            case 's' -> new Response.Text(value);
            case 'n' -> new Response.Number(value);
            case 'x' -> {
                Map<Integer, Integer> matches = new HashMap<>();
                for (String pair : value.isEmpty() ? new String[0] : value.split(",")) {
                    String[] p = pair.split("=");
                    matches.put(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
                }
                yield new Response.Matches(matches);
            }
            default -> null;
        };
    }

    private static String rightAnswer(Question question) {
        if (question instanceof SingleChoice q) {
            return q.choices().get(q.correctIndex()).text();
        } else if (question instanceof MultipleChoice q) {
            return q.choices().stream().filter(c -> c.fraction() > 0).map(Choice::text)
                    .collect(Collectors.joining("; "));
        } else if (question instanceof TrueFalse q) {
            return q.correct() ? "✓" : "✗";
        } else if (question instanceof ShortAnswer q) {
            return q.answers().stream().filter(a -> a.fraction() >= 1.0).map(a -> a.text()).findFirst()
                    .orElse(q.answers().get(0).text());
        } else if (question instanceof Numerical q) {
            return q.answers().stream().filter(a -> a.fraction() >= 1.0).findFirst().map(a -> describe(a.rule()))
                    .orElse(describe(q.answers().get(0).rule()));
        }
        Matching q = (Matching) question;
        return q.pairs().stream().map(p -> p.prompt() + " → " + p.answer()).collect(Collectors.joining("; "));
    }

    private static String describe(NumericRule rule) {
        if (rule instanceof NumericRule.Exact r) {
            return number(r.value());
        } else if (rule instanceof NumericRule.Tolerance r) {
            return number(r.value()) + " ± " + number(r.tolerance());
        }
        NumericRule.Range r = (NumericRule.Range) rule;
        return number(r.min()) + " – " + number(r.max());
    }

    private static String number(double value) {
        return vn.tuoitreso.shared.DisplayFormats.number(value, vn.tuoitreso.shared.DisplayFormats.VIETNAMESE);
    }

    private List<Attempt> closeExpired(Quiz quiz, long accountId) {
        List<Attempt> mine = attempts.findByQuizIdAndAccountIdOrderByNumberAsc(quiz.id(), accountId);
        Instant now = clock.instant();
        for (Attempt attempt : mine) {
            if (attempt.open() && attempt.timeIsUp(now)) {
                close(quiz, attempt);
            }
        }
        return mine;
    }

    private AttemptSheet sheet(Quiz quiz, Attempt attempt) {
        List<SheetQuestion> sheet = new ArrayList<>();
        for (AttemptSlot slot : slots.findByKeyAttemptIdOrderByKeySlotAsc(attempt.id())) {
            Question question = parse(questions.findById(slot.questionId()).orElseThrow());
            sheet.add(Sheets.sheet(slot.slot(), question, slot.optionOrder(), slot.response()));
        }
        return new AttemptSheet(attempt.id(), quiz.id(), quiz.settings().title(), attempt.number(), attempt.deadline(),
                sheet);
    }

    private List<StoredQuestion> chooseQuestions(Quiz quiz) {
        QuizSettings settings = quiz.settings();
        if (settings.drawCount() != null) {
            String category = settings.drawCategory() == null ? "" : settings.drawCategory();
            Map<Question, StoredQuestion> bank = new java.util.IdentityHashMap<>();
            for (StoredQuestion stored : questions.findByCourseIdAndCategoryOrderByIdAsc(quiz.courseId(), category)) {
                bank.put(parse(stored), stored);
            }
            int count = settings.drawCount();
            if (count > bank.size()) {
                throw InvalidInputException.of("", "quiz.validation.drawCount", bank.size());
            }
            return QuestionDraw.draw(new ArrayList<>(bank.keySet()), count, random).stream().map(bank::get).toList();
        }
        return quizQuestions.findByKeyQuizIdOrderByPositionAsc(quiz.id()).stream().map(QuizQuestion::questionId)
                .map(id -> questions.findById(id).orElseThrow()).toList();
    }

    private QuizSummary summary(Quiz quiz) {
        long me = currentUser.requireAccountId();
        List<Attempt> mine = closeExpired(quiz, me);
        QuizSettings settings = quiz.settings();
        int count = settings.drawCount() != null ? settings.drawCount()
                : quizQuestions.findByKeyQuizIdOrderByPositionAsc(quiz.id()).size();
        boolean open = mine.stream().anyMatch(Attempt::open);
        boolean canStart = open || settings.attemptsAllowed() == 0 || mine.size() < settings.attemptsAllowed();
        return new QuizSummary(quiz.id(), quiz.courseId(), settings, count, mine.size(),
                grades.grade(quiz, me).orElse(null), grades.passed(quiz, me), canStart, open);
    }

    private Attempt ownAttempt(long attemptId) {
        return attempts.findById(attemptId).filter(a -> a.accountId() == currentUser.requireAccountId())
                .orElseThrow(() -> InvalidInputException.of("", "quiz.notFound"));
    }

    private Quiz quiz(long quizId, boolean checkCourse) {
        Quiz quiz = quizzes.findById(quizId).orElseThrow(() -> InvalidInputException.of("", "quiz.notFound"));
        if (checkCourse) {
            visibleCourse(quiz.courseId());
        }
        return quiz;
    }

    private CourseSummary visibleCourse(long courseId) {
        return courses.course(courseId)
                .orElseThrow(() -> InvalidInputException.of("", "learning.course.notFound"));
    }

    private static Question parse(StoredQuestion stored) {
        return QuizAuthoring.parse(stored);
    }
}
