package vn.tuoitreso.review;

import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.review.results.Award;
import vn.tuoitreso.review.results.AwardRepository;
import vn.tuoitreso.review.results.NameConsent;
import vn.tuoitreso.review.results.NameConsentRepository;
import vn.tuoitreso.review.results.Publication;
import vn.tuoitreso.review.results.PublicationRepository;

/**
 * Published results for everyone, logged in or not: what was frozen when the organisers published a round, with
 * the names of only those team members who agreed to be shown (each decides for themself; by default nobody is).
 */
@Service
@PermitAll
public class PublishedResults {

    /** The most rounds {@link #latest} returns at once. */
    public static final int MAX_LIMIT = 100;

    private final PublicationRepository publications;
    private final AwardRepository awards;
    private final NameConsentRepository consents;

    PublishedResults(PublicationRepository publications, AwardRepository awards, NameConsentRepository consents) {
        this.publications = publications;
        this.awards = awards;
        this.consents = consents;
    }

    /** The newest publications first, across contests; at most {@code limit} (1 to {@value #MAX_LIMIT}). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PublishedRound> latest(int limit) {
        int n = Math.clamp(limit, 0, MAX_LIMIT);
        if (n == 0) {
            return List.of();
        }
        return rounds(publications.findAllByOrderByPublishedAtDescIdDesc(Limit.of(n)));
    }

    /** A contest's published rounds, newest publication first; empty for an unknown contest. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PublishedRound> ofContest(long contestId) {
        return rounds(publications.findByContestIdOrderByPublishedAtDescIdDesc(contestId));
    }

    private List<PublishedRound> rounds(List<Publication> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Award> all = awards.findByPublicationIdInOrderByCategoryNameAscPlaceAscCodeAsc(
                found.stream().map(Publication::id).toList());
        Set<String> agreed = new HashSet<>();
        for (NameConsent c : consents.findBySubmissionIdInAndShownTrue(
                all.stream().map(Award::submissionId).distinct().toList())) {
            agreed.add(c.submissionId() + ":" + c.accountId());
        }
        Map<Long, List<PublishedWinner>> byPublication = new HashMap<>();
        for (Award a : all) {
            List<String> names = a.members().stream()
                    .filter(m -> agreed.contains(a.submissionId() + ":" + m.accountId()) && !m.fullName().isBlank())
                    .map(Award.Member::fullName).toList();
            byPublication.computeIfAbsent(a.publicationId(), id -> new ArrayList<>())
                    .add(new PublishedWinner(a.code(), a.title(), a.categoryName(), a.place(), a.prize(), names));
        }
        return found.stream().map(p -> new PublishedRound(p.contestId(), p.contestTitle(), p.roundId(),
                p.roundName(), p.publishedAt(), byPublication.getOrDefault(p.id(), List.of()))).toList();
    }
}
