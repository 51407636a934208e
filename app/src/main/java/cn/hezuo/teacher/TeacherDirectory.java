package cn.hezuo.teacher;

import cn.hezuo.account.AccountLink;
import cn.hezuo.account.Role;
import cn.hezuo.school.Teaching;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher feature's public read side for other features: teachers and their teaching assignments (任课). Other
 * features never use this feature's repositories (ModuleStructureTest); they ask here.
 */
@Service
@Transactional(readOnly = true)
public class TeacherDirectory implements Teaching, AccountLink {

    private final TeacherRepository teachers;
    private final TeachingAssignmentRepository assignments;

    TeacherDirectory(TeacherRepository teachers, TeachingAssignmentRepository assignments) {
        this.teachers = teachers;
        this.assignments = assignments;
    }

    public Optional<Teacher> find(Long teacherId) {
        return teachers.findById(teacherId);
    }

    /** The teacher only if they belong to that school. */
    public Optional<Teacher> findInSchool(Long teacherId, Long schoolId) {
        return teachers.findByIdAndSchoolId(teacherId, schoolId);
    }

    public Optional<Teacher> byAccount(Long accountId) {
        return teachers.findByAccountId(accountId);
    }

    /** The school's teachers, oldest first. */
    public List<Teacher> ofSchool(Long schoolId) {
        return teachers.findBySchoolIdOrderByIdAsc(schoolId);
    }

    /** A teacher's assignments, oldest first. */
    public List<TeachingAssignment> assignmentsOf(Long teacherId) {
        return assignments.findByTeacherIdOrderByIdAsc(teacherId);
    }

    @Override
    public List<TeacherName> teachersOf(long schoolId) {
        return teachers.findBySchoolIdOrderByIdAsc(schoolId).stream()
                .map(t -> new TeacherName(t.getId(), t.getName())).toList();
    }

    @Override
    public boolean isTeacherOf(long schoolId, long teacherId) {
        return teachers.findByIdAndSchoolId(teacherId, schoolId).isPresent();
    }

    @Override
    public boolean teaches(long teacherId, long classId) {
        return assignments.existsByClassIdAndTeacherId(classId, teacherId);
    }

    @Override
    public java.util.Set<Long> classesTaughtBy(long teacherId) {
        return assignments.findByTeacherIdOrderByIdAsc(teacherId).stream().map(TeachingAssignment::getClassId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public Role role() {
        return Role.TEACHER;
    }

    @Override
    public Optional<Holder> holderOf(long accountId) {
        return teachers.findByAccountId(accountId).map(t -> new Holder(t.getId(), true));
    }
}
