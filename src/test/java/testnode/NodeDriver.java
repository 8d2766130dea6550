package testnode;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tuoitreso.contest.ContestDraft;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.IdeaDraft;
import vn.tuoitreso.contest.RoundDraft;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.identity.AccountSummary;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.identity.Registration;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.identity.UnitSummary;
import vn.tuoitreso.identity.Units;
import vn.tuoitreso.search.Search;
import vn.tuoitreso.search.SearchHit;
import vn.tuoitreso.search.SearchQuery;
import vn.tuoitreso.shared.SystemTasks;

/**
 * Test-only: lets a test drive a platform node started from the packaged jar ({@code NodeProcess}) through the
 * node's own services, as its views would, over plain HTTP on {@code /test-driver/**}. Loaded into a node with
 * {@code loader.path} and {@code spring.main.sources}; it lives outside {@code vn.tuoitreso} so that the tests' own
 * application contexts never pick it up.
 */
@Configuration(proxyBeanMethods = false)
@Import(NodeDriver.Endpoints.class)
public class NodeDriver {

    static final String PASSWORD = "HaiNutChung2026";

    @Bean
    @Order(0)
    SecurityFilterChain testDriverChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/test-driver/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll()).csrf(csrf -> csrf.disable()).build();
    }

    @RestController
    static class Endpoints {

        private final Accounts accounts;
        private final Units units;
        private final UserDetailsService users;
        private final Contests contests;
        private final Submissions submissions;
        private final Search search;

        Endpoints(Accounts accounts, Units units, UserDetailsService users, Contests contests,
                Submissions submissions, Search search) {
            this.accounts = accounts;
            this.units = units;
            this.users = users;
            this.contests = contests;
            this.submissions = submissions;
            this.search = search;
        }

        /** An organiser and a contestant (new accounts with these e-mails) and a published contest open for ideas. */
        @PostMapping("/test-driver/contest")
        String contest(@RequestParam String organiser, @RequestParam String contestant) {
            long unit = SystemTasks.runAsSystem(() -> units.tree().stream().map(UnitSummary::id).findFirst()
                    .orElseThrow());
            AccountSummary org = accounts.register(new Registration("Ban Tổ Chức Hai Nút", organiser, PASSWORD, 1990,
                    unit));
            SystemTasks.runAsSystem(() -> accounts.changeRoles(org.id(), EnumSet.of(Role.LEARNER, Role.ORGANISER)));
            accounts.register(new Registration("Thí Sinh Hai Nút", contestant, PASSWORD, 2004, unit));
            return as(organiser, () -> {
                ContestSummary created = contests.create(new ContestDraft("Hội thi hai nút " + System.nanoTime(),
                        "Thể lệ", null, null, 5, 5, 20, 50), Set.of());
                Instant now = Instant.now();
                contests.addRound(created.id(), new RoundDraft("Vòng sơ khảo", now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(7)), null, null));
                ContestSummary published = contests.publish(created.id(), true);
                return published.id() + " " + published.rounds().getFirst().id();
            });
        }

        /** Another contestant (a new account with this e-mail): one idea per contestant and round. */
        @PostMapping("/test-driver/contestant")
        String contestant(@RequestParam String contact) {
            long unit = SystemTasks.runAsSystem(() -> units.tree().stream().map(UnitSummary::id).findFirst()
                    .orElseThrow());
            return String.valueOf(accounts.register(new Registration("Thí Sinh Thứ Hai", contact, PASSWORD, 2003,
                    unit)).id());
        }

        /** The contestant submits an idea in the round; answers its submission id. */
        @PostMapping("/test-driver/idea")
        String idea(@RequestParam String contestant, @RequestParam long round, @RequestParam String title) {
            return as(contestant, () -> {
                SubmissionSummary draft = submissions.start(round);
                submissions.save(draft.id(), new IdeaDraft(title, "Tóm tắt: " + title + ".", "Vấn đề.", "Giải pháp.",
                        "Tác động", "Khả thi", null, List.of(new TeamMember(null, "Nông Thị Hai"))));
                return String.valueOf(submissions.submit(draft.id()).id());
            });
        }

        /** The organiser's search in the contest: the submission ids found, one a line, as the search view lists them. */
        @GetMapping("/test-driver/search")
        String search(@RequestParam String organiser, @RequestParam long contest, @RequestParam String text) {
            return as(organiser, () -> search.search(SearchQuery.of(text).withContests(Set.of(contest))).hits()
                    .stream().map(SearchHit::submissionId).map(String::valueOf).collect(Collectors.joining("\n")));
        }

        private <T> T as(String contact, java.util.function.Supplier<T> work) {
            UserDetails user = users.loadUserByUsername(contact);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
