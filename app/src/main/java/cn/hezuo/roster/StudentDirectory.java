package cn.hezuo.roster;

import cn.hezuo.account.AccountLink;
import cn.hezuo.account.Role;
import cn.hezuo.school.Enrolment;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster's public read side for other features: students and their prior scores. Other features never use the
 * roster's repositories (ModuleStructureTest); they ask here.
 */
@Service
@Transactional(readOnly = true)
public class StudentDirectory implements Enrolment, AccountLink {

    private final StudentRepository students;
    private final StudentScoreRepository scores;

    StudentDirectory(StudentRepository students, StudentScoreRepository scores) {
        this.students = students;
        this.scores = scores;
    }

    public Optional<Student> find(Long studentId) {
        return students.findById(studentId);
    }

    public List<Student> findAll(Collection<Long> studentIds) {
        return students.findAllById(studentIds);
    }

    /** Active students of a class by 学号. */
    public List<Student> activeOfClass(Long classId) {
        return students.findByClassIdAndActiveTrueOrderByStudentNoAsc(classId);
    }

    /**
     * Id → name of the class's active students, as plain values (no managed entities: the award path asks this at every
     * award).
     */
    public Map<Long, String> activeNames(long classId) {
        Map<Long, String> names = new HashMap<>();
        students.findActiveNamesByClassId(classId).forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    /** A school's student count and the sum of their versions, for caches keyed on the roster. */
    public record RosterVersion(long students, long versionSum) {
    }

    /** Changes whenever a student of the school is added, edited or removed (one indexed aggregate query). */
    public RosterVersion version(long schoolId) {
        Object[] row = students.findRosterVersion(schoolId).get(0);
        return new RosterVersion(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** All students of a class, left ones too, by 学号. */
    public List<Student> ofClass(Long classId) {
        return students.findByClassIdOrderByStudentNoAsc(classId);
    }

    /** Prior scores (入学成绩) of these students. Teacher-only data. */
    public List<StudentScore> priorScores(Collection<Long> studentIds) {
        return scores.findByStudentIdIn(studentIds);
    }

    @Override
    public long activeStudentsOfClass(long classId) {
        return students.countByClassIdAndActiveTrue(classId);
    }

    @Override
    public long activeStudentsOfSchool(long schoolId) {
        return students.countBySchoolIdAndActiveTrue(schoolId);
    }

    @Override
    public Role role() {
        return Role.STUDENT;
    }

    @Override
    public Optional<Holder> holderOf(long accountId) {
        return students.findByAccountId(accountId).map(s -> new Holder(s.getId(), s.isActive()));
    }
}
