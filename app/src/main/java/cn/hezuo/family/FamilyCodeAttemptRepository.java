package cn.hezuo.family;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyCodeAttemptRepository extends JpaRepository<FamilyCodeAttempt, Long> {
    long countByRemoteAddressAndAttemptedAtAfter(String remoteAddress, Instant after);
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from FamilyCodeAttempt a where a.attemptedAt < ?1")
    int purgeBefore(Instant before);
}
