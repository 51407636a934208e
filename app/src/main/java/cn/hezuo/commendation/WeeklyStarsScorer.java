package cn.hezuo.commendation;

import cn.hezuo.evaluation.WeeklyStarsQuery;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.Term;
import cn.hezuo.school.TermRepository;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
    private final TermRepository terms;

    WeeklyStarsScorer(WeeklyStarsQuery stars, ClassDirectory classes, TermRepository terms) {
        this.stars = stars;
        this.classes = classes;
        this.terms = terms;
    }

    @Override
    public Criterion criterion() {
        return Criterion.WEEKLY_STARS;
    }

    @Override
    public Map<Long, Long> groups(MonthFigures figures) {
        Map<Long, Long> values = new HashMap<>();
        long schoolId = classes.find(figures.classId()).orElseThrow().getSchoolId();
        LocalDate first = figures.month().atDay(1);
        LocalDate last = figures.month().atEndOfMonth();
        for (Term term : terms.findBySchoolIdOrderByStartDateDesc(schoolId)) {
            LocalDate from = first.isBefore(term.getStartDate()) ? term.getStartDate() : first;
            LocalDate to = last.isAfter(term.getEndDate()) ? term.getEndDate() : last;
            if (from.isAfter(to)) {
                continue;
            }
            // A week belongs to the month its Monday is in (week 1 may start before the term's first day).
            LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (monday.isBefore(first)) {
                monday = monday.plusWeeks(1);
            }
            if (monday.isAfter(to)) {
                continue;
            }
            int fromWeek = term.weekNumber(monday.isBefore(term.getStartDate()) ? term.getStartDate() : monday);
            int toWeek = term.weekNumber(to);
            stars.averageByGroup(figures.classId(), term.getId(), fromWeek, toWeek)
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
