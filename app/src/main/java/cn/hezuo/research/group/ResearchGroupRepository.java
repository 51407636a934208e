package cn.hezuo.research.group;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchGroupRepository extends JpaRepository<ResearchGroup, Long> {

    List<ResearchGroup> findBySchoolIdOrderByKindAscNameAsc(Long schoolId);

    Optional<ResearchGroup> findByIdAndSchoolId(Long id, Long schoolId);

    List<ResearchGroup> findByIdInOrderByKindAscNameAsc(Collection<Long> ids);

    boolean existsBySchoolIdAndName(Long schoolId, String name);

    List<ResearchGroup> findByLeaderId(Long leaderId);
}
