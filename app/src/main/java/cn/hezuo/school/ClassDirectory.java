package cn.hezuo.school;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school feature's public read side for other features: schools, grades and classes. Other features never
 * use this feature's repositories (ModuleStructureTest); they ask here.
 */
@Service
@Transactional(readOnly = true)
public class ClassDirectory {

    private final SchoolRepository schools;
    private final GradeRepository grades;
    private final SchoolClassRepository classes;

    ClassDirectory(SchoolRepository schools, GradeRepository grades, SchoolClassRepository classes) {
        this.schools = schools;
        this.grades = grades;
        this.classes = classes;
    }

    public Optional<School> school(Long schoolId) {
        return schools.findById(schoolId);
    }

    public boolean anySchool() {
        return schools.count() > 0;
    }

    public Optional<Grade> grade(Long gradeId) {
        return grades.findById(gradeId);
    }

    /** Grades of a school in their order. */
    public List<Grade> grades(Long schoolId) {
        return grades.findBySchoolIdOrderBySortOrderAscIdAsc(schoolId);
    }

    public Optional<SchoolClass> find(Long classId) {
        return classes.findById(classId);
    }

    /** The class only if it belongs to that school. */
    public Optional<SchoolClass> findInSchool(Long classId, Long schoolId) {
        return classes.findByIdAndSchoolId(classId, schoolId);
    }

    /** Classes of a school by grade, then name. */
    public List<SchoolClass> ofSchool(Long schoolId) {
        return classes.findBySchoolIdOrderByGradeIdAscNameAsc(schoolId);
    }

    /** Classes whose head teacher (班主任) is this teacher, by name. */
    public List<SchoolClass> headedBy(Long teacherId) {
        return classes.findByHeadTeacherIdOrderByNameAsc(teacherId);
    }

    /** These classes, by name. */
    public List<SchoolClass> byIds(Collection<Long> classIds) {
        return classes.findByIdInOrderByNameAsc(classIds);
    }
}
