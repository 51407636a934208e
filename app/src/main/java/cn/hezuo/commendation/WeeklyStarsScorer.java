package cn.hezuo.commendation;

import cn.hezuo.evaluation.WeeklyStarsQuery;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolTerm;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@link Criterion#WEEKLY_STARS}: the average of the 学习委员's weekly star form (学案完成, 课堂回答问题, 质疑对抗, 课后反思)
 * over the term weeks whose Monday falls in the month, times 10 so one decimal survives in the integer scores
 * (4.25 stars → 43). The form rates groups, so a student carries their group's value — the group earns it together.
 */
@Component
class WeeklyStarsScorer implements CriterionScorer {

    private final WeeklyStarsQuery stars;
    private final ClassDirectory classes;
    private final SchoolCalendar calendar;

    WeeklyStarsScorer(WeeklyStarsQuery stars, ClassDirectory classes, SchoolCalendar calendar) {
        this.stars = stars;
        this.classes = classes;
        this.calendar = calendar;
    }

    @Override
    public Criterion criterion() {
        return Criterion.WEEKLY_STARS;
    }

    @Override
    public Map<Long, Long> groups(MonthFigures figures) {
        Map<Long, Long> values = new HashMap<>();
        long schoolId = classes.find(figures.classId()).orElseThrow().getSchoolId();
        for (SchoolTerm.WeekRange weeks : calendar.weeksOfMonth(schoolId, figures.month())) {
            stars.averageByGroup(figures.classId(), weeks.term().id(), weeks.fromWeek(), weeks.toWeek())
                    .forEach((groupId, average) -> values.merge(groupId, Math.round(average.overall() * 10), Math::max));
        }
        return values;
    }

    @Override
    public Map<Long, Long> students(MonthFigures figures) {
        Map<Long, Long> byGroup = groups(figures);
        Map<Long, Long> values = new HashMap<>();
        figures.students().forEach(s -> values.put(s.studentId(), byGroup.getOrDefault(s.groupId(), 0L)));
        return values;
    }
}
