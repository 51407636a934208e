package cn.hezuo.demo;

import cn.hezuo.mutualhelp.board.BoardSeeds;
import cn.hezuo.mutualhelp.questions.QuestionSeeds;
import cn.hezuo.mutualhelp.resources.ResourceSeeds;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SubjectDirectory;
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
    private final ClassDirectory classes;
    private final SubjectDirectory subjects;
    private final PersistenceContextReset reset;

    DemoMutualHelp(QuestionSeeds questions, BoardSeeds board, ResourceSeeds resources, ClassDirectory classes,
                   SubjectDirectory subjects, PersistenceContextReset reset) {
        this.questions = questions;
        this.board = board;
        this.resources = resources;
        this.classes = classes;
        this.subjects = subjects;
        this.reset = reset;
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
}
