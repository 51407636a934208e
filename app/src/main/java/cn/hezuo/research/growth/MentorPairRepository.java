package cn.hezuo.research.growth;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MentorPairRepository extends JpaRepository<MentorPair, Long> {

    List<MentorPair> findBySchoolIdAndTermIdOrderByIdAsc(Long schoolId, Long termId);

    Optional<MentorPair> findByIdAndSchoolId(Long id, Long schoolId);

    boolean existsByTermIdAndMentorIdAndApprenticeId(Long termId, Long mentorId, Long apprenticeId);
}
