package vn.tuoitreso.search;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.tuoitreso.identity.CurrentUser;
import vn.tuoitreso.identity.Role;
import vn.tuoitreso.search.index.IndexMaintenance;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * Searching submitted ideas, for those who may read them: organisers and administrators search every contest;
 * judges only the ideas assigned to them ({@link AssignedIdeas}), always blind. Anyone else finds nothing.
 */
@Service
@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUDGE')")
public class Search {

    /** The longest text searched for, as long as an idea's title (the search box stops there too). */
    public static final int QUERY_MAX_LENGTH = 300;

    private final SearchEngine engine;
    private final CurrentUser currentUser;
    private final ObjectProvider<AssignedIdeas> assignments;
    private final IndexMaintenance maintenance;

    Search(SearchEngine engine, CurrentUser currentUser, ObjectProvider<AssignedIdeas> assignments,
            IndexMaintenance maintenance) {
        this.engine = engine;
        this.currentUser = currentUser;
        this.assignments = assignments;
        this.maintenance = maintenance;
    }

    public SearchResult search(SearchQuery query) {
        int length = query.text().strip().length();
        if (length > QUERY_MAX_LENGTH) {
            // Each word becomes a dozen clauses: a pasted page would make a query no engine should run.
            throw InvalidInputException.of("query", "validation.tooLong", QUERY_MAX_LENGTH, length);
        }
        return engine.search(scoped(query));
    }

    /** The ideas most like this one, as the caller may see them; empty when they may not read it. */
    public List<SearchHit> similar(long submissionId, int limit) {
        SearchQuery scope = scoped(SearchQuery.of(""));
        if (scope.onlySubmissions() != null && !scope.onlySubmissions().contains(submissionId)) {
            return List.of();
        }
        return engine.similar(submissionId, scope, limit);
    }

    /** Whether the caller reads ideas blind (a judge) or not (organisers). */
    public boolean readsBlind() {
        return !organiser();
    }

    @RolesAllowed("ADMIN")
    public IndexStatus status() {
        return maintenance.status();
    }

    /** Rebuilds the index from the database in the background; {@link #status()} tells its progress. */
    @RolesAllowed("ADMIN")
    public void rebuild() {
        maintenance.rebuildInBackground();
    }

    private boolean organiser() {
        return currentUser.isOrganiser();
    }

    private SearchQuery scoped(SearchQuery query) {
        if (organiser()) {
            return query;
        }
        Set<Long> assigned = new HashSet<>();
        if (currentUser.hasRole(Role.JUDGE)) {
            long me = currentUser.requireAccountId();
            assignments.orderedStream().forEach(a -> assigned.addAll(a.assignedTo(me)));
        }
        return query.withOnly(assigned).asBlind();
    }
}
