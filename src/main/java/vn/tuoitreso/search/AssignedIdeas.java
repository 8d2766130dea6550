package vn.tuoitreso.search;

import java.util.Set;

/**
 * The ideas a judge is assigned to, and whether they read them blind. The review module provides it; without one, a
 * judge is assigned nothing and finds nothing.
 */
public interface AssignedIdeas {

    /** IDs of the submissions this judge is assigned to. */
    Set<Long> assignedTo(long judgeAccountId);
}
