package vn.tuoitreso.content;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tuoitreso.identity.UnitDefinition;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.learning.CourseImports;
import vn.tuoitreso.quiz.QuizAuthoring;
import vn.tuoitreso.shared.SystemTasks;

/**
 * Loads the seed folder at start-up. Idempotent: what is already present (found by its code) is
 * neither duplicated nor overwritten, so administrators' edits survive restarts.
 */
@Component
@Order(10)
public class SeedContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedContent.class);

    /** What one load did: how many units and courses were added, and the problems met. */
    public record Report(int unitsAdded, int coursesAdded, int coursesRevised, List<String> problems) {
    }

    /** The title of a seed course's final quiz; organisers rename it in the app. */
    static final String FINAL_QUIZ_TITLE = "Bài kiểm tra cuối khóa";

    private final Units units;
    private final CourseImports courses;
    private final QuizAuthoring quizzes;
    private final Path seedDir;

    SeedContent(Units units, CourseImports courses, QuizAuthoring quizzes, @Value("${app.seed-dir:./seed-content}") Path seedDir) {
        this.units = units;
        this.courses = courses;
        this.quizzes = quizzes;
        this.seedDir = seedDir;
    }

    @Override
    public void run(ApplicationArguments args) {
        Report report = SystemTasks.runAsSystem(this::load);
        log.info("Seed content: {} units and {} courses added, {} courses revised{}", report.unitsAdded(),
                report.coursesAdded(), report.coursesRevised(),
                report.problems().isEmpty() ? "" : "; problems: " + report.problems());
    }

    /** Loads the seed folder again, as an administrator asked: adds only what is missing. */
    @RolesAllowed("ADMIN")
    public Report reload() {
        return load();
    }

    private Report load() {
        List<String> problems = new ArrayList<>();
        int unitsAdded = loadUnits(problems);
        Map<CourseImports.Outcome, Integer> courses = loadCourses(problems);
        return new Report(unitsAdded, courses.getOrDefault(CourseImports.Outcome.ADDED, 0),
                courses.getOrDefault(CourseImports.Outcome.REVISED, 0), problems);
    }

    private Map<CourseImports.Outcome, Integer> loadCourses(List<String> problems) {
        Map<CourseImports.Outcome, Integer> outcomes = new EnumMap<>(CourseImports.Outcome.class);
        Path root = seedDir.resolve("courses");
        if (!Files.isDirectory(root)) {
            return outcomes;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                try {
                    outcomes.merge(courses.importCourse(CourseFolder.read(folder)), 1, Integer::sum);
                    Path quiz = folder.resolve("quiz.gift");
                    if (Files.isRegularFile(quiz)) {
                        quizzes.importFinalQuiz(folder.getFileName().toString(), Files.readString(quiz),
                                FINAL_QUIZ_TITLE, CourseFolder.quizQuestions(folder));
                    }
                } catch (IOException | RuntimeException e) {
                    log.error("The course in {} could not be loaded: {}", folder, e.getMessage());
                    problems.add(folder.getFileName() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(root + ": " + e.getMessage());
        }
        return outcomes;
    }

    private int loadUnits(List<String> problems) {
        Path file = seedDir.resolve("units.yaml");
        if (!Files.isRegularFile(file)) {
            log.info("No {}: organisation units are not seeded", file.toAbsolutePath());
            return 0;
        }
        try {
            List<UnitDefinition> tree = UnitsFile.read(file);
            int added = units.importTree(tree);
            int moved = units.importSeed(tree);
            if (moved > 0) {
                log.warn("{} accounts were in units no longer in {}: moved to the province union, listed for admins",
                        moved, file.getFileName());
            }
            return added;
        } catch (IOException | RuntimeException e) {
            log.error("The units in {} could not be loaded: {}", file, e.getMessage(), e);
            problems.add(file.getFileName() + ": " + e.getMessage());
            return 0;
        }
    }
}
