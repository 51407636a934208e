package cn.hezuo.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {
    Page<AuditEntry> findBySchoolIdOrderByOccurredAtDescIdDesc(Long schoolId, Pageable pageable);

    Page<AuditEntry> findBySchoolIdAndEntityTypeOrderByOccurredAtDescIdDesc(Long schoolId, String entityType,
                                                                           Pageable pageable);

    long countBySchoolIdAndAction(Long schoolId, String action);
}
