package cn.hezuo.teacher;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher feature's part of seeding a fresh database (the demo school): teachers and teaching assignments as
 * given, in the seeder's transaction, without the checks and audit lines of {@link TeacherService}. Only the demo
 * calls it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class TeacherSeeds {

    private final TeacherRepository teachers;
    private final TeachingAssignmentRepository assignments;

    TeacherSeeds(TeacherRepository teachers, TeachingAssignmentRepository assignments) {
        this.teachers = teachers;
        this.assignments = assignments;
    }

    public Teacher teacher(long schoolId, String name, String staffNo, long accountId) {
        Teacher teacher = new Teacher(schoolId, name, staffNo, null);
        teacher.setAccountId(accountId);
        return teachers.save(teacher);
    }

    public TeachingAssignment assign(long schoolId, long classId, long teacherId, long subjectId) {
        return assignments.save(new TeachingAssignment(schoolId, classId, teacherId, subjectId));
    }
}
