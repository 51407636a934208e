package cn.hezuo.school;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GradeRepository extends JpaRepository<Grade, Long> {
    List<Grade> findBySchoolIdOrderBySortOrderAscIdAsc(Long schoolId);

    Optional<Grade> findByIdAndSchoolId(Long id, Long schoolId);

    boolean existsBySchoolIdAndName(Long schoolId, String name);
}
