package cn.hezuo.group;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudyGroupRepository extends JpaRepository<StudyGroup, Long> {
    List<StudyGroup> findByPlanIdOrderByNumberAsc(Long planId);

    void deleteByPlanId(Long planId);
}
