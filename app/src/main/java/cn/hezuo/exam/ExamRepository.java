package cn.hezuo.exam;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamRepository extends JpaRepository<Exam, Long> {
    Optional<Exam> findByIdAndSchoolId(Long id, Long schoolId);

    List<Exam> findBySchoolIdOrderByExamDateDescIdDesc(Long schoolId);

    List<Exam> findByIdInOrderByExamDateDescIdDesc(Collection<Long> ids);
}
