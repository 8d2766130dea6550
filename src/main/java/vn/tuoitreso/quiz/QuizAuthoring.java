package vn.tuoitreso.quiz;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.learning.Catalogue;
import vn.tuoitreso.learning.StaleEdit;
import vn.tuoitreso.quiz.bank.Quiz;
import vn.tuoitreso.quiz.bank.QuizQuestion;
import vn.tuoitreso.quiz.bank.QuizQuestionRepository;
import vn.tuoitreso.quiz.bank.QuizRepository;
import vn.tuoitreso.quiz.bank.Sheets;
import vn.tuoitreso.quiz.bank.StoredQuestion;
import vn.tuoitreso.quiz.bank.StoredQuestionRepository;
import vn.tuoitreso.quiz.gift.GiftImport;
import vn.tuoitreso.quiz.gift.GiftParser;
import vn.tuoitreso.quiz.gift.GiftProblem;
import vn.tuoitreso.quiz.gift.GiftWriter;
import vn.tuoitreso.quiz.model.Question;
import vn.tuoitreso.shared.InvalidInputException.Problem;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * Organisers build quizzes: the question bank comes in and goes out as Moodle GIFT (so existing Moodle
 * banks can be reused), and each quiz takes fixed questions or draws some at random from a category.
 * Two organisers may work on the same bank: a change made from an older reading than the stored one is
 * refused with {@link StaleEdit}, never applied over the other's.
 */
@Service
@RolesAllowed({"ORGANISER", "ADMIN"})
public class QuizAuthoring {

    /** The field of a GIFT import problem is this prefix and the line number. */
    public static final String GIFT_LINE = "gift@";
    /** The longest quiz title (views limit their title field with it). */
    public static final int TITLE_MAX_LENGTH = Quiz.TITLE_MAX_LENGTH;

    private final Catalogue courses;
    private final StoredQuestionRepository questions;
    private final QuizRepository quizzes;
    private final QuizQuestionRepository quizQuestions;
    private final Clock clock;

    QuizAuthoring(Catalogue courses, StoredQuestionRepository questions, QuizRepository quizzes,
            QuizQuestionRepository quizQuestions, Clock clock) {
        this.courses = courses;
        this.questions = questions;
        this.quizzes = quizzes;
        this.quizQuestions = quizQuestions;
        this.clock = clock;
    }

    /**
     * Adds the questions of a GIFT text to the course's bank. A text with any mistake imports nothing
     * and every mistake is reported with its line number; unsupported types (essay, description) are
     * reported and left out; questions the bank already has are skipped, so importing a file twice does
     * not double the bank.
     */
    @Transactional
    public ImportReport importGift(long courseId, String gift) {
        return guarded(() -> importInto(courseId, gift));
    }

    private ImportReport importInto(long courseId, String gift) {
        requireCourse(courseId);
        GiftImport parsed = GiftParser.parse(gift);
        if (!parsed.ok()) {
            List<Problem> problems = new ArrayList<>();
            for (GiftProblem p : parsed.problems()) {
                problems.add(new Problem(GIFT_LINE + p.line(), p.messageKey(), p.args()));
            }
            throw new InvalidInputException(problems);
        }
        checkLengths(parsed.questions());
        Set<String> inBank = new HashSet<>();
        for (StoredQuestion stored : questions.findByCourseIdOrderByIdAsc(courseId)) {
            inBank.add(stored.category() + "\n" + identity(parse(stored)));
        }
        int imported = 0;
        for (Question question : parsed.questions()) {
            if (inBank.add(question.category() + "\n" + identity(question))) {
                store(courseId, question);
                imported++;
            }
        }
        return new ImportReport(imported, parsed.questions().size() - imported,
                parsed.unsupported().stream().map(u -> new Problem(GIFT_LINE + u.line(), u.messageKey(), u.args())).toList());
    }

    /** The course's whole bank as one GIFT text. */
    @Transactional(readOnly = true)
    public String exportGift(long courseId) {
        return GiftWriter.write(questions.findByCourseIdOrderByIdAsc(courseId).stream().map(QuizAuthoring::parse).toList());
    }

    @Transactional(readOnly = true)
    public List<BankQuestion> bank(long courseId) {
        return questions.findByCourseIdOrderByIdAsc(courseId).stream().map(q -> {
            Question question = parse(q);
            return new BankQuestion(q.id(), q.category(), q.name(), Sheets.kind(question), question.text(), q.version());
        }).toList();
    }

