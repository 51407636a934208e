package cn.hezuo.group.seating;

import java.util.List;

/** The room as rows of desks (front row first); a desk is empty or holds a student. No scores or tiers. */
record SeatingView(long classId, int version, int rows, int cols, List<Integer> aisles, List<List<Desk>> grid) {

    public record Desk(int row, int col, Long studentId, String name, Integer groupNumber, boolean leader) {
        public boolean empty() {
            return studentId == null;
        }
    }

    /** Whether an aisle runs after this 0-based column. */
    public boolean aisleAfter(int col) {
        return aisles.contains(col + 1);
    }
}
