package cn.hezuo.exam.importing;

/**
 * One checked row of a score file, ready to store.
 *
 * @param total   NaN when absent
 * @param points  packed item points, null when absent or total-only
 * @param options packed options, null when absent or total-only
 */
public record ParsedScore(int rowNumber, long studentId, String studentNo, String name, long classId, boolean absent,
                          double total, String points, String options) {
}
