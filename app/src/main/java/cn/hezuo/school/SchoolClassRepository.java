package cn.hezuo.school;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {
    List<SchoolClass> findBySchoolIdOrderByGradeIdAscNameAsc(Long schoolId);

    List<SchoolClass> findByHeadTeacherIdOrderByNameAsc(Long headTeacherId);

    List<SchoolClass> findByIdInOrderByNameAsc(Collection<Long> ids);

    Optional<SchoolClass> findByIdAndSchoolId(Long id, Long schoolId);

    boolean existsBySchoolIdAndName(Long schoolId, String name);
}
