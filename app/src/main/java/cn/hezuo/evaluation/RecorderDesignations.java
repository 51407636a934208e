package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.group.roles.GroupRoleQuery;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.RuleViolationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who records points for the class (学习委员) and for each group (记录员): the teacher's designations, plus the
 * students whose group role this week is 记录员 or 协调记录组长 (issue 4), as recorders of their own group. A
 * teacher's designation for a group wins over the role, so a teacher can always pick someone else.
 */
@Service
class RecorderDesignations {

    private final EvalRecorderRepository recorders;
    private final EvalSettingsRepository settings;
    private final ClassGroupsQuery groups;
    private final StudentDirectory students;
    private final ClassAccess access;
    private final AuditTrail audit;
    private final GroupRoleQuery roles;
    private final SchoolCalendar calendar;

    RecorderDesignations(EvalRecorderRepository recorders, EvalSettingsRepository settings, ClassGroupsQuery groups, StudentDirectory students,
                         ClassAccess access, AuditTrail audit, GroupRoleQuery roles, SchoolCalendar calendar) {
        this.roles = roles;
        this.calendar = calendar;
        this.recorders = recorders;
        this.settings = settings;
        this.groups = groups;
        this.students = students;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<EvalRecorder> of(long classId) {
        return recorders.findByClassIdOrderByIdAsc(classId);
    }

    @Transactional(readOnly = true)
    public Optional<EvalRecorder> find(long classId, long studentId) {
        return recorders.findByClassIdAndStudentId(classId, studentId);
    }

    /** Whether this student may record points now (a recorder this week, and their class allows student recording). */
    @Transactional(readOnly = true)
    public boolean mayRecord(cn.hezuo.roster.Student student) {
        return student.isActive() && settings.findByClassId(student.getClassId())
                .map(EvalSettings::isStudentRecording).orElse(false)
                && recorderOf(student.getSchoolId(), student.getClassId(), student.getId()).isPresent();
    }

    /** This student as a recorder of the class this week (designation or role), if they are one. */
    @Transactional(readOnly = true)
    public Optional<ActiveRecorder> recorderOf(long schoolId, long classId, long studentId) {
        return thisWeek(schoolId, classId).stream().filter(r -> r.studentId() == studentId).findFirst();
    }

    /** Everyone who records this (term) week: the designations first, then role holders of groups without one. */
    @Transactional(readOnly = true)
    public List<ActiveRecorder> thisWeek(long schoolId, long classId) {
        return forWeek(classId, calendar.currentWeek(schoolId));
    }

    @Transactional(readOnly = true)
    public List<ActiveRecorder> forWeek(long classId, int week) {
        List<ActiveRecorder> result = new ArrayList<>();
        Set<Long> designatedStudents = new HashSet<>();
        Set<Long> designatedGroups = new HashSet<>();
        for (EvalRecorder r : recorders.findByClassIdOrderByIdAsc(classId)) {
            result.add(new ActiveRecorder(r.getStudentId(), r.getScope(), r.getGroupId(), ActiveRecorder.Source.DESIGNATION));
            designatedStudents.add(r.getStudentId());
            if (r.getGroupId() != null) {
                designatedGroups.add(r.getGroupId());
            }
        }
        for (MemberRoles m : roles.recordersForWeek(classId, week)) {
            if (!designatedGroups.contains(m.groupId()) && designatedStudents.add(m.studentId())) {
                result.add(new ActiveRecorder(m.studentId(), RecorderScope.GROUP, m.groupId(), ActiveRecorder.Source.ROLE));
            }
        }
        return result;
    }

    /**
     * Replaces the class's designations: {@code classRecorder} (may be null) and, per group id of the
     * active plan, one member of that group (a missing entry leaves the group without a recorder).
     */
    @Transactional
    public void designate(HezuoUser user, long classId, Long classRecorder, Map<Long, Long> groupRecorders) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        ClassGroups current = groups.of(classId);
        recorders.deleteByClassId(classId);
        recorders.flush();
        List<AuditText> summary = new ArrayList<>();
        if (classRecorder != null) {
            requireInClass(classId, classRecorder);
            recorders.save(new EvalRecorder(schoolClass.getSchoolId(), classId, classRecorder, RecorderScope.CLASS, null));
            summary.add(AuditText.of("audit.msg.eval.classRecorder", classRecorder));
        }
        groupRecorders.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Long groupId = entry.getKey();
            Long studentId = entry.getValue();
            if (studentId == null || studentId.equals(classRecorder)) {
                return; // the 学习委员 already records for every group
            }
            if (current.group(groupId).isEmpty() || !groupId.equals(current.groupOf(studentId))) {
                throw new RuleViolationException("evaluation.error.recorderNotInGroup");
            }
            recorders.save(new EvalRecorder(schoolClass.getSchoolId(), classId, studentId, RecorderScope.GROUP, groupId));
            summary.add(AuditText.of("audit.msg.eval.groupRecorder", groupId, studentId));
        });
        audit.record("UPDATE", "EvalRecorder", classId, AuditText.of("audit.msg.eval.recorders", schoolClass.getName(),
                summary.isEmpty() ? AuditText.of("audit.value.none") : AuditText.list(summary)));
    }

    private void requireInClass(long classId, long studentId) {
        boolean inClass = students.find(studentId).filter(s -> s.getClassId() == classId && s.isActive()).isPresent();
        if (!inClass) {
            throw new RuleViolationException("evaluation.error.recorderNotInGroup");
        }
    }
}
