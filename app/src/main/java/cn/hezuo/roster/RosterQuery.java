package cn.hezuo.roster;

import cn.hezuo.system.ChineseOrder;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a class roster with prior scores, in 学号 order or by name in pinyin order. */
@Component
public class RosterQuery {

    public enum SortOrder {
        STUDENT_NO, NAME;

        public static SortOrder parse(String value) {
            return "name".equalsIgnoreCase(value) ? NAME : STUDENT_NO;
        }
    }

    private final StudentRepository students;
    private final StudentScoreRepository scores;

    RosterQuery(StudentRepository students, StudentScoreRepository scores) {
        this.students = students;
        this.scores = scores;
    }

    /** One student by id (any class, active or not); callers check rights for what they show. */
    @Transactional(readOnly = true)
    public java.util.Optional<Student> student(long studentId) {
        return students.findById(studentId);
    }

    /** The class a student is in, if the student exists in that school (for features that only know the student id). */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> classOf(long schoolId, long studentId) {
        return students.findById(studentId).filter(s -> s.getSchoolId().equals(schoolId)).map(Student::getClassId);
    }

    /**
     * The number of active students of each class, in one grouped query (a class without active students maps to 0):
     * for pages that show a figure per class, such as a school-wide survey's response rates.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> activeCounts(java.util.Collection<Long> classIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (classIds.isEmpty()) {
            return counts;
        }
        classIds.forEach(id -> counts.put(id, 0L));
        for (Object[] row : students.countActiveByClassIdIn(classIds)) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public List<RosterRow> roster(long classId, boolean includeInactive, SortOrder order) {
        List<Student> list = includeInactive ? students.findByClassIdOrderByStudentNoAsc(classId)
                : students.findByClassIdAndActiveTrueOrderByStudentNoAsc(classId);
        Map<Long, Map<Long, BigDecimal>> scoresByStudent = new HashMap<>();
        if (!list.isEmpty()) {
            scores.findByStudentIdIn(list.stream().map(Student::getId).toList()).forEach(s ->
                    scoresByStudent.computeIfAbsent(s.getStudentId(), id -> new HashMap<>()).put(s.getSubjectId(), s.getScore()));
        }
        Comparator<Student> comparator = order == SortOrder.NAME
                ? ChineseOrder.<Student>by(Student::getName).thenComparing(Student::getStudentNo)
                : Comparator.comparing(Student::getStudentNo, ChineseOrder.strings());
        return list.stream().sorted(Comparator.comparing(Student::isActive).reversed().thenComparing(comparator))
                .map(s -> new RosterRow(s, scoresByStudent.getOrDefault(s.getId(), Map.of()), s.getAccountId() != null))
                .toList();
    }
}
