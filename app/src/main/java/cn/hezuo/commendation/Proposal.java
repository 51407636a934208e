package cn.hezuo.commendation;

import java.util.List;

/**
 * What the system proposes for a month, with the numbers behind every line (teacher-only): each group's and each
 * student's points, last month, change, weighted score and rank, whether it is proposed, and whether it shares its
 * rank with another line (ties are shown, and a tie at the cut proposes everyone tied).
 */
public record Proposal(MonthFigures figures, ProposalSettings settings, List<GroupLine> groups,
                       List<StudentLine> students) {

    public record GroupLine(MonthFigures.GroupFigure group, long score, int rank, boolean tied, boolean proposed) {
    }

    /** {@code rank} is within the group (PER_GROUP) or the class (TOP_N). */
    public record StudentLine(MonthFigures.StudentFigure student, long score, int rank, boolean tied,
                              boolean proposed) {
    }

    public long proposedGroups() {
        return groups.stream().filter(GroupLine::proposed).count();
    }

    public long proposedStudents() {
        return students.stream().filter(StudentLine::proposed).count();
    }
}
