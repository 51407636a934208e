package cn.hezuo.research.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRoundRepository extends JpaRepository<ReviewRound, Long> {

    List<ReviewRound> findBySchoolIdOrderByDeadlineDescIdDesc(Long schoolId);

    List<ReviewRound> findByIdInOrderByDeadlineDescIdDesc(Collection<Long> ids);

    Optional<ReviewRound> findByIdAndSchoolId(Long id, Long schoolId);
}
