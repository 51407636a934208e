package cn.hezuo.roster;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster's part of seeding a fresh database (the demo school): students and prior scores as given, in the
 * seeder's transaction, without the checks and audit lines of {@link RosterService}. Only the demo calls it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class RosterSeeds {

    private final StudentRepository students;
    private final StudentScoreRepository scores;

    RosterSeeds(StudentRepository students, StudentScoreRepository scores) {
        this.students = students;
        this.scores = scores;
    }

    /** Saves a student the seeder built (personality, account already set). */
    public Student student(Student student) {
        return students.save(student);
    }

    public StudentScore priorScore(long studentId, long subjectId, BigDecimal score) {
        return scores.save(new StudentScore(studentId, subjectId, score));
    }
}
