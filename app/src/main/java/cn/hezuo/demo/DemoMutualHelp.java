package cn.hezuo.demo;

import cn.hezuo.mutualhelp.board.BoardSeeds;
import cn.hezuo.mutualhelp.pairs.PairSeeds;
import cn.hezuo.mutualhelp.plans.PlanSeeds;
import cn.hezuo.mutualhelp.questions.QuestionSeeds;
import cn.hezuo.mutualhelp.resources.ResourceSeeds;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SubjectDirectory;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 学习互助 in the demo school: every class's 数学 question pipeline (one lesson done and one under way) and its 数学
 * 互助答疑 board (answered, pinned, held-for-homework and open questions), and shared resources in two groups.
 */
@Component
class DemoMutualHelp {

    private final QuestionSeeds questions;
    private final BoardSeeds board;
    private final ResourceSeeds resources;
    private final PairSeeds pairs;
    private final PlanSeeds plans;
    private final ClassDirectory classes;
    private final SubjectDirectory subjects;
    private final PersistenceContextReset reset;

    DemoMutualHelp(QuestionSeeds questions, BoardSeeds board, ResourceSeeds resources, PairSeeds pairs, PlanSeeds plans,
                   ClassDirectory classes, SubjectDirectory subjects, PersistenceContextReset reset) {
        this.pairs = pairs;
        this.plans = plans;
        this.reset = reset;
        this.questions = questions;
        this.board = board;
        this.resources = resources;
        this.classes = classes;
        this.subjects = subjects;
    }

    void load(long schoolId) {
        long math = subjects.activeOfSchool(schoolId).stream()
                .filter(s -> s.getName().equals("数学")).findFirst().orElseThrow().getId();
        for (SchoolClass schoolClass : classes.ofSchool(schoolId)) {
            questions.demo(schoolId, schoolClass.getId(), math);
            board.demo(schoolId, schoolClass.getId(), math);
            resources.demo(schoolId, schoolClass.getId());
            reset.flushAndClear();
        }
    }

    /**
     * 帮扶对子 (数学, from the latest exam, with records), a study plan per group with check-ins, and goal check-ins:
     * only in 七年级1班 and 2班, to keep the demo load small.
     */
    void loadPairsAndPlans(long schoolId, List<Long> classIds) {
        long math = subjects.activeOfSchool(schoolId).stream()
                .filter(s -> s.getName().equals("数学")).findFirst().orElseThrow().getId();
        for (long classId : classIds) {
            pairs.demo(schoolId, classId, math);
            plans.demo(schoolId, classId);
        }
    }
}
