package cn.hezuo.research.lessonstudy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The school document's cycle as dated steps: plan meeting on the start date, then 第一次备课稿, preparation meeting,
 * observation preparation, reflection, 第二稿, first teaching, observation meeting with 观课报告, 第三稿, second teaching
 * (video), summaries and self-evaluation — each a few days after the one before ({@link StepKind#dayOffset()}). The
 * 执教人 owns the drafts, teachings and the reflection; the leader the meetings and the summary.
 */
final class StepTemplate {

    private StepTemplate() {
    }

    static List<LessonStudyStep> steps(long caseId, LocalDate start, Long teacherId, Long leaderId) {
        List<LessonStudyStep> steps = new ArrayList<>();
        int order = 0;
        for (StepKind kind : StepKind.template()) {
            steps.add(new LessonStudyStep(caseId, ++order, kind, null,
                    kind.teachersStep() ? teacherId : (leaderId != null ? leaderId : teacherId),
                    start.plusDays(kind.dayOffset())));
        }
        return steps;
    }
}
