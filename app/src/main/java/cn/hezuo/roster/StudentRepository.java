package cn.hezuo.roster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudentRepository extends JpaRepository<Student, Long> {
    Optional<Student> findByAccountId(Long accountId);

    Optional<Student> findBySchoolIdAndStudentNo(Long schoolId, String studentNo);

    List<Student> findBySchoolIdAndStudentNoIn(Long schoolId, Collection<String> studentNos);

    List<Student> findByClassIdOrderByStudentNoAsc(Long classId);

    List<Student> findByClassIdAndActiveTrueOrderByStudentNoAsc(Long classId);

    long countByClassIdAndActiveTrue(Long classId);

    long countBySchoolIdAndActiveTrue(Long schoolId);

    List<Student> findBySchoolId(Long schoolId);
}
