package cn.hezuo.family;

import cn.hezuo.commendation.Certificate;
import cn.hezuo.group.MyGroup;
import cn.hezuo.home.StudentProgress;
import cn.hezuo.roster.Student;
import cn.hezuo.school.SchoolClass;
import java.util.List;

/**
 * What a parent sees of one child: exactly the child's own view — their group and role this week, their own points
 * and their group's total, their certificates, their exam results with the grade band (as on the child's 我的成绩, never
 * a rank) — plus the class's notices. Never a classmate's numbers, tiers or ranks.
 */
record ChildView(Student student, SchoolClass schoolClass, MyGroup group, StudentProgress progress,
                 List<Certificate> certificates, List<NoticeLine> notices, List<ChildExam> exams) {
}
