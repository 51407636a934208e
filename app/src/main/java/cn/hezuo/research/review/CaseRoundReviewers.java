package cn.hezuo.research.review;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.lessonstudy.CaseReviewers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers of a lesson-study case: members (the leader included) of a group drawn to review it in a round
 * among cases of the user's school — while the round is open and after it, so the results can be read beside the
 * case. Lets them open the case read-only; nobody else gains anything.
 */
@Component
class CaseRoundReviewers implements CaseReviewers {

    private final ReviewAssignmentRepository assignments;
    private final ReviewRoundRepository rounds;
    private final ReviewService reviews;

    CaseRoundReviewers(ReviewAssignmentRepository assignments, ReviewRoundRepository rounds, ReviewService reviews) {
        this.assignments = assignments;
        this.rounds = rounds;
        this.reviews = reviews;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean reviews(HezuoUser user, long caseId) {
        if (!user.isTeacher() || user.teacherId() == null) {
            return false;
        }
        return assignments.findByRevieweeCaseIdOrderByIdAsc(caseId).stream()
                .filter(a -> reviews.isMemberOf(user, a.getReviewerGroupId()))
                .anyMatch(a -> rounds.findByIdAndSchoolId(a.getRoundId(), user.schoolId()).isPresent());
    }
}
