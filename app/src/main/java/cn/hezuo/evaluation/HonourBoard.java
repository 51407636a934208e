package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.group.ActivePlanLayout;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 小组PK / 光荣榜: the groups of a class by their points this week or this month, for the teacher to project. Groups
 * only — no student's points or place ever appear — and only once the head teacher has switched it on (off by
 * default, like every leaderboard: product policy).
 */
@Service
class HonourBoard {

    enum Period { WEEK, MONTH }

    /** One group's line: its place among the groups (ties share a place), number, 组名 and points in the period. */
    record Standing(int place, int number, String name, long points, int percent) {
    }

    /** The standings and the dates they cover (both included). */
    record Standings(Period period, LocalDate from, LocalDate to, List<Standing> groups) {
    }

    private final HonourBoardSettingRepository settings;
    private final ClassAccess access;
    private final AuditTrail audit;
    private final PointSums points;
    private final ActivePlanLayout plans;
    private final SchoolCalendar calendar;
    private final Clock clock;

    HonourBoard(HonourBoardSettingRepository settings, ClassAccess access, AuditTrail audit, PointSums points,
                ActivePlanLayout plans, SchoolCalendar calendar, Clock clock) {
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.points = points;
        this.plans = plans;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isOn(long classId) {
        return settings.findByClassId(classId).map(HonourBoardSetting::isEnabled).orElse(false);
    }

    /** Head teacher or admin switches it on or off; the change is audited. */
    @Transactional
    void switchTo(HezuoUser user, long classId, boolean on) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        HonourBoardSetting setting = settings.findByClassId(classId)
                .orElseGet(() -> settings.save(new HonourBoardSetting(schoolClass.getSchoolId(), classId)));
        if (setting.isEnabled() == on) {
            return;
        }
        Changes changes = Changes.of().field("honourBoard", setting.isEnabled(), on);
        setting.setEnabled(on);
        audit.record("UPDATE", "HonourBoard", classId, changes.text(schoolClass.getName()));
    }

    @Transactional(readOnly = true)
    Standings standings(long classId, Period period) {
        LocalDate today = calendar.today();
        LocalDate from = period == Period.WEEK ? SchoolCalendar.mondayOf(today) : YearMonth.from(today).atDay(1);
        LocalDate end = period == Period.WEEK ? from.plusDays(7) : from.plusMonths(1);
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant stop = end.atStartOfDay(clock.getZone()).toInstant();
        Map<Long, Long> sums = points.byGroup(classId, start, stop);
        List<ActivePlanLayout.Group> groups = plans.of(classId).map(ActivePlanLayout.Layout::groups).orElse(List.of());
        List<ActivePlanLayout.Group> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.<ActivePlanLayout.Group>comparingLong(g -> -sums.getOrDefault(g.id(), 0L))
                .thenComparingInt(ActivePlanLayout.Group::number));
        long best = sorted.stream().mapToLong(g -> sums.getOrDefault(g.id(), 0L)).max().orElse(0);
        List<Standing> lines = new ArrayList<>();
        int place = 0;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            long p = sums.getOrDefault(sorted.get(i).id(), 0L);
            if (p != previous) {
                place = i + 1;
                previous = p;
            }
            int percent = best <= 0 ? 0 : (int) Math.max(0, Math.round(100.0 * p / best));
            lines.add(new Standing(place, sorted.get(i).number(), sorted.get(i).name(), p, percent));
        }
        return new Standings(period, from, end.minusDays(1), lines);
    }
}