    /** Deletes a question of the bank read at {@code version} ({@link BankQuestion#version()}). */
    @Transactional
    public void deleteQuestion(long questionId, long version) {
        guarded(() -> {
            questions.findById(questionId).ifPresent(question -> {
                StaleEdit.check(question.version(), version);
                questions.delete(question);
            });
            return questionId;
        });
    }

    @Transactional(readOnly = true)
    public List<QuizOverview> quizzes(long courseId) {
        return quizzes.findByCourseIdOrderByIdAsc(courseId).stream().map(this::overview).toList();
    }

    @Transactional
    public QuizOverview create(long courseId, QuizSettings settings, List<Long> questionIds) {
        return overview(guarded(() -> {
            requireCourse(courseId);
            check(courseId, settings, questionIds);
            Quiz quiz = quizzes.save(new Quiz(courseId, settings));
            place(quiz.id(), questionIds);
            return quiz;
        }));
    }

    @Transactional
    public QuizOverview update(long quizId, QuizSettings settings, List<Long> questionIds) {
        return overview(guarded(() -> {
            Quiz quiz = quizzes.findById(quizId).orElseThrow(() -> InvalidInputException.of("", "quiz.notFound"));
            check(quiz.courseId(), settings, questionIds);
            quiz.configure(settings);
            quizQuestions.deleteByQuizId(quizId);
            place(quizId, questionIds);
            return quiz;
        }));
    }

    /**
     * The seed's quiz of a course. The first time, imports the GIFT file as the course's bank and makes
     * one required final quiz of all its questions, or drawing {@code drawCount} of them for each attempt
     * when the bank is larger. Later, when the file has changed, adds its new questions, retires those it
     * no longer has (attempts that used them keep them) and lets the seed's final quiz draw from the
     * revised bank. Returns whether anything changed; running it again with the same file changes nothing.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public boolean importFinalQuiz(String courseSlug, String gift, String title, @Nullable Integer drawCount) {
        long courseId = courses.course(courseSlug).orElseThrow(() -> InvalidInputException.of("", "learning.course.notFound")).id();
        GiftImport parsed = GiftParser.parse(gift);
        if (!parsed.ok() || parsed.questions().isEmpty()) {
            throw new IllegalArgumentException(courseSlug + ": " + parsed.problems());
        }
        List<Quiz> existing = quizzes.findByCourseIdOrderByIdAsc(courseId);
        if (!existing.isEmpty()) {
            return reviseBank(courseId, parsed.questions(), title, drawCount, existing);
        }
        List<Long> ids = parsed.questions().stream().map(q -> store(courseId, q).id()).toList();
        QuizSettings settings = QuizSettings.finalQuiz(title);
        if (drawCount != null && drawCount < parsed.questions().size()) {
            settings = settings.drawing(drawCount, parsed.questions().get(0).category());
        }
        Quiz quiz = quizzes.save(new Quiz(courseId, settings));
        if (settings.drawCount() == null) {
            place(quiz.id(), ids);
        }
        return true;
    }

    private boolean reviseBank(long courseId, List<Question> file, String title, @Nullable Integer drawCount,
            List<Quiz> existing) {
        String category = file.get(0).category();
        Map<String, StoredQuestion> stored = new HashMap<>();
        for (StoredQuestion q : questions.findByCourseIdAndCategoryOrderByIdAsc(courseId, category)) {
            stored.put(identity(parse(q)), q);
        }
        Set<String> inFile = new HashSet<>();
        boolean changed = false;
        for (Question q : file) {
            inFile.add(identity(q));
            if (!stored.containsKey(identity(q))) {
                store(courseId, q);
                changed = true;
            }
        }
        for (Map.Entry<String, StoredQuestion> entry : stored.entrySet()) {
            if (!inFile.contains(entry.getKey())) {
                entry.getValue().retire();
                changed = true;
            }
        }
        if (changed) {
            int draw = drawCount != null && drawCount < file.size() ? drawCount : file.size();
            existing.stream().filter(q -> q.settings().title().equals(title)).findFirst()
                    .ifPresent(q -> q.configure(q.settings().drawing(draw, category)));
        }
        return changed;
    }

    /**
     * Runs a change and writes it before answering, so that Hibernate's optimistic-lock failure (a colleague's
     * change committed between this one's read and its write) is told as {@link StaleEdit}, never as an
     * unexpected error.
     */
    private <T> T guarded(Supplier<T> change) {
        try {
            T changed = change.get();
            questions.flush();
            return changed;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw StaleEdit.refusal();
        }
    }

