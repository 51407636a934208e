package cn.hezuo.commendation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommendationAwardRepository extends JpaRepository<CommendationAward, Long> {

    List<CommendationAward> findByCommendationIdOrderBySortOrderAsc(Long commendationId);

    List<CommendationAward> findByCommendationIdInOrderByCommendationIdAscSortOrderAsc(Collection<Long> ids);

    List<CommendationAward> findByStudentIdOrderByIdDesc(Long studentId);

    List<CommendationAward> findByGroupIdInAndKindOrderByIdDesc(Collection<Long> groupIds, AwardKind kind);
}
