package cn.hezuo.school;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school feature's part of seeding a fresh database (the demo school): writes rows as given, in the seeder's
 * transaction, without the checks and audit lines of {@link SchoolSetupService}. Only the demo calls it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class SchoolSeeds {

    private final SchoolRepository schools;
    private final GradeRepository grades;
    private final SubjectRepository subjects;
    private final SchoolClassRepository classes;

    SchoolSeeds(SchoolRepository schools, GradeRepository grades, SubjectRepository subjects,
                SchoolClassRepository classes) {
        this.schools = schools;
        this.grades = grades;
        this.subjects = subjects;
        this.classes = classes;
    }

    public School school(String name) {
        return schools.save(new School(name));
    }

    public Subject subject(long schoolId, String name, int sortOrder) {
        return subjects.save(new Subject(schoolId, name, sortOrder));
    }

    public Grade grade(long schoolId, String name, int sortOrder) {
        return grades.save(new Grade(schoolId, name, sortOrder));
    }

    public SchoolClass schoolClass(long schoolId, long gradeId, String name, Long headTeacherId) {
        return classes.save(new SchoolClass(schoolId, gradeId, name, headTeacherId));
    }
}
