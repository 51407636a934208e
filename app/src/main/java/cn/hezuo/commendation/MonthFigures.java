package cn.hezuo.commendation;

import java.time.YearMonth;
import java.util.List;

/** A class's groups (active plan, and earlier plans' groups that earned points in the month) and students with their points of a month and of the month before. */
record MonthFigures(long classId, YearMonth month, List<GroupFigure> groups, List<StudentFigure> students) {

    /** A group of the active plan ({@code activePlan}) or of an earlier plan that earned points in the month. */
    public record GroupFigure(long groupId, int number, String name, String planName, boolean activePlan, long points,
                              long lastPoints) {
        public long change() {
            return points - lastPoints;
        }
    }

    public record StudentFigure(long studentId, long groupId, int groupNumber, int memberNo, String name, long points,
                                long lastPoints) {
        public long change() {
            return points - lastPoints;
        }
    }
}
