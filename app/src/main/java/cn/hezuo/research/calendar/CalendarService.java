package cn.hezuo.research.calendar;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.Staff;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The semester plan and its calendar. The leader (or the admin) writes them; members see them once the plan is
 * published. An activity must lie inside the term; its 周次 comes from the term ({@link SchoolTerm#weekNumber}); its host
 * (主持人 / 执教人) must be a member of the group.
 */
@Service
public class CalendarService {

    private final ResearchPlanRepository plans;
    private final ResearchActivityRepository activities;
    private final AttendanceRepository attendance;
    private final ReflectionRepository reflections;
    private final AttachmentStore attachments;
    private final ResearchAccess access;
    private final Staff staff;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarService(ResearchPlanRepository plans, ResearchActivityRepository activities,
                    AttendanceRepository attendance, ReflectionRepository reflections, AttachmentStore attachments,
                    ResearchAccess access, Staff staff, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.activities = activities;
        this.attendance = attendance;
        this.reflections = reflections;
        this.attachments = attachments;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** An activity with its group, as the person asking may see it. */
    public record ActivityInGroup(ResearchActivity activity, ResearchGroup group, boolean canLead) {
    }

    @Transactional(readOnly = true)
    public Optional<ResearchPlan> plan(long groupId, long termId) {
        return plans.findByGroupIdAndTermId(groupId, termId);
    }

    /** Whether this person sees the group's calendar of the term: the leader and admin always, members once published. */
    @Transactional(readOnly = true)
    public boolean calendarVisible(HezuoUser user, ResearchGroup group, long termId) {
        return access.canLead(user, group) || plan(group.getId(), termId).map(ResearchPlan::isPublished).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<ResearchActivity> activities(long groupId, long termId) {
        return activities.findByGroupIdAndTermIdOrderByDateAscStartTimeAscIdAsc(groupId, termId);
    }

    @Transactional
    public ResearchPlan savePlan(HezuoUser user, long groupId, SchoolTerm term, PlanForm form) {
        ResearchGroup group = access.requireLead(user, groupId);
        ResearchPlan plan = plans.findByGroupIdAndTermId(groupId, term.id()).orElse(null);
        int expected = form.version() == null ? -1 : form.version();
        if (plan == null ? expected != -1 : plan.getVersion() != expected) {
            throw new RuleViolationException("error.staleEdit");
        }
        boolean created = plan == null;
        if (created) {
            plan = new ResearchPlan(user.schoolId(), groupId, term.id());
        }
        Changes changes = Changes.of().field("guidingIdea", plan.getGuidingIdea(), blankToNull(form.guidingIdea()))
                .field("goals", plan.getGoals(), blankToNull(form.goals()))
                .field("theme", plan.getTheme(), blankToNull(form.theme()))
                .field("measures", plan.getMeasures(), blankToNull(form.measures()));
        plan.describe(blankToNull(form.guidingIdea()), blankToNull(form.goals()), blankToNull(form.theme()),
                blankToNull(form.measures()));
        plan = plans.saveAndFlush(plan);
        audit.record(created ? "CREATE" : "UPDATE", "ResearchPlan", plan.getId(),
                created ? AuditText.of("audit.msg.research.plan", group.getName(), term.name()) : changes.text(group.getName()));
        return plan;
    }

    /** Publishes the plan and its calendar to the members (again after changes: the date moves). */
    @Transactional
    public void publish(HezuoUser user, long groupId, SchoolTerm term, int version) {
        ResearchGroup group = access.requireLead(user, groupId);
        ResearchPlan plan = plans.findByGroupIdAndTermId(groupId, term.id())
                .orElseThrow(() -> new RuleViolationException("research.error.planFirst"));
        if (plan.getVersion() != version) {
            throw new RuleViolationException("error.staleEdit");
        }
        plan.publish(clock.instant());
        audit.record("PUBLISH", "ResearchPlan", plan.getId(),
                AuditText.of("audit.msg.research.plan", group.getName(), term.name()));
    }

    @Transactional
    public ResearchActivity createActivity(HezuoUser user, long groupId, SchoolTerm term, ActivityForm form) {
        ResearchGroup group = access.requireLead(user, groupId);
        ResearchActivity activity = new ResearchActivity(user.schoolId(), groupId, term.id());
        apply(group, term, activity, form);
        activity = activities.save(activity);
        audit.record("CREATE", "ResearchActivity", activity.getId(), AuditText.of("audit.msg.research.activity",
                group.getName(), form.date(), AuditText.of("research.kind." + form.kind()), form.topic().trim()));
        return activity;
    }

    @Transactional
    public void updateActivity(HezuoUser user, long activityId, SchoolTerm term, ActivityForm form) {
        ActivityInGroup found = requireLead(user, activityId);
        ResearchActivity activity = found.activity();
        if (form.version() == null || activity.getVersion() != form.version()) {
            throw new RuleViolationException("error.staleEdit");
        }
        if (!activity.getTermId().equals(term.id())) {
            throw new NotFoundException("activity", activityId);
        }
        var names = staff.names(user.schoolId());
        Changes changes = Changes.of().field("date", activity.getDate(), form.date())
                .field("startTime", activity.getStartTime(), form.startTime())
                .field("place", activity.getPlace(), blankToNull(form.place()))
                .field("kind", AuditText.of("research.kind." + activity.getKind()), AuditText.of("research.kind." + form.kind()))
                .field("host", names.get(activity.getHostId()), names.get(form.hostId()))
                .field("topic", activity.getTopic(), form.topic().trim());
        apply(found.group(), term, activity, form);
        audit.record("UPDATE", "ResearchActivity", activityId, changes.text(activity.getTopic()));
    }

    /** Deletes an activity with its attendance, reflections and attachments. */
    @Transactional
    public void deleteActivity(HezuoUser user, long activityId, int version) {
        ActivityInGroup found = requireLead(user, activityId);
        ResearchActivity activity = found.activity();
        if (activity.getVersion() != version) {
            throw new RuleViolationException("error.staleEdit");
        }
        attendance.deleteByActivityId(activityId);
        reflections.deleteByActivityId(activityId);
        attachments.deleteAll(activityId);
        activities.delete(activity);
        audit.record("DELETE", "ResearchActivity", activityId, AuditText.of("audit.msg.research.activity",
                found.group().getName(), activity.getDate(), AuditText.of("research.kind." + activity.getKind()),
                activity.getTopic()));
    }

    /** The activity if the person sees it: leader/admin, or a member once the plan is published. */
    @Transactional(readOnly = true)
    public ActivityInGroup requireView(HezuoUser user, long activityId) {
        ResearchActivity activity = activities.findByIdAndSchoolId(activityId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("activity", activityId));
        ResearchGroup group = access.requireView(user, activity.getGroupId());
        if (!calendarVisible(user, group, activity.getTermId())) {
            throw new AccessDeniedException("activity " + activityId);
        }
        return new ActivityInGroup(activity, group, access.canLead(user, group));
    }

    @Transactional(readOnly = true)
    public ActivityInGroup requireLead(HezuoUser user, long activityId) {
        ResearchActivity activity = activities.findByIdAndSchoolId(activityId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("activity", activityId));
        ResearchGroup group = access.requireLead(user, activity.getGroupId());
        return new ActivityInGroup(activity, group, true);
    }

    /** The next published activities of the teacher's groups, from today on. */
    @Transactional(readOnly = true)
    public List<ActivityInGroup> upcoming(HezuoUser user, int limit) {
        if (!user.isTeacher() || user.teacherId() == null) {
            return List.of();
        }
        var groups = access.groupsOfTeacher(user.teacherId()).stream().filter(ResearchGroup::isActive).toList();
        var byId = groups.stream().collect(java.util.stream.Collectors.toMap(ResearchGroup::getId, g -> g));
        if (groups.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return activities.findByGroupIdInAndDateGreaterThanEqualOrderByDateAscStartTimeAscIdAsc(byId.keySet(), today)
                .stream()
                .filter(a -> calendarVisible(user, byId.get(a.getGroupId()), a.getTermId()))
                .limit(limit)
                .map(a -> new ActivityInGroup(a, byId.get(a.getGroupId()), access.canLead(user, byId.get(a.getGroupId()))))
                .toList();
    }

    /**
     * Lessons held in the teacher's groups (公开课, 研究课 …) from {@code days} days ago up to today, newest first: what a
     * listen-class record can be prefilled from.
     */
    @Transactional(readOnly = true)
    public List<ActivityInGroup> recentLessons(HezuoUser user, int days) {
        if (!user.isTeacher() || user.teacherId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        var byId = access.groupsOfTeacher(user.teacherId()).stream()
                .collect(java.util.stream.Collectors.toMap(ResearchGroup::getId, g -> g));
        if (byId.isEmpty()) {
            return List.of();
        }
        var lessonKinds = java.util.Arrays.stream(ActivityKind.values()).filter(ActivityKind::isLesson).toList();
        return activities.findByGroupIdInAndDateGreaterThanEqualOrderByDateAscStartTimeAscIdAsc(byId.keySet(),
                        today.minusDays(days)).stream()
                .filter(a -> lessonKinds.contains(a.getKind()) && !a.getDate().isAfter(today))
                .filter(a -> calendarVisible(user, byId.get(a.getGroupId()), a.getTermId()))
                .sorted(java.util.Comparator.comparing(ResearchActivity::getDate).reversed())
                .map(a -> new ActivityInGroup(a, byId.get(a.getGroupId()), false))
                .toList();
    }

    /** Activities the teacher hosted or taught (主持 / 执教) in the term, for their portfolio. */
    @Transactional(readOnly = true)
    public List<ResearchActivity> hostedBy(long teacherId, long termId) {
        return activities.findByHostIdAndTermIdOrderByDateAscIdAsc(teacherId, termId);
    }

    /** Activities of the term the teacher attended (present or late). */
    @Transactional(readOnly = true)
    public List<ResearchActivity> attendedBy(long teacherId, long termId) {
        List<Long> ids = attendance.findByTeacherId(teacherId).stream().filter(a -> a.getStatus().attended())
                .map(Attendance::getActivityId).toList();
        return ids.isEmpty() ? List.of() : activities.findByIdInAndTermIdOrderByDateAscIdAsc(ids, termId);
    }

    private void apply(ResearchGroup group, SchoolTerm term, ResearchActivity activity, ActivityForm form) {
        if (!term.contains(form.date())) {
            throw new RuleViolationException("research.error.outsideTerm", form.date(), term.name(),
                    term.startDate(), term.endDate());
        }
        if (form.hostId() != null && !access.isMember(group.getId(), form.hostId())) {
            throw new RuleViolationException("research.error.hostNotMember");
        }
        activity.plan(form.date(), term.weekNumber(form.date()), form.startTime(), blankToNull(form.place()), form.kind(),
                form.hostId(), form.topic().trim());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
