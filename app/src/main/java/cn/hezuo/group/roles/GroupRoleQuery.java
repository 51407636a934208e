package cn.hezuo.group.roles;

import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.roster.StudentScore;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role in a class's active plan in a term week — the public question other features ask
 * (evaluation finds its student recorders with {@link #recordersForWeek}). Read only; no access checks: callers
 * check rights for what they show.
 */
@Component
public class GroupRoleQuery {

    private final GroupPlanRepository plans;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;
    private final StudentDirectory students;
    private final SubjectDirectory subjects;
    private final RoleSchemeRepository schemes;
    private final RoleOverrideRepository overrides;
    private final LeaderNominationRepository nominations;
    private final SchoolCalendar calendar;

    GroupRoleQuery(GroupPlanRepository plans, StudyGroupRepository groups, GroupMemberRepository members,
                   StudentDirectory students, SubjectDirectory subjects,
                   RoleSchemeRepository schemes, RoleOverrideRepository overrides,
                   LeaderNominationRepository nominations, SchoolCalendar calendar) {
        this.plans = plans;
        this.groups = groups;
        this.members = members;
        this.students = students;
        this.subjects = subjects;
        this.schemes = schemes;
        this.overrides = overrides;
        this.nominations = nominations;
        this.calendar = calendar;
    }

    /** The roles in the class's active plan for a term week; empty when the class has no active plan. */
    @Transactional(readOnly = true)
    public Optional<WeekRoles> rolesForWeek(long classId, int week) {
        return plans.findByClassIdAndActiveTrue(classId).map(plan -> rolesForWeek(plan, week));
    }

    /** The member's roles on a date (its term week) in their class's active plan. */
    @Transactional(readOnly = true)
    public Optional<MemberRoles> roleOf(long studentId, LocalDate date) {
        Optional<Student> student = students.find(studentId);
        if (student.isEmpty()) {
            return Optional.empty();
        }
        int week = calendar.weekOf(student.get().getSchoolId(), date);
        return rolesForWeek(student.get().getClassId(), week)
                .flatMap(r -> r.members().stream().filter(m -> m.studentId() == studentId).findFirst());
    }

    /** Students who keep their group's record in a week (记录员 / 协调记录组长), one or more per group. */
    @Transactional(readOnly = true)
    public List<MemberRoles> recordersForWeek(long classId, int week) {
        return rolesForWeek(classId, week).map(r -> r.members().stream().filter(MemberRoles::isRecorder).toList())
                .orElse(List.of());
    }

    /**
     * The group's leader (组长 / 行政组长): the latest confirmed 组长 nomination, else member no. 1 (member numbers are
     * drawn at random, so the default leader says nothing about scores).
     */
    @Transactional(readOnly = true)
    public Optional<Long> leaderOf(long planId, long groupId) {
        Optional<Long> confirmed = nominations.findByPlanIdAndConfirmedTrueOrderByIdAsc(planId).stream()
                .filter(n -> n.getGroupId().equals(groupId) && n.getSubjectId() == null)
                .reduce((a, b) -> b).map(LeaderNomination::getNomineeId);
        if (confirmed.isPresent()) {
            return confirmed;
        }
        return members.findByGroupIdOrderByMemberNoAsc(groupId).stream().findFirst().map(GroupMember::getStudentId);
    }

    @Transactional(readOnly = true)
    public WeekRoles rolesForWeek(GroupPlan plan, int week) {
        RoleScheme scheme = schemes.findByClassId(plan.getClassId())
                .orElseGet(() -> new RoleScheme(plan.getSchoolId(), plan.getClassId()));
        List<StudyGroup> groupList = groups.findByPlanIdOrderByNumberAsc(plan.getId());
        List<GroupMember> all = members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.getId());
        Map<Long, String> names = new HashMap<>();
        students.findAll(all.stream().map(GroupMember::getStudentId).toList())
                .forEach(s -> names.put(s.getId(), s.getName()));
        Map<Long, String> overridden = new HashMap<>();
        overrides.findByPlanIdAndWeekOrderByIdAsc(plan.getId(), week)
                .forEach(o -> overridden.put(o.getStudentId(), o.getRole()));
        Leadership leadership = scheme.getKind() == SchemeKind.LEADERSHIP ? leadership(plan, all) : null;
        List<MemberRoles> result = new ArrayList<>();
        for (StudyGroup group : groupList) {
            List<GroupMember> mates = all.stream().filter(m -> m.getGroupId().equals(group.getId()))
                    .sorted(Comparator.comparingInt(GroupMember::getMemberNo)).toList();
            List<List<AssignedRole>> roles = leadership == null
                    ? rotating(mates.size(), scheme, week)
                    : leadership.rolesOf(group.getId(), mates);
            for (int i = 0; i < mates.size(); i++) {
                GroupMember m = mates.get(i);
                List<AssignedRole> held = overridden.containsKey(m.getStudentId())
                        ? List.of(new AssignedRole(AssignedRole.Kind.OVERRIDE, overridden.get(m.getStudentId()), null))
                        : roles.get(i);
                result.add(new MemberRoles(m.getStudentId(), names.getOrDefault(m.getStudentId(), ""), group.getId(),
                        group.getNumber(), m.getMemberNo(), held));
            }
        }
        return new WeekRoles(plan.getId(), week, scheme.getKind(), scheme.getPeriodWeeks(), result);
    }

    private static List<List<AssignedRole>> rotating(int size, RoleScheme scheme, int week) {
        int period = RoleRotation.period(week, scheme.getPeriodWeeks());
        return RoleRotation.assign(size, scheme.getRoleList(), period).stream()
                .map(list -> list.stream().map(AssignedRole::functional).toList()).toList();
    }

    private Leadership leadership(GroupPlan plan, List<GroupMember> all) {
        List<Subject> subjectList = subjects.activeOfSchool(plan.getSchoolId());
        Map<Long, Map<Long, Double>> byStudent = new HashMap<>();
        List<StudentScore> rows = all.isEmpty() ? List.of()
                : students.priorScores(all.stream().map(GroupMember::getStudentId).toList());
        rows.forEach(s -> byStudent.computeIfAbsent(s.getStudentId(), id -> new HashMap<>())
                .put(s.getSubjectId(), s.getScore().doubleValue()));
        List<Subject> scored = subjectList.stream()
                .filter(s -> rows.stream().anyMatch(r -> r.getSubjectId().equals(s.getId()))).toList();
        return new Leadership(plan.getId(), scored, byStudent,
                nominations.findByPlanIdAndConfirmedTrueOrderByIdAsc(plan.getId()));
    }

    /** The leadership scheme of one plan: confirmed nominations first, defaults from prior scores for the rest. */
    private final class Leadership {
        private final long planId;
        private final List<Subject> subjects;
        private final Map<Long, Map<Long, Double>> scores;
        private final List<LeaderNomination> confirmed;

        Leadership(long planId, List<Subject> subjects, Map<Long, Map<Long, Double>> scores,
                   List<LeaderNomination> confirmed) {
            this.planId = planId;
            this.subjects = subjects;
            this.scores = scores;
            this.confirmed = confirmed;
        }

        List<List<AssignedRole>> rolesOf(long groupId, List<GroupMember> mates) {
            List<Long> ids = mates.stream().map(GroupMember::getStudentId).toList();
            List<List<AssignedRole>> roles = new ArrayList<>();
            ids.forEach(id -> roles.add(new ArrayList<>()));
            if (ids.isEmpty()) {
                return roles;
            }
            long leader = leaderOf(planId, groupId).filter(ids::contains).orElse(ids.get(0));
            roles.get(ids.indexOf(leader)).add(new AssignedRole(AssignedRole.Kind.GROUP_LEADER, null, null));
            Map<Long, Long> fixed = new LinkedHashMap<>();
            confirmed.stream().filter(n -> n.getGroupId().equals(groupId) && n.getSubjectId() != null
                    && ids.contains(n.getNomineeId())).forEach(n -> fixed.put(n.getSubjectId(), n.getNomineeId()));
            Map<Long, Long> chosen = SubjectLeaderChoice.choose(ids, subjects.stream().map(Subject::getId).toList(),
                    (member, subject) -> scores.getOrDefault(member, Map.of()).getOrDefault(subject, Double.NaN), fixed);
            Map<Long, Integer> load = new HashMap<>();
            for (Subject subject : subjects) {
                Long member = chosen.get(subject.getId());
                if (member != null) {
                    roles.get(ids.indexOf(member)).add(new AssignedRole(AssignedRole.Kind.SUBJECT_LEADER,
                            subject.getName(), subject.getId()));
                    load.merge(member, 1, Integer::sum);
                }
            }
            // 协调记录组长: someone other than the 行政组长 carrying the fewest other duties (the last number on ties),
            // so leadership is shared rather than piled on the strongest students.
            ids.stream().filter(id -> id != leader || ids.size() == 1)
                    .min(Comparator.<Long>comparingInt(id -> load.getOrDefault(id, 0))
                            .thenComparing(Comparator.comparingInt(ids::indexOf).reversed()))
                    .ifPresent(id -> roles.get(ids.indexOf(id))
                            .add(new AssignedRole(AssignedRole.Kind.RECORDER_LEADER, null, null)));
            return roles;
        }
    }
}
