package cn.hezuo.group.roles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaderNominationRepository extends JpaRepository<LeaderNomination, Long> {
    List<LeaderNomination> findByPlanIdOrderByGroupIdAscIdAsc(Long planId);

    List<LeaderNomination> findByPlanIdAndConfirmedTrueOrderByIdAsc(Long planId);
}
