package cn.hezuo.group.roles;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.roster.Student;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The class's role scheme and its hand overrides, and choosing leaders: the head teacher opens a nomination window,
 * students nominate themselves or a group-mate, the head teacher confirms.
 */
@Service
public class RoleSchemeService {

    static final int MAX_ROLES = 10;
    static final int MAX_ROLE_LENGTH = 10;
    static final int MAX_PERIOD_WEEKS = 4;

    private final RoleSchemeRepository schemes;
    private final RoleOverrideRepository overrides;
    private final LeaderNominationRepository nominations;
    private final GroupMemberRepository members;
    private final SubjectDirectory subjects;
    private final GroupLifeAccess groupAccess;
    private final ClassAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    RoleSchemeService(RoleSchemeRepository schemes, RoleOverrideRepository overrides,
                      LeaderNominationRepository nominations, GroupMemberRepository members, SubjectDirectory subjects,
                      GroupLifeAccess groupAccess, ClassAccess access, AuditTrail audit, Clock clock) {
        this.schemes = schemes;
        this.overrides = overrides;
        this.nominations = nominations;
        this.members = members;
        this.subjects = subjects;
        this.groupAccess = groupAccess;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The class's scheme; the default (rotating, five roles, every week) until the head teacher changes it. */
    @Transactional(readOnly = true)
    public RoleScheme schemeOf(long schoolId, long classId) {
        return schemes.findByClassId(classId).orElseGet(() -> new RoleScheme(schoolId, classId));
    }

    @Transactional
    public void updateScheme(HezuoUser user, long classId, SchemeKind kind, String roleText, int periodWeeks,
                             Integer seenVersion) {
        access.requireManage(user, classId);
        List<String> roles = parseRoles(roleText);
        if (roles.isEmpty() || roles.size() > MAX_ROLES || roles.stream().anyMatch(r -> r.length() > MAX_ROLE_LENGTH)) {
            throw new RuleViolationException("grouplife.error.roles", MAX_ROLES, MAX_ROLE_LENGTH);
        }
        if (periodWeeks < 1 || periodWeeks > MAX_PERIOD_WEEKS) {
            throw new RuleViolationException("grouplife.error.period", MAX_PERIOD_WEEKS);
        }
        RoleScheme scheme = stored(user, classId);
        if (seenVersion != null && !scheme.isNew() && seenVersion != scheme.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(RoleScheme.class, classId);
        }
        AuditText before = AuditText.of("audit.msg.roles.schemeText", AuditText.of("audit.value." + scheme.getKind()),
                String.join("、", scheme.getRoleList()), scheme.getPeriodWeeks());
        scheme.update(kind, roles, periodWeeks);
        schemes.save(scheme);
        audit.record("UPDATE", "RoleScheme", classId, AuditText.of("audit.msg.roles.scheme", before,
                AuditText.of("audit.msg.roles.schemeText", AuditText.of("audit.value." + kind),
                        String.join("、", roles), periodWeeks)));
    }

    /** Gives one member a role by hand for one week of the active plan; a blank role removes the override. */
    @Transactional
    public void override(HezuoUser user, long classId, int week, long studentId, String role) {
        access.requireManage(user, classId);
        GroupPlan plan = groupAccess.activePlan(classId);
        members.findByPlanIdAndStudentId(plan.getId(), studentId).orElseThrow(() -> new NotFoundException("member", studentId));
        if (week < 1 || week > SchoolCalendar.MAX_WEEK) {
            throw new RuleViolationException("grouplife.error.week");
        }
        String text = role == null ? "" : role.strip();
        if (text.length() > 30) {
            throw new RuleViolationException("grouplife.error.roleLength", 30);
        }
        var existing = overrides.findByPlanIdAndStudentIdAndWeek(plan.getId(), studentId, week);
        if (text.isEmpty()) {
            existing.ifPresent(overrides::delete);
        } else if (existing.isPresent()) {
            existing.get().setRole(text);
        } else {
            overrides.save(new RoleOverride(plan.getSchoolId(), plan.getId(), studentId, week, text,
                    user.getUsername(), clock.instant()));
        }
        audit.record("OVERRIDE", "RoleOverride", studentId, AuditText.of("audit.msg.roles.override", plan.getId(), week,
                text.isEmpty() ? AuditText.of("audit.msg.roles.overrideRemoved") : text));
    }

    @Transactional
    public void setNominationsOpen(HezuoUser user, long classId, boolean open) {
        access.requireManage(user, classId);
        RoleScheme scheme = stored(user, classId);
        scheme.setNominationsOpen(open);
        schemes.save(scheme);
        audit.record(open ? "OPEN" : "CLOSE", "LeaderNominations", classId, AuditText.of("audit.msg.roles.window"));
    }

    /** A student nominates themself (毛遂自荐) or a group-mate, while the window is open. */
    @Transactional
    public void nominate(HezuoUser user, long groupId, long nomineeId, Long subjectId) {
        Student me = groupAccess.requireStudent(user);
        GroupContext context = groupAccess.requireRead(user, groupId);
        if (!schemeOf(user.schoolId(), context.plan().getClassId()).isNominationsOpen()) {
            throw new RuleViolationException("grouplife.error.nominationsClosed");
        }
        members.findByPlanIdAndStudentId(context.plan().getId(), nomineeId).filter(m -> m.getGroupId().equals(groupId))
                .orElseThrow(() -> new NotFoundException("member", nomineeId));
        if (subjectId != null) {
            subjects.findInSchool(subjectId, user.schoolId()).orElseThrow(() -> new NotFoundException("subject", subjectId));
        }
        boolean duplicate = nominations.findByPlanIdOrderByGroupIdAscIdAsc(context.plan().getId()).stream()
                .anyMatch(n -> n.getNominatorId().equals(me.getId()) && n.getNomineeId().equals(nomineeId)
                        && java.util.Objects.equals(n.getSubjectId(), subjectId));
        if (duplicate) {
            throw new RuleViolationException("grouplife.error.nominatedAlready");
        }
        LeaderNomination saved = nominations.save(new LeaderNomination(user.schoolId(), context.plan().getId(), groupId,
                nomineeId, me.getId(), subjectId, clock.instant()));
        audit.record("NOMINATE", "LeaderNomination", saved.getId(), subjectId == null
                ? AuditText.of("audit.msg.roles.nominateLeader", me.getId(), nomineeId)
                : AuditText.of("audit.msg.roles.nominateSubject", me.getId(), nomineeId, subjectId));
    }

    /** The head teacher confirms (or withdraws) a nomination; a confirmed one feeds the leadership scheme. */
    @Transactional
    public long confirm(HezuoUser user, long nominationId, boolean confirmed) {
        LeaderNomination nomination = nominations.findById(nominationId)
                .filter(n -> n.getSchoolId().equals(user.schoolId()))
                .orElseThrow(() -> new NotFoundException("nomination", nominationId));
        GroupContext context = groupAccess.requireRead(user, nomination.getGroupId());
        if (!context.canManage()) {
            throw new AccessDeniedException("nomination " + nominationId);
        }
        if (confirmed) {
            // One confirmed leader per post and group: confirming replaces an earlier confirmation.
            nominations.findByPlanIdAndConfirmedTrueOrderByIdAsc(nomination.getPlanId()).stream()
                    .filter(n -> n.getGroupId().equals(nomination.getGroupId())
                            && java.util.Objects.equals(n.getSubjectId(), nomination.getSubjectId()))
                    .forEach(n -> n.setConfirmed(false));
        }
        nomination.setConfirmed(confirmed);
        audit.record(confirmed ? "CONFIRM" : "UNCONFIRM", "LeaderNomination", nominationId,
                AuditText.of("audit.msg.roles.nominee", nomination.getNomineeId()));
        return context.plan().getClassId();
    }

    private RoleScheme stored(HezuoUser user, long classId) {
        return schemes.findByClassId(classId).orElseGet(() -> new RoleScheme(user.schoolId(), classId));
    }

    static List<String> parseRoles(String text) {
        if (text == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split("[,，、|\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()));
    }
}
