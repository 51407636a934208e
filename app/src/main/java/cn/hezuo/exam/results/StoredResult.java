package cn.hezuo.exam.results;

/**
 * One stored row of {@code exam_result}.
 *
 * @param total   null when absent
 * @param points  packed item points ({@link PackedScores}); null when absent or for a total-only exam
 * @param options packed options; null when absent or for a total-only exam
 */
public record StoredResult(long examId, long studentId, long classId, boolean absent, Double total, String points,
                           String options) {

    public static StoredResult absent(long examId, long studentId, long classId) {
        return new StoredResult(examId, studentId, classId, true, null, null, null);
    }
}
