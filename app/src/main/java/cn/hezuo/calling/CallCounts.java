package cn.hezuo.calling;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each student, member number and group was called this term and inside the fairness window.
 * Passed draws do not count: a pass is not a call.
 */
record CallCounts(Map<Long, Integer> studentTerm, Map<Long, Integer> studentWindow, Map<Integer, Integer> numberTerm,
                  Map<Integer, Integer> numberWindow, Map<Integer, Integer> groupTerm,
                  Map<Integer, Integer> groupWindow, Map<Long, Instant> lastCalled, Map<Long, Integer> passes) {

    static CallCounts of(List<CallingDraw> termDraws, Map<Long, List<CallingPick>> picksByDraw, Instant windowStart) {
        CallCounts counts = new CallCounts(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (CallingDraw draw : termDraws) {
            List<CallingPick> picks = picksByDraw.getOrDefault(draw.getId(), List.of());
            if (draw.isPassed()) {
                picks.forEach(p -> counts.passes.merge(p.getStudentId(), 1, Integer::sum));
                continue;
            }
            boolean inWindow = !draw.getCalledAt().isBefore(windowStart);
            for (CallingPick p : picks) {
                counts.studentTerm.merge(p.getStudentId(), 1, Integer::sum);
                counts.lastCalled.merge(p.getStudentId(), draw.getCalledAt(), (a, b) -> a.isAfter(b) ? a : b);
                if (inWindow) {
                    counts.studentWindow.merge(p.getStudentId(), 1, Integer::sum);
                }
            }
            if (draw.getMode() == CallingMode.NUMBER && draw.getMemberNo() != null) {
                counts.numberTerm.merge(draw.getMemberNo(), 1, Integer::sum);
                if (inWindow) {
                    counts.numberWindow.merge(draw.getMemberNo(), 1, Integer::sum);
                }
            }
            if (draw.getMode() == CallingMode.GROUP && draw.getGroupNo() != null) {
                counts.groupTerm.merge(draw.getGroupNo(), 1, Integer::sum);
                if (inWindow) {
                    counts.groupWindow.merge(draw.getGroupNo(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    int termCallsOf(long studentId) {
        return studentTerm.getOrDefault(studentId, 0);
    }

    int windowCallsOf(long studentId) {
        return studentWindow.getOrDefault(studentId, 0);
    }
}
