package cn.hezuo.mutualhelp;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.KnowledgePointService;
import cn.hezuo.group.PlanGroupsQuery;
import cn.hezuo.group.roles.AssignedRole;
import cn.hezuo.group.roles.GroupRoleQuery;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.roster.RosterQuery;
import cn.hezuo.roster.RosterRow;
import cn.hezuo.roster.Student;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.Subject;
import cn.hezuo.system.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything mutual help reads from other features, in one place and only through their public queries (roster,
 * group roles, subjects, knowledge points). Returns ids and names only: no scores or tiers ever pass through here.
 */
@Component
public class People {

    /** A student's group this week: its id and number (empty when the class has no active plan or they are in none). */
    public record Placement(long groupId, int groupNo) {
    }

    private final RosterQuery roster;
    private final GroupRoleQuery roles;
    private final PlanGroupsQuery plans;
    private final SchoolSetupService school;
    private final KnowledgePointService knowledgePoints;
    private final SchoolCalendar calendar;

    People(RosterQuery roster, GroupRoleQuery roles, PlanGroupsQuery plans, SchoolSetupService school,
           KnowledgePointService knowledgePoints, SchoolCalendar calendar) {
        this.roster = roster;
        this.roles = roles;
        this.plans = plans;
        this.school = school;
        this.knowledgePoints = knowledgePoints;
        this.calendar = calendar;
    }

    /** The signed-in student; anyone else is refused (403). */
    @Transactional(readOnly = true)
    public Student requireStudent(HezuoUser user) {
        if (!user.isStudent() || user.studentId() == null) {
            throw new AccessDeniedException("student page");
        }
        return roster.student(user.studentId()).filter(s -> s.getSchoolId() == user.schoolId())
                .orElseThrow(() -> new NotFoundException("student", user.studentId()));
    }

    @Transactional(readOnly = true)
    public Optional<Student> student(long studentId) {
        return roster.student(studentId);
    }

    /** This week's roles of the class's active plan (empty without one). */
    @Transactional(readOnly = true)
    public Optional<WeekRoles> rolesThisWeek(long schoolId, long classId) {
        return roles.rolesForWeek(classId, calendar.currentWeek(schoolId));
    }

    @Transactional(readOnly = true)
    public Optional<Placement> placement(Student student) {
        return rolesThisWeek(student.getSchoolId(), student.getClassId()).flatMap(r -> r.members().stream()
                .filter(m -> m.studentId() == student.getId()).findFirst())
                .map(m -> new Placement(m.groupId(), m.groupNumber()));
    }

    /**
     * Who collects a group's questions in a subject: the group's 学科组长 for it this week (leadership scheme), else the
     * group's 组长 (行政组长, or the confirmed/first member of a rotating scheme).
     */
    @Transactional(readOnly = true)
    public Optional<Long> questionCollector(long schoolId, long classId, long groupId, long subjectId) {
        Optional<WeekRoles> week = rolesThisWeek(schoolId, classId);
        if (week.isEmpty()) {
            return Optional.empty();
        }
        List<MemberRoles> group = week.get().group(groupId);
        Optional<Long> subjectLeader = holder(group, AssignedRole.Kind.SUBJECT_LEADER, subjectId);
        if (subjectLeader.isPresent()) {
            return subjectLeader;
        }
        Optional<Long> leader = holder(group, AssignedRole.Kind.GROUP_LEADER, null);
        return leader.isPresent() ? leader : roles.leaderOf(week.get().planId(), groupId)
                .filter(id -> group.stream().anyMatch(m -> m.studentId() == id));
    }

    private static Optional<Long> holder(List<MemberRoles> group, AssignedRole.Kind kind, Long subjectId) {
        return group.stream().filter(m -> m.roles().stream().anyMatch(r -> r.kind() == kind
                        && (subjectId == null || subjectId.equals(r.subjectId()))))
                .map(MemberRoles::studentId).findFirst();
    }

    /** The group numbers of the class's active plan, by group id, in number order. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> groupNumbers(long schoolId, long classId) {
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        rolesThisWeek(schoolId, classId).ifPresent(r -> r.members().forEach(m -> numbers.putIfAbsent(m.groupId(),
                m.groupNumber())));
        return numbers;
    }

    /** Names of the class's active students by id, in 学号 order. */
    @Transactional(readOnly = true)
    public Map<Long, String> classNames(long classId) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (RosterRow row : roster.roster(classId, false, RosterQuery.SortOrder.STUDENT_NO)) {
            names.put(row.student().getId(), row.student().getName());
        }
        return names;
    }

    /** The class's active students in 学号 order (names, 学号, gender; never their scores). */
    @Transactional(readOnly = true)
    public List<Student> classStudents(long classId) {
        return roster.roster(classId, false, RosterQuery.SortOrder.STUDENT_NO).stream().map(RosterRow::student).toList();
    }

    @Transactional(readOnly = true)
    public List<Subject> subjects(long schoolId) {
        return school.activeSubjects(schoolId);
    }

    @Transactional(readOnly = true)
    public Subject requireSubject(long schoolId, long subjectId) {
        return subjects(schoolId).stream().filter(s -> s.getId() == subjectId).findFirst()
                .orElseThrow(() -> new NotFoundException("subject", subjectId));
    }

    @Transactional(readOnly = true)
    public List<String> knowledgePoints(long schoolId, long subjectId) {
        return knowledgePoints.names(schoolId, subjectId);
    }

    /** Whether the class has an active grouping plan. */
    @Transactional(readOnly = true)
    public boolean hasGroups(long classId) {
        return plans.activePlan(classId).isPresent();
    }
}
