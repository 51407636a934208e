package cn.hezuo.exam.importing;

import cn.hezuo.exam.stats.Choice;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the parser needs to know about the exam and the school.
 *
 * @param items              the exam's items in order; empty for a total-only exam
 * @param fullMarks          the exam's full marks (the maximum of 总分)
 * @param examClassIds       the classes that sat the exam
 * @param importableClassIds the classes the uploading user may import scores for
 * @param classNames         every class of the school by id
 */
public record ImportSetup(List<ImportItem> items, boolean totalOnly, double fullMarks, Set<Long> examClassIds,
                          Set<Long> importableClassIds, Map<Long, String> classNames) {

    /**
     * One item.
     *
     * @param key the answer key of an objective item, or null
     */
    public record ImportItem(String label, double maxPoints, boolean objective, boolean halfPoints, Choice key) {
    }

    /** A student on the roster, found by 学号. */
    public record RosterStudent(long id, String studentNo, String name, long classId) {
    }
}
