package cn.hezuo.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {
    Page<AuditEntry> findBySchoolIdOrderByOccurredAtDescIdDesc(Long schoolId, Pageable pageable);

    Page<AuditEntry> findBySchoolIdAndEntityTypeOrderByOccurredAtDescIdDesc(Long schoolId, String entityType,
                                                                           Pageable pageable);

    long countBySchoolIdAndAction(Long schoolId, String action);

    /** The entity types the school's log holds, for the filter. */
    @Query("select distinct e.entityType from AuditEntry e where e.schoolId = :schoolId")
    List<String> findEntityTypes(@Param("schoolId") Long schoolId);
}
