package cn.hezuo.group;

import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.roster.StudentScoreRepository;
import cn.hezuo.school.SubjectRepository;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a class's active students with their prior scores for grouping (two queries). */
@Component
class ClassGroupingInputs {

    private final StudentRepository students;
    private final StudentScoreRepository scores;
    private final SubjectRepository subjects;

    ClassGroupingInputs(StudentRepository students, StudentScoreRepository scores, SubjectRepository subjects) {
        this.students = students;
        this.scores = scores;
        this.subjects = subjects;
    }

    @Transactional(readOnly = true)
    ClassGroupingInput load(long schoolId, long classId) {
        List<Student> roster = students.findByClassIdAndActiveTrueOrderByStudentNoAsc(classId);
        return new ClassGroupingInput(roster, subjects.findBySchoolIdAndActiveTrueOrderBySortOrderAscIdAsc(schoolId),
                roster.isEmpty() ? List.of() : scores.findByStudentIdIn(roster.stream().map(Student::getId).toList()));
    }
}
