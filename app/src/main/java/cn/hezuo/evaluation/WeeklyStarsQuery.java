package cn.hezuo.evaluation;

import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the 周评表. Public so the monthly commendation can weigh weekly stars: {@link #averageByGroup}.
 * No access checks: callers check who may see the class.
 */
@Service
public class WeeklyStarsQuery {

    private final WeeklyStarsRepository stars;
    private final SchoolCalendar calendar;
    private final ClassDirectory classes;

    WeeklyStarsQuery(WeeklyStarsRepository stars, SchoolCalendar calendar, ClassDirectory classes) {
        this.stars = stars;
        this.calendar = calendar;
        this.classes = classes;
    }

    /** Average stars per group id over term weeks {@code fromWeek..toWeek} of the current term (groups with no row are absent). */
    @Transactional(readOnly = true)
    public Map<Long, StarAverage> averageByGroup(long classId, int fromWeek, int toWeek) {
        long schoolId = classes.find(classId).orElseThrow(() -> new NotFoundException("class", classId)).getSchoolId();
        return averageByGroup(classId, calendar.requireTermForToday(schoolId).id(), fromWeek, toWeek);
    }

    /** Average stars per group id over term weeks {@code fromWeek..toWeek} of the given term, by group id. */
    @Transactional(readOnly = true)
    public Map<Long, StarAverage> averageByGroup(long classId, long termId, int fromWeek, int toWeek) {
        Map<Long, int[]> sums = new TreeMap<>();
        for (WeeklyStars row : stars.findByClassIdAndTermIdAndTermWeekBetweenOrderByIdAsc(classId, termId, fromWeek, toWeek)) {
            int[] s = sums.computeIfAbsent(row.getGroupId(), k -> new int[5]);
            StarScores v = row.scores();
            s[0] += v.studyPlan();
            s[1] += v.answering();
            s[2] += v.challenge();
            s[3] += v.reflection();
            s[4]++;
        }
        Map<Long, StarAverage> result = new LinkedHashMap<>();
        sums.forEach((groupId, s) -> result.put(groupId, new StarAverage(groupId, s[4], (double) s[0] / s[4],
                (double) s[1] / s[4], (double) s[2] / s[4], (double) s[3] / s[4])));
        return result;
    }

    /** The version a form for this group and week of the current term carries (-1: not filled yet). */
    @Transactional(readOnly = true)
    public int versionOf(long classId, int week, long groupId) {
        long schoolId = classes.find(classId).orElseThrow(() -> new NotFoundException("class", classId)).getSchoolId();
        return stars.findByTermIdAndTermWeekAndGroupId(calendar.requireTermForToday(schoolId).id(), week, groupId)
                .map(WeeklyStars::getVersion).orElse(-1);
    }

    /** The rows of one week, by group id. */
    @Transactional(readOnly = true)
    public Map<Long, WeeklyStars> forWeek(long classId, SchoolTerm term, int week) {
        Map<Long, WeeklyStars> result = new LinkedHashMap<>();
        List<WeeklyStars> rows = stars.findByClassIdAndTermIdAndTermWeekOrderByIdAsc(classId, term.id(), week);
        rows.forEach(r -> result.put(r.getGroupId(), r));
        return result;
    }

    /** A group's average stars over some weeks; {@code weeks} = how many weekly forms were filled for it. */
    public record StarAverage(long groupId, int weeks, double studyPlan, double answering, double challenge,
                              double reflection) {
        /** The mean of the four criteria (1–5). */
        public double overall() {
            return (studyPlan + answering + challenge + reflection) / 4;
        }
    }
}
