package cn.hezuo.demo;

import cn.hezuo.mutualhelp.questions.QuestionSeeds;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SubjectRepository;
import org.springframework.stereotype.Component;

/** 学习互助 in the demo school: every class's 数学 question pipeline, one lesson done and one under way. */
@Component
class DemoMutualHelp {

    private final QuestionSeeds questions;
    private final SchoolClassRepository classes;
    private final SubjectRepository subjects;

    DemoMutualHelp(QuestionSeeds questions, SchoolClassRepository classes, SubjectRepository subjects) {
        this.questions = questions;
        this.classes = classes;
        this.subjects = subjects;
    }

    void load(long schoolId) {
        long math = subjects.findBySchoolIdAndActiveTrueOrderBySortOrderAscIdAsc(schoolId).stream()
                .filter(s -> s.getName().equals("数学")).findFirst().orElseThrow().getId();
        for (SchoolClass schoolClass : classes.findBySchoolIdOrderByGradeIdAscNameAsc(schoolId)) {
            questions.demo(schoolId, schoolClass.getId(), math);
        }
    }
}
