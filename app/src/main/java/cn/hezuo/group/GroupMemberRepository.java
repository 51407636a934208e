package cn.hezuo.group;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {
    List<GroupMember> findByPlanIdOrderByGroupIdAscMemberNoAsc(Long planId);

    List<GroupMember> findByGroupIdOrderByMemberNoAsc(Long groupId);

    @Query("select m.groupId from GroupMember m where m.studentId = :studentId order by m.groupId")
    List<Long> findGroupIdsByStudentId(Long studentId);

    Optional<GroupMember> findByPlanIdAndStudentId(Long planId, Long studentId);

    void deleteByPlanId(Long planId);
}
