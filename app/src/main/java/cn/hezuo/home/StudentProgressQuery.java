package cn.hezuo.home;

import cn.hezuo.evaluation.StudentPointRecords;
import cn.hezuo.evaluation.StudentPointRecords.WeekItemPoints;
import cn.hezuo.group.MyGroup;
import cn.hezuo.roster.Student;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolTerm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's own progress this term ({@link StudentProgress}), read only through {@code evaluation}'s public
 * {@link StudentPointRecords}: one student's and one group's records, nothing about classmates. Used by {@code /me}
 * and by the family pages, so a parent sees exactly what the child sees.
 */
@Component
public class StudentProgressQuery {

    private final StudentPointRecords points;
    private final SchoolCalendar calendar;

    StudentProgressQuery(StudentPointRecords points, SchoolCalendar calendar) {
        this.points = points;
        this.calendar = calendar;
    }

    /** Empty before the school's first term (there is nothing to total in). */
    @Transactional(readOnly = true)
    public Optional<StudentProgress> of(Student student, MyGroup group) {
        Optional<SchoolTerm> maybeTerm = calendar.termCountingToward(student.getSchoolId(), calendar.today());
        if (maybeTerm.isEmpty()) {
            return Optional.empty();
        }
        SchoolTerm term = maybeTerm.get();
        int week = calendar.weekToday(term);
        List<WeekItemPoints> mine = points.ofStudent(student.getClassId(), student.getId(), term.id());
        Long groupWeek = null;
        Long groupTerm = null;
        String band = null;
        if (group != null) {
            List<WeekItemPoints> ours = points.ofGroup(student.getClassId(), group.groupId(), term.id());
            groupTerm = ours.stream().mapToLong(WeekItemPoints::points).sum();
            groupWeek = ours.stream().filter(r -> r.week() == week).mapToLong(WeekItemPoints::points).sum();
            band = points.groupBandIfAllowed(student.getSchoolId(), student.getClassId(), group.groupId(), term.id())
                    .orElse(null);
        }
        int lastWeek = Math.max(1, Math.min(week, SchoolCalendar.MAX_WEEK));
        List<Integer> weeks = new ArrayList<>();
        List<Long> perWeek = new ArrayList<>();
        for (int w = 1; w <= lastWeek; w++) {
            int shown = w;
            weeks.add(w);
            perWeek.add(mine.stream().filter(r -> r.week() == shown).mapToLong(WeekItemPoints::points).sum());
        }
        long weekTotal = mine.stream().filter(r -> r.week() == week).mapToLong(WeekItemPoints::points).sum();
        return Optional.of(new StudentProgress(term.name(), week, byItem(mine, week), weekTotal,
                mine.stream().mapToLong(WeekItemPoints::points).sum(), groupWeek, groupTerm, band, weeks, perWeek));
    }

    /** One line per item in the order the items were first used, this week's and the term's points. */
    private static List<StudentProgress.ItemLine> byItem(List<WeekItemPoints> rows, int week) {
        Map<Long, StudentProgress.ItemLine> lines = new LinkedHashMap<>();
        for (WeekItemPoints r : rows) {
            long thisWeek = r.week() == week ? r.points() : 0;
            lines.merge(r.itemId(), new StudentProgress.ItemLine(r.itemName(), r.praise(), thisWeek, r.points()),
                    (a, b) -> new StudentProgress.ItemLine(a.item(), a.praise(), a.week() + b.week(),
                            a.term() + b.term()));
        }
        return List.copyOf(lines.values());
    }
}
