package cn.hezuo.group;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {
    List<GroupMember> findByPlanIdOrderByGroupIdAscMemberNoAsc(Long planId);

    List<GroupMember> findByGroupIdOrderByMemberNoAsc(Long groupId);

    Optional<GroupMember> findByPlanIdAndStudentId(Long planId, Long studentId);

    void deleteByPlanId(Long planId);
}
