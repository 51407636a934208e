package cn.hezuo.family;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyChildRepository extends JpaRepository<FamilyChild, Long> {
    List<FamilyChild> findByParentIdOrderByIdAsc(Long parentId);
    List<FamilyChild> findByStudentIdInOrderByIdAsc(Collection<Long> studentIds);
    boolean existsByParentIdAndStudentId(Long parentId, Long studentId);
}
