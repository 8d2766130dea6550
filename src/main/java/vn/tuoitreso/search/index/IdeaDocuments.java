package vn.tuoitreso.search.index;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.contest.SentIdea;
import vn.tuoitreso.contest.SentIdeas;
import vn.tuoitreso.documents.Extractions;
import vn.tuoitreso.search.IndexedIdea;

/** Builds an idea's index document from the database: its revision last sent and the text read from its files. */
@Component
class IdeaDocuments {

    private final SentIdeas ideas;
    private final Extractions extractions;

    IdeaDocuments(SentIdeas ideas, Extractions extractions) {
        this.ideas = ideas;
        this.extractions = extractions;
    }

    /**
     * The document of this submission; empty when it was never sent (or no longer exists). Run as the system. Read in
     * a transaction of its own, so it sees what was committed up to now and not the caller's older snapshot.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    Optional<IndexedIdea> of(long submissionId) {
        return ideas.find(submissionId).map(this::document);
    }

    private IndexedIdea document(SentIdea idea) {
        var draft = idea.revision().idea();
        return new IndexedIdea(idea.submissionId(), idea.contestId(), idea.contestTitle(), idea.roundId(),
                idea.roundName(), idea.categoryId(), idea.categoryName(), idea.unitId(), idea.unitName(),
                idea.status().name(), idea.revision().sentAt(), draft.title(), draft.summary(), draft.problem(),
                draft.solution(), idea.people(), idea.files().stream()
                        .map(f -> new IndexedIdea.AttachmentText(f.fileName(),
                                extractions.text(f.reference()).orElse("")))
                        .toList());
    }
}
