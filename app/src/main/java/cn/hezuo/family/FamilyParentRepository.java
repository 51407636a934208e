package cn.hezuo.family;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyParentRepository extends JpaRepository<FamilyParent, Long> {
    Optional<FamilyParent> findByAccountId(Long accountId);
}
