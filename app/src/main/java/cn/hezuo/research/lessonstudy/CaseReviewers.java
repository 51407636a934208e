package cn.hezuo.research.lessonstudy;

import cn.hezuo.account.HezuoUser;

/**
 * Who reviews a case from outside its group: a feature that asks teachers of other groups to judge a case (the
 * review rounds among cases) implements this, so those teachers may open the case read-only. The lesson-study part
 * never depends on that feature; it only asks every such bean.
 */
public interface CaseReviewers {

    /** Whether the user reviews (or reviewed) the case, so may read it: drafts, diff, steps and files, no writing. */
    boolean reviews(HezuoUser user, long caseId);
}
