package vn.tuoitreso.contest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The idea as the contestant writes it. */
public record IdeaDraft(String title, String summary, String problem, String solution, String impact,
        String feasibility, @Nullable Long categoryId, List<TeamMember> team) {

    public IdeaDraft {
        team = List.copyOf(team);
    }
}
