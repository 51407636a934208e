package cn.hezuo.research.group;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchMemberRepository extends JpaRepository<ResearchMember, Long> {

    List<ResearchMember> findByGroupIdOrderByIdAsc(Long groupId);

    List<ResearchMember> findByTeacherIdOrderByIdAsc(Long teacherId);

    Optional<ResearchMember> findByGroupIdAndTeacherId(Long groupId, Long teacherId);

    boolean existsByGroupIdAndTeacherId(Long groupId, Long teacherId);
}
