package cn.hezuo.research.rubric;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RubricRepository extends JpaRepository<Rubric, Long> {

    List<Rubric> findBySchoolIdOrderByIdAsc(Long schoolId);

    Optional<Rubric> findByIdAndSchoolId(Long id, Long schoolId);

    boolean existsBySchoolIdAndName(Long schoolId, String name);
}
