package cn.hezuo.school;

/**
 * How many students a class or school has, for the admin pages and the teacher's home page. Implemented by the roster
 * feature, which depends on school; this interface keeps school (and teacher) from depending back on it.
 */
public interface Enrolment {

    long activeStudentsOfClass(long classId);

    long activeStudentsOfSchool(long schoolId);
}
