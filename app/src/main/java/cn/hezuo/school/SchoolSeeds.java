package cn.hezuo.school;

import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school feature's part of seeding a fresh database (the demo school): writes rows as given, in the seeder's
 * transaction, without the checks and audit lines of {@link SchoolSetupService}. Only the demo calls it. A seeded class
 * still announces {@link ClassCreated}, so it starts with what every new class gets (evaluation's default items).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class SchoolSeeds {

    private final SchoolRepository schools;
    private final GradeRepository grades;
    private final SubjectRepository subjects;
    private final SchoolClassRepository classes;
    private final TermRepository terms;
    private final ApplicationEventPublisher events;
    private final TermPeriodRepository periods;

    SchoolSeeds(SchoolRepository schools, GradeRepository grades, SubjectRepository subjects,
                SchoolClassRepository classes, TermRepository terms, ApplicationEventPublisher events, TermPeriodRepository periods) {
        this.periods = periods;
        this.terms = terms;
        this.events = events;
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

    public Term term(Term term) {
        return terms.save(term);
    }

    /** A holiday or exam week inside a term, without the admin's checks (the demo's dates are known good). */
    public void period(Term term, TermPeriodKind kind, String name, java.time.LocalDate start, java.time.LocalDate end) {
        java.time.LocalDate from = start.isBefore(term.getStartDate()) ? term.getStartDate() : start;
        java.time.LocalDate to = end.isAfter(term.getEndDate()) ? term.getEndDate() : end;
        periods.save(new TermPeriod(term.getSchoolId(), term.getId(), kind, name, from, to));
    }

    public SchoolClass schoolClass(long schoolId, long gradeId, String name, Long headTeacherId) {
        SchoolClass schoolClass = classes.save(new SchoolClass(schoolId, gradeId, name, headTeacherId));
        events.publishEvent(new ClassCreated(schoolId, schoolClass.getId(), name, Locale.SIMPLIFIED_CHINESE));
        return schoolClass;
    }
}
