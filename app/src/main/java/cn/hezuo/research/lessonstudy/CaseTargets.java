package cn.hezuo.research.lessonstudy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.rubric.ScoreTargets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lesson-study cases as scoring targets (kind {@code CASE}): the group's self-evaluation with a school rubric. Every
 * member of the case's group (and the admin) scores the case; the panel aggregates the members' sheets. Whoever sees
 * the case sees the scores; anyone else gets 403, another school's case 404 (from {@link LessonStudyAccess}).
 */
@Component
class CaseTargets implements ScoreTargets {

    static final String KIND = "CASE";

    private final LessonStudyAccess access;

    CaseTargets(LessonStudyAccess access) {
        this.access = access;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Target describe(HezuoUser user, long targetId) {
        LessonStudyAccess.Found found = access.requireView(user, targetId);
        LessonStudyCase c = found.lessonCase();
        String title = c.getTopic() + "（" + c.getTheme() + "）";
        return new Target(title, "/research/cases/" + c.getId(), null, access.canContribute(user, found), null);
    }
}
