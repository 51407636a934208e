package cn.hezuo.research.rubric;

import cn.hezuo.account.HezuoUser;

/**
 * A kind of thing that can be scored with a rubric (a review assignment, a lesson-study case, an observed lesson …).
 * Each kind is one Spring bean; the scoring pages find it by {@link #kind()} and never depend on the feature behind it.
 */
public interface ScoreTargets {

    /** The kind as it appears in URLs and in {@code research_score_sheet.target_kind}, e.g. {@code REVIEW}. */
    String kind();

    /**
     * What the user may do with the target. Throws {@link cn.hezuo.system.NotFoundException} for a target of another
     * school or none, and {@link org.springframework.security.access.AccessDeniedException} when the user may not see it.
     */
    Target describe(HezuoUser user, long targetId);

    /**
     * @param title        what is scored, shown above the form
     * @param link         the target's own page (may be {@code null})
     * @param rubricId     the rubric to use, or {@code null} to let the scorer choose among the school's active ones
     * @param canScore     whether the user may enter or change their scores now
     * @param closedReason a message key saying why not, when the user could otherwise (e.g. the deadline passed)
     */
    record Target(String title, String link, Long rubricId, boolean canScore, String closedReason) {
    }
}
