package cn.hezuo.research.growth;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MentorActivityRepository extends JpaRepository<MentorActivity, Long> {

    List<MentorActivity> findByPairIdOrderByDateAscIdAsc(Long pairId);

    List<MentorActivity> findByPairIdIn(Collection<Long> pairIds);
}
