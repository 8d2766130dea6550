package vn.tuoitreso.review;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tuoitreso.contest.IdeaPages;

/** Tells the contest's idea pages to link to the judges' feedback once the idea's results are published. */
@Component
class FeedbackPages implements IdeaPages {

    private final Feedback feedback;

    FeedbackPages(Feedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public List<Link> of(long submissionId) {
        return feedback.ready(submissionId)
                ? List.of(new Link("review.feedback.link", "contests/submissions/" + submissionId + "/feedback"))
                : List.of();
    }
}
