package cn.hezuo.research.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewAssignmentRepository extends JpaRepository<ReviewAssignment, Long> {

    List<ReviewAssignment> findByRoundIdOrderByIdAsc(Long roundId);

    List<ReviewAssignment> findByReviewerGroupIdInOrRevieweeGroupIdInOrderByIdAsc(Collection<Long> reviewers,
                                                                                  Collection<Long> reviewees);

    List<ReviewAssignment> findByReviewerGroupIdInOrderByIdAsc(Collection<Long> reviewers);

    List<ReviewAssignment> findByRevieweeCaseIdOrderByIdAsc(Long revieweeCaseId);
}
