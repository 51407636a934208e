package cn.hezuo.group.seating;

import java.util.List;

/** The room as rows of desks (front row first); a desk is empty or holds a student. No scores or tiers. */
record SeatingView(long classId, int version, int rows, int cols, List<Integer> aisles, List<List<Desk>> grid) {

    /**
     * A desk: {@code emblem}/{@code colour} are the group's look (chosen or by number), {@code avatar} the student's
     * picture path or null for the initial on {@code initialColour}.
     */
    public record Desk(int row, int col, Long studentId, String name, Integer groupNumber, boolean leader,
                       String emblem, String colour, String avatar, String initialColour) {
        public boolean empty() {
            return studentId == null;
        }

        /** The first character of the name (the fallback face). */
        public String initial() {
            return name == null || name.isEmpty() ? "?" : name.substring(0, name.offsetByCodePoints(0, 1));
        }
    }

    /** Whether an aisle runs after this 0-based column. */
    public boolean aisleAfter(int col) {
        return aisles.contains(col + 1);
    }
}
