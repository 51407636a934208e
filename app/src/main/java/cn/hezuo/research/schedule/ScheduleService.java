package cn.hezuo.research.schedule;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.research.calendar.ActivityForm;
import cn.hezuo.research.calendar.ActivityKind;
import cn.hezuo.research.calendar.CalendarService;
import cn.hezuo.research.calendar.ResearchActivity;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.Staff;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.teacher.Teacher;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates calendar activities the leader then edits like any other: the weekly 集体备课 with a fair 主备人 rotation,
 * and the open-lesson schedule for eligible members. Weeks that already have a 集体备课 are left alone, so generating
 * again only fills gaps. One audit line per generation plus one per activity created.
 */
@Service
class ScheduleService {

    private final CalendarService calendar;
    private final ResearchAccess access;
    private final Staff staff;
    private final AuditTrail audit;
    private final cn.hezuo.research.calendar.ResearchTerms terms;

    ScheduleService(CalendarService calendar, ResearchAccess access, Staff staff, AuditTrail audit,
                    cn.hezuo.research.calendar.ResearchTerms terms) {
        this.terms = terms;
        this.calendar = calendar;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
    }

    /** 主备 turns per member in the term so far (集体备课 hosted). */
    @Transactional(readOnly = true)
    Map<Long, Integer> prepTurns(ResearchGroup group, SchoolTerm term) {
        return countHosts(group, term, Set.of(ActivityKind.COLLECTIVE_PREP));
    }

    /** Lessons (公开课, 研究课 …) per member in the term so far. */
    @Transactional(readOnly = true)
    Map<Long, Integer> lessonTurns(ResearchGroup group, SchoolTerm term) {
        return countHosts(group, term, java.util.Arrays.stream(ActivityKind.values()).filter(ActivityKind::isLesson)
                .collect(Collectors.toSet()));
    }

    /** Members who qualify for the open-lesson schedule, in pinyin order. */
    @Transactional(readOnly = true)
    List<Teacher> eligible(ResearchGroup group, Eligibility rule, int year) {
        Map<Long, Teacher> teachers = staff.byId(group.getSchoolId());
        return access.memberIds(group.getId()).stream().map(teachers::get).filter(t -> t.isActive() && rule.test(t, year))
                .sorted(cn.hezuo.system.ChineseOrder.by(Teacher::getName)).toList();
    }

    /** One 集体备课 a week on the weekday, weeks first..last without one yet; units name the topics in order. */
    @Transactional
    int rotation(HezuoUser user, long groupId, SchoolTerm term, DayOfWeek day, LocalTime time, String place,
                 int firstWeek, int lastWeek, List<String> units, java.util.function.IntFunction<String> defaultTopic) {
        ResearchGroup group = access.requireLead(user, groupId);
        checkWeeks(term, firstWeek, lastWeek);
        Set<Integer> taken = calendar.activities(groupId, term.id()).stream()
                .filter(a -> a.getKind() == ActivityKind.COLLECTIVE_PREP).map(ResearchActivity::getWeek)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        // No weekly 集体备课 in a holiday week (国庆) or an exam week; nor on a single holiday that hits its weekday.
        List<cn.hezuo.school.CalendarPeriod> periods = terms.periods(group.getSchoolId(), term);
        taken.addAll(cn.hezuo.school.SchoolCalendar.weeksWithoutRoutine(term, periods));
        List<cn.hezuo.school.CalendarPeriod> holidays = periods.stream()
                .filter(cn.hezuo.school.CalendarPeriod::isHoliday).toList();
        List<LocalDate> dates = new java.util.ArrayList<>();
        for (int week = firstWeek; week <= lastWeek; week++) {
            LocalDate date = dateOf(term, week, day);
            if (!taken.contains(week) && term.contains(date) && holidays.stream().noneMatch(h -> h.contains(date))) {
                dates.add(date);
            }
        }
        List<Long> hosts = Rotation.assign(access.memberIds(groupId), prepTurns(group, term), dates.size());
        for (int i = 0; i < dates.size(); i++) {
            String topic = i < units.size() && !units.get(i).isBlank() ? units.get(i).strip()
                    : null;
            calendar.createActivity(user, groupId, term, new ActivityForm(dates.get(i), time, place,
                    ActivityKind.COLLECTIVE_PREP, hosts.get(i), topic == null ? defaultTopic.apply(term.weekNumber(dates.get(i))) : topic, -1));
        }
        audit.record("GENERATE", "ResearchActivity", groupId, AuditText.of("audit.msg.research.rotation",
                group.getName(), term.name(), dates.size()));
        return dates.size();
    }

    /** Research lessons for the eligible members: perSlot teachers every cadence weeks, avoiding blocked weeks. */
    @Transactional
    int openLessons(HezuoUser user, long groupId, SchoolTerm term, Eligibility rule, int year, int perSlot, int cadence,
                    int firstWeek, int lastWeek, Collection<Integer> blocked, DayOfWeek day, String topic) {
        ResearchGroup group = access.requireLead(user, groupId);
        checkWeeks(term, firstWeek, lastWeek);
        List<Long> eligible = eligible(group, rule, year).stream().map(Teacher::getId).toList();
        if (eligible.isEmpty()) {
            throw new RuleViolationException("research.error.nobodyEligible");
        }
        // Whoever has given fewest lessons this term goes first.
        Map<Long, Integer> given = lessonTurns(group, term);
        List<Long> order = eligible.stream().sorted(java.util.Comparator.comparingInt(id -> given.getOrDefault(id, 0)))
                .toList();
        // Holiday and exam weeks are blocked as well as the weeks the leader named.
        Set<Integer> allBlocked = new java.util.TreeSet<>(blocked);
        allBlocked.addAll(terms.weeksWithoutRoutine(group.getSchoolId(), term));
        Map<Integer, List<Long>> plan = OpenLessonPlanner.plan(order, perSlot, cadence, firstWeek, lastWeek, allBlocked);
        int created = 0;
        for (Map.Entry<Integer, List<Long>> slot : plan.entrySet()) {
            LocalDate date = dateOf(term, slot.getKey(), day);
            if (!term.contains(date)) {
                continue;
            }
            for (Long teacher : slot.getValue()) {
                calendar.createActivity(user, groupId, term, new ActivityForm(date, null, null,
                        ActivityKind.RESEARCH_LESSON, teacher, topic, -1));
                created++;
            }
        }
        audit.record("GENERATE", "ResearchActivity", groupId, AuditText.of("audit.msg.research.openLessons",
                group.getName(), term.name(), created));
        return created;
    }

    static LocalDate dateOf(SchoolTerm term, int week, DayOfWeek day) {
        return term.mondayOfWeek(week).with(TemporalAdjusters.nextOrSame(day));
    }

    private static void checkWeeks(SchoolTerm term, int firstWeek, int lastWeek) {
        if (firstWeek < 1 || lastWeek > term.weekCount() || firstWeek > lastWeek) {
            throw new RuleViolationException("research.error.weeks", term.weekCount());
        }
    }

    private Map<Long, Integer> countHosts(ResearchGroup group, SchoolTerm term, Set<ActivityKind> kinds) {
        Map<Long, Integer> counts = new HashMap<>();
        calendar.activities(group.getId(), term.id()).stream()
                .filter(a -> kinds.contains(a.getKind()) && a.getHostId() != null)
                .forEach(a -> counts.merge(a.getHostId(), 1, Integer::sum));
        return counts;
    }
}
