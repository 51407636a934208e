package cn.hezuo.calling;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A draw as shown in the result panel and the log: the draw and one line per group (每组N号), the group's
 * members (random group) or the one student called.
 */
public record DrawResult(CallingDraw draw, List<Line> lines, int eligibleCount) {

    /** What happened in one group or for one student. */
    public enum Status { CALLED, NO_SUCH_NUMBER, ABSENT, GROUP_MEMBER }

    /** {@code termCalls}: the student's calls this term, this one included (0 where nobody was called). */
    public record Line(int groupNo, int memberNo, Long studentId, String name, Status status, int termCalls) {
    }

    /** Ids of the students called, comma-separated, for the award hook's data attribute. */
    public String calledStudentIds() {
        return lines.stream().filter(l -> l.status() == Status.CALLED && l.studentId() != null)
                .map(l -> String.valueOf(l.studentId())).collect(Collectors.joining(","));
    }

    public List<Line> called() {
        return lines.stream().filter(l -> l.status() == Status.CALLED).toList();
    }
}
