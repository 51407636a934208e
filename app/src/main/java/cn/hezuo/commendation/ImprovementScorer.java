package cn.hezuo.commendation;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@link Criterion#IMPROVEMENT}: this month minus last month. An absolute difference, not a ratio, so a group with
 * no points last month has a defined value (all of this month's points) instead of a division by zero.
 */
@Component
class ImprovementScorer implements CriterionScorer {

    @Override
    public Criterion criterion() {
        return Criterion.IMPROVEMENT;
    }

    @Override
    public Map<Long, Long> groups(MonthFigures figures) {
        Map<Long, Long> values = new HashMap<>();
        figures.groups().forEach(g -> values.put(g.groupId(), g.change()));
        return values;
    }

    @Override
    public Map<Long, Long> students(MonthFigures figures) {
        Map<Long, Long> values = new HashMap<>();
        figures.students().forEach(s -> values.put(s.studentId(), s.change()));
        return values;
    }
}
