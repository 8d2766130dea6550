package vn.tuoitreso.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.tuoitreso.contest.ContestSummary;
import vn.tuoitreso.contest.Contests;
import vn.tuoitreso.contest.SubmissionFilter;
import vn.tuoitreso.contest.SubmissionRow;
import vn.tuoitreso.contest.SubmissionStatus;
import vn.tuoitreso.contest.SubmissionSummary;
import vn.tuoitreso.contest.Submissions;
import vn.tuoitreso.contest.TeamMember;
import vn.tuoitreso.review.panel.Panel;

/** The ideas submitted in a panel's round, with the accounts on each team, read through the contest's API as an organiser. */
@Component
class RoundIdeas {

    private final Submissions submissions;
    private final Contests contests;

    RoundIdeas(Submissions submissions, Contests contests) {
        this.submissions = submissions;
        this.contests = contests;
    }

    /** An idea and the accounts behind it, its owner first. */
    record Team(IdeaRef idea, List<Long> people) {
    }

    List<Team> of(Panel panel) {
        ContestSummary contest = contests.get(panel.contestId());
        Map<Long, String> categories = contest.categories().stream()
                .collect(Collectors.toMap(ContestSummary.Named::id, ContestSummary.Named::name));
        List<SubmissionRow> rows = submissions.list(new SubmissionFilter(panel.contestId(), panel.roundId(), null, null,
                SubmissionStatus.SUBMITTED));
        List<Team> teams = new ArrayList<>();
        for (SubmissionRow row : rows) {
            SubmissionSummary s = submissions.get(row.id());
            List<Long> people = new ArrayList<>(List.of(s.ownerAccountId()));
            s.idea().team().stream().map(TeamMember::accountId).filter(id -> id != null && !people.contains(id))
                    .forEach(people::add);
            Long category = s.idea().categoryId();
            teams.add(new Team(new IdeaRef(s.id(), s.code(), s.idea().title(), category,
                    category == null ? "" : categories.getOrDefault(category, "")), List.copyOf(people)));
        }
        return teams;
    }
}
