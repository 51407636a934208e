package cn.hezuo.family;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyCodeRepository extends JpaRepository<FamilyCode, Long> {
    Optional<FamilyCode> findByCodeHash(String codeHash);
    List<FamilyCode> findByClassIdAndUsedAtIsNullAndRevokedAtIsNullAndExpiresAtAfterOrderByIdAsc(Long classId,
                                                                                               Instant now);
    Optional<FamilyCode> findByIdAndClassId(Long id, Long classId);
}