    private static String identity(Question question) {
        return question.name() + "\n" + question.text();
    }

    private void check(long courseId, QuizSettings s, List<Long> questionIds) {
        List<Problem> problems = new ArrayList<>();
        if (s.title().isBlank() || s.title().length() > Quiz.TITLE_MAX_LENGTH) {
            problems.add(Problem.of("title", "learning.validation.title", Quiz.TITLE_MAX_LENGTH));
        }
        if (s.passPercent() < 0 || s.passPercent() > 100) {
            problems.add(Problem.of("passPercent", "quiz.validation.passPercent"));
        }
        if (s.attemptsAllowed() < 0) {
            problems.add(Problem.of("attemptsAllowed", "quiz.validation.attempts"));
        }
        if (s.timeLimitMinutes() != null && (s.timeLimitMinutes() < 1 || s.timeLimitMinutes() > 600)) {
            problems.add(Problem.of("timeLimitMinutes", "quiz.validation.timeLimit"));
        }
        if (s.drawCount() != null) {
            String category = s.drawCategory() == null ? "" : s.drawCategory();
            int available = questions.findByCourseIdAndCategoryOrderByIdAsc(courseId, category).size();
            if (s.drawCount() < 1 || s.drawCount() > available) {
                problems.add(Problem.of("drawCount", "quiz.validation.drawCount", available));
            }
        } else if (questionIds.isEmpty()) {
            problems.add(Problem.of("questions", "quiz.validation.noQuestions"));
        }
        for (Long id : questionIds) {
            if (questions.findById(id).filter(q -> q.courseId() == courseId).isEmpty()) {
                problems.add(Problem.of("questions", "quiz.validation.foreignQuestion"));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void place(long quizId, List<Long> questionIds) {
        for (int i = 0; i < questionIds.size(); i++) {
            quizQuestions.save(new QuizQuestion(quizId, questionIds.get(i), i));
        }
    }

    private QuizOverview overview(Quiz quiz) {
        return new QuizOverview(quiz.id(), quiz.courseId(), quiz.settings(), quizQuestions
                .findByKeyQuizIdOrderByPositionAsc(quiz.id()).stream().map(QuizQuestion::questionId).toList());
    }

    /** The bank's columns hold a name of 255 and a category of 300 characters; a question's text is kept short. */
    private static void checkLengths(List<Question> imported) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            Question question = imported.get(i);
            int length = question.text().length();
            if (question.text().length() > StoredQuestion.TEXT_MAX_LENGTH) {
                problems.add(Problem.of("gift", "quiz.validation.textTooLong", i + 1, StoredQuestion.TEXT_MAX_LENGTH,
                        length));
            }
            if (question.name().length() > StoredQuestion.NAME_MAX_LENGTH) {
                problems.add(Problem.of("gift", "quiz.validation.nameTooLong", i + 1, StoredQuestion.NAME_MAX_LENGTH));
            }
            if (question.category().length() > StoredQuestion.CATEGORY_MAX_LENGTH) {
                problems.add(Problem.of("gift", "quiz.validation.categoryTooLong", i + 1,
                        StoredQuestion.CATEGORY_MAX_LENGTH));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private StoredQuestion store(long courseId, Question question) {
        return questions.save(new StoredQuestion(courseId, question.category(), question.name(),
                Sheets.kind(question).name(), GiftWriter.write(List.of(question)), clock.instant()));
    }

    static Question parse(StoredQuestion stored) {
        GiftImport parsed = GiftParser.parse(stored.gift());
        if (!parsed.ok() || parsed.questions().size() != 1) {
            throw new IllegalStateException("stored question " + stored.id() + " does not parse: " + parsed.problems());
        }
        Question question = parsed.questions().get(0);
        return question.category().equals(stored.category()) ? question
                : question.withStem(question.stem().withCategory(stored.category()));
    }

    private void requireCourse(long courseId) {
        if (courses.course(courseId).isEmpty()) {
            throw InvalidInputException.of("", "learning.course.notFound");
        }
    }
}
