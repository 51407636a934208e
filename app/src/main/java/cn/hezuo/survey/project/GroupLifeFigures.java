package cn.hezuo.survey.project;

import cn.hezuo.evaluation.PointSums;
import cn.hezuo.evaluation.WeeklyStarsQuery;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolTerm;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Group life in a class over a period, from evaluation's public queries: classroom points (all groups, undone awards
 * excluded) and the 周评表's weekly stars (mean of the four criteria over every filled form, weighted by weeks), in
 * the terms the period touches (weeks from {@link SchoolCalendar}'s terms).
 */
@Component
public class GroupLifeFigures {

    /**
     * @param groups         groups that earned points in the period
     * @param points         points of all groups together
     * @param pointsPerGroup points / groups (NaN with none)
     * @param starForms      weekly star forms filled in the period
     * @param stars          mean stars (1–5) over those forms; NaN with none
     */
    public record ClassFigures(long classId, int groups, long points, double pointsPerGroup, int starForms, double stars) {
    }

    private final PointSums points;
    private final WeeklyStarsQuery stars;
    private final SchoolCalendar calendar;
    private final Clock clock;

    GroupLifeFigures(PointSums points, WeeklyStarsQuery stars, SchoolCalendar calendar, Clock clock) {
        this.points = points;
        this.stars = stars;
        this.calendar = calendar;
        this.clock = clock;
    }

    ClassFigures of(long schoolId, long classId, LocalDate from, LocalDate to) {
        Map<Long, Long> byGroup = points.byGroup(classId, from.atStartOfDay(clock.getZone()).toInstant(),
                to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        long total = byGroup.values().stream().mapToLong(Long::longValue).sum();
        int forms = 0;
        double sum = 0;
        for (SchoolTerm term : calendar.terms(schoolId)) {
            LocalDate start = from.isAfter(term.startDate()) ? from : term.startDate();
            LocalDate end = to.isBefore(term.endDate()) ? to : term.endDate();
            if (end.isBefore(start)) {
                continue;
            }
            for (WeeklyStarsQuery.StarAverage a : stars.averageByGroup(classId, term.id(), term.weekNumber(start),
                    term.weekNumber(end)).values()) {
                forms += a.weeks();
                sum += a.overall() * a.weeks();
            }
        }
        return new ClassFigures(classId, byGroup.size(), total,
                byGroup.isEmpty() ? Double.NaN : (double) total / byGroup.size(), forms,
                forms == 0 ? Double.NaN : sum / forms);
    }
}
