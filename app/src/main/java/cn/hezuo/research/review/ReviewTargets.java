package cn.hezuo.research.review;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.rubric.ScoreTargets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review assignments as scoring targets (kind {@code REVIEW}): the reviewing group's members score until the
 * deadline, with the round's rubric; whoever sees the round sees the scores.
 */
@Component
class ReviewTargets implements ScoreTargets {

    static final String KIND = "REVIEW";

    private final ReviewService reviews;

    ReviewTargets(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Target describe(HezuoUser user, long targetId) {
        ReviewAssignment a = reviews.assignment(user.schoolId(), targetId);
        ReviewRound round = reviews.round(a.getRoundId());
        if (!reviews.canSee(user, round)) {
            throw new AccessDeniedException("review assignment " + targetId);
        }
        ReviewService.Names names = reviews.names(user.schoolId());
        String title = names.reviewer(a) + " → " + names.reviewee(a) + "（" + round.getName() + "）";
        boolean member = reviews.isMemberOf(user, a.getReviewerGroupId());
        boolean open = !round.getDeadline().isBefore(reviews.today());
        return new Target(title, "/research/reviews/" + round.getId(), round.getRubricId(), member && open,
                member && !open ? "research.review.closed" : null);
    }
}
