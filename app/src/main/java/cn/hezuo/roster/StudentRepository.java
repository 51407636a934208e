package cn.hezuo.roster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StudentRepository extends JpaRepository<Student, Long> {
    Optional<Student> findByAccountId(Long accountId);

    /** How many students the school has and the sum of their versions: changes whenever a student changes. */
    @Query("select count(s), coalesce(sum(s.version), 0) from Student s where s.schoolId = :schoolId")
    List<Object[]> findRosterVersion(Long schoolId);

    /** Id and name of the class's active students, as plain values. */
    @Query("select s.id, s.name from Student s where s.classId = :classId and s.active = true order by s.id")
    List<Object[]> findActiveNamesByClassId(Long classId);

    Optional<Student> findBySchoolIdAndStudentNo(Long schoolId, String studentNo);

    List<Student> findBySchoolIdAndStudentNoIn(Long schoolId, Collection<String> studentNos);

    List<Student> findByClassIdOrderByStudentNoAsc(Long classId);

    List<Student> findByClassIdAndActiveTrueOrderByStudentNoAsc(Long classId);

    long countByClassIdAndActiveTrue(Long classId);

    /** Class id and number of active students, for each of these classes that has any: one grouped query. */
    @Query("select s.classId, count(s) from Student s where s.classId in :classIds and s.active = true"
            + " group by s.classId order by s.classId")
    List<Object[]> countActiveByClassIdIn(Collection<Long> classIds);

    long countBySchoolIdAndActiveTrue(Long schoolId);

    List<Student> findBySchoolId(Long schoolId);
}
