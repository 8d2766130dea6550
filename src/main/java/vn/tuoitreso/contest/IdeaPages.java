package vn.tuoitreso.contest;

import java.util.List;

/**
 * Further pages about an idea that a downstream module offers the people who work on it (the judges' feedback,
 * once the review module has published the results). The idea page and the list of one's ideas link to them
 * without the contest module knowing who provides them; without a provider there are none.
 */
public interface IdeaPages {

    /** The pages the caller may open about this idea now; none for anyone not on its team. */
    List<Link> of(long submissionId);

    /**
     * A link to another module's page.
     *
     * @param labelKey the message key of its text
     * @param route    its route path, without a leading slash
     */
    record Link(String labelKey, String route) {
    }
}
