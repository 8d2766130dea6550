package vn.tuoitreso.content;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.review.Judging;
import vn.tuoitreso.review.PanelSettings;
import vn.tuoitreso.review.PanelSummary;
import vn.tuoitreso.review.Panels;
import vn.tuoitreso.review.QueueItem;
import vn.tuoitreso.review.ScoreDraft;
import vn.tuoitreso.review.ScoreSheet;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.PersonName;
import vn.tuoitreso.shared.ProvinceTime;
import vn.tuoitreso.shared.SystemTasks;

/**
 * The demo contest of {@code seed-content/contest/demo-contest.yaml}, loaded once and only where the demo
 * accounts exist (the embedded default run): the contest, its categories and rounds, and demo submissions
 * written, attached and sent by their demo contestants through the same guarded services as anyone.
 */
@Component
@Order(200)
public class DemoContest implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContest.class);
    static final String DEMO_LEARNER = "hocvien@tuoitreso.vn";

    record Attachment(String kind, String name, @Nullable List<String> plan) {
    }

    record Entry(String owner, String category, boolean submit, String title, String summary, String problem,
            String solution, String impact, String feasibility, List<String> team, List<Attachment> attachments) {
    }

    record RoundPlan(String name, int opensInDays, int closesInDays, @Nullable Integer reviewOpensInDays,
            @Nullable Integer reviewClosesInDays) {
    }

    record Definition(String title, String rules, @Nullable Integer minAge, @Nullable Integer maxAge, int maxTeamSize,
            int maxAttachments, int maxAttachmentMb, int maxTotalMb, @Nullable Integer ideasPerRound, List<String> categories, List<RoundPlan> rounds,
            List<Entry> submissions) {
    }

    private final Contests contests;
    private final Submissions submissions;
    private final Attachments attachments;
    private final Accounts accounts;
    private final UserDetailsService users;
    private final Clock clock;
    private final Path file;
    private final Panels panels;
    private final Judging judging;

    DemoContest(Contests contests, Submissions submissions, Attachments attachments, Accounts accounts,
            UserDetailsService users, Clock clock, @Value("${app.seed-dir:./seed-content}") Path seedDir,
            Panels panels, Judging judging) {
        this.panels = panels;
        this.judging = judging;
        this.contests = contests;
        this.submissions = submissions;
        this.attachments = attachments;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
        this.file = seedDir.resolve("contest").resolve("demo-contest.yaml");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            SystemTasks.runAsSystem(this::load);
        } catch (RuntimeException e) {
            log.error("The demo contest in {} could not be loaded: {}", file, e.getMessage(), e);
        }
    }

    /** Loads the demo contest if the demo accounts exist and it is not there yet; returns whether it was added. */
    boolean load() {
        if (accounts.lookUp(DEMO_LEARNER).isEmpty()) {
            return false;
        }
        Definition definition = read(file);
        if (contests.all().stream().anyMatch(c -> c.settings().title().equals(definition.title()))) {
            return false;
        }
        ContestSummary contest = contests.create(new ContestDraft(definition.title(), definition.rules(),
                definition.minAge(), definition.maxAge(), definition.maxTeamSize(), definition.maxAttachments(),
                definition.maxAttachmentMb(), definition.maxTotalMb())
                .withIdeasPerRound(definition.ideasPerRound() == null ? 1 : definition.ideasPerRound()), Set.of());
        definition.categories().forEach(name -> contests.addCategory(contest.id(), name));
        for (RoundPlan round : definition.rounds()) {
            contests.addRound(contest.id(), new RoundDraft(round.name(), day(round.opensInDays()),
                    day(round.closesInDays()), optionalDay(round.reviewOpensInDays()),
                    optionalDay(round.reviewClosesInDays())));
        }
        ContestSummary published = contests.publish(contest.id(), true);
        for (Entry entry : definition.submissions()) {
            Optional<PersonName> owner = accounts.lookUp(entry.owner());
            if (owner.isEmpty()) {
                log.warn("Demo contest: the owner of an idea has no account, the idea is left out");
                continue;
            }
            UserDetails user = users.loadUserByUsername(entry.owner());
            SystemTasks.runAs(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()),
                    () -> enter(published, entry));
        }
        log.info("Demo contest loaded with {} ideas", definition.submissions().size());
        try {
            review(published);
        } catch (RuntimeException e) {
            log.warn("Demo contest: its review panel could not be set up: {}", e.getMessage(), e);
        }
        return true;
    }

    static final String DEMO_ORGANISER = "bantochuc@tuoitreso.vn";
    static final String DEMO_JUDGE = "giamkhao@tuoitreso.vn";

    /**
     * A panel for the first round with the rules' rubric and the demo judge, every sent idea assigned to them,
     * and scores on all but one idea (one submitted, the others kept as drafts or submitted), so a newcomer sees
     * the queue, a score sheet and the ranking at work.
     */
    private void review(ContestSummary contest) {
        Optional<PersonName> judge = accounts.lookUp(DEMO_JUDGE);
        if (judge.isEmpty() || accounts.lookUp(DEMO_ORGANISER).isEmpty()) {
            return;
        }
        long roundId = contest.rounds().get(0).id();
        as(DEMO_ORGANISER, () -> {
            PanelSummary panel = panels.open(roundId);
            panel = panels.configure(panel.id(), new PanelSettings(true, 1, false, Set.of(judge.get().accountId()),
                    panel.settings().version()));
            return panels.confirm(panel.id(), panels.propose(panel.id()).pairs());
        });
        as(DEMO_JUDGE, () -> {
            List<QueueItem> queue = judging.queue("");
            double[][] demoScores = {{26, 24, 13, 12, 8}, {21, 25, 12, 10, 9}};
            for (int i = 0; i < Math.min(queue.size() - 1, demoScores.length); i++) {
                ScoreSheet sheet = judging.sheet(queue.get(i).assignmentId());
                java.util.Map<Long, Double> scores = new java.util.HashMap<>();
                for (int c = 0; c < sheet.rubric().size() && c < demoScores[i].length; c++) {
                    scores.put(sheet.rubric().get(c).id(), demoScores[i][c]);
                }
                ScoreDraft draft = new ScoreDraft(scores, "Ý tưởng rõ ràng, bám sát thực tế địa phương.",
                        "Nên bổ sung số liệu thử nghiệm ở một xã trước khi nhân rộng.");
                judging.submit(sheet.assignmentId(), draft, sheet.version());
            }
            return queue.size();
        });
    }

    private <T> T as(String login, java.util.function.Supplier<T> task) {
        UserDetails user = users.loadUserByUsername(login);
        return SystemTasks.runAs(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()),
                task);
    }

    private SubmissionSummary enter(ContestSummary contest, Entry entry) {
        long category = contest.categories().stream().filter(c -> c.name().equals(entry.category())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no category " + entry.category())).id();
        SubmissionSummary submission = submissions.start(contest.rounds().get(0).id());
        IdeaDraft idea = new IdeaDraft(entry.title(), entry.summary(), entry.problem(), entry.solution(),
                entry.impact(), entry.feasibility(), category,
                entry.team().stream().map(name -> new TeamMember(null, name)).toList());
        submissions.save(submission.id(), idea);
        for (Attachment attachment : entry.attachments()) {
            Path document = write(attachment, entry);
            try {
                attachments.attach(submission.id(), attachment.name(), document);
            } finally {
                delete(document);
            }
        }
        return entry.submit() ? submissions.submit(submission.id()) : submission;
    }

    private static Path write(Attachment attachment, Entry entry) {
        try {
            Path temporary = Files.createTempFile("demo-", "." + attachment.kind());
            if (attachment.kind().equals("docx")) {
                List<String> paragraphs = new ArrayList<>(List.of(entry.title(), entry.summary()));
                paragraphs.addAll(attachment.plan() == null ? List.of() : attachment.plan());
                return DemoDocuments.docx(temporary, "Kế hoạch triển khai ý tưởng", paragraphs);
            }
            return DemoDocuments.pdf(temporary, "Thuyết minh ý tưởng: " + entry.title(), List.of(
                    "Tóm tắt. " + entry.summary(), "Vấn đề cần giải quyết. " + entry.problem(),
                    "Giải pháp đề xuất. " + entry.solution(), "Hiệu quả dự kiến. " + entry.impact(),
                    "Tính khả thi và chi phí. " + entry.feasibility()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path document) {
        try {
            Files.deleteIfExists(document);
        } catch (IOException e) {
            log.debug("Could not delete {}", document, e);
        }
    }

    private Instant day(int days) {
        return LocalDate.now(clock.withZone(ProvinceTime.ZONE)).plusDays(days).atStartOfDay(ProvinceTime.ZONE)
                .toInstant();
    }

    private @Nullable Instant optionalDay(@Nullable Integer days) {
        return days == null ? null : day(days).plus(Duration.ofHours(23).plusMinutes(59));
    }

    static Definition read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .convertValue(root, Definition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
