package cn.hezuo.calling;

import cn.hezuo.school.SchoolClass;
import java.util.List;

/**
 * What the calling page shows: the groups with each member's absence, calls this term and in the window, and the
 * weight the next draw gives them, so the teacher can explain any result.
 */
record CallingBoard(SchoolClass schoolClass, CallingLesson lesson, FairnessWindow window, List<GroupRow> groups,
                           List<SeatRow> ungrouped, int maxMemberNo, int presentCount, int absentCount) {

    public record SeatRow(Seat seat, boolean absent, int termCalls, int windowCalls, double weight) {

        /** The weight rounded for display, e.g. "0.33". */
        public String weightText() {
            return String.format(java.util.Locale.ROOT, "%.2f", weight);
        }
    }

    public record GroupRow(int number, List<SeatRow> members) {
    }

    /** The row of one student, grouped or not. */
    public SeatRow seatOf(long studentId) {
        return java.util.stream.Stream.concat(groups.stream().flatMap(g -> g.members().stream()), ungrouped.stream())
                .filter(row -> row.seat().studentId() == studentId).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("student " + studentId + " is not in the class"));
    }

    /** Every student on the page, grouped or not. */
    public java.util.List<Long> studentIds() {
        return java.util.stream.Stream.concat(groups.stream().flatMap(g -> g.members().stream()), ungrouped.stream())
                .map(row -> row.seat().studentId()).toList();
    }

    public boolean hasGroups() {
        return !groups.isEmpty();
    }
}
