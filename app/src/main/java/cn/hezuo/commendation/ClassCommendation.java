package cn.hezuo.commendation;

import cn.hezuo.school.SchoolClass;
import java.time.YearMonth;
import java.util.List;

/**
 * The class page of a month: the proposal, the valid (newest) confirmed revision with its awards, and all
 * revisions as history. {@code latestRevision} is 0 before the first confirmation.
 */
public record ClassCommendation(SchoolClass schoolClass, YearMonth month, Proposal proposal,
                                Commendation current, List<CommendationAward> currentAwards,
                                List<Commendation> history, boolean mayConfirm) {

    public int latestRevision() {
        return current == null ? 0 : current.getRevision();
    }

    /** Whether a group or student (by id) was in the valid revision, so the form starts from what was confirmed. */
    public boolean confirmed(AwardKind kind, long id) {
        return currentAwards.stream().anyMatch(a -> a.getKind() == kind
                && Long.valueOf(id).equals(kind == AwardKind.GROUP ? a.getGroupId() : a.getStudentId()));
    }

    public CommendationAward confirmedAward(AwardKind kind, long id) {
        return currentAwards.stream().filter(a -> a.getKind() == kind
                && Long.valueOf(id).equals(kind == AwardKind.GROUP ? a.getGroupId() : a.getStudentId()))
                .findFirst().orElse(null);
    }
}
