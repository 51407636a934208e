package cn.hezuo.school;

import java.util.List;

/**
 * What the school feature needs to know of its teachers: who they are and who teaches which class. Implemented by
 * the teacher feature, which depends on school (a teaching assignment names a class and a subject); this interface
 * keeps school from depending back on it.
 */
public interface Teaching {

    /** A teacher as classes show them. */
    record TeacherName(long id, String name) {
    }

    /** The school's teachers, oldest first. */
    List<TeacherName> teachersOf(long schoolId);

    boolean isTeacherOf(long schoolId, long teacherId);

    /** Whether the teacher has a teaching assignment (任课) in the class. */
    boolean teaches(long teacherId, long classId);

    /** The classes the teacher has a teaching assignment in (one query, for lists of classes). */
    java.util.Set<Long> classesTaughtBy(long teacherId);
}
