package vn.tuoitreso.certificate.issue;

import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.tuoitreso.certificate.AwardDetails;
import vn.tuoitreso.certificate.Certificates;
import vn.tuoitreso.identity.Accounts;
import vn.tuoitreso.review.PublishedResults;
import vn.tuoitreso.review.PublishedRound;
import vn.tuoitreso.review.ResultsPublished;
import vn.tuoitreso.shared.SystemTasks;

/**
 * Gives every member (with an account) of a winning team an award certificate when the results of a round are
 * published; safe to run twice (one certificate per person per idea). The contest and round are named as the
 * published results froze them.
 */
@Component
class AwardIssuer {

    private final Certificates certificates;
    private final PublishedResults results;
    private final Accounts accounts;

    AwardIssuer(Certificates certificates, PublishedResults results, Accounts accounts) {
        this.accounts = accounts;
        this.certificates = certificates;
        this.results = results;
    }

    @ApplicationModuleListener
    void on(ResultsPublished event) {
        PublishedRound round = results.ofContest(event.contestId()).stream()
                .filter(r -> r.roundId() == event.roundId()).findFirst()
                // published in the same transaction as the event: absent only if something is badly wrong, and
                // then the event stays incomplete and is delivered again
                .orElseThrow(() -> new IllegalStateException("no published results for round " + event.roundId()));
        // an account deleted since the publication has nobody to give a certificate to
        Set<Long> existing = SystemTasks.runAsSystem(() -> accounts.fullNames(event.winners().stream()
                .flatMap(w -> w.accountIds().stream()).distinct().toList()).keySet());
        for (ResultsPublished.Winner winner : event.winners()) {
            AwardDetails award = new AwardDetails(round.contestTitle(), round.roundName(), winner.prize(),
                    winner.title());
            winner.accountIds().stream().filter(existing::contains).forEach(accountId -> SystemTasks.runAsSystem(
                    () -> certificates.issueAward(accountId, winner.submissionId(), award)));
        }
    }
}
