package cn.hezuo.school;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubjectRepository extends JpaRepository<Subject, Long> {
    List<Subject> findBySchoolIdOrderBySortOrderAscIdAsc(Long schoolId);

    List<Subject> findBySchoolIdAndActiveTrueOrderBySortOrderAscIdAsc(Long schoolId);

    Optional<Subject> findByIdAndSchoolId(Long id, Long schoolId);

    boolean existsBySchoolIdAndName(Long schoolId, String name);
}
