package cn.hezuo.calling;

/**
 * A student as random calling sees them: their group and member number in the class's active plan
 * ({@code groupNo} 0 when they are not in a group yet — then only "random student" can call them).
 */
public record Seat(long studentId, String name, int groupNo, int memberNo) {
}
