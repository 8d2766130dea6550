package vn.tuoitreso.review;

import java.util.List;
import java.util.Map;
import vn.tuoitreso.contest.IdeaDraft;

/**
 * What a judge reads and fills in for one idea: the revision last sent (never the draft the contestant keeps
 * working on), the rubric, their scores so far. In blind review {@code team} is empty and the idea's team list
 * is removed; files carry neutral names.
 *
 * @param version the assignment's version, which a save sends back
 */
public record ScoreSheet(long assignmentId, long submissionId, String code, int revision, IdeaDraft idea,
        List<String> team, List<JudgeFile> files, List<RubricCriterion> rubric, Map<Long, Double> scores,
        String comment, String feedback, AssignmentState state, boolean blind, long version) {

    public ScoreSheet {
        team = List.copyOf(team);
        files = List.copyOf(files);
        rubric = List.copyOf(rubric);
        scores = Map.copyOf(scores);
    }

    public double total() {
        return rubric.stream().mapToDouble(c -> c.weight() * scores.getOrDefault(c.id(), 0.0)).sum();
    }

    /**
     * A file of the idea as a judge gets it.
     *
     * @param index    its place in the revision (1, 2, …), by which the judge asks for it
     * @param name     the neutral name in blind review ("tep-1.pdf"), else the contestant's
     * @param hasText  whether its extracted text can be read
     * @param downloadable whether the file itself can be downloaded: in blind review only when it carries no
     *                     metadata that could name its authors
     */
    public record JudgeFile(int index, String name, String mediaType, long sizeBytes, boolean pdf, boolean hasText,
            boolean downloadable) {
    }
}
