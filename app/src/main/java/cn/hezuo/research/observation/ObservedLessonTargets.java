package cn.hezuo.research.observation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.rubric.ScoreTargets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observed lessons as scoring targets (kind {@code OBSERVED_LESSON}, 评课量化打分): the lesson's assigned observers
 * score it with a school rubric of their choice; the group's members, the admin and the observers see the results.
 */
@Component
class ObservedLessonTargets implements ScoreTargets {

    static final String KIND = "OBSERVED_LESSON";

    private final ObservationAccess access;

    ObservedLessonTargets(ObservationAccess access) {
        this.access = access;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Target describe(HezuoUser user, long targetId) {
        ObservationAccess.Found found = access.requireView(user, targetId);
        ObservedLesson lesson = found.lesson();
        return new Target(lesson.getTopic() + "（" + lesson.getLessonDate() + "）",
                "/research/observations/" + lesson.getId(), null, found.mine().isPresent(), null);
    }
}
