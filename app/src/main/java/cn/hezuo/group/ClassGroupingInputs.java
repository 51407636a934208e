package cn.hezuo.group;

import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.SubjectDirectory;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a class's active students with their prior scores for grouping (two queries). */
@Component
class ClassGroupingInputs {

    private final StudentDirectory students;
    private final SubjectDirectory subjects;

    ClassGroupingInputs(StudentDirectory students, SubjectDirectory subjects) {
        this.students = students;
        this.subjects = subjects;
    }

    @Transactional(readOnly = true)
    ClassGroupingInput load(long schoolId, long classId) {
        List<Student> roster = students.activeOfClass(classId);
        return new ClassGroupingInput(roster, subjects.activeOfSchool(schoolId),
                roster.isEmpty() ? List.of() : students.priorScores(roster.stream().map(Student::getId).toList()));
    }
}
