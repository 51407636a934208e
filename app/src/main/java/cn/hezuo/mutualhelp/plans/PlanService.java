package cn.hezuo.mutualhelp.plans;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.roster.Student;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 学习计划: a group's members write and edit its plan and check in week by week; the class's teachers read every
 * group's plan with its check-ins. Every write is audited.
 */
@Service
class PlanService {

    static final int TEXT_MAX = 500;
    static final int PERIOD_MAX = 100;
    static final int NOTE_MAX = 300;

    /** Serializable: it rides in the flash attributes (kept in the JDBC session) when a refusal gives the text back. */
    record PlanForm(String content, String goals, String period, String method) implements java.io.Serializable {
    }

    record CheckInRow(LocalDate week, CheckInStatus status, String note, String name) {
    }

    record PlanView(long id, int groupNo, String content, String goals, String period, String method,
                    List<CheckInRow> checkIns) {
    }

    record MyPlan(Integer groupNo, PlanView plan, LocalDate thisWeek) {
    }

    /** A group of the class's active plan with its study plan (null when it has none). */
    record GroupPlanRow(int groupNo, PlanView plan) {
    }

    record ClassPlans(SchoolClass schoolClass, List<GroupPlanRow> groups) {
    }

    private final StudyPlanRepository plans;
    private final PlanCheckInRepository checkIns;
    private final People people;
    private final ClassAccess classes;
    private final AuditTrail audit;
    private final Clock clock;

    PlanService(StudyPlanRepository plans, PlanCheckInRepository checkIns, People people, ClassAccess classes,
                AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.checkIns = checkIns;
        this.people = people;
        this.classes = classes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    MyPlan myPlan(HezuoUser user) {
        Student me = people.requireStudent(user);
        Optional<People.Placement> placement = people.placement(me);
        if (placement.isEmpty()) {
            return new MyPlan(null, null, SchoolCalendar.mondayOf(LocalDate.now(clock)));
        }
        Map<Long, String> names = people.classNames(me.getClassId());
        PlanView view = plans.findByGroupId(placement.get().groupId()).map(p -> view(p, names, 20)).orElse(null);
        return new MyPlan(placement.get().groupNo(), view, SchoolCalendar.mondayOf(LocalDate.now(clock)));
    }

    /** A member writes (or rewrites) their group's plan. */
    @Transactional
    long save(HezuoUser user, PlanForm form) {
        Student me = people.requireStudent(user);
        People.Placement placement = people.placement(me)
                .orElseThrow(() -> new RuleViolationException("mutualhelp.plans.error.noGroup"));
        PlanForm clean = new PlanForm(text(form.content(), TEXT_MAX, "content"), text(form.goals(), TEXT_MAX, "goals"),
                text(form.period(), PERIOD_MAX, "period"), text(form.method(), TEXT_MAX, "method"));
        Optional<StudyPlan> existing = plans.findByGroupId(placement.groupId());
        StudyPlan plan = existing.orElseGet(() -> new StudyPlan(me.getSchoolId(), me.getClassId(), placement.groupId(),
                placement.groupNo()));
        plan.write(clean, user.getUsername(), clock.instant());
        plan = plans.save(plan);
        audit.record(existing.isPresent() ? "UPDATE" : "CREATE", "MhStudyPlan", plan.getId(),
                AuditText.of("audit.msg.mh.studyPlanSaved", placement.groupNo()));
        return plan.getId();
    }

    /** A member's check-in on the group's plan for this week; the same request id twice is one check-in. */
    @Transactional
    long checkIn(HezuoUser user, CheckInStatus status, String note, String requestId) {
        Student me = people.requireStudent(user);
        People.Placement placement = people.placement(me)
                .orElseThrow(() -> new RuleViolationException("mutualhelp.plans.error.noGroup"));
        StudyPlan plan = plans.findByGroupId(placement.groupId())
                .orElseThrow(() -> new RuleViolationException("mutualhelp.plans.error.noPlan"));
        String id = requestId(requestId);
        Optional<PlanCheckIn> same = checkIns.findByPlanIdAndRequestId(plan.getId(), id);
        if (same.isPresent()) {
            return same.get().getId();
        }
        if (status == null) {
            throw new RuleViolationException("mutualhelp.status.error.empty");
        }
        String cleanNote = note(note);
        PlanCheckIn saved = checkIns.save(new PlanCheckIn(plan, SchoolCalendar.mondayOf(LocalDate.now(clock)), status,
                cleanNote, me.getId(), id, clock.instant()));
        audit.record("CREATE", "MhPlanCheckIn", saved.getId(), AuditText.of("audit.msg.mh.planCheckIn",
                placement.groupNo(), AuditText.of("audit.enum.MhCheckInStatus." + status.name())));
        return saved.getId();
    }

    @Transactional(readOnly = true)
    ClassPlans classPlans(HezuoUser user, long classId) {
        SchoolClass schoolClass = classes.requireView(user, classId);
        Map<Long, String> names = people.classNames(classId);
        Map<Long, StudyPlan> byGroup = new HashMap<>();
        plans.findByClassIdOrderByGroupNoAscIdAsc(classId).forEach(p -> byGroup.put(p.getGroupId(), p));
        List<GroupPlanRow> rows = new ArrayList<>();
        people.groupNumbers(schoolClass.getSchoolId(), classId).forEach((groupId, no) -> {
            StudyPlan p = byGroup.get(groupId);
            rows.add(new GroupPlanRow(no, p == null ? null : view(p, names, 8)));
        });
        return new ClassPlans(schoolClass, rows);
    }

    private PlanView view(StudyPlan p, Map<Long, String> names, int max) {
        List<CheckInRow> rows = checkIns.findByPlanIdOrderByWeekMondayDescIdDesc(p.getId()).stream().limit(max)
                .map(c -> new CheckInRow(c.getWeekMonday(), c.getStatus(), c.getNote(),
                        names.getOrDefault(c.getStudentId(), "—"))).toList();
        return new PlanView(p.getId(), p.getGroupNo(), p.getContent(), p.getGoals(), p.getPeriod(), p.getMethod(), rows);
    }

    static String requestId(String requestId) {
        String id = requestId == null ? "" : requestId.strip();
        if (id.isEmpty() || id.length() > 36) {
            throw new RuleViolationException("mutualhelp.error.requestId");
        }
        return id;
    }

    static String note(String note) {
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > NOTE_MAX) {
            throw new RuleViolationException("mutualhelp.status.error.noteLength", NOTE_MAX);
        }
        return clean;
    }

    private static String text(String value, int max, String field) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException("mutualhelp.plans.error." + field + "Empty");
        }
        if (text.length() > max) {
            throw new RuleViolationException("mutualhelp.plans.error." + field + "Length", max);
        }
        return text;
    }
}
