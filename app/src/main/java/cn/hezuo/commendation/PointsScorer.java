package cn.hezuo.commendation;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@link Criterion#POINTS}: the month's points as they are. */
@Component
class PointsScorer implements CriterionScorer {

    @Override
    public Criterion criterion() {
        return Criterion.POINTS;
    }

    @Override
    public Map<Long, Long> groups(MonthFigures figures) {
        Map<Long, Long> values = new HashMap<>();
        figures.groups().forEach(g -> values.put(g.groupId(), g.points()));
        return values;
    }

    @Override
    public Map<Long, Long> students(MonthFigures figures) {
        Map<Long, Long> values = new HashMap<>();
        figures.students().forEach(s -> values.put(s.studentId(), s.points()));
        return values;
    }
}
