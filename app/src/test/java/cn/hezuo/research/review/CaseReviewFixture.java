package cn.hezuo.research.review;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.GroupKind;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.ResearchGroupService;
import cn.hezuo.research.rubric.RubricService;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a teacher the reviewer of one case without a random draw: a fresh group with the teacher as its member (switched off at
 * once, so rounds other tests draw among the active groups never see it) and a case round with one assignment, that
 * group reviewing the case. For tests and authorization rows that need a known reviewer from another group.
 */
@Component
public class CaseReviewFixture {

    private final ReviewRoundRepository rounds;
    private final ReviewAssignmentRepository assignments;
    private final ResearchGroupService groups;
    private final RubricService rubrics;
    private final Clock clock;

    CaseReviewFixture(ReviewRoundRepository rounds, ReviewAssignmentRepository assignments,
                      ResearchGroupService groups, RubricService rubrics, Clock clock) {
        this.rounds = rounds;
        this.assignments = assignments;
        this.groups = groups;
        this.rubrics = rubrics;
        this.clock = clock;
    }

    /** A round (due in {@code daysLeft} days, negative: closed) in which the reviewer's fresh group reviews the case. */
    @Transactional
    public long reviewerOf(HezuoUser admin, long caseId, long caseGroupId, long reviewerTeacherId, long subjectId,
                           String uniqueName, int daysLeft) {
        // a member, not the leader: a leader may start rounds, which would change what the teacher may do elsewhere
        ResearchGroup reviewing = groups.create(admin, GroupKind.RESEARCH, "互评组" + uniqueName, subjectId, null,
                null, null);
        groups.addMember(admin, reviewing.getId(), reviewerTeacherId);
        groups.setActive(admin, reviewing.getId(), false);
        ReviewRound round = new ReviewRound(admin.schoolId(), "案例互评" + uniqueName, null, false, 1, 1L,
                rubrics.active(admin.schoolId()).get(0).getId(), java.time.LocalDate.now(clock).plusDays(daysLeft),
                admin.getUsername(), clock.instant());
        round.setTarget(ReviewTarget.CASE);
        round = rounds.save(round);
        assignments.save(new ReviewAssignment(round.getId(), reviewing.getId(), caseGroupId, null, caseId));
        return round.getId();
    }
}
