package cn.hezuo.mutualhelp.questions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupSubmissionRepository extends JpaRepository<GroupSubmission, Long> {

    Optional<GroupSubmission> findByLessonIdAndGroupId(Long lessonId, Long groupId);

    List<GroupSubmission> findByLessonIdOrderByGroupIdAsc(Long lessonId);
}
